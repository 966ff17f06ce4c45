// The contract fields that clause rules fill in (JSON "contract" object). A field absent from the
// contract is nil / empty and encodes as `null` / `[]`: never guessed, never omitted.

public struct Party: Sendable, Hashable, Codable {
    public var name: TextValue
    public var legalRepresentative: TextValue?
    public var address: TextValue?
    public var phone: TextValue?

    public init(name: TextValue, legalRepresentative: TextValue? = nil, address: TextValue? = nil, phone: TextValue? = nil) {
        self.name = name
        self.legalRepresentative = legalRepresentative
        self.address = address
        self.phone = phone
    }
}

public struct Installment: Sendable, Hashable, Codable {
    /// 1-based order of the installment in the chosen payment scheme.
    public var sequence: Int
    public var percent: PercentValue?
    public var amount: MoneyValue?
    public var condition: TextValue?
    public var dueDate: DateValue?
    public var dueWithin: Quantity?
    public var span: Span

    public init(sequence: Int, percent: PercentValue? = nil, amount: MoneyValue? = nil, condition: TextValue? = nil,
                dueDate: DateValue? = nil, dueWithin: Quantity? = nil, span: Span) {
        self.sequence = sequence
        self.percent = percent
        self.amount = amount
        self.condition = condition
        self.dueDate = dueDate
        self.dueWithin = dueWithin
        self.span = span
    }
}

public struct PerformanceBond: Sendable, Hashable, Codable {
    /// As the contract names it: 履约保函, 履约保证金, 履约担保 …
    public var kind: String
    public var percent: PercentValue?
    public var amount: MoneyValue?
    public var span: Span

    public init(kind: String, percent: PercentValue? = nil, amount: MoneyValue? = nil, span: Span) {
        self.kind = kind
        self.percent = percent
        self.amount = amount
        self.span = span
    }
}

public struct ServicePeriod: Sendable, Hashable, Codable {
    public var months: Int?
    public var days: Int?
    public var start: DateValue?
    public var end: DateValue?
    /// The period runs from the signing (or entry into force) of the contract.
    public var startsAtSigning: Bool
    public var text: String
    public var span: Span

    public init(months: Int? = nil, days: Int? = nil, start: DateValue? = nil, end: DateValue? = nil,
                startsAtSigning: Bool = false, text: String, span: Span) {
        self.months = months
        self.days = days
        self.start = start
        self.end = end
        self.startsAtSigning = startsAtSigning
        self.text = text
        self.span = span
    }
}

public struct Penalty: Sendable, Hashable, Codable {
    public enum LiableParty: String, Sendable, Hashable, Codable, CaseIterable {
        case partyA = "party_a", partyB = "party_b", either
    }
    public enum Per: String, Sendable, Hashable, Codable, CaseIterable { case day, week, month, incident, once }

    public var party: LiableParty
    public var trigger: TextValue
    public var rate: PercentValue?
    public var per: Per?
    /// What the rate applies to: `contract_total`, `overdue_amount`, `monthly_fee`, `service_fee`, …
    public var base: String?
    public var cap: PercentValue?
    public var fixedAmount: MoneyValue?
    public var grace: Quantity?
    public var span: Span

    public init(party: LiableParty, trigger: TextValue, rate: PercentValue? = nil, per: Per? = nil, base: String? = nil,
                cap: PercentValue? = nil, fixedAmount: MoneyValue? = nil, grace: Quantity? = nil, span: Span) {
        self.party = party
        self.trigger = trigger
        self.rate = rate
        self.per = per
        self.base = base
        self.cap = cap
        self.fixedAmount = fixedAmount
        self.grace = grace
        self.span = span
    }
}

/// Every place the contract states its total (body, award notice, signature table …), so that
/// `total_amount_conflict` can compare them. `totalAmount` is the first, authoritative one.
public struct Contract: Sendable, Hashable, Codable {
    public var title: TextValue?
    public var contractNumber: TextValue?
    public var projectName: TextValue?
    public var partyA: Party?
    public var partyB: Party?
    public var signingDate: DateValue?
    public var signingPlace: TextValue?
    public var totalAmount: MoneyValue?
    /// Other statements of the total elsewhere in the document (not including `totalAmount`).
    public var totalAmountStatements: [MoneyValue]
    public var amountExcludingTax: MoneyValue?
    public var taxRate: PercentValue?
    public var taxIncluded: Bool?
    public var installments: [Installment]
    public var performanceBond: PerformanceBond?
    public var servicePeriod: ServicePeriod?
    public var penalties: [Penalty]

