import ContractModel

/// Reads the figures inside the parenthesis after a 大写 amount: an optional currency sign (or what
/// OCR made of it), digits with thousands separators, at most two decimals, then 元 or the closing
/// parenthesis.
enum Figures {
    struct Match {
        var value: Money
        var text: String
        /// Index of the scalar(s) in the currency-sign position, if any.
        var signIndex: Int?
        /// 1, or 2 when OCR split the sign into two characters.
        var signLength: Int
        /// Index of the first digit of the amount.
        var digitsStart: Int
        var end: Int
    }

    /// Opening parentheses and what OCR makes of them (`〈4,715,000.00元)`, `《¥…`, `“471,500.00元)`).
    static let openings: Set<Unicode.Scalar> = ["(", "（", "〈", "《", "<", "{", "［", "[", "【", "〔", "“", "‘"]

    /// `leadingDigitIsSign`: read the first digit as a misread currency sign (`(84,448,113.21元)` for
    /// `(¥4,448,113.21元)`); only tried when the figures as read do not agree with the 大写 before them.
    static func read(_ s: [Unicode.Scalar], from start: Int, leadingDigitIsSign: Bool = false) -> Match? {
        var i = start
        while i < s.count, s[i] == " " { i += 1 }
        var signIndex: Int?
        var signLength = 0
        if leadingDigitIsSign {
            guard i + 1 < s.count, isDigit(s[i]), isDigit(s[i + 1]) else { return nil }
            signIndex = i
            signLength = 1
            i += 1
        } else {
            // One or two scalars that are neither digits nor blanks nor brackets nor Han text: the sign as read.
            let signStart = i
            while i < s.count, i - signStart < 2, isSignLike(s[i]) { i += 1 }
            if i > signStart { signIndex = signStart; signLength = i - signStart }
        }
        while i < s.count, s[i] == " " { i += 1 }
        let digitsStart = i
        var yuan: Int64 = 0, fen: Int64 = 0, decimals = -1, digits = 0
        var groups: [Int] = [0]
        while i < s.count {
            let c = s[i]
            if isDigit(c) {
                let d = Int64(c.value - 48)
                if decimals >= 0 {
                    guard decimals < 2 else { return nil }
                    fen = fen * 10 + d
                    decimals += 1
                } else {
                    guard yuan < 100_000_000_000_000 else { return nil }
                    yuan = yuan * 10 + d
                    groups[groups.count - 1] += 1
                }
                digits += 1
            } else if c == ",", decimals < 0, digits > 0 {
                groups.append(0)
            } else if c == ".", decimals < 0, digits > 0 {
                decimals = 0
            } else { break }
            i += 1
        }
        guard digits >= 1, i < s.count, s[i] == "元" || s[i] == ")" || s[i] == "）" else { return nil }
        // Thousands separators, when written, group by three: `4,715,000.00`, never `47,15,000`.
        if groups.count > 1 {
            guard (1...3).contains(groups[0]), groups.dropFirst().allSatisfy({ $0 == 3 }) else { return nil }
        }
        if decimals == 1 { fen *= 10 }
        let text = String(String.UnicodeScalarView(s[(signIndex ?? digitsStart)..<i]))
        return Match(value: Money(fen: yuan * 100 + max(fen, 0)), text: text, signIndex: signIndex, signLength: signLength,
                     digitsStart: digitsStart, end: i)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isSignLike(_ c: Unicode.Scalar) -> Bool {
        if c == "¥" || c == "￥" || NumeralRepair.currencySignConfusions.contains(c) { return true }
        return !isDigit(c) && !c.properties.isWhitespace && !isBracket(c) && !c.properties.isIdeographic
            && c != "," && c != "." && c != "，" && c != "。" && c != "、" && c != "：" && c != ":"
    }

    static func isBracket(_ c: Unicode.Scalar) -> Bool { openings.contains(c) || c == ")" || c == "）" }
}
