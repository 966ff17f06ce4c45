/// Word's list number formats (`w:numFmt`), the ones contracts use: 第一条, （一）, 1.1, ①, a), 甲、.
enum NumberFormats {
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimal", "ordinal", "cardinalText", "ordinalText": return String(value)
        case "decimalZero": return value < 10 ? "0\(value)" : String(value)
        case "decimalFullWidth", "decimalFullWidth2": return fullWidth(String(value))
        case "decimalHalfWidth": return String(value)
        case "decimalEnclosedParen": return "(\(value))"
        case "decimalEnclosedFullstop": return "\(value)."
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": return enclosedCircle(value)
        case "upperLetter": return letters(value, base: "A")
        case "lowerLetter": return letters(value, base: "a")
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "chineseCounting", "ideographDigital", "taiwaneseCounting", "japaneseCounting":
            return chinese(value, digits: Array("〇一二三四五六七八九"), units: ["", "十", "百", "千"], simplifyTen: true)
        case "chineseCountingThousand", "taiwaneseCountingThousand":
            return chinese(value, digits: Array("零一二三四五六七八九"), units: ["", "十", "百", "千"], simplifyTen: true)
        case "chineseLegalSimplified", "ideographLegalTraditional":
            return chinese(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], simplifyTen: false)
        case "ideographTraditional": return cycle(value, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return cycle(value, Array("子丑寅卯辰巳午未申酉戌亥"))
        case "none", "bullet": return ""
        default: return String(value)
        }
    }

    /// 1…9999 in Chinese numerals: 十一 (not 一十一) when `simplifyTen`, 一百零五, 二千零一十.
    static func chinese(_ value: Int, digits: [Character], units: [String], simplifyTen: Bool) -> String {
        guard value > 0, value < 10_000 else { return String(value) }
        let places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        var result = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            let unit = units[3 - index]
            if digit == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { result.append(digits[0]) }
            pendingZero = false
            if !(simplifyTen && digit == 1 && unit == units[1] && result.isEmpty) { result.append(digits[digit]) }
            result += unit
        }
        return result
    }

    private static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
    }

    private static func enclosedCircle(_ value: Int) -> String {
        switch value {
        case 1...20: return String(Unicode.Scalar(0x2460 + UInt32(value) - 1)!)
        case 21...35: return String(Unicode.Scalar(0x3251 + UInt32(value) - 21)!)
        case 36...50: return String(Unicode.Scalar(0x32B1 + UInt32(value) - 36)!)
        default: return "(\(value))"
        }
    }

    /// A, B, … Z, AA, BB … (Word repeats the letter).
    private static func letters(_ value: Int, base: Unicode.Scalar) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(base.value + UInt32((value - 1) % 26))!)
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }

    private static func cycle(_ value: Int, _ symbols: [Character]) -> String {
        guard value > 0 else { return String(value) }
        return String(symbols[(value - 1) % symbols.count])
    }
}
