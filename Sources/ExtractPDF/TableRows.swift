/// Rebuilds reading order from bands: plain lines one per row, and table rows with their cells
/// separated by a tab, a cell that wraps onto several lines rejoined into one cell.
///
/// A band with two or more fragments opens a table row. The next band continues that row (instead
/// of opening the next one) when it follows closely and each of its fragments sits under a cell
/// whose line on the previous band was full: that line plus the first unbreakable chunk of the next
/// one would have run into the next cell or past the right margin, so the line wrapped. A short cell line ("单位", "电话") never wraps, so the band under it is a new row.
/// Once some cell of the row has ended, fullness is no longer required: a new row would put text
/// under the ended cells too. The label of a label-and-value line (its first cell ends with a colon) never wraps.
enum TableRows {
    struct Cell {
        var lines: [Fragment]
        var box: GlyphBox
        var lastBand: Int
    }

    /// Room (points) between the end of a cell's text area and the next cell's text (or the margin):
    /// the cell padding on both sides, Word's default 0.19 cm each, 10.8 pt, plus rule width. It does
    /// not scale with the type size.
    static let cellPadding = 11.2
    /// Glyph advances in the PDF differ a little from the ones the layout engine wrapped with: a line
    /// up to this much (points) short of full still wraps when another cell of the band clearly does.
    static let marginalWrap = 6.0

    static func text(of page: PageGlyphs) -> String {
        let layout = Layout(page)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(page.scalars.count + layout.bands.count)
        var row: [Cell] = []

        for (index, band) in layout.bands.enumerated() {
            if row.count >= 2, let targets = continuation(of: row, by: band, at: index, in: layout) {
                for (fragment, cell) in zip(band.fragments, targets) {
                    row[cell].lines.append(fragment)
                    row[cell].box.formUnion(fragment.box)
                    row[cell].lastBand = index
                }
                continue
            }
            emit(row, page.scalars, into: &out)
            row = band.fragments.map { Cell(lines: [$0], box: $0.box, lastBand: index) }
        }
        emit(row, page.scalars, into: &out)
        return String(out)
    }

    /// The cell each fragment of the band at `index` continues, or nil when the band starts a new row.
    static func continuation(of row: [Cell], by band: Band, at index: Int, in layout: Layout) -> [Int]? {
        guard index > 0, layout.block[index] == layout.block[index - 1] else { return nil }
        // Once a cell of the row has ended, the row is known to span several bands: a band whose
        // fragments all sit under still-running cells continues it even after a short line (a
        // number or a Latin word that would not fit pushed its line to wrap early).
        let spanning = row.contains { $0.lastBand < index - 1 }
        var targets: [Int] = []
        var clearWrap = spanning
        for fragment in band.fragments {
            let overlapping = row.indices.filter {
                fragment.box.x0 < row[$0].box.x1 && fragment.box.x1 > row[$0].box.x0
            }
            guard overlapping.count == 1, let cell = overlapping.first, !targets.contains(cell),
                  row[cell].lastBand == index - 1, let line = row[cell].lines.last else { return nil }
            // A form's label ends at its colon (`合同编号：⇥…` over `项目名称：⇥…`): on a line of label and value,
            // the line under the label is the next field, not the label's wrapped rest. (A colon ending a
            // table cell's line further right, `主要性能参数：`, is followed by that cell's list.)
            if cell == 0, row.count == 2, row[0].lines.count == 1, endsWithColon(line, layout.page.scalars) { return nil }
            switch layout.pitches[layout.block[index]].verdict(from: line, to: fragment) {
            case .newRow: return nil
            case .sameCell: clearWrap = true
            case .unknown:
                if spanning { break }
                let next = cell + 1 < row.count ? row[cell + 1].box.x0 : layout.rightMargin
                var boundary = layout.columnStart(after: line.box.x1, near: index, before: next)
                if cell + 1 == row.count && boundary == layout.rightMargin {
                    // The last column of a table narrower than the page ends near its widest line.
                    boundary = min(boundary, layout.columnRight(of: row[cell].box.x0, near: index) + cellPadding)
                }
                let pushed = LineBreaks.leadingChunkWidth(of: fragment, in: layout.page)
                let shortfall = boundary - line.box.x1 - pushed
                guard shortfall <= cellPadding + marginalWrap else { return nil }
                if shortfall <= cellPadding { clearWrap = true }
            }
            targets.append(cell)
        }
        return clearWrap ? targets : nil
    }

    static func endsWithColon(_ line: Fragment, _ scalars: [Unicode.Scalar]) -> Bool {
        var end = line.end
        while end > line.start, Fragments.isBlank(scalars[end - 1]) { end -= 1 }
        return end > line.start && (scalars[end - 1] == "\u{FF1A}" || scalars[end - 1] == ":")
    }

    static func emit(_ row: [Cell], _ scalars: [Unicode.Scalar], into out: inout String.UnicodeScalarView) {
        guard !row.isEmpty else { return }
        for (position, cell) in row.enumerated() {
            if position > 0 { out.append("\t") }
            for (number, line) in cell.lines.enumerated() {
                if number > 0, let end = out.last, joinsWithSpace(end, scalars[line.start]) {
                    out.append(" ")
                }
                out.append(contentsOf: scalars[line.start..<line.end])
            }
        }
        out.append("\n")
    }

    /// A cell line that wrapped between two Latin letters wrapped at a word space.
    static func joinsWithSpace(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Bool {
        isLatinLetter(left) && isLatinLetter(right)
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
}
