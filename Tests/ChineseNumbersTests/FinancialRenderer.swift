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
    static let digits: [Unicode.Scalar] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let smallUnits: [Unicode.Scalar?] = [nil, "拾", "佰", "仟"]

    struct Style {
        var optionalZero = true       // write the optional 零
        var bareLeadingTen = false    // 拾万 instead of 壹拾万
        var wholeAfterJiao = false    // 叁角整
        var traditional = false       // 貳 參 陸 萬 億 圓
    }

    static func integer(_ n: Int64, style: Style, into out: inout String.UnicodeScalarView) {
        if n == 0 { out.append("零"); return }
        var ds: [Int] = []
        var rest = n
        while rest > 0 { ds.append(Int(rest % 10)); rest /= 10 }
        ds.reverse()
        let count = ds.count
        var wrote = false
        var zeroRun = 0          // zeros seen since the last non-zero digit
        var zeroOnlyAtGroupEnd = false
        for index in 0..<count {
            let d = ds[index]
            let position = count - 1 - index
            if d == 0 {
                zeroRun += 1
                zeroOnlyAtGroupEnd = zeroRun == 1 && position % 4 == 0
            } else {
                if zeroRun > 0 && wrote {
                    let optional = zeroOnlyAtGroupEnd && zeroRun == 1 && position % 4 == 3
                    if !optional || style.optionalZero { out.append("零") }
                }
                zeroRun = 0
                zeroOnlyAtGroupEnd = false
                if !(style.bareLeadingTen && index == 0 && d == 1 && position % 4 == 1) { out.append(digits[d]) }
                if let unit = smallUnits[position % 4] { out.append(unit) }
                wrote = true
            }
            if position % 4 == 0 && position > 0 {
                // The group of four digits ending here: write 万/亿 when any is non-zero.
                var any = false
                for k in max(0, index - 3)...index where ds[k] != 0 { any = true }
                if any { out.append(position % 8 == 0 ? "亿" : "万") }
            }
        }
    }

    /// `fen` as a 大写 amount.
    static func money(fen: Int64, style: Style = Style()) -> String {
        let yuan = fen / 100, jiao = Int((fen / 10) % 10), fenDigit = Int(fen % 10)
        var out = String.UnicodeScalarView()
        if yuan > 0 || (jiao == 0 && fenDigit == 0) {
            integer(yuan, style: style, into: &out)
            out.append("元")
        }
        if jiao == 0 && fenDigit == 0 {
            out.append("整")
        } else {
            if jiao > 0 {
                if yuan > 0 && yuan % 10 == 0 && style.optionalZero { out.append("零") }
                out.append(digits[jiao]); out.append("角")
            }
            if fenDigit > 0 {
                if jiao == 0 && yuan > 0 { out.append("零") }
                out.append(digits[fenDigit]); out.append("分")
            } else if style.wholeAfterJiao {
                out.append("整")
            }
        }
        if style.traditional {
            let map: [Unicode.Scalar: Unicode.Scalar] = ["贰": "貳", "叁": "參", "陆": "陸", "万": "萬", "亿": "億", "元": "圓"]
            var t = String.UnicodeScalarView()
            t.append(contentsOf: out.map { map[$0] ?? $0 })
            return String(t)
        }
        return String(out)
    }
}
