/// Vertical evidence for table rows. Inside a cell, lines follow each other at the type's line
/// pitch; between two rows the rule (0.5 pt in Word's "Table Grid") and any cell padding are
/// added. So in a block where both pitches occur, a line exactly one pitch below another in the
/// same column is in the same cell, and one that is further down starts a new row.
struct LinePitch: Sendable {
    /// Pitches between ideographs of consecutive bands that start at the same x, with the glyph height.
    var samples: [(pitch: Double, height: Double)] = []

    /// How much further down than the line pitch a row rule puts the next line.
    static let ruleMinimum = 0.3
    /// How close to the line pitch a line of the same cell is.
    static let sameCellTolerance = 0.15

    /// Only lines narrower than this share of the text width are measured: table cells, not the
    /// body paragraphs that share a block with a table and may use another line spacing.
    static let cellWidthShare = 0.6

    static func measure(_ bands: [Band], blocks: [Int]) -> [LinePitch] {
        var pitches = [LinePitch](repeating: LinePitch(), count: (blocks.last ?? -1) + 1)
        let left = bands.reduce(Double.infinity) { min($0, $1.box.x0) }
        let right = bands.reduce(-Double.infinity) { max($0, $1.box.x1) }
        let widest = cellWidthShare * (right - left)
        for index in bands.indices.dropFirst() where blocks[index] == blocks[index - 1] {
            for fragment in bands[index].fragments where fragment.box.width < widest {
                guard let lower = fragment.ideograph else { continue }
                for above in bands[index - 1].fragments
                where abs(above.box.x0 - fragment.box.x0) <= 1 && above.box.width < widest {
                    guard let upper = above.ideograph, abs(upper.height - lower.height) < 0.5 else { continue }
                    let pitch = lower.top - upper.top
                    if pitch > 0.5 * lower.height { pitches[blocks[index]].samples.append((pitch, lower.height)) }
                }
            }
        }
        return pitches
    }

    /// The line pitch for glyphs of `height`, and whether a longer (row-rule) pitch also occurs.
    func linePitch(height: Double) -> (pitch: Double, ruled: Bool)? {
        let similar = samples.filter { abs($0.height - height) < 0.5 }.map(\.pitch)
        guard let minimum = similar.min() else { return nil }
        return (minimum, similar.contains { $0 > minimum + Self.ruleMinimum })
    }

    enum Verdict { case sameCell, newRow, unknown }

    /// What the vertical step from `upper` to `lower` (same column, consecutive bands) says.
    func verdict(from upper: Fragment, to lower: Fragment) -> Verdict {
        guard let top = upper.ideograph, let bottom = lower.ideograph, abs(top.height - bottom.height) < 0.5,
              let (pitch, ruled) = linePitch(height: bottom.height) else { return .unknown }
        let step = bottom.top - top.top
        if step > pitch + Self.ruleMinimum { return .newRow }
        if ruled && step <= pitch + Self.sameCellTolerance { return .sameCell }
        return .unknown
    }
}
