import ContractModel

/// List markers at the start of a line: `1、` `2.` `(1)` `（二）` `一、` `第三条` `4.2` `①` `Ⅱ、`.
struct Enumerator: Equatable {
    enum Style: Equatable { case arabicPunct, parenArabic, parenChinese, chinesePunct, article, section, circled, roman }
    let style: Style
    let number: Int
    /// Offset just after the marker.
    let end: Int
}

extension ParseContext {
    /// The list marker at `start` as `ClauseNumber` reads it (the one numbering parser of the house).
    func enumerator(at start: Int, limit: Int) -> Enumerator? {
        guard let n = ClauseNumber.parse(s, from: start, limit: limit) else { return nil }
        let style: Enumerator.Style
        switch n.kind {
        case .parenthesized: style = n.chineseNumerals ? .parenChinese : .parenArabic
        case .article: style = .article
        case .decimal: style = .section
        case .arabic: style = .arabicPunct
        case .chinese: style = .chinesePunct
        case .circled: style = .circled
        case .roman: style = .roman
        }
        return Enumerator(style: style, number: n.major, end: n.end)
    }

    /// A small numeral (ASCII digits or 一…九十) starting at `i`: value, offset after, Chinese?
    func numeral(from start: Int, limit: Int) -> (Int?, Int, Bool) {
        var i = start
        var value = 0
        while i < limit, s[i].canonical.isASCIIDigit, i - start < 3 {
            value = value * 10 + Int(s[i].canonical.value - 48)
            i += 1
        }
        if i > start { return (value, i, false) }
        var total = 0, digit = 0
        while i < limit, i - start < 4 {
            if let d = ParseContext.chineseDigits[s[i]] { digit = d; i += 1; continue }
            if s[i] == "十" { total += (digit == 0 ? 1 : digit) * 10; digit = 0; i += 1; continue }
            break
        }
        guard i > start else { return (nil, start, true) }
        return (total + digit, i, true)
    }

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
}
