import ContractModel

/// Reads the figures inside the parenthesis after a 大写 amount: an optional currency sign (or what
/// OCR made of it), digits with thousands separators, at most two decimals, an optional 元.
enum Figures {
    struct Match {
        var value: Money
        var text: String
        /// Index of the character in the currency-sign position, if any.
        var signIndex: Int?
        /// 1, or 2 when OCR split the sign into two characters.
        var signLength: Int
        var end: Int
    }

    static func read(_ s: [Unicode.Scalar], from start: Int) -> Match? {
        var i = start
        while i < s.count, s[i] == " " { i += 1 }
        var signIndex: Int?
        var signLength = 0
        if i < s.count, s[i] == "¥" || s[i] == "￥" || NumeralRepair.currencySignConfusions.contains(s[i]) {
            signIndex = i
            i += 1
            // OCR sometimes splits the sign in two (`ff2,829,000.00`).
            if i < s.count, NumeralRepair.currencySignConfusions.contains(s[i]) { i += 1 }
            signLength = i - signIndex!
        }
        while i < s.count, s[i] == " " { i += 1 }
        let digitsStart = i
        var yuan: Int64 = 0, fen: Int64 = 0, decimals = -1, digits = 0
        while i < s.count {
            let c = s[i]
            if let d = c.properties.numericType == .decimal && c.isASCII ? Int64(c.value - 48) : nil {
                if decimals >= 0 {
                    guard decimals < 2 else { return nil }
                    fen = fen * 10 + d
                    decimals += 1
                } else {
                    guard yuan < 100_000_000_000_000 else { return nil }
                    yuan = yuan * 10 + d
                }
                digits += 1
            } else if c == ",", decimals < 0, digits > 0 {
            } else if c == ".", decimals < 0, digits > 0 {
                decimals = 0
            } else { break }
            i += 1
        }
        guard digits >= 1, i < s.count, s[i] == "元" || s[i] == ")" || s[i] == "）" else { return nil }
        if decimals == 1 { fen *= 10 }
        let text = String(String.UnicodeScalarView(s[(signIndex ?? digitsStart)..<i]))
        return Match(value: Money(fen: yuan * 100 + max(fen, 0)), text: text, signIndex: signIndex, signLength: signLength, end: i)
    }
}
