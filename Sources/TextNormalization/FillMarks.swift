/// A form's fill marks around a filled figure dropped: `【2019】年【7】月【30】日` → `2019年7月30日`, `合同总价的【5】%` →
/// `合同总价的5%`, `[30]天` → `30天`. Only brackets that hold figures alone (digits, a decimal point, thousands
/// commas, blanks) and stand right before a unit of a date, an amount, a share or a duration; a numbered heading
/// (`【1】合同价款`) or a bracketed word stays.
/// Also the blank lines a value was typed on: `2026年_02_月_04_日` → `2026年02月04日`, `期限为____十____年` →
/// `期限为十年`: blanks on both sides of a filled value (two figures are never glued: `2020_10` stays; a blank with no
/// figure, `____元`, and a printed capital unit between blanks, `____拾____元`, stay).
enum FillMarks {
    static let openings: Set<Unicode.Scalar> = ["【", "[", "〔"]
    static let closings: [Unicode.Scalar: Unicode.Scalar] = ["】": "【", "]": "[", "〕": "〔"]
    static let units: Set<Unicode.Scalar> = ["年", "月", "日", "号", "元", "万", "亿", "%", "％", "天", "个"]
    /// A filled value's figures: the form fields' numerals (`FormFields.numerals`), ASCII digits, 万 and 亿.
    static let numerals: Set<Unicode.Scalar> = FormFields.numerals.union("0123456789万亿萬億".unicodeScalars)
    static let everydayUnits: Set<Unicode.Scalar> = Set("十百千".unicodeScalars)
    /// The digits among them (no unit character).
    static let digits: Set<Unicode.Scalar> = numerals.subtracting(everydayUnits).subtracting("拾佰仟万亿萬億".unicodeScalars)

    static func startsLine(_ i: Int, _ s: [Unicode.Scalar]) -> Bool {
        var j = i - 1
        while j >= 0, s[j] == " " || s[j] == "\t" { j -= 1 }
        return j < 0 || s[j] == "\n" || s[j] == "\u{0C}"
    }

    /// A digit or a Chinese numeral: what a filled blank holds.
    static func isFigure(_ c: Unicode.Scalar) -> Bool { numerals.contains(c) }

    static func drop(_ text: TracedText) -> TracedText {
        let s = text.scalars
        var dropped = Set<Int>()
        var i = 0
        while i < s.count {
            // `【2】月租金…` at the start of a line numbers an item: no fill mark.
            guard openings.contains(s[i]), !startsLine(i, s) else { i += 1; continue }
            var j = i + 1
            var digits = 0
            while j < s.count, j - i <= 16 {
                let c = s[j]
                if c.value >= 0x30 && c.value <= 0x39 { digits += 1 } else if !(c == "." || c == "," || c == " ") { break }
                j += 1
            }
            if digits > 0, j < s.count, closings[s[j]] == s[i], j + 1 < s.count, units.contains(s[j + 1]) {
                dropped.insert(i)
                dropped.insert(j)
                i = j + 1
            } else {
                i += 1
            }
        }
        // Blank lines that hug a filled value on both sides (`_02_`, `____十____`): the value holds a digit or is
        // everyday numerals (a capital unit alone between blanks, `____拾____元`, is the printed form of an empty field).
        var k = 0
        while k < s.count {
            guard s[k] == "_" else { k += 1; continue }
            var end = k
            while end < s.count, s[end] == "_" { end += 1 }
            var figureEnd = end
            while figureEnd < s.count, isFigure(s[figureEnd]) { figureEnd += 1 }
            var after = figureEnd
            while after < s.count, s[after] == "_" { after += 1 }
            let value = end..<figureEnd
            if !value.isEmpty, after > figureEnd, k == 0 || !isFigure(s[k - 1]), after == s.count || !isFigure(s[after]),
               s[value].contains(where: { digits.contains($0) || everydayUnits.contains($0) }) {
                dropped.formUnion(k..<end)
                dropped.formUnion(figureEnd..<after)
                k = after
            } else {
                k = end
            }
        }
        guard !dropped.isEmpty else { return text }
        var out = TracedText(reservingCapacity: s.count)
        for k in s.indices where !dropped.contains(k) { out.append(s[k], from: text.origins[k]) }
        return out
    }
}
