/// Turns WordprocessingML (a body, a table cell, a text box, a header) into lines.
///
/// - Paragraphs are lines; `w:tab` is a tab, `w:br`/`w:cr` a newline, `w:br w:type="page"`,
///   `w:lastRenderedPageBreak`, `w:pageBreakBefore` and section breaks request a new page (body only).
/// - Tables are rows: cells separated by a tab, the paragraphs of one cell joined by a space; a nested
///   table is flattened into its cell the same way. A row with a single cell holding text (the WPS layout that
///   sets a whole contract, or each of its sections, in a one-column table; a merged note row) is read like
///   body text instead: one line per paragraph of the cell, its nested tables as rows.
/// - Check boxes come through as marks the grammar reads: a `w14:checkbox` content control as `☑`/`☐` by its
///   `w14:checked` state (whatever glyph it shows), a legacy `FORMCHECKBOX` field as `☑`/`☐` by its
///   `w:checked` (or `w:default`) value, Wingdings box glyphs through `SymbolFonts`.
/// - Tracked changes are accepted: `w:ins`/`w:moveTo` kept, `w:del`/`w:moveFrom` and deleted rows dropped.
/// - Text boxes (`w:txbxContent`) become lines after the paragraph that anchors them; of an
///   `mc:AlternateContent` only the first choice is read, so a box is not read twice through its fallback.
/// - Hidden runs (`w:vanish`), field codes (`w:instrText`), deleted text and the prompts of empty content
///   controls (`w:showingPlcHdr`) are not printed text.
struct WordWalker {
    private(set) var builder = PageBuilder()
    private(set) var stats = WalkStats()
    /// The body counts pages; cells, text boxes and headers only note that a break happened.
    private let countsPages: Bool
    /// How each section after the first starts (`w:type` of the following `w:sectPr`).
    private let sectionStarts: [String]
    private var sectionIndex = 0
    private(set) var sawPageBreak = false
    private var floating: [String] = []
    private let numbering: ListNumbering?
    /// The list label of the current paragraph, written in front of its first text (so that a page break
    /// at the start of the paragraph does not separate the label from its text).
    private var pendingLabel: String?

    init(countsPages: Bool, sectionStarts: [String] = [], numbering: ListNumbering? = nil) {
        self.countsPages = countsPages
        self.sectionStarts = sectionStarts
        self.numbering = numbering
    }

    /// Walks the children of `container` and closes the last line.
    static func lines(of container: XMLElement, numbering: ListNumbering? = nil)
        -> (lines: [String], stats: WalkStats, sawPageBreak: Bool) {
        var walker = WordWalker(countsPages: false, numbering: numbering)
        walker.visitChildren(of: container)
        walker.finish()
        return (walker.builder.allLines, walker.stats, walker.sawPageBreak)
    }

    mutating func visitChildren(of element: XMLElement) {
        for node in element.children {
            switch node {
            case .element(let child): visit(child)
            case .text: break  // stray text outside w:t is not document text
            }
        }
    }

    mutating func finish() {
        if !builder.line.isEmpty { builder.endLine() }
        flushFloating()
    }

    private mutating func visit(_ element: XMLElement) {
        switch element.name {
        case "w:p": paragraph(element)
        case "w:tbl": table(element)
        case "w:r": run(element)
        case "w:t", "m:t": write(element.text)
        case "w:tab", "w:ptab": write("\t")
        case "w:br": lineBreak(element)
        case "w:cr": write("\n")
        case "w:noBreakHyphen": write("-")
        case "w:sym": write(SymbolFonts.character(font: element.attribute("w:font"), code: element.attribute("w:char")))
        case "w:lastRenderedPageBreak": pageBreak()
        case "w:ins", "w:moveTo":
            stats.insertions += 1
            visitChildren(of: element)
        case "w:del", "w:moveFrom": stats.deletions += 1
        case "w:sdt":
            let properties = element.firstChild("w:sdtPr")
            if let box = properties?.firstChild("w14:checkbox") {
                write(CheckBoxes.contentControl(box))
            } else if properties?.firstChild("w:showingPlcHdr") == nil {
                // An empty content control shows its prompt ("单击或点击此处输入文字。"), which is not contract text.
                visitChildren(of: element)
            }
        case "w:fldChar":
            if let box = element.firstChild("w:ffData")?.firstChild("w:checkBox") { write(CheckBoxes.formField(box)) }
        case "w:txbxContent": textBox(element)
        case "mc:AlternateContent": alternateContent(element)
        case "w:object": stats.embeddedObjects += 1
        case "w:altChunk": stats.skippedChunks += 1
        case "w:softHyphen", "w:delText", "w:instrText", "w:delInstrText", "w:pPr", "w:rPr", "w:tblPr", "w:tblGrid",
             "w:trPr", "w:tcPr", "w:sectPr", "w:sdtPr", "w:sdtEndPr", "w:footnoteReference", "w:endnoteReference",
             "w:commentReference", "w:annotationRef", "w:footnoteRef", "w:endnoteRef", "w:fldData":
            break
        default: visitChildren(of: element)
        }
    }

