import ContractModel

extension ParseContext {
    /// A template field never filled in: `${clientName}`, `##{需方}`, `{甲方名称}`, or a code of
    /// ASCII capitals and underscores (`LIVE_SDHY`) where a name should be.
    func isPlaceholder(_ r: Range<Int>) -> Bool {
        let text = s[r]
        if text.contains(where: { $0.canonical == "{" || $0.canonical == "}" || $0.canonical == "$" }) { return true }
        return text.contains { $0 == "_" } && text.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.isASCIIDigit || $0 == "_") }
    }


    /// A blank left in a template (`__`, `xxx`, `××`, `**`) inside `r`.
    func hasBlank(_ r: Range<Int>) -> Bool { hasRun(r, of: ["_", "*", "x", "X", "\u{00D7}"]) }

    /// A part masked by the publisher or left blank (`******农村局`, `____`); unlike `hasBlank`, an
    /// anonymised `XXXX有限责任公司` is what the document states and counts as a value.
    func hasMask(_ r: Range<Int>) -> Bool { hasRun(r, of: ["_", "*"]) }

    /// How many `*`/`_` stand right before `offset` (a value's trimming drops them: `：******农村局`).
    func maskRun(endingAt offset: Int) -> Int {
        var j = offset
        while j > 0, s[j - 1].canonical == "*" || s[j - 1].canonical == "_" { j -= 1 }
        return offset - j
    }

    private func hasRun(_ r: Range<Int>, of marks: Set<Unicode.Scalar>) -> Bool {
        var run = 0, previous: Unicode.Scalar = " "
        for c in s[r] {
            let k = c.canonical
            let blank = marks.contains(k)
            run = blank && (k == previous || run == 0) ? run + 1 : (blank ? 1 : 0)
            if run >= 2 { return true }
            previous = k
        }
        return false
    }

    /// A money mention whose figures a publisher masked or a template left blank around:
    /// `****038.56`, `*******.36`, `拾_____万___仟___拾元整` (the digits left are no amount).
    func isMasked(_ m: MoneyValue) -> Bool {
        var i = m.span.start
        while i < m.span.end, !s[i].canonical.isASCIIDigit, !ChineseDigits.isNumeral(s[i]) { i += 1 }
        // Back over the figure's own punctuation to what stands before it.
        var j = i - 1
        while j >= 0, s[j].canonical == "." || s[j].canonical == "," || s[j].isInlineSpace { j -= 1 }
        if j >= 0, ["*", "x", "X", "_", "\u{00D7}"].contains(s[j].canonical) { return true }
        // `196.*元`: the mask after the figures.
        var k = m.span.end
        while k < s.count, s[k].canonical == "." || s[k].isInlineSpace { k += 1 }
        if k < s.count, s[k].canonical == "*" { return true }
        if m.span.end > 0, s[m.span.end - 1].canonical == ".", k < s.count, s[k].canonical == "*" { return true }
        return s[m.span.start..<m.span.end].contains { $0.canonical == "*" || $0.canonical == "_" }
    }
}

/// 大写 and everyday numeral characters, to find where a numeral starts.
enum ChineseDigits {
    static let numerals: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸".unicodeScalars)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool { numerals.contains(c) }
}
