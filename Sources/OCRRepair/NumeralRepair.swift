import ContractModel

/// Repairs OCR confusions in 大写 amounts (仟↔什, 贰↔吉/武, 壹↔喜/查, 叁↔参, ¥↔羊/半 …) on OCR'd
/// pages, and only where it is safe:
/// - only inside a money pattern: a run of Han characters ending in 元/圆 (+整/正) directly followed by
///   figures in parentheses, `…元整(¥4,715,000.00元)`;
/// - only when the figures' own 大写 spelling (`UppercaseRenderer`) has exactly the run's length, every
///   character that differs is *not* a numeral or unit character in the OCR text (so a real 伍 is
///   never overwritten by 肆: that mismatch stays for `uppercase_figures_mismatch` to report), and at
///   least half the characters already agree;
/// - one character replaced by one character, so every offset and span stays valid.
/// Every repair is returned as a warning with both readings; nothing is changed silently.
public enum NumeralRepair {
    /// Characters a 大写 amount is made of; OCR output of these is trusted, never overwritten.
    static let numeralCharacters: Set<Unicode.Scalar> = Set("零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳參陸萬億圓两一二三四五六七八九十百千".unicodeScalars)
    /// What OCR makes of the currency sign before the figures.
    static let currencySignConfusions: Set<Unicode.Scalar> = ["羊", "半", "辛", "Y", "f"]

    public struct Repair: Sendable, Hashable {
        public var span: Span
        public var original: String
        public var repaired: String
        public var figures: String
    }

    /// Repairs amounts on the given 1-based pages; returns the text (same length) and the repairs.
    public static func repair(_ text: DocumentText, pages: Set<Int>) -> (text: DocumentText, repairs: [Repair]) {
        guard !pages.isEmpty else { return (text, []) }
        var scalars = text.scalars
        var repairs: [Repair] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "(" || scalars[i] == "（", pages.contains(text.pageNumber(at: i)),
                  let figures = Figures.read(scalars, from: i + 1) else { i += 1; continue }
            if let repair = repairAmount(&scalars, text: text, openParen: i, figures: figures) { repairs.append(repair) }
            if let sign = figures.signIndex, currencySignConfusions.contains(scalars[sign]) {
                // One scalar for one: a sign OCR split in two becomes `¥` and a space.
                let range = sign..<(sign + figures.signLength)
                let original = String(String.UnicodeScalarView(scalars[range]))
                scalars[sign] = "¥"
                for extra in range.dropFirst() { scalars[extra] = " " }
                repairs.append(Repair(span: text.span(range.lowerBound, range.upperBound), original: original,
                                      repaired: figures.signLength == 1 ? "¥" : "¥ ", figures: figures.text))
            }
            i = figures.end
        }
        var pagesText: [String] = []
        for (index, start) in text.pageStarts.enumerated() {
            let end = index + 1 < text.pageStarts.count ? text.pageStarts[index + 1] - 1 : scalars.count
            pagesText.append(String(String.UnicodeScalarView(scalars[start..<end])))
        }
        return (DocumentText(pages: pagesText), repairs)
    }

    /// The warning a repair is reported as.
    public static func warning(_ repair: Repair) -> ExtractionWarning {
        ExtractionWarning(.ocrRepair, page: repair.span.page,
                          "OCR 读作「\(repair.original)」，与小写金额 \(repair.figures) 对照修正为「\(repair.repaired)」")
    }

    private static func repairAmount(_ scalars: inout [Unicode.Scalar], text: DocumentText, openParen: Int, figures: Figures.Match) -> Repair? {
        // Han characters before the parenthesis, skipping whitespace (OCR lines wrap inside amounts).
        var positions: [Int] = []
        var k = openParen - 1
        while k >= 0, positions.count < 40 {
            let s = scalars[k]
            if s == " " || s == "\n" || s == "\t" || s == DocumentText.pageSeparator { k -= 1; continue }
            guard s.properties.isIdeographic else { break }
            positions.append(k)
            k -= 1
        }
        positions.reverse()
        guard let expected = UppercaseRenderer.render(figures.value) else { return nil }
        var target = Array(expected.unicodeScalars)
        // The OCR run may end with 元 (no 整) where the canonical form has 元整.
        if let last = positions.last, scalars[last] != "整" && scalars[last] != "正", target.last == "整" { target.removeLast() }
        guard positions.count >= target.count, target.count >= 3 else { return nil }
        let candidate = Array(positions.suffix(target.count))
        var differing = 0
        for (offset, position) in candidate.enumerated() where scalars[position] != target[offset] {
            // A numeral the OCR did read is trusted: never overwrite it.
            if numeralCharacters.contains(scalars[position]) { return nil }
            differing += 1
        }
        guard differing > 0, differing * 2 <= target.count else { return nil }
        // The amount must start here: the character before it is not a numeral (no partial amounts).
        if candidate.count < positions.count, numeralCharacters.contains(scalars[positions[positions.count - candidate.count - 1]]) { return nil }
        let original = String(String.UnicodeScalarView(candidate.map { scalars[$0] }))
        for (offset, position) in candidate.enumerated() { scalars[position] = target[offset] }
        return Repair(span: text.span(candidate.first!, candidate.last! + 1), original: original,
                      repaired: String(String.UnicodeScalarView(target)), figures: figures.text)
    }
}
