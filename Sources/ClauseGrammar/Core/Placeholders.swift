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
    func hasBlank(_ r: Range<Int>) -> Bool {
        var run = 0, previous: Unicode.Scalar = " "
        for c in s[r] {
            let k = c.canonical
            let blank = k == "_" || k == "*" || k == "x" || k == "X" || k == "\u{00D7}" || c == "\u{FF3F}"
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
        return s[m.span.start..<m.span.end].contains { $0.canonical == "*" || $0.canonical == "_" }
    }
}

/// 大写 and everyday numeral characters, to find where a numeral starts.
enum ChineseDigits {
    static let numerals: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸".unicodeScalars)
    static func isNumeral(_ c: Unicode.Scalar) -> Bool { numerals.contains(c) }
}
