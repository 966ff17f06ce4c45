/// A run of glyphs on one visual line with no wide horizontal gap inside: a line of a paragraph or
/// the line of one table cell. Its text is `scalars[start..<end]` of the page (poppler's inserted
/// word spaces included, never a line break).
struct Fragment: Sendable {
    var start: Int
    var end: Int
    var box: GlyphBox
    /// Top and height of the first ideograph's box: comparable from line to line (one font, one
    /// size), unlike the whole box, which mixes Latin and CJK font metrics.
    var ideograph: (top: Double, height: Double)?
}

enum Fragments {
    /// A gap wider than this fraction of the glyph height separates two fragments. Word spaces
    /// measure at most ~0.25 of it, the padding between two table cells (Word's default 0.19 cm on
    /// each side) about 0.8.
    static let splitGap = 0.55

    /// Splits poppler's lines into fragments: a new fragment starts at each line break, at each
    /// horizontal gap wider than `splitGap` glyph heights, and where the text jumps backwards or to
    /// another baseline (poppler sometimes merges neighbouring cells into one line).
    static func split(_ page: PageGlyphs) -> [Fragment] {
        let scalars = page.scalars
        let boxes = page.boxes
        var fragments: [Fragment] = []
        var current: Fragment?
        var last = -1

        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "\n" {
                if let done = current { fragments.append(done) }
                current = nil
                continue
            }
            if isBlank(scalar) { continue }
            let box = boxes[index]
            if var open = current {
                let previous = boxes[last]
                let em = max(previous.height, box.height, 1)
                let gap = box.x0 - previous.x1
                let centre = (box.y0 + box.y1) / 2
                let sameLine = centre > open.box.y0 - 0.2 * em && centre < open.box.y1 + 0.2 * em
                if gap <= splitGap * em && gap >= -2 * em && sameLine {
                    open.end = index + 1
                    open.box.formUnion(box)
                    if open.ideograph == nil, isIdeograph(scalar) { open.ideograph = (box.y0, box.height) }
                    current = open
                    last = index
                    continue
                }
                fragments.append(open)
            }
            current = Fragment(start: index, end: index + 1, box: box,
                               ideograph: isIdeograph(scalar) ? (box.y0, box.height) : nil)
            last = index
        }
        if let done = current { fragments.append(done) }
        return fragments
    }

    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }

    /// Spaces poppler inserts or the document draws; they separate words and carry no geometry we trust.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0D, 0x0C, 0xA0, 0x3000, 0x2000...0x200B: return true
        default: return false
        }
    }
}