    public init(title: TextValue? = nil, contractNumber: TextValue? = nil, projectName: TextValue? = nil,
                partyA: Party? = nil, partyB: Party? = nil, signingDate: DateValue? = nil, signingPlace: TextValue? = nil,
                totalAmount: MoneyValue? = nil, totalAmountStatements: [MoneyValue] = [], amountExcludingTax: MoneyValue? = nil,
                taxRate: PercentValue? = nil, taxIncluded: Bool? = nil, installments: [Installment] = [],
                performanceBond: PerformanceBond? = nil, servicePeriod: ServicePeriod? = nil, penalties: [Penalty] = []) {
        self.title = title
        self.contractNumber = contractNumber
        self.projectName = projectName
        self.partyA = partyA
        self.partyB = partyB
        self.signingDate = signingDate
        self.signingPlace = signingPlace
        self.totalAmount = totalAmount
        self.totalAmountStatements = totalAmountStatements
        self.amountExcludingTax = amountExcludingTax
        self.taxRate = taxRate
        self.taxIncluded = taxIncluded
        self.installments = installments
        self.performanceBond = performanceBond
        self.servicePeriod = servicePeriod
        self.penalties = penalties
    }
}

// MARK: The record description of the contract fields (see RecordDescription.swift)

extension Party: RecordObject {
    public static let recordDescription = RecordDescription<Party>("Party", blank: Party(name: .blank), [
        .field("name", \.name),
        .field("legal_representative", \.legalRepresentative),
        .field("address", \.address),
        .field("phone", \.phone),
    ])
}

extension Installment: RecordObject {
    public static let recordDescription = RecordDescription<Installment>(
        "Installment", "One payment of the chosen payment scheme (options not chosen are ignored).",
        blank: Installment(sequence: 0, span: .blank), [
        .field("sequence", \.sequence, extra: [("minimum", .integer(1))]),
        .field("percent", \.percent, "Share of the total; null when the text states none (e.g. a cut-off clause)."),
        .field("amount", \.amount),
        .field("condition", \.condition, "What triggers the payment, as written."),
        .field("due_date", \.dueDate, "A date the payment is due before (于2022年5月31日前)."),
        .field("due_within", \.dueWithin, "A term after the condition (30个工作日内)."),
        .field("span", \.span),
    ])
}

extension PerformanceBond: RecordObject {
    public static let recordDescription = RecordDescription<PerformanceBond>(
        "PerformanceBond", blank: PerformanceBond(kind: "", span: .blank), [
        .field("kind", \.kind, "As the contract names it: 履约保函, 履约保证金, 履约担保, …"),
        .field("percent", \.percent),
        .field("amount", \.amount),
        .field("span", \.span),
    ])
}

extension ServicePeriod: RecordObject {
    public static let recordDescription = RecordDescription<ServicePeriod>(
        "ServicePeriod", blank: ServicePeriod(text: "", span: .blank), [
        .field("months", \.months, "Stated in months or years (一年 → 12)."),
        .field("days", \.days, "Stated in days or weeks."),
        .field("start", \.start),
        .field("end", \.end),
        .field("starts_at_signing", \.startsAtSigning, "The period runs from the signing or entry into force of the contract."),
        .field("text", \.text, "The sentence that states the period."),
        .field("span", \.span),
    ])
}

extension Penalty: RecordObject {
    public static let recordDescription = RecordDescription<Penalty>(
        "Penalty", blank: Penalty(party: .either, trigger: .blank, span: .blank), [
        .field("party", \.party, "Who pays."),
        .field("trigger", \.trigger, "The breach, as written."),
        .field("rate", \.rate),
        .field("per", \.per),
        .field("base", \.base, "What the rate applies to: contract_total, overdue_amount, monthly_fee (total / months of service), service_fee, paid_amount."),
        .field("cap", \.cap, "Upper bound of the accumulated penalty, as a percentage."),
        .field("fixed_amount", \.fixedAmount, "A penalty stated as a sum (1000 元的违约金)."),
        .field("grace", \.grace, "Delay before the penalty runs (15 个工作日的宽限期)."),
        .field("span", \.span),
    ])
}

extension Contract: RecordObject {
    public static let recordDescription = RecordDescription<Contract>("Contract", blank: Contract(), [
        .field("title", \.title),
        .field("contract_number", \.contractNumber),
        .field("project_name", \.projectName),
        .field("party_a", \.partyA, "甲方 (buyer, 委托人, 采购人)."),
        .field("party_b", \.partyB, "乙方 (supplier, 被委托人, 供应商)."),
        .field("signing_date", \.signingDate),
        .field("signing_place", \.signingPlace),
        .field("total_amount", \.totalAmount, "The first statement of the contract total."),
        .table("total_amount_statements", \.totalAmountStatements,
               "Every other statement of the total in the document (award notice, signature table), for the total_amount_conflict check.",
               table: "total_amount_statements"),
        .field("amount_excluding_tax", \.amountExcludingTax),
        .field("tax_rate", \.taxRate),
        .field("tax_included", \.taxIncluded,
               "True when the text says the total includes tax (含税), false when it says it does not; null when unstated."),
        .table("installments", \.installments, table: "installments"),
        .field("performance_bond", \.performanceBond, sql: .named("bond")),
        .field("service_period", \.servicePeriod, sql: .named("service")),
        .table("penalties", \.penalties, table: "penalties"),
    ])
}
