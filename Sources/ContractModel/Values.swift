// The located values that every stage passes on: each carries the text it was read from and its
// `Span` (see `Span` for the offset convention). These are the JSON "Text", "Money", "Percent",
// "Date" and "Duration" objects of the schema (Schemas/contract.schema.json).

/// JSON `Text`: a string read from the document.
public struct TextValue: Sendable, Hashable, Codable {
    public var value: String
    public var span: Span
    public init(value: String, span: Span) { self.value = value; self.span = span }
}

/// One reading of an amount: its 大写 (capital numerals) form or its figures.
public struct MoneyReading: Sendable, Hashable, Codable {
    public var text: String
    public var value: Money
    public var span: Span
    public init(text: String, value: Money, span: Span) { self.text = text; self.value = value; self.span = span }
}

/// JSON `Money`: an amount, possibly written both in 大写 and in figures (a *paired* mention).
/// `value` is the amount the contract means: the 大写 reading when both exist (Chinese financial
/// practice makes the capital form authoritative), else the only reading. A mismatch between the
/// two readings is kept, never resolved silently: see the `uppercase_figures_mismatch` check.
public struct MoneyValue: Sendable, Hashable, Codable {
    public var value: Money
    public var currency: String
    public var span: Span
    public var uppercase: MoneyReading?
    public var figures: MoneyReading?

    public init(value: Money, currency: String = "CNY", span: Span, uppercase: MoneyReading? = nil, figures: MoneyReading? = nil) {
        self.value = value
        self.currency = currency
        self.span = span
        self.uppercase = uppercase
        self.figures = figures
    }

    /// True when both readings exist and disagree.
    public var readingsDisagree: Bool {
        guard let u = uppercase, let f = figures else { return false }
        return u.value != f.value
    }
}

/// How a percentage is qualified in the text. Anything but `.exact` is a threshold or bound
/// (SLA `≥99.9%`, `不低于28%`, `不超过5%`) and never a payment share.
public enum Comparison: String, Sendable, Hashable, Codable, CaseIterable {
    case exact
    case atLeast = "at_least"      // ≥, 不低于, 不少于, 以上
    case atMost = "at_most"        // ≤, 不超过, 不高于, 以内, 最高
    case greaterThan = "greater_than" // >, 超过, 高于
    case lessThan = "less_than"    // <, 低于, 少于
    case approximately             // 约
}

/// JSON `Percent`. `value` is in percent units, exact: `5‰` → `0.5`, `万分之五` → `0.05`.
public struct PercentValue: Sendable, Hashable, Codable {
    public var value: FixedDecimal
    public var text: String
    public var span: Span
    public var comparison: Comparison

    public init(value: FixedDecimal, text: String, span: Span, comparison: Comparison = .exact) {
        self.value = value
        self.text = text
        self.span = span
        self.comparison = comparison
    }
}

/// JSON `Date`. `precision` is derived from `value` and written out for consumers.
public struct DateValue: Sendable, Hashable, Codable {
    public var value: CalendarDate
    public var precision: CalendarDate.Precision
    public var text: String
    public var span: Span

    public init(value: CalendarDate, text: String, span: Span) {
        self.value = value
        self.precision = value.precision
        self.text = text
        self.span = span
    }
}

public enum DurationUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case year, month, week, day
    case workingDay = "working_day"
    case hour, minute
}

/// A length of time: `{ "value": 30, "unit": "working_day" }` (the `due_within` / `grace` shape).
public struct Quantity: Sendable, Hashable, Codable {
    public var value: FixedDecimal
    public var unit: DurationUnit
    public init(value: FixedDecimal, unit: DurationUnit) { self.value = value; self.unit = unit }
}

/// JSON `Duration` mention: `12个月`, `三十个工作日`, `一年`.
public struct DurationValue: Sendable, Hashable, Codable {
    public var value: FixedDecimal
    public var unit: DurationUnit
    public var text: String
    public var span: Span
    public init(value: FixedDecimal, unit: DurationUnit, text: String, span: Span) {
        self.value = value
        self.unit = unit
        self.text = text
        self.span = span
    }
    public var quantity: Quantity { Quantity(value: value, unit: unit) }
}

