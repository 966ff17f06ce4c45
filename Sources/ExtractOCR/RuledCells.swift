/// The ruled table cell around a word, found on the page image. A table with rules is read as the
/// text layer writes it (`TableRows`): a cell that wraps onto several lines is one cell, not lines
/// interleaved with its neighbours' (`数据查询统` / `计服务` beside `1、订单情况统计…`). The detector gives
/// boxes of text, not cells; the rules on the page say which boxes share a cell.
///
/// From the word's box, the nearest rule on each side: a vertical rule is dark over the word's
/// height and on past it above or below (`TableRules.isRule`), which no stroke of a character is; a horizontal rule
/// is dark across the word's width, followed a pixel up or down at a time so a page scanned askew
/// still holds it. A word with a rule on all four sides stands in a ruled cell; a word without
/// (body text, a borderless table, a three-line table) is laid out as before.
struct RuledCell: Sendable, Hashable {
    var left: Int, top: Int, right: Int, bottom: Int

    /// How far (pixels) a rule may wander per pixel along it: a page scanned up to 0.7° askew.
    static let skew = 0.012

    /// True when both are one cell: every rule the same, up to half a line height and the drift of
    /// a rule measured at two places along it (the top rule at two words' centres, the left rule
    /// at two lines).
    func isSame(as other: RuledCell, lineHeight: Int) -> Bool {
        let width = Double(max(right - left, other.right - other.left))
        let height = Double(max(bottom - top, other.bottom - other.top))
        let base = 0.5 * Double(lineHeight)
        let across = base + Self.skew * width, down = base + Self.skew * height
        return Double(abs(left - other.left)) <= down && Double(abs(right - other.right)) <= down
            && Double(abs(top - other.top)) <= across && Double(abs(bottom - other.bottom)) <= across
    }
}

enum RuledCells {
    /// The cell whose rules enclose the word, or nil when a side has none.
    static func cell(around word: OCRWord, in page: GrayImage) -> RuledCell? {
        let height = max(1, word.height)
        let reach = Int((TableRules.reach * Double(height)).rounded())
        let y0 = max(0, word.top), y1 = min(page.height - 1, word.bottom)
        guard word.right > word.left, y1 > y0 else { return nil }
        // Searched from inside the word: a box may reach past a rule close to the text, and no
        // stroke of a character passes for a rule.
        let inset = min(height / 2, (word.right - word.left) / 4)
        guard let left = stride(from: min(word.left + inset, page.width - 1), through: 1, by: -1).first(where: {
                  TableRules.isVerticalRule(at: $0, top: y0, bottom: y1, reach: reach, in: page) }),
              let right = stride(from: max(0, word.right - inset), to: page.width - 1, by: 1).first(where: {
                  TableRules.isVerticalRule(at: $0, top: y0, bottom: y1, reach: reach, in: page) }), right > left else { return nil }
        // The horizontal rules are measured over the word's own width, inside the cell.
        let x0 = max(left + 2, word.left), x1 = min(right - 2, word.right)
        let middle = min(max(0, (word.top + word.bottom) / 2), page.height - 1)
        guard x1 > x0,
              let top = stride(from: middle, through: 0, by: -1).first(where: {
                  isHorizontalRule(at: $0, from: x0, to: x1, in: page) }),
              let bottom = stride(from: middle, to: page.height, by: 1).first(where: {
                  isHorizontalRule(at: $0, from: x0, to: x1, in: page) }) else { return nil }
        return RuledCell(left: left, top: top, right: right, bottom: bottom)
    }

    /// A horizontal rule through (x, y) over x0…x1: followed from the word's middle to both ends, a
    /// pixel up or down where it steps (a skewed scan), dark over `horizontalDarkShare` of the span
    /// (more than a vertical rule needs: a line of text is dense across), never more than `skew` off
    /// its start per pixel along.
    static func isHorizontalRule(at y: Int, from x0: Int, to x1: Int, in page: GrayImage) -> Bool {
        let middle = (x0 + x1) / 2
        guard page.pixels[y * page.width + middle] < TableRules.ink else { return false }
        let allowedLight = Int(Double(x1 - x0 + 1) * (1 - horizontalDarkShare))
        var light = 0
        return page.pixels.withUnsafeBufferPointer { pixels in
            func isInk(_ x: Int, _ r: Int, drift: Int) -> Bool {
                r >= 0 && r < page.height && abs(r - y) <= drift && pixels[r * page.width + x] < TableRules.ink
            }
            for direction in [1, -1] {
                var row = y, x = middle
                while direction > 0 ? x <= x1 : x >= x0 {
                    let drift = 1 + Int(RuledCell.skew * Double(abs(x - middle)))
                    if isInk(x, row, drift: drift) {
                    } else if isInk(x, row - 1, drift: drift) {
                        row -= 1
                    } else if isInk(x, row + 1, drift: drift) {
                        row += 1
                    } else {
                        light += 1
                        if light > allowedLight { return false }
                    }
                    x += direction
                }
            }
            return true
        }
    }

    /// Share of a horizontal rule's span that must be dark.
    static let horizontalDarkShare = 0.9
}
