// An independent renderer of amounts in 大写, written for the tests from the rules of Chinese
// financial writing (《会计基础工作规范》 第五十二条), digit by digit over the decimal string, so it
// shares nothing with the parser's token grammar:
//  - every non-zero digit is written with its unit (壹拾, never a bare 拾, unless `bareLeadingTen`);
//  - one 零 stands for any run of zeros between non-zero digits, also across 万 and 亿;
//  - trailing zeros are not written; 万 / 亿 are written when their group has a non-zero digit;
//  - optional 零 (`optionalZero`): when the zeros before a 千 digit are only the 万/亿 place (or
//    only the 元 place before 角), the 零 may be left out;
//  - `元` then `整` when there are no 角 and 分; `零` after 元 when 角 is 0 and 分 is not;
//    amounts below one yuan start at 角 or 分.

enum FinancialRenderer {
    static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let smallUnits = ["", "拾", "佰", "仟"]

    struct Style {
        var optionalZero = true       // write the optional 零
        var bareLeadingTen = false    // 拾万 instead of 壹拾万
        var wholeAfterJiao = false    // 叁角整
        var traditional = false       // 貳 參 陸 萬 億 圓
    }

    static func integer(_ n: Int64, style: Style) -> String {
        if n == 0 { return "零" }
        let ds = Array(String(n)).map { Int($0.asciiValue! - 48) }
        let count = ds.count
        var out = ""
        var zeroRun = 0          // zeros seen since the last non-zero digit
        var zeroOnlyAtGroupEnd = false
        for (index, d) in ds.enumerated() {
            let position = count - 1 - index
            if d == 0 {
                zeroRun += 1
                zeroOnlyAtGroupEnd = zeroRun == 1 && position % 4 == 0
            } else {
                if zeroRun > 0 && !out.isEmpty {
                    let optional = zeroOnlyAtGroupEnd && zeroRun == 1 && position % 4 == 3
                    if !optional || style.optionalZero { out.append("零") }
                }
                zeroRun = 0
                zeroOnlyAtGroupEnd = false
                if !(style.bareLeadingTen && index == 0 && d == 1 && position % 4 == 1) { out.append(digits[d]) }
                out += smallUnits[position % 4]
            }
            if position % 4 == 0 && position > 0 {
                // The group of four digits ending here: write 万/亿 when any is non-zero.
                let groupStart = max(0, index - 3)
                if ds[groupStart...index].contains(where: { $0 != 0 }) {
                    out += position % 8 == 0 ? "亿" : "万"
                }
            }
        }
        return out
    }

    /// `fen` as a 大写 amount.
    static func money(fen: Int64, style: Style = Style()) -> String {
        let yuan = fen / 100, jiao = (fen / 10) % 10, fenDigit = fen % 10
        var out = ""
        if yuan > 0 || (jiao == 0 && fenDigit == 0) { out = integer(yuan, style: style) + "元" }
        if jiao == 0 && fenDigit == 0 { return traditional(out + "整", style) }
        if jiao > 0 {
            if yuan > 0 && yuan % 10 == 0 && style.optionalZero { out.append("零") }
            out += String(digits[Int(jiao)]) + "角"
        }
        if fenDigit > 0 {
            if jiao == 0 && yuan > 0 { out.append("零") }
            out += String(digits[Int(fenDigit)]) + "分"
        } else if style.wholeAfterJiao {
            out += "整"
        }
        return traditional(out, style)
    }

    static func traditional(_ s: String, _ style: Style) -> String {
        guard style.traditional else { return s }
        let map: [Character: Character] = ["贰": "貳", "叁": "參", "陆": "陸", "万": "萬", "亿": "億", "元": "圓"]
        return String(s.map { map[$0] ?? $0 })
    }
}