/// A date range `自2022年3月1日起至2023年4月30日止`.
public struct DateRangeValue: Sendable, Hashable, Codable {
    public var start: DateValue
    public var end: DateValue
    public var text: String
    public var span: Span
    public init(start: DateValue, end: DateValue, text: String, span: Span) {
        self.start = start
        self.end = end
        self.text = text
        self.span = span
    }
}

/// Something that looks like a number but cannot be valued without guessing (`壹佰佰元`,
/// `壹佰贰元整`). Reported, never given a value.
public struct InvalidMention: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable { case money, percent, date, duration }
    public var kind: Kind
    public var text: String
    /// Stable English reason code, e.g. `repeated_unit`, `missing_zero`, `unit_order`, `dangling_unit`.
    public var reason: String
    public var span: Span
    public init(kind: Kind, text: String, reason: String, span: Span) {
        self.kind = kind
        self.text = text
        self.reason = reason
        self.span = span
    }
}

/// Everything the lexical grammar found in a document, each list in text order.
public struct Mentions: Sendable, Hashable, Codable {
    public var amounts: [MoneyValue]
    public var percentages: [PercentValue]
    public var dates: [DateValue]
    public var durations: [DurationValue]
    public var dateRanges: [DateRangeValue]
    public var invalid: [InvalidMention]

    public init(amounts: [MoneyValue] = [], percentages: [PercentValue] = [], dates: [DateValue] = [],
                durations: [DurationValue] = [], dateRanges: [DateRangeValue] = [], invalid: [InvalidMention] = []) {
        self.amounts = amounts
        self.percentages = percentages
        self.dates = dates
        self.durations = durations
        self.dateRanges = dateRanges
        self.invalid = invalid
    }
}

// MARK: The record description of the located values (see RecordDescription.swift)

extension Span: RecordObject {
    public static let recordDescription = RecordDescription<Span>(
        "Span",
        blank: Span.blank, compact: { context in
            context.nested ? [] : [SQLColumn("page", .integer) { .integer(Int64($0.page)) },
                                   SQLColumn("start", .integer) { .integer(Int64($0.start)) },
                                   SQLColumn("end", .integer) { .integer(Int64($0.end)) }]
        }, [
        .field("page", \.page, extra: [("minimum", .integer(1))]),
        .field("start", \.start, extra: [("minimum", .integer(0))]),
        .field("end", \.end, extra: [("minimum", .integer(0))]),
    ])
}

extension TextValue: RecordObject {
    public static let recordDescription = RecordDescription<TextValue>(
        "Text", blank: TextValue.blank, compact: { context in [SQLColumn(context.name, .text) { .text($0.value) }] }, [
        .field("value", \.value),
        .field("span", \.span),
    ])
}

extension MoneyReading: RecordObject {
    public static let recordDescription = RecordDescription<MoneyReading>(
        "MoneyReading", blank: MoneyReading(text: "", value: .zero, span: .blank),
        compact: { context in Money.sqlParts(context).lifted { $0.value }.columns }, [
        .field("text", \.text, "As written: 肆佰柒拾壹万伍仟元整, ¥4,715,000.00元."),
        .field("value", \.value),
        .field("span", \.span),
    ])
}

