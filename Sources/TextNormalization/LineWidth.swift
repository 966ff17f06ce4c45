/// The margins of a document: the widths (in half-ideograph units) at which its lines were wrapped.
/// Text extracted from a PDF is wrapped at the right margin, so lines cut mid-sentence pile up at one
/// width (±1 character), and the lines of a wrapped table cell or a narrower text box pile up at
/// another; paragraph ends, headings and labels scatter. Text that was never wrapped (DOCX, most
/// TXT) has no pile, and then no line counts as full.
///
/// Only lines that could be joined (not ending a sentence, followed by a line that does not open an
/// item) are counted, so the piles are the widths where text was cut.
struct LineWidth {
    /// Widths of the piles, widest first.
    let margins: [Int]

    static let window = 4
    static let minimumWidth = 30
    static let maximumMargins = 3

    init(candidateWidths widths: [Int]) {
        margins = Self.piles(widths)
    }

    private static func piles(_ widths: [Int]) -> [Int] {
        let maxWidth = min(widths.max() ?? 0, 4000)
        guard maxWidth >= Self.minimumWidth else { return [] }
        var histogram = [Int](repeating: 0, count: maxWidth + 1)
        for w in widths where w <= maxWidth { histogram[w] += 1 }
        var found: [Int] = []
        while found.count < Self.maximumMargins {
            // Densest window [w - window + 1, w] not yet taken (the widest of equally dense ones).
            var best = 0, bestEnd = 0, running = 0
            for w in 0...maxWidth {
                running += histogram[w]
                if w >= Self.window { running -= histogram[w - Self.window] }
                if w >= Self.minimumWidth && running > 0 && running >= best { best = running; bestEnd = w }
            }
            // The pile must hold a good share of the lines as wide as half of it, or it is chance.
            var long = 0
            for w in (bestEnd / 2)...maxWidth { long += histogram[w] }
            guard best >= 3, best * 10 >= long * 3 else { break }
            found.append(bestEnd)
            for w in (bestEnd - Self.window + 1)...bestEnd { histogram[w] = 0 }
        }
        return found.sorted(by: >)
    }

    /// Whether a line this wide ran into one of the margins: at least 85% of the widest margin, or of
    /// a narrower one (a table cell, a text box) and at most a character over it.
    func isFull(_ width: Int) -> Bool {
        guard let widest = margins.first else { return false }
        if width * 100 >= widest * 85 { return true }
        for m in margins.dropFirst() where width <= m + 2 && width * 100 >= m * 85 { return true }
        return false
    }

    /// Whether a line this wide was wrapped because the next line's first chunk did not fit: the
    /// greedy line breaker's test (`…不得超过` / `30 分钟。`: the number went down whole).
    func pushedDown(_ width: Int, nextChunk: Int) -> Bool {
        guard let widest = margins.first, nextChunk > 1 else { return false }
        return (width + nextChunk) * 100 >= widest * 95
    }

    /// Width of the first unbreakable chunk of a line: a run of Latin letters and digits (with the
    /// punctuation inside numbers and codes), else one character.
    static func firstChunk(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> Int {
        var i = line.start
        while i < line.end {
            let c = s[i]
            guard c.isASCIIAlnumScalar || (i > line.start && (c.value == 0x2E || c.value == 0x2C || c.value == 0x2D || c.value == 0x2F))
            else { break }
            i += 1
        }
        if i == line.start { return s[i].displayWidth }
        return i - line.start
    }

    static func width(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> Int {
        var w = 0
        for i in line.start..<line.end { w &+= s[i].displayWidth }
        return w
    }
}
