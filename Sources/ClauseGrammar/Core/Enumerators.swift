/// List markers at the start of a line: `1、` `2.` `(1)` `（二）` `一、` `第三条` `4.2`.
struct Enumerator: Equatable {
    enum Style: Equatable { case arabicPunct, parenArabic, parenChinese, chinesePunct, article, section }
    let style: Style
    let number: Int
    /// Offset just after the marker.
    let end: Int
}

extension ParseContext {
    func enumerator(at start: Int, limit: Int) -> Enumerator? {
        var i = start
        guard i < limit else { return nil }
        let c = s[i].canonical
        if c == "(" || c == "\u{3010}" {
            i += 1
            let (n, next, chinese) = numeral(from: i, limit: limit)
            guard let n, next < limit, s[next].canonical == ")" || s[next] == "\u{3011}" else { return nil }
            return Enumerator(style: chinese ? .parenChinese : .parenArabic, number: n, end: next + 1)
        }
        if c == "第" {
            let (n, next, _) = numeral(from: i + 1, limit: limit)
            guard let n, next < limit, ["条", "章", "节", "部分"].contains(where: { s.matches(Word($0), at: next) }) else { return nil }
            return Enumerator(style: .article, number: n, end: next + 1)
        }
        let (n, next, chinese) = numeral(from: i, limit: limit)
        guard let n, next < limit else { return nil }
        let p = s[next].canonical
        if p == "\u{3001}" || p == "." || p == "\u{FF0E}" {
            if p == ".", next + 1 < limit, s[next + 1].isASCIIDigit { return Enumerator(style: .section, number: n, end: next + 1) }
            return Enumerator(style: chinese ? .chinesePunct : .arabicPunct, number: n, end: next + 1)
        }
        if chinese && s[next].isInlineSpace { return Enumerator(style: .chinesePunct, number: n, end: next + 1) }
        return nil
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