extension MoneyValue: RecordObject {
    public static let recordDescription = RecordDescription<MoneyValue>(
        "Money",
        "An amount, possibly written both in 大写 and in figures. value is the 大写 reading when both exist (authoritative in "
            + "Chinese practice), else the only reading; a disagreement is kept and reported by the uppercase_figures_mismatch check.",
        blank: MoneyValue(value: .zero, span: .blank), compact: { context in
            // `x`, `x_fen` and `x_currency`: a sum in SQL must not add New Taiwan dollars to renminbi.
            Money.sqlParts(context).lifted { $0.value }.columns + [SQLColumn(context.name + "_currency", .text) { .text($0.currency) }]
        }, [
        .field("value", \.value),
        .field("currency", \.currency, "ISO 4217, CNY unless stated otherwise."),
        .field("span", \.span),
        .field("uppercase", \.uppercase, "The 大写 reading; the key is absent when not written.", whenNil: .omittedWhenNil),
        .field("figures", \.figures, "The reading in figures; the key is absent when not written.", whenNil: .omittedWhenNil),
    ])
}

extension PercentValue: RecordObject {
    public static let recordDescription = RecordDescription<PercentValue>(
        "Percent", blank: PercentValue(value: .zero, text: "", span: .blank),
        compact: { context in [SQLColumn(context.name, .decimal) { .decimal($0.value.description) }] }, [
        .field("value", \.value, "In percent units: 5‰ → \"0.5\", 万分之五 → \"0.05\"."),
        .field("text", \.text),
        .field("span", \.span),
        .field("comparison", \.comparison,
               "How the text qualifies it (≥99.9% is at_least); anything but exact is a bound, never a payment share."),
    ])
}

extension DateValue: RecordObject {
    public static let recordDescription = RecordDescription<DateValue>(
        "Date", blank: DateValue.blank, compact: { context in [SQLColumn(context.name, .date) { .date($0.value) }] }, [
        .field("value", \.value),
        .field("precision", \.precision),
        .field("text", \.text),
        .field("span", \.span),
    ])
}

extension Quantity: RecordObject {
    public static let recordDescription = RecordDescription<Quantity>(
        "Quantity", "A length of time: { \"value\": \"30\", \"unit\": \"working_day\" }.",
        blank: Quantity(value: .zero, unit: .day), compact: { context in
            [SQLColumn(context.name + "_value", .decimal) { .decimal($0.value.description) },
             SQLColumn(context.name + "_unit", .text) { .text($0.unit.rawValue) }]
        }, [
        .field("value", \.value),
        .field("unit", \.unit),
    ])
}

extension DurationValue: RecordObject {
    public static let recordDescription = RecordDescription<DurationValue>(
        "Duration", blank: DurationValue(value: .zero, unit: .day, text: "", span: .blank), [
        .field("value", \.value),
        .field("unit", \.unit),
        .field("text", \.text),
        .field("span", \.span),
    ])
}

extension DateRangeValue: RecordObject {
    public static let recordDescription = RecordDescription<DateRangeValue>(
        "DateRange", blank: DateRangeValue(start: .blank, end: .blank, text: "", span: .blank), [
        .field("start", \.start, sql: .named("start_date")),
        .field("end", \.end, sql: .named("end_date")),
        .field("text", \.text),
        .field("span", \.span),
    ])
}

extension InvalidMention: RecordObject {
    public static let recordDescription = RecordDescription<InvalidMention>(
        "InvalidMention", "Something that looks like a number but cannot be valued without guessing (壹佰佰元): reported, never given a value.",
        blank: InvalidMention(kind: .money, text: "", reason: "", span: .blank), [
        .field("kind", \.kind),
        .field("text", \.text),
        .field("reason", \.reason, "Stable English reason code: repeated_unit, missing_zero, unit_order, dangling_unit, …"),
        .field("span", \.span),
    ])
}

extension Mentions: RecordObject {
    public static let recordDescription = RecordDescription<Mentions>(
        "Mentions", "Every numeral mention the lexical grammar found, each list in text order.",
        blank: Mentions(), [
        .table("amounts", \.amounts, table: "mention_amounts"),
        .table("percentages", \.percentages, table: "mention_percentages"),
        .table("dates", \.dates, table: "mention_dates"),
        .table("durations", \.durations, table: "mention_durations"),
        .table("date_ranges", \.dateRanges, table: "mention_date_ranges"),
        .table("invalid", \.invalid, table: "mention_invalid"),
    ])
}
