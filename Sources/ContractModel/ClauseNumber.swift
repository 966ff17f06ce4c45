/// The number that opens a clause or list item, read in one place for every stage that needs it
/// (normalization keeps item lines apart, clause rules skip or follow list markers, checks find gaps
/// in the numbering): `第十二条`, `第二部分`, `一、`, `四 合同价款`, `(三)`, `【2】`, `①`, `Ⅲ、`, `2、`, `1)`,
/// `3.`, `4.2`, `1.2.3`.
///
/// `parse` recognises the marker and reports what it is; what a stage accepts is its own policy
/// (a decimal followed by a unit, `1.5万元`, is an amount: `isUnitAfterDecimal` tells). It reads at
/// most a few scalars past `start` and never past `limit`.
public struct ClauseNumber: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `第N条` and its siblings; `unit` is the word after the number (条 章 节 款 项 篇 部分).
        case article(unit: String)
        /// `(1)`, `（一）`, `【2】`, `[3]`.
        case parenthesized
        /// `①`…`⑳`, `⑴`…`⒇`, `⒈`…`⒛`.
        case circled
        /// `Ⅰ、`…`Ⅻ.`.
        case roman
        /// `一、`, `十二.`, or `三` followed by blanks and a Chinese heading (`separator` nil).
        case chinese
        /// `2、`, `1)`, `3.` followed by no digit; one group of digits.
        case arabic
        /// `4.2`, `1.2.3`: two to four groups of digits joined by dots, followed by blanks or Chinese.
        case decimal
    }

    public var kind: Kind
    /// The numbers as written: one for most kinds, one per group for `decimal` (`4.2` → [4, 2]).
    public var numbers: [Int]
    /// Written with Chinese numerals (`一、`, `(三)`, `第十二条`).
    public var chineseNumerals: Bool
    /// The scalar closing the marker (`、`, `.`, `)`, `】`), nil when blanks or a heading follow directly.
    public var separator: Unicode.Scalar?
    /// Offset just after the marker and its separator; for a marker followed by blanks, the first blank.
    public var end: Int
    /// For `2. 2服务承诺` (a decimal whose dot is followed by blanks): the offset just after the dot.
    public var dotEnd: Int?

    public init(kind: Kind, numbers: [Int], chineseNumerals: Bool, separator: Unicode.Scalar?, end: Int, dotEnd: Int? = nil) {
        self.kind = kind
        self.numbers = numbers
        self.chineseNumerals = chineseNumerals
        self.separator = separator
        self.end = end
        self.dotEnd = dotEnd
    }

    public var major: Int { numbers[0] }

    static let articleUnits: [Unicode.Scalar: String] = ["条": "条", "章": "章", "节": "节", "款": "款", "项": "项", "篇": "篇"]
    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]

    public static func parse(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> ClauseNumber? {
        let end = min(limit, s.count)
        guard start < end else { return nil }
        let first = s[start]
        // 第…条 / 章 / 节 / 款 / 项 / 篇 / 部分, blanks allowed inside.
        if first == "第" {
            var i = skipBlanks(s, start + 1, end)
            guard let (n, after, chinese) = number(s, i, end, maxLength: 6) else { return nil }
            i = skipBlanks(s, after, end)
            guard i < end else { return nil }
            if let unit = articleUnits[s[i]] {
                return ClauseNumber(kind: .article(unit: unit), numbers: [n], chineseNumerals: chinese, separator: nil, end: i + 1)
            }
            if s[i] == "部", i + 1 < end, s[i + 1] == "分" {
                return ClauseNumber(kind: .article(unit: "部分"), numbers: [n], chineseNumerals: chinese, separator: nil, end: i + 2)
            }
            return nil
        }
        // Circled and parenthesized numbers.
        let v = first.value
        if (0x2460...0x2473).contains(v) { return single(.circled, Int(v - 0x2460) + 1, start) }
        if (0x2474...0x2487).contains(v) { return single(.circled, Int(v - 0x2474) + 1, start) }
        if (0x2488...0x249B).contains(v) { return single(.circled, Int(v - 0x2488) + 1, start) }
        // Ⅰ、 Ⅻ.
        if (0x2160...0x216B).contains(v) {
            guard start + 1 < end, s[start + 1] == "、" || s[start + 1] == "." else { return nil }
            return ClauseNumber(kind: .roman, numbers: [Int(v - 0x2160) + 1], chineseNumerals: false, separator: s[start + 1], end: start + 2)
        }
        // (1) （一） 【2】 [3]
        if let close = closing[first] {
            guard let (n, after, chinese) = number(s, start + 1, end, maxLength: 4), after < end,
                  s[after] == close || (close == ")" && s[after] == "\u{FF09}") else { return nil }
            return ClauseNumber(kind: .parenthesized, numbers: [n], chineseNumerals: chinese, separator: s[after], end: after + 1)
        }
        // 一、 十二. 三 标题
        if chineseDigits[first] != nil || first == "十" {
            guard let (n, after, _) = number(s, start, end, maxLength: 4), after < end else { return nil }
            let c = s[after]
            if c == "、" || c == "." || c == "\u{FF0E}" {
                return ClauseNumber(kind: .chinese, numbers: [n], chineseNumerals: true, separator: c, end: after + 1)
            }
            if isBlank(c) {
                let j = skipBlanks(s, after, end)
                if j < end, isHan(s[j]) {
                    return ClauseNumber(kind: .chinese, numbers: [n], chineseNumerals: true, separator: nil, end: after)
                }
            }
            return nil
        }
        // 2、 1) 3. 4.2 1.2.3
        guard isDigit(first) else { return nil }
        var groups: [Int] = []
        var i = start
        while true {
            let g = i
            var value = 0
            while i < end, isDigit(s[i]), i - g < 4 { value = value * 10 + Int(s[i].value - 0x30); i += 1 }
            guard i > g, i - g <= 3, i < end, !isDigit(s[i]) else { return nil }
            groups.append(value)
            let c = s[i]
            if c == "、" { return ClauseNumber(kind: groups.count == 1 ? .arabic : .decimal, numbers: groups, chineseNumerals: false, separator: c, end: i + 1) }
            if c == ")" { return groups.count == 1 ? ClauseNumber(kind: .arabic, numbers: groups, chineseNumerals: false, separator: c, end: i + 1) : nil }
            if (c == "." || c == "\u{FF0E}"), i + 1 < end, isDigit(s[i + 1]), groups.count < 4 { i += 1; continue }
            if groups.count == 1 {
                // `3.` followed by neither a digit nor another dot.
                guard c == "." || c == "\u{FF0E}", i + 1 < end, s[i + 1] != ".", !isDigit(s[i + 1]) else { return nil }
                // `2. 2服务承诺`: a sub-clause number whose dot a converter spaced out.
                let j = skipBlanks(s, i + 1, end)
                if j > i + 1, j < end, isDigit(s[j]) {
                    var k = j, minor = 0
                    while k < end, isDigit(s[k]), k - j < 4 { minor = minor * 10 + Int(s[k].value - 0x30); k += 1 }
                    if k - j <= 3, k < end, isHan(s[k]) || isBlank(s[k]) {
                        return ClauseNumber(kind: .decimal, numbers: [groups[0], minor], chineseNumerals: false, separator: nil,
                                            end: k, dotEnd: i + 1)
                    }
                }
                return ClauseNumber(kind: .arabic, numbers: groups, chineseNumerals: false, separator: c, end: i + 1)
            }
            // `4.2` followed by a blank or directly by Chinese.
            guard isBlank(c) || isHan(c) else { return nil }
            return ClauseNumber(kind: .decimal, numbers: groups, chineseNumerals: false, separator: nil, end: i)
        }
    }

    /// A decimal number followed by one of these (`12.5万元`, `1.5倍`, `3.5个月`) is an amount, not a clause.
    public static func isUnitAfterDecimal(_ c: Unicode.Scalar) -> Bool { decimalUnits.contains(c) }

    static let decimalUnits: Set<Unicode.Scalar> = Set("万亿元倍个年月日天小时分秒米吨台套人次折件项寸平公千周字页条种度成".unicodeScalars)
    static let closing: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "\u{FF08}": ")", "\u{3010}": "\u{3011}", "[": "]"]

    private static func single(_ kind: Kind, _ n: Int, _ start: Int) -> ClauseNumber {
        ClauseNumber(kind: kind, numbers: [n], chineseNumerals: false, separator: nil, end: start + 1)
    }

    /// Digits (at most `maxLength`, ASCII) or a Chinese numeral up to 九十九 (at most `maxLength` scalars).
    private static func number(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, maxLength: Int) -> (Int, Int, Bool)? {
        var i = start
        var value = 0
        while i < end, isDigit(s[i]), i - start < maxLength { value = value * 10 + Int(s[i].value - 0x30); i += 1 }
        if i > start { return i < end && isDigit(s[i]) ? nil : (value, i, false) }
        var total = 0, digit = 0, seen = false
        while i < end, i - start < maxLength {
            if let d = chineseDigits[s[i]] { digit = d; seen = true; i += 1; continue }
            if s[i] == "十" { total += (digit == 0 ? 1 : digit) * 10; digit = 0; seen = true; i += 1; continue }
            if s[i] == "百" { total += (digit == 0 ? 1 : digit) * 100; digit = 0; seen = true; i += 1; continue }
            break
        }
        return seen ? (total + digit, i, true) : nil
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\u{A0}" }
    static func isHan(_ c: Unicode.Scalar) -> Bool { (c.value >= 0x4E00 && c.value <= 0x9FFF) || (c.value >= 0x3400 && c.value <= 0x4DBF) }
    private static func skipBlanks(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, isBlank(s[i]) { i += 1 }
        return i
    }
}
