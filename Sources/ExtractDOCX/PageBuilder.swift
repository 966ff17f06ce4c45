/// Collects lines into pages. A page break is only *requested*: the new page starts when the next text
/// arrives, so a break at the end of the document adds no empty page, and two breaks with nothing between
/// them (an explicit `w:br w:type="page"` followed by the `w:lastRenderedPageBreak` Word writes at the
/// top of the next page) count once.
struct PageBuilder {
    private(set) var pages: [[String]] = [[]]
    /// The paragraph being assembled.
    private(set) var line = ""
    private var pageHasText = false
    private var breakPending = false
    /// Breaks requested so far (requested, not necessarily taken).
    private(set) var breakRequests = 0

    mutating func append(_ text: String) {
        line += text
    }

    /// Ends the current line. An empty line is kept only when `keepEmpty` and no break is pending.
    mutating func endLine(keepEmpty: Bool = true) {
        let text = line
        line = ""
        if text.isEmpty && (!keepEmpty || breakPending) { return }
        emit(text)
    }

    /// Adds a whole line (a table row, a text box paragraph).
    mutating func emit(_ text: String) {
        let blank = text.allSatisfy(\.isWhitespace)
        if breakPending {
            if blank { return }
            pages.append([])
            breakPending = false
            pageHasText = false
        }
        pages[pages.count - 1].append(text)
        if !blank { pageHasText = true }
    }

    /// Text before the break stays on the current page; what follows starts the next one.
    mutating func requestPageBreak() {
        breakRequests += 1
        if !line.isEmpty {
            let text = line
            line = ""
            emit(text)
        }
        if pageHasText { breakPending = true }
    }

    /// All lines, pages ignored (for table cells, text boxes, headers).
    var allLines: [String] { pages.flatMap { $0 } + (line.isEmpty ? [] : [line]) }
}