    private mutating func paragraph(_ paragraph: XMLElement) {
        let properties = paragraph.firstChild("w:pPr")
        if isOn(properties?.firstChild("w:pageBreakBefore")) { pageBreak() }
        pendingLabel = numbering?.label(for: properties)
        let breaksBefore = builder.breakRequests
        visitChildren(of: paragraph)
        if pendingLabel != nil { write("") }
        // A deleted paragraph mark joins this paragraph with the next once the deletion is accepted.
        if properties?.firstChild("w:rPr")?.firstChild("w:del") != nil {
            stats.deletions += 1
            return
        }
        // A paragraph that only carried a page break or anchored a text box leaves no empty line behind.
        builder.endLine(keepEmpty: builder.breakRequests == breaksBefore && floating.isEmpty)
        flushFloating()
        if properties?.firstChild("w:sectPr") != nil { sectionBreak() }
    }

    private mutating func write(_ text: String) {
        if let label = pendingLabel {
            pendingLabel = nil
            builder.append(label)
        }
        builder.append(text)
    }

    private mutating func run(_ run: XMLElement) {
        if isOn(run.firstChild("w:rPr")?.firstChild("w:vanish")) {
            stats.hiddenRuns += 1
            return
        }
        visitChildren(of: run)
    }

    private mutating func lineBreak(_ element: XMLElement) {
        if element.attribute("w:type") == "page" { pageBreak() } else { write("\n") }
    }

    private mutating func pageBreak() {
        sawPageBreak = true
        if countsPages { builder.requestPageBreak() }
    }

    /// The section ending here is followed by one that starts on a new page unless it is continuous.
    private mutating func sectionBreak() {
        guard countsPages else { return }
        let next = sectionIndex + 1
        sectionIndex = next
        let start = next < sectionStarts.count ? sectionStarts[next] : "nextPage"
        if start != "continuous" && start != "nextColumn" { builder.requestPageBreak() }
    }

    private mutating func table(_ table: XMLElement) {
        // A paragraph held open by a deleted paragraph mark does not flow into a table.
        if !builder.line.isEmpty { builder.endLine() }
        for row in table.descendants("w:tr") {
            if row.firstChild("w:trPr")?.firstChild("w:del") != nil {
                stats.deletions += 1
                continue
            }
            var cells: [(lines: [String], text: String)] = []
            var breakInRow = false
            for cell in row.descendants("w:tc") {
                let content = WordWalker.lines(of: cell, numbering: numbering)
                stats.add(content.stats)
                breakInRow = breakInRow || content.sawPageBreak
                cells.append((content.lines, Self.cellText(content.lines)))
            }
            if breakInRow { pageBreak() }
            let filled = cells.filter { !$0.text.isEmpty }
            if cells.count == 1, let only = filled.first {
                for line in only.lines where !line.allSatisfy(\.isWhitespace) { builder.emit(line) }
            } else if !filled.isEmpty {
                builder.emit(cells.map(\.text).joined(separator: "\t"))
            }
        }
    }

    /// One cell on one line: its paragraphs (and nested rows) joined by a space, tabs and breaks too.
    static func cellText(_ lines: [String]) -> String {
        lines.map { line in
            String(line.map { $0 == "\t" || $0 == "\n" ? " " : $0 }).trimmingCharacters()
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private mutating func textBox(_ content: XMLElement) {
        let box = WordWalker.lines(of: content, numbering: numbering)
        stats.add(box.stats)
        stats.textBoxes += 1
        floating += box.lines.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private mutating func flushFloating() {
        for line in floating { builder.emit(line) }
        floating = []
    }

    private mutating func alternateContent(_ element: XMLElement) {
        if let choice = element.firstChild("mc:Choice") ?? element.firstChild("mc:Fallback") { visitChildren(of: choice) }
    }

    /// An on/off property: present and not explicitly false.
    private func isOn(_ property: XMLElement?) -> Bool {
        guard let property else { return false }
        guard let value = property.attribute("w:val") else { return true }
        return !["0", "false", "off"].contains(value)
    }
}

/// What a walk met that the text does not show.
struct WalkStats: Sendable, Hashable {
    var insertions = 0
    var deletions = 0
    var hiddenRuns = 0
    var embeddedObjects = 0
    var skippedChunks = 0
    var textBoxes = 0

    mutating func add(_ other: WalkStats) {
        insertions += other.insertions
        deletions += other.deletions
        hiddenRuns += other.hiddenRuns
        embeddedObjects += other.embeddedObjects
        skippedChunks += other.skippedChunks
        textBoxes += other.textBoxes
    }
}

extension String {
    func trimmingCharacters() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
