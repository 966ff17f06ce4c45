/// Turns a page whose text runs down, up or right-to-left in poppler's coordinates (a `/Rotate`d
/// page, a landscape table set sideways) so that it runs left to right and lines go down, which is
/// what the band and row logic expects.
enum Orientation {
    enum Direction { case right, down, left, up }

    /// The way most glyphs advance from one to the next within poppler's lines.
    static func dominantDirection(_ page: PageGlyphs) -> Direction {
        var votes = [0, 0, 0, 0]
        var previous: GlyphBox?
        for (scalar, box) in zip(page.scalars, page.boxes) {
            if scalar == "\n" { previous = nil; continue }
            if Fragments.isBlank(scalar) { continue }
            if let last = previous {
                let dx = (box.x0 + box.x1 - last.x0 - last.x1) / 2
                let dy = (box.y0 + box.y1 - last.y0 - last.y1) / 2
                if abs(dx) >= abs(dy) { votes[dx >= 0 ? 0 : 2] += 1 } else { votes[dy >= 0 ? 1 : 3] += 1 }
            }
            previous = box
        }
        let best = votes.indices.max { votes[$0] < votes[$1] } ?? 0
        return votes[best] > votes[0] ? [.right, .down, .left, .up][best] : .right
    }

    static func upright(_ page: PageGlyphs) -> PageGlyphs {
        let direction = dominantDirection(page)
        guard direction != .right else { return page }
        var turned = page
        turned.boxes = page.boxes.map { box in
            switch direction {
            case .right: return box
            case .down: return GlyphBox(x0: box.y0, y0: -box.x1, x1: box.y1, y1: -box.x0)
            case .left: return GlyphBox(x0: -box.x1, y0: -box.y1, x1: -box.x0, y1: -box.y0)
            case .up: return GlyphBox(x0: -box.y1, y0: box.x0, x1: -box.y0, y1: box.x1)
            }
        }
        return turned
    }
}
