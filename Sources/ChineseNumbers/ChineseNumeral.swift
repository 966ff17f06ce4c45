import ContractModel

/// Everyday numerals as used in ordinals, counts and durations: `十二`, `三十`, `一百零五`, `两`,
/// `〇`, `第三条` (pass `三`), `二〇二二` (a digit-by-digit year). Capital forms and ASCII digits
/// are accepted too. The grammar is that of `IntegerGrammar.swift`, so ambiguous forms such as
/// `一百二` give nil rather than a guess.
public enum ChineseNumeral {
    /// The value of a whole numeral string, or nil when it is not exactly one numeral.
    public static func integer(_ s: some StringProtocol) -> Int64? {
        var tokens: [NumeralToken] = []
        var ascii: Int64 = 0
        var asciiCount = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if NumeralTables.isSpace(v) { continue }
            if let d = NumeralTables.asciiDigit(v) {
                let (m, o1) = ascii.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return nil }
                ascii = a
                asciiCount += 1
                continue
            }
            guard let n = NumeralTables.numeral(v) else { return nil }
            tokens.append(n.token)
        }
        if asciiCount > 0 { return tokens.isEmpty ? ascii : nil }
        return value(of: tokens)
    }

    /// Values a token sequence: a digit-by-digit sequence of two or more digits (`二〇二二`), or a
    /// numeral with units.
    static func value(of tokens: [NumeralToken]) -> Int64? {
        if tokens.isEmpty { return nil }
        if tokens.count >= 2, let seq = digitSequence(tokens) { return seq }
        var acc = IntegerAccumulator()
        for t in tokens { if acc.feed(t) != nil { return nil } }
        if case .success(let r) = acc.finish() { return r.value }
        return nil
    }

    /// Values a token sequence like `value(of:)`, or says why it cannot.
    static func result(of tokens: [NumeralToken]) -> Result<Int64, InvalidReason> {
        if tokens.isEmpty { return .failure(.empty) }
        if tokens.count >= 2, let seq = digitSequence(tokens) { return .success(seq) }
        var acc = IntegerAccumulator()
        for t in tokens { if let e = acc.feed(t) { return .failure(e) } }
        return acc.finish().map(\.value)
    }

    /// `二〇二二` → 2022; nil when any token is a unit.
    static func digitSequence(_ tokens: [NumeralToken]) -> Int64? {
        var v: Int64 = 0
        for t in tokens {
            guard case .digit(let d) = t else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }
}
