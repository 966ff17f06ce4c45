/// One word Tesseract recognised, with its box in page pixels (y grows downwards).
struct OCRWord: Sendable, Hashable {
    var text: String
    var left: Int, top: Int, right: Int, bottom: Int
    /// A table rule stands right before the word (PP-OCR: `TableRules`): it starts a new cell.
    var afterBorder = false
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
        for line in lines {
            let words = line.words.filter { !$0.text.allSatisfy(\.isWhitespace) }
            guard !words.isEmpty else { continue }
            let em = lineHeight(words)
            var row = ""
            var cellBreakPending = false
            for (index, word) in words.enumerated() {
                let cut = CellBorders.split(word.text.trimmingWhitespace)
                for (part, text) in cut.parts.enumerated() {
                    if row.isEmpty {
                        // nothing before it on this line
                    } else if cellBreakPending || part > 0 || cut.startsWithBorder || (part == 0 && word.afterBorder) {
                        row.append("\t")
                    } else if index > 0, Double(word.left - words[index - 1].right) >= cellGapInLineHeights * Double(em) {
                        row.append("\t")
                    } else if let last = row.unicodeScalars.last, let first = text.unicodeScalars.first,
                              !isChinese(last) && !isChinese(first) {
                        row.append(" ")
                    }
                    row.append(text)
                    cellBreakPending = false
                }
                if cut.endsWithBorder || (cut.parts.isEmpty && cut.startsWithBorder) { cellBreakPending = true }
            }
            // A line of nothing but borders is no line.
            guard !row.isEmpty else { continue }
            out.append(MisreadBrackets.repaired(row))
            // No blank line at Tesseract's paragraph ends: it ends paragraphs inside sentences
            // (`…的履约` / `保函，用于…` on the zongzhi scan), which would cut the clause in two;
            // normalization joins wrapped lines the same way as on text pages.
            out.append("\n")
        }
        return out
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
