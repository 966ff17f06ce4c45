import Testing
import ContractModel
@testable import ConsistencyChecks

/// A minimal clause as a document, with helpers that build located values by finding their text in
/// it (so every span in a test points at the words it claims to). Pages are separated by "\f".
struct Clause {
    let text: DocumentText

    init(_ printed: String) { text = DocumentText(printed: printed) }

    /// Span of the `occurrence`-th (0-based) occurrence of `needle`.
    func span(_ needle: String, occurrence: Int = 0) -> Span {
        let n = Array(needle.unicodeScalars)
        let s = text.scalars
        var seen = 0
        if n.count <= s.count {
            for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n {
                if seen == occurrence { return text.span(i, i + n.count) }
                seen += 1
            }
        }
        Issue.record("「\(needle)」 (occurrence \(occurrence)) not in clause")
        return Span(page: 1, start: 0, end: 0)
    }

    /// Figures only: `"2,829,000.00"` (commas, ¥ and 元 ignored for the value).
    func money(_ figures: String, occurrence: Int = 0) -> MoneyValue {
        let value = Self.parseFigures(figures)
        let s = span(figures, occurrence: occurrence)
        return MoneyValue(value: value, span: s, figures: MoneyReading(text: figures, value: value, span: s))
    }

    /// A paired mention: 大写 text with its value (given, not parsed here) and figures text.
    func paired(upper: String, upperValue: String, figures: String, occurrence: Int = 0) -> MoneyValue {
        let u = MoneyReading(text: upper, value: Money(upperValue)!, span: span(upper, occurrence: occurrence))
        let f = MoneyReading(text: figures, value: Self.parseFigures(figures), span: span(figures, occurrence: occurrence))
        return MoneyValue(value: u.value, span: u.span.union(f.span), uppercase: u, figures: f)
    }

    /// `"21.43%"`, `"5‰"`: value in percent units.
    func percent(_ written: String, occurrence: Int = 0, comparison: Comparison = .exact) -> PercentValue {
        var value = FixedDecimal(written.filter { $0.isNumber || $0 == "." })!
        if written.contains("‰") { value = FixedDecimal(units: value.units, scale: value.scale + 1) }
        return PercentValue(value: value, text: written, span: span(written, occurrence: occurrence), comparison: comparison)
    }

    /// A date by its text and ISO value.
    func date(_ written: String, _ iso: String, occurrence: Int = 0) -> DateValue {
        DateValue(value: CalendarDate(iso: iso)!, text: written, span: span(written, occurrence: occurrence))
    }

    func check(_ contract: Contract, mentions: Mentions = Mentions()) -> [Finding] {
        ConsistencyChecker.check(contract, mentions: mentions, text: text)
    }

    static func parseFigures(_ figures: String) -> Money {
        Money(figures.filter { $0.isNumber || $0 == "." })!
    }
}

extension Array where Element == Finding {
    func of(_ rule: String) -> [Finding] { filter { $0.rule == rule } }
    var errors: [Finding] { filter { $0.severity == .error } }
}
