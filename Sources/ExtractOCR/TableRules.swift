/// Vertical table rules inside a detector box. The detector finds text, not cells: a row of narrow
/// cells (`序号 | 货物名称 | 型号和规格`) comes out as one box across the rules between them, which the
/// recognizer reads as nothing (`序号货物名称`) or as a bracket (`法定代表[仲恺`). A rule is told from a
/// stroke of a character by its length: it is dark over the whole box and beyond it, above or below
/// (a character's strokes stay inside the box, which has a margin around the ink). The box is cut at
/// every rule; the piece after a rule starts a new cell. A rule in the gap between two boxes of a line
/// makes the same cell break (a narrow gap alone would not).

enum TableRules {
    /// How far above and below the box a column must stay dark, in box heights.
    static let reach = 0.3
    /// Share of that span that must be dark (a scanned rule has gaps and specks).
    static let darkShare = 0.8
    /// Gray level below which a pixel is ink.
    static let ink: UInt8 = 140

    /// One piece of a box: its rectangle, and whether a rule stands before it (a cell starts there).
    struct Piece: Sendable, Hashable { var box: RotatedRect; var afterRule: Bool }

    static func split(_ box: RotatedRect, in page: GrayImage) -> [Piece] {
        let width = box.width, height = box.height
        // Vertical text is left whole; a single character is cut too (a box around a digit alone in
        // its cell often takes in the rule beside it, and then reads as nothing).
        guard height < 1.5 * width, height >= 8 else { return [Piece(box: box, afterRule: false)] }
        let c = box.corners
        let across = unit(c[1] - c[0]), down = unit(c[3] - c[0])
        let columns = Int(width)
        let beyond = Int((reach * height).rounded()), inside = Int(height)
        var rule = [Bool](repeating: false, count: columns)
        for u in 0..<columns {
            rule[u] = isRule(top: 0, bottom: inside - 1, reach: beyond) { t in
                // A rule may lean by a pixel over this span (a page scanned askew).
                for du in -1...1 {
                    let p = c[0] + across * (Double(u + du) + 0.5) + down * (Double(t) + 0.5)
                    let x = Int(p.x), y = Int(p.y)
                    if x >= 0, y >= 0, x < page.width, y < page.height, page.pixels[y * page.width + x] < ink { return true }
                }
                return false
            }
        }
        // Runs of rule columns no wider than half a line height (a black block is not a rule).
        var cuts: [(start: Int, end: Int)] = []
        var u = 0
        while u < columns {
            guard rule[u] else { u += 1; continue }
            var end = u
            while end + 1 < columns, rule[end + 1] { end += 1 }
            if Double(end - u + 1) <= 0.5 * height { cuts.append((u, end)) }
            u = end + 1
        }
        guard !cuts.isEmpty else { return [Piece(box: box, afterRule: false)] }
        var pieces: [Piece] = []
        var start = 0, afterRule = false
        for cut in cuts + [(start: columns, end: columns)] {
            let end = cut.start
            // A piece narrower than a character holds text only if it has ink (a `1`), not when it is
            // the rule's own edge or a cell's padding.
            if Double(end - start) >= 0.6 * height || hasInk(columns: start..<end, of: c, across: across, down: down, height: height, in: page) {
                let a = c[0] + across * Double(start), b = c[0] + across * Double(end)
                let span = down * height
                pieces.append(Piece(box: RotatedRect(corners: [a, b, b + span, a + span]), afterRule: afterRule))
            }
            afterRule = true
            start = cut.end + 1
        }
        return pieces
    }

    /// True when a part of the box (columns along it) holds a character: ink over a fifth of the
    /// line's height (a speck or a horizontal rule passing through is lower), sampled every other row.
    static func hasInk(columns: Range<Int>, of c: [Point], across: Point, down: Point, height: Double, in page: GrayImage) -> Bool {
        guard !columns.isEmpty else { return false }
        var inkedRows = 0
        let needed = max(2, Int(0.2 * height / 2))
        for t in stride(from: 0, to: Int(height), by: 2) {
            let inked = columns.contains { u in
                let p = c[0] + across * (Double(u) + 0.5) + down * (Double(t) + 0.5)
                let x = Int(p.x), y = Int(p.y)
                return x >= 0 && y >= 0 && x < page.width && y < page.height && page.pixels[y * page.width + x] < ink
            }
            if inked {
                inkedRows += 1
                if inkedRows >= needed { return true }
            }
        }
        return false
    }

    /// A rule across a text line: dark (`darkShare`) over the line, top…bottom, and on past it by
    /// `reach` above or below. No stroke of a character leaves its line; a rule of a table's first or
    /// last row ends at the table's edge, so one side suffices. `isInk(t)`: the column at offset t.
    static func isRule(top: Int, bottom: Int, reach: Int, isInk: (Int) -> Bool) -> Bool {
        func isDark(_ range: ClosedRange<Int>) -> Bool {
            let allowedLight = Int(Double(range.count) * (1 - darkShare))
            var light = 0
            for t in range where !isInk(t) {
                light += 1
                if light > allowedLight { return false }
            }
            return true
        }
        guard bottom >= top, isDark(top...bottom) else { return false }
        return reach < 1 || isDark((top - reach)...(top - 1)) || isDark((bottom + 1)...(bottom + reach))
    }

    /// True when a rule stands between two words of a line (in the gap between their ink).
    static func ruleBetween(_ left: OCRWord, _ right: OCRWord, in page: GrayImage) -> Bool {
        let height = Double(max(left.height, right.height))
        let top = min(left.top, right.top), bottom = max(left.bottom, right.bottom)
        guard right.left > left.right + 1 else { return false }
        return (max(1, left.right + 1)..<min(page.width - 1, right.left)).contains {
            isVerticalRule(at: $0, top: top, bottom: bottom, reach: Int((reach * height).rounded()), in: page)
        }
    }

    /// `isRule` for page column x (or a pixel beside it) over the rows top…bottom.
    static func isVerticalRule(at x: Int, top: Int, bottom: Int, reach: Int, in page: GrayImage) -> Bool {
        guard x >= 1, x < page.width - 1 else { return false }
        return page.pixels.withUnsafeBufferPointer { pixels in
            isRule(top: top, bottom: bottom, reach: reach) { y in
                guard y >= 0, y < page.height else { return false }
                let i = y * page.width + x
                return pixels[i] < ink || pixels[i - 1] < ink || pixels[i + 1] < ink
            }
        }
    }

    private static func unit(_ p: Point) -> Point {
        let len = p.length
        return len > 0 ? Point(x: p.x / len, y: p.y / len) : Point(x: 1, y: 0)
    }
}
