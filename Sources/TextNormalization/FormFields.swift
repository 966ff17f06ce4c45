/// Values a filled-in form split across cells (official model texts: 技术开发合同, 政府采购合同 …), joined
/// back: `2020⇥年⇥2⇥月⇥29⇥日` → `2020年2月29日`, `(大写)⇥贰佰伍拾⇥万元` → `(大写)贰佰伍拾万元`, `日至⇥年`
/// → `日至年`. A tab (with the blanks around it) is dropped only where both sides belong to one
/// value: a digit and the date unit after it (年/月/日), a date unit and the digit after it, a date's
/// 日 and 至, a 大写 label's `)` and the numeral after it, a numeral and its money unit (万/元/圆), a currency
/// sign and the figure after it (`(¥⇥2,500,000.00⇥元)`), a figure and its unit or percent sign (`30⇥%`).
/// Any other tab is a cell boundary and stays. Never glues two figures (`2020⇥10` stays).
enum FormFields {
    static let dateUnits: Set<Unicode.Scalar> = ["年", "月", "日"]
    static let moneyUnits: Set<Unicode.Scalar> = ["万", "元", "圆", "亿", "萬", "億"]
    static let currencySigns: Set<Unicode.Scalar> = ["¥", "￥"]
    static let figureUnits: Set<Unicode.Scalar> = ["元", "万", "%", "％", "‰"]
    static let numerals: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟貳參陸".unicodeScalars)

    static func join(_ text: TracedText) -> TracedText {
        let s = text.scalars
        // Most tabs are cell boundaries: copy nothing unless some tab joins.
        guard s.indices.contains(where: { s[$0] == "\t" && joinsAt($0, s) }) else { return text }
        var out = TracedText(reservingCapacity: s.count)
        var i = 0
        let n = s.count
        while i < n {
            guard s[i] == "\t" else {
                // Copy up to the next tab in one piece.
                var j = i + 1
                while j < n, s[j] != "\t" { j += 1 }
                out.append(from: text, i..<j)
                i = j
                continue
            }
            // The run of tabs and blanks around this tab.
            var lo = i, hi = i + 1
            while lo > 0, isBlank(s[lo - 1]) { lo -= 1 }
            while hi < n, isBlank(s[hi]) || s[hi] == "\t" { hi += 1 }
            let before: Unicode.Scalar? = lo > 0 ? s[lo - 1] : nil
            let after: Unicode.Scalar? = hi < n ? s[hi] : nil
            if let before, let after, joins(before, after, s, lo: lo - 1, hi: hi) {
                // Drop the blanks already copied before the tab, then skip the run.
                while out.count > 0, let last = out.scalars.last, isBlank(last) { out.removeLast() }
                i = hi
            } else {
                out.append(from: text, i..<i + 1)
                i += 1
            }
        }
        return out
    }

    /// Whether the tab between `before` (at `lo`) and `after` (at `hi`) is inside one value. A digit
    /// joins a date unit only where that unit belongs to a date (`2020⇥年⇥3`, `3⇥月⇥1`, `月1⇥日`), never a
    /// row number before a word (`11⇥月考核得分…` stays).
    static func joins(_ before: Unicode.Scalar, _ after: Unicode.Scalar, _ s: [Unicode.Scalar], lo: Int, hi: Int) -> Bool {
        if isDigit(before) && dateUnits.contains(after) {
            switch after {
            case "年": return isDigit(next(after: hi, s)) || next(after: hi, s) == "月"
            case "月": return isDigit(next(after: hi, s)) || previous(beforeDigitsAt: lo, s) == "年"
            default: return previous(beforeDigitsAt: lo, s) == "月"
            }
        }
        if (before == "年" || before == "月") && isDigit(after) { return previous(beforeDigitsAt: lo - 1, s).map(isDigit) == true || before == "月" }
        if before == "日" && after == "至" { return true }
        if before == "至" && (isDigit(after) || after == "年") { return true }
        if before == ")" && numerals.contains(after) { return true }
        if numerals.contains(before) && moneyUnits.contains(after) { return true }
        if currencySigns.contains(before) && isDigit(after) { return true }
        if isDigit(before) && figureUnits.contains(after) { return true }
        return false
    }

    static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }

    /// The first scalar after `i` that is not a blank or a tab.
    static func next(after i: Int, _ s: [Unicode.Scalar]) -> Unicode.Scalar? {
        var j = i + 1
        while j < s.count, isBlank(s[j]) || s[j] == "\t" { j += 1 }
        return j < s.count ? s[j] : nil
    }

    /// The scalar before the digits ending at `i`, skipping blanks and tabs.
    static func previous(beforeDigitsAt i: Int, _ s: [Unicode.Scalar]) -> Unicode.Scalar? {
        var j = i
        while j >= 0, isDigit(s[j]) { j -= 1 }
        while j >= 0, isBlank(s[j]) || s[j] == "\t" { j -= 1 }
        return j >= 0 ? s[j] : nil
    }

    /// Whether the tab at `i` sits inside one value (the test `join` applies, for a quick first pass).
    static func joinsAt(_ i: Int, _ s: [Unicode.Scalar]) -> Bool {
        var lo = i, hi = i + 1
        while lo > 0, isBlank(s[lo - 1]) { lo -= 1 }
        while hi < s.count, isBlank(s[hi]) || s[hi] == "\t" { hi += 1 }
        guard lo > 0, hi < s.count else { return false }
        return joins(s[lo - 1], s[hi], s, lo: lo - 1, hi: hi)
    }

    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\u{A0}" }
}
