/// Options offered with check boxes, of which the contract ticks some: `☑分期付款…☐一次性付款…`,
/// `■分期 □一次性`, `（√）合同期限为一年（ ）合同期限为1+1+1年`. The text of an option left unticked is
/// no term of the contract: its mentions are read by no rule. An option runs from its mark to the
/// next mark on its line, or to the line's end. Unticked options count as such only where a ticked
/// one stands in the same group (its line or the three lines around it): a form with no box ticked
/// at all chose nothing we could tell.
enum OptionMarks {
    static let checked: Set<Unicode.Scalar> = ["\u{2611}", "\u{2612}", "\u{25A0}", "\u{2713}", "\u{2714}", "\u{221A}", "\u{25A3}"]
    static let unchecked: Set<Unicode.Scalar> = ["\u{2610}", "\u{25A1}"]
    static let groupLines = 3

    enum Mark { case checked, unchecked }

    static func uncheckedRanges(_ s: [Unicode.Scalar], lines: [Range<Int>]) -> [Range<Int>] {
        var marksByLine: [(line: Int, marks: [(offset: Int, end: Int, mark: Mark)])] = []
        for (li, line) in lines.enumerated() {
            var marks: [(Int, Int, Mark)] = []
            var i = line.lowerBound
            while i < line.upperBound {
                if let (end, mark) = mark(at: i, s, line) { marks.append((i, end, mark)); i = end } else { i += 1 }
            }
            if !marks.isEmpty { marksByLine.append((li, marks)) }
        }
        var result: [Range<Int>] = []
        for (n, entry) in marksByLine.enumerated() {
            let grouped = marksByLine.filter { abs($0.line - entry.line) <= groupLines }
            guard grouped.contains(where: { $0.marks.contains { $0.mark == .checked } }) else { continue }
            let line = lines[entry.line]
            for (k, m) in entry.marks.enumerated() where m.mark == .unchecked {
                let end = k + 1 < entry.marks.count ? entry.marks[k + 1].offset : line.upperBound
                result.append(m.offset..<end)
            }
            _ = n
        }
        return result
    }

    /// A mark at `i`: a box character, or `(√)` / `（ ）` (a bracket pair holding a tick or only spaces,
    /// at the start of the line or after a space or punctuation).
    static func mark(at i: Int, _ s: [Unicode.Scalar], _ line: Range<Int>) -> (Int, Mark)? {
        let c = s[i]
        // Most scalars are none of the marks: decide that without hashing.
        switch c.value {
        case 0x28, 0x5B, 0xFF08, 0x2611, 0x2612, 0x25A0, 0x2713, 0x2714, 0x221A, 0x25A3, 0x2610, 0x25A1: break
        default: return nil
        }
        if checked.contains(c) {
            // √ inside brackets is read with the brackets below.
            return (i + 1, .checked)
        }
        if unchecked.contains(c) { return (i + 1, .unchecked) }
        let k = c.value == 0xFF08 ? "(" : (c.value == 0x5B ? "[" : c)
        guard k == "(" || k == "[" else { return nil }
        if i > line.lowerBound {
            let p = s[i - 1]
            guard p.isInlineSpace || p.canonical.isASCII && !p.canonical.properties.isAlphabetic && !p.canonical.isASCIIDigit
                    || ["\u{3002}", "\u{3001}", "\u{FF0C}", "\u{FF1A}", "\u{FF1B}"].contains(p) else { return nil }
        }
        var j = i + 1
        var tick = false
        while j < line.upperBound, j - i <= 4 {
            let x = s[j]
            if x.value == 0xFF09 || x == ")" || x == "]" {
                guard j > i + 1 else { return nil }   // `()` with nothing inside is no box
                return (j + 1, tick ? .checked : .unchecked)
            }
            if checked.contains(x) { tick = true } else if !x.isInlineSpace { return nil }
            j += 1
        }
        return nil
    }
}
