/// Vertical table rules inside a detector box. The detector finds text, not cells: a row of narrow
/// cells (`序号 | 货物名称 | 型号和规格`) comes out as one box across the rules between them, which the
/// recognizer reads as nothing (`序号货物名称`) or as a bracket (`法定代表[仲恺`). A rule is told from a
/// stroke of a character by its length: it is dark over the whole box and beyond it, above and below
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
        // Lines only (a single character or a vertical box is left whole).
        guard width >= 2 * height, height >= 8 else { return [Piece(box: box, afterRule: false)] }
        let c = box.corners
        let across = unit(c[1] - c[0]), down = unit(c[3] - c[0])
        let top = -reach * height, bottom = height * (1 + reach)
        let samples = max(1, Int(bottom - top))
        let columns = Int(width)
        var rule = [Bool](repeating: false, count: columns)
        for u in 0..<columns {
            var dark = 0
            for s in 0..<samples {
                let t = top + Double(s)
                // A rule may lean by a pixel over this span (a page scanned askew).
                var isInk = false
                for du in -1...1 {
                    let p = c[0] + across * (Double(u + du) + 0.5) + down * t
                    let x = Int(p.x), y = Int(p.y)
                    if x >= 0, y >= 0, x < page.width, y < page.height, page.pixels[y * page.width + x] < ink { isInk = true; break }
                }
                if isInk { dark += 1 }
            }
            rule[u] = Double(dark) >= darkShare * Double(samples)
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
            // A piece narrower than a character holds no text (the rule's own edge, a cell's padding).
            if Double(end - start) >= 0.6 * height {
                let a = c[0] + across * Double(start), b = c[0] + across * Double(end)
                let span = down * height
                pieces.append(Piece(box: RotatedRect(corners: [a, b, b + span, a + span]), afterRule: afterRule))
            }
            afterRule = true
            start = cut.end + 1
        }
        return pieces
    }

    /// True when a rule stands between two words of a line (in the gap between their ink).
    static func ruleBetween(_ left: OCRWord, _ right: OCRWord, in page: GrayImage) -> Bool {
        let height = Double(max(left.height, right.height))
        let top = Double(min(left.top, right.top)) - reach * height, bottom = Double(max(left.bottom, right.bottom)) + reach * height
        let y0 = max(0, Int(top)), y1 = min(page.height - 1, Int(bottom))
        guard y1 > y0, right.left > left.right + 1 else { return false }
        for x in max(1, left.right + 1)..<min(page.width - 1, right.left) {
            var dark = 0
            for y in y0...y1 {
                let row = y * page.width
                if page.pixels[row + x - 1] < ink || page.pixels[row + x] < ink || page.pixels[row + x + 1] < ink { dark += 1 }
            }
            if Double(dark) >= darkShare * Double(y1 - y0 + 1) { return true }
        }
        return false
    }

    private static func unit(_ p: Point) -> Point {
        let len = p.length
        return len > 0 ? Point(x: p.x / len, y: p.y / len) : Point(x: 1, y: 0)
    }
}
