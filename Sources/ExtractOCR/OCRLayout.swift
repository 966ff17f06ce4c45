/// One word Tesseract recognised, with its box in page pixels (y grows downwards).
struct OCRWord: Sendable, Hashable {
    var text: String
    var left: Int, top: Int, right: Int, bottom: Int
    /// A table rule stands right before the word (PP-OCR: `TableRules`): it starts a new cell.
    var afterBorder = false
    /// The ruled table cell the word stands in (PP-OCR: `RuledCells`), nil outside ruled tables.
    var cell: RuledCell? = nil
    var height: Int { bottom - top }
}

/// One text line of Tesseract's layout analysis; `endsParagraph` when it is the last line of a
/// paragraph or block.
struct OCRLine: Sendable, Hashable {
    var words: [OCRWord]
    var endsParagraph: Bool
}

/// Page text from Tesseract's words and boxes, laid out like the text-layer path writes it: one line
/// per text line, and a tab where the horizontal gap between two
/// words is a table-cell gap (several character widths), so a table row reads
/// `单位\t北京市交通综合治理事务中心\t太极计算机股份有限公司` as on a text page. Within a cell, words are
/// joined without a blank when either side is Chinese (Chinese has no interword spaces; Tesseract's
/// word split there is arbitrary) and with one blank between Latin words and numbers.
enum OCRLayout {
    /// A gap of at least this many line heights (≈ character widths for Chinese) separates cells.
    static let cellGapInLineHeights = 2.5

    static func text(_ lines: [OCRLine]) -> String {
        var out = ""
        var row: [RowCell] = []
        var index = 0
        for line in lines {
            // A line of nothing but borders is no line.
            let cells = segments(of: line)
            guard !cells.isEmpty else { continue }
            if let targets = continuation(of: row, by: cells, at: index) {
                for (cell, target) in zip(cells, targets) {
                    if let end = row[target].text.last, let start = cell.text.first, joinsWithSpace(end, start) {
                        row[target].text.append(" ")
                    }
                    row[target].text.append(contentsOf: cell.text)
                    row[target].right = cell.right
                    row[target].lastLine = index
                }
            } else {
                emit(row, into: &out)
                row = cells.map { RowCell(text: $0.text, ruled: $0.ruled, right: $0.right, lastLine: index) }
            }
            index += 1
        }
        emit(row, into: &out)
        return out
    }

    /// One cell of a line: its text, the ruled cell it stands in, where its ink ends, and the width
    /// of its first unbreakable chunk (what a wrap would have pushed onto this line).
    struct Segment {
        var text: String.UnicodeScalarView
        var ruled: RuledCell?
        var right: Int
        var leadingChunk: Int
        var lineHeight: Int
    }

    /// A cell of the row being built, over one or more lines.
    struct RowCell {
        var text: String.UnicodeScalarView
        var ruled: RuledCell?
        var right: Int
        var lastLine: Int
    }

    /// The line cut into its cells: at a ruled cell's border, at a bar or a table rule, and at a gap
    /// of `cellGapInLineHeights` (a borderless table); words of one ruled cell are one cell.
    static func segments(of line: OCRLine) -> [Segment] {
        let words = line.words.filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard !words.isEmpty else { return [] }
        let em = lineHeight(words)
        var cells: [Segment] = []
        var cellBreakPending = false
        for (index, word) in words.enumerated() {
            let cut = CellBorders.split(word.text.trimmingWhitespace)
            let previous = index > 0 ? words[index - 1] : nil
            for (part, text) in cut.parts.enumerated() {
                let text = text.unicodeScalars
                let breaks: Bool
                if cells.isEmpty {
                    breaks = true
                } else if cellBreakPending || part > 0 || cut.startsWithBorder {
                    breaks = true
                } else if part == 0, let previous, previous.cell != nil || word.cell != nil {
                    // Words of one ruled cell are one cell; leaving a ruled cell is a cell break.
                    if let a = previous.cell, let b = word.cell { breaks = !a.isSame(as: b, lineHeight: em) } else { breaks = true }
                } else if part == 0 && word.afterBorder {
                    breaks = true
                } else if let previous, Double(word.left - previous.right) >= cellGapInLineHeights * Double(em) {
                    breaks = true
                } else {
                    breaks = false
                }
                if breaks {
                    cells.append(Segment(text: text, ruled: word.cell, right: word.right,
                                         leadingChunk: leadingChunkWidth(of: word, text: text, lineHeight: em), lineHeight: em))
                } else {
                    if let last = cells[cells.count - 1].text.last, let first = text.first, !isChinese(last) && !isChinese(first) {
                        cells[cells.count - 1].text.append(" ")
                    }
                    cells[cells.count - 1].text.append(contentsOf: text)
                    cells[cells.count - 1].right = word.right
                }
                cellBreakPending = false
            }
            if cut.endsWithBorder || (cut.parts.isEmpty && cut.startsWithBorder) { cellBreakPending = true }
        }
        return cells
    }

