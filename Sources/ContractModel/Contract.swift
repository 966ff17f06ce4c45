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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(legalRepresentative, forKey: .legalRepresentative)
        try c.encode(address, forKey: .address)
        try c.encode(phone, forKey: .phone)
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(percent, forKey: .percent)
        try c.encode(amount, forKey: .amount)
        try c.encode(condition, forKey: .condition)
        try c.encode(dueDate, forKey: .dueDate)
        try c.encode(dueWithin, forKey: .dueWithin)
        try c.encode(span, forKey: .span)
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(percent, forKey: .percent)
        try c.encode(amount, forKey: .amount)
        try c.encode(span, forKey: .span)
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(months, forKey: .months)
        try c.encode(days, forKey: .days)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(startsAtSigning, forKey: .startsAtSigning)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
    }
}

public struct Penalty: Sendable, Hashable, Codable {
    public enum LiableParty: String, Sendable, Hashable, Codable {
        case partyA = "party_a", partyB = "party_b", either
    }
    public enum Per: String, Sendable, Hashable, Codable { case day, week, month, incident, once }

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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(party, forKey: .party)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(rate, forKey: .rate)
        try c.encode(per, forKey: .per)
        try c.encode(base, forKey: .base)
        try c.encode(cap, forKey: .cap)
        try c.encode(fixedAmount, forKey: .fixedAmount)
        try c.encode(grace, forKey: .grace)
        try c.encode(span, forKey: .span)
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(contractNumber, forKey: .contractNumber)
        try c.encode(projectName, forKey: .projectName)
        try c.encode(partyA, forKey: .partyA)
        try c.encode(partyB, forKey: .partyB)
        try c.encode(signingDate, forKey: .signingDate)
        try c.encode(signingPlace, forKey: .signingPlace)
        try c.encode(totalAmount, forKey: .totalAmount)
        try c.encode(totalAmountStatements, forKey: .totalAmountStatements)
        try c.encode(amountExcludingTax, forKey: .amountExcludingTax)
        try c.encode(taxRate, forKey: .taxRate)
        try c.encode(taxIncluded, forKey: .taxIncluded)
        try c.encode(installments, forKey: .installments)
        try c.encode(performanceBond, forKey: .performanceBond)
        try c.encode(servicePeriod, forKey: .servicePeriod)
        try c.encode(penalties, forKey: .penalties)
    }
}
