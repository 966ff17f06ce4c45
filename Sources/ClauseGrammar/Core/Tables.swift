/// Tables of the document outline, as a header row and rows of cells (ranges of the text; an empty
/// cell is an empty range). Two layouts:
/// - tab-separated lines (DOCX and PDF tables): a header line, then lines with as many cells;
/// - a table flattened to one cell per line (some exports): `header.count` short header lines, then
///   rows of as many lines each.
/// Column headers decide what a cell means: rules find their table by its header words.
struct Table {
    let header: [Range<Int>]
    let rows: [[Range<Int>]]
    /// From the header's first scalar to the last row's last.
    let range: Range<Int>

    func column(_ ctx: ParseContext, where words: [Word]) -> Int? {
        header.firstIndex { ctx.s.containsAny(words, in: $0) }
    }
}

extension ParseContext {
    /// The tables whose header has a cell with a hit of `anchor` (at most `maxRows` rows each).
    func tables(withHeader anchor: Anchor, maxRows: Int = 40) -> [Table] {
        let required = AnchorIndex.sets[anchor]!.words
        var candidates: [Int] = []
        for hit in hits(anchor) {
            if let li = lineIndex(containing: hit.offset), candidates.last != li { candidates.append(li) }
        }
        var result: [Table] = []
        var next = 0
        for li in candidates where li >= next {
            let line = lines[li]
            // A header is a line with tabs or a short cell of a flattened table.
            guard line.count <= ParseContext.maxFlatCell + 2 || s[line].contains("\t") else { continue }
            if let (table, after) = tabTable(at: li, maxRows: maxRows) ?? flatTable(at: li, required: required, maxRows: maxRows) {
                result.append(table)
                next = after
            }
        }
        return result
    }

    /// A header line with tabs and the lines below it with the same number of cells.
    private func tabTable(at li: Int, maxRows: Int) -> (Table, Int)? {
        guard s[lines[li]].contains("\t") else { return nil }
        let header = cells(of: lines[li])
        guard header.count >= 3 else { return nil }
        var rows: [[Range<Int>]] = []
        var next = li + 1
        while next < lines.count, rows.count < maxRows {
            let line = lines[next]
            guard s[line].contains("\t") else { break }
            let row = cells(of: line)
            guard row.count == header.count else { break }
            rows.append(row)
            next += 1
        }
        guard !rows.isEmpty else { return nil }
        return (Table(header: header, rows: rows, range: lines[li].lowerBound..<lines[next - 1].upperBound), next)
    }

    static let maxFlatCell = 12

    /// Consecutive short lines forming a header (the first holds a required word), then rows of as
    /// many lines. Header lines are label-like: short, no figures.
    private func flatTable(at li: Int, required: [Word], maxRows: Int) -> (Table, Int)? {
        // The header starts up to 3 lines before the line with the required word.
        for start in stride(from: li, through: max(0, li - 3), by: -1) {
            var header: [Range<Int>] = []
            var k = start
            while k < lines.count, header.count < 8 {
                let cell = trimmed(lines[k])
                guard !cell.isEmpty, cell.count <= ParseContext.maxFlatCell, !s[cell].contains(where: { $0.canonical.isASCIIDigit }),
                      !s[lines[k]].contains("\t") else { break }
                header.append(cell)
                k += 1
            }
            guard header.count >= 3, header.contains(where: { s.containsAny(required, in: $0) }),
                  header.first.map({ $0.lowerBound <= lines[li].lowerBound }) == true, k > li else { continue }
            var rows: [[Range<Int>]] = []
            var next = k
            while next + header.count <= lines.count, rows.count < maxRows {
                let row = (next..<next + header.count).map { trimmed(lines[$0]) }
                // A row's cells are short too (a long line is prose after the table).
                guard row.allSatisfy({ $0.count <= 40 }), !row[0].isEmpty else { break }
                rows.append(row)
                next += header.count
            }
            guard !rows.isEmpty else { continue }
            return (Table(header: header, rows: rows, range: header[0].lowerBound..<rows.last!.last!.upperBound), next)
        }
        return nil
    }
}
