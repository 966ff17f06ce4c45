/// A page of a `TracedText` cut into lines, for the line stages (page furniture, line joining).
struct PageLines {
    /// One line: `start..<end` in the text, without its line break. `end` is the index of the `"\n"`
    /// that ends it, or of the page separator / end of text.
    struct Line {
        var start: Int
        var end: Int
        var isBlank: Bool { start == end }
    }

    var lines: [Line]
    /// Index of the `"\u{0C}"` that follows the page, nil for the last page.
    var separator: Int?

    /// Splits text at page separators and line breaks.
    static func split(_ text: TracedText) -> [PageLines] {
        var pages: [PageLines] = []
        var lines: [Line] = []
        var lineStart = 0
        let s = text.scalars
        for i in 0..<s.count {
            let v = s[i].value
            if v == 0x0A {
                lines.append(Line(start: lineStart, end: i))
                lineStart = i + 1
            } else if v == 0x0C {
                lines.append(Line(start: lineStart, end: i))
                pages.append(PageLines(lines: lines, separator: i))
                lines = []
                lineStart = i + 1
            }
        }
        lines.append(Line(start: lineStart, end: s.count))
        pages.append(PageLines(lines: lines, separator: nil))
        return pages
    }
}
