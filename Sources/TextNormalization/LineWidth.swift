/// The width of a full line of the document: the width (in half-ideograph units) that most long lines
/// reach. Text extracted from a PDF is wrapped at the right margin, so its wrapped lines pile up at
/// one width (±1 character); paragraphs, headings and the last lines of paragraphs scatter below it.
/// Text that was never wrapped (DOCX, most TXT) has no such pile, and then no line counts as full.
struct LineWidth {
    /// The full-line width, or nil when the text shows no margin.
    let full: Int?

    /// A line at least this wide ran into the right margin.
    var fullThreshold: Int? { full.map { $0 * 85 / 100 } }

    static let window = 4
    static let minimumWidth = 30

    init(widths: [Int]) {
        let maxWidth = min(widths.max() ?? 0, 2000)
        guard maxWidth >= Self.minimumWidth else { full = nil; return }
        var histogram = [Int](repeating: 0, count: maxWidth + 1)
        for w in widths where w <= maxWidth { histogram[w] += 1 }
        // Densest window [w - window + 1, w].
        var best = 0, bestEnd = 0, running = 0
        for w in 0...maxWidth {
            running += histogram[w]
            if w >= Self.window { running -= histogram[w - Self.window] }
            if w >= Self.minimumWidth && running > best { best = running; bestEnd = w }
        }
        // The pile must hold a good share of the long lines, or it is chance.
        let long = widths.filter { $0 >= bestEnd / 2 }.count
        guard best >= 3, best * 10 >= long * 3 else { full = nil; return }
        full = bestEnd
    }

    static func width(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> Int {
        var w = 0
        for i in line.start..<line.end { w += s[i].displayWidth }
        return w
    }
}
