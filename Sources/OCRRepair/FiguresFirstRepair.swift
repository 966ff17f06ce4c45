import ContractModel

/// The other order contracts write an amount in: figures first, then the 大写 after `大写` —
/// `人民币3,278,000.00元，大写:参佰趟拾类万抽什元整` (OCR) for `…元，大写：叁佰贰拾柒万捌仟元整`. The Han run
/// after `大写` is compared with the figures' own spelling under the same rules as the parenthesis
/// pattern (same length from its start, numerals never overwritten, at most half differing).
extension NumeralRepair {
    static func repairFiguresFirst(_ scalars: inout [Unicode.Scalar], text: DocumentText, pages: Set<Int>) -> [Repair] {
        var repairs: [Repair] = []
        var i = 0
        while i + 1 < scalars.count {
            defer { i += 1 }
            guard scalars[i] == "大", scalars[i + 1] == "写", pages.contains(text.pageNumber(at: i)),
                  let figures = figuresBefore(scalars, label: i) else { continue }
            // The run after 大写 and its colon.
            var k = i + 2
            while k < scalars.count, scalars[k] == ":" || scalars[k] == "：" || scalars[k] == " " { k += 1 }
            var positions: [Int] = []
            while k < scalars.count, positions.count < 40 {
                let s = scalars[k]
                if s == " " || s == "\n" || s == "\t" || s == DocumentText.pageSeparator { k += 1; continue }
                guard s.properties.isIdeographic else { break }
                positions.append(k)
                k += 1
            }
            guard let expected = UppercaseRenderer.render(figures.value) else { continue }
            var target = Array(expected.unicodeScalars)
            guard positions.count >= target.count - 1, target.count >= 3 else { continue }
            // The run may end with 元 (no 整) where the canonical form has 元整.
            if positions.count < target.count || (scalars[positions[target.count - 1]] != "整" && scalars[positions[target.count - 1]] != "正") {
                if target.last == "整" { target.removeLast() }
            }
            guard positions.count >= target.count else { continue }
            let candidate = Array(positions.prefix(target.count))
            // The amount must end here: the character after it is not a numeral (no partial amounts).
            if candidate.count < positions.count, numeralCharacters.contains(scalars[positions[candidate.count]]) { continue }
            var differing = 0, trusted = true
            for (offset, position) in candidate.enumerated() where scalars[position] != target[offset] {
                if numeralCharacters.contains(scalars[position]) { trusted = false; break }
                differing += 1
            }
            guard trusted, differing > 0, differing * 2 <= target.count else { continue }
            let original = String(String.UnicodeScalarView(candidate.map { scalars[$0] }))
            for (offset, position) in candidate.enumerated() { scalars[position] = target[offset] }
            repairs.append(Repair(span: text.span(candidate.first!, candidate.last! + 1), original: original,
                                  repaired: String(String.UnicodeScalarView(target)), figures: figures.text))
        }
        return repairs
    }

    /// `3,278,000.00元，` directly before the `大写` label at `label`.
    private static func figuresBefore(_ s: [Unicode.Scalar], label: Int) -> Figures.Match? {
        var k = label - 1
        while k >= 0, s[k] == " " { k -= 1 }
        if k >= 0, s[k] == "，" || s[k] == "," || s[k] == "、" { k -= 1 }
        while k >= 0, s[k] == " " { k -= 1 }
        guard k >= 0, s[k] == "元" else { return nil }
        var start = k
        while start > 0, Figures.isDigit(s[start - 1]) || s[start - 1] == "," || s[start - 1] == "." { start -= 1 }
        guard start < k, Figures.isDigit(s[start]) else { return nil }
        guard let figures = Figures.read(s, from: start), figures.end == k, figures.signIndex == nil else { return nil }
        return figures
    }
}