    /// Room (line heights) a full line of a ruled cell leaves before its right rule, beyond the chunk
    /// the wrap pushed down: the cell's padding (Word's 0.19 cm, half a line height of 10.5 pt type
    /// at any resolution) and the ink a box leaves out (a closing `，` ends half a character early).
    static let wrapRoomInLineHeights = 1.0

    /// The cell each of `cells` continues, or nil when the line starts a new row. As on text pages
    /// (`TableRows`), a line continues a row of two or more cells when each of its cells is the
    /// next line of a cell of the row, here the same ruled cell, and that cell's line above was full:
    /// its text and the first chunk of this line would not have fitted before the rule (or nearly, when
    /// another cell clearly wrapped). Once a cell of the row has ended, fullness is no longer asked: a
    /// new row would put text under the ended cell.
    static func continuation(of row: [RowCell], by cells: [Segment], at index: Int) -> [Int]? {
        guard row.count >= 2 else { return nil }
        let spanning = row.contains { $0.lastLine < index - 1 }
        var targets: [Int] = []
        var clearWrap = spanning
        for cell in cells {
            guard let ruled = cell.ruled,
                  let target = row.firstIndex(where: { $0.ruled.map { ruled.isSame(as: $0, lineHeight: cell.lineHeight) } ?? false }),
                  !targets.contains(target), row[target].lastLine == index - 1 else { return nil }
            if !spanning {
                let shortfall = Double(ruled.right - row[target].right - cell.leadingChunk) / Double(cell.lineHeight)
                guard shortfall <= wrapRoomInLineHeights + marginalWrapInLineHeights else { return nil }
                if shortfall <= wrapRoomInLineHeights { clearWrap = true }
            }
            targets.append(target)
        }
        return clearWrap ? targets : nil
    }

    /// A line up to this much (line heights) short of full still wrapped when another cell of the line
    /// clearly did (a dash or a misread sign at the end of the line gives a box shorter than its ink).
    static let marginalWrapInLineHeights = 0.5

    /// Width of the text's first unbreakable chunk, what a wrap pushes down whole: a run of Latin
    /// letters, digits and signs (`(TopAudit)`), or a Chinese character with the signs that may not
    /// start a line after it (`场/`, `务，`). A run that is the whole first word takes the word's own
    /// width (a misread run has the width of what was printed); otherwise half a line height a sign.
    static func leadingChunkWidth(of word: OCRWord, text: String.UnicodeScalarView, lineHeight em: Int) -> Int {
        let scalars = Array(text)
        guard let first = scalars.first else { return 0 }
        let isSign = { (s: Unicode.Scalar) in s.isASCII && !s.properties.isWhitespace }
        if isSign(first) {
            let run = scalars.prefix(while: isSign).count
            let estimate = Int((Double(run) * signWidthInLineHeights * Double(em)).rounded())
            return run == scalars.count ? max(word.right - word.left, estimate) : estimate
        }
        var width = Double(em)
        for s in scalars.dropFirst() {
            if isSign(s) { width += signWidthInLineHeights * Double(em) }
            else if closingPunctuation.contains(s) { width += Double(em) }
            else { break }
        }
        return Int(width.rounded())
    }

    /// Width of a Latin letter, digit or sign, in line heights (a Chinese character is one).
    static let signWidthInLineHeights = 0.55

    /// Signs that never start a line (Word's kinsoku): they go down with the character before them.
    static let closingPunctuation: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "”", "’", "％"]

    static func emit(_ row: [RowCell], into out: inout String) {
        guard !row.isEmpty else { return }
        var line = String.UnicodeScalarView()
        for (position, cell) in row.enumerated() {
            if position > 0 { line.append("\t") }
            line.append(contentsOf: cell.text)
        }
        out.append(MisreadBrackets.repaired(String(line)))
        // No blank line at Tesseract's paragraph ends: it ends paragraphs inside sentences
        // (`…的履约` / `保函，用于…` on the zongzhi scan), which would cut the clause in two;
        // normalization joins wrapped lines the same way as on text pages.
        out.append("\n")
    }

    /// A cell line that wrapped between two Latin letters wrapped at a word space.
    static func joinsWithSpace(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Bool {
        left.isASCII && left.properties.isAlphabetic && right.isASCII && right.properties.isAlphabetic
    }

    /// Median word height of the line: robust against punctuation (short boxes) and words that
    /// Tesseract glued across a rule (tall boxes).
    static func lineHeight(_ words: [OCRWord]) -> Int {
        let heights = words.map(\.height).filter { $0 > 0 }.sorted()
        guard !heights.isEmpty else { return 1 }
        return max(1, heights[heights.count / 2])
    }

    /// Han ideographs and CJK punctuation / full-width forms: no blank is put beside them.
    static func isChinese(_ s: Unicode.Scalar) -> Bool {
        if s.properties.isIdeographic { return true }
        switch s.value {
        case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2018...0x201F, 0x2026, 0x2014: return true
        default: return false
        }
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
