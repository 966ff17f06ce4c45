/// A page cut into bands, and the bands grouped into blocks: runs of bands with no paragraph gap
/// between them (a table, several tables glued together, or a paragraph).
struct Layout {
    let page: PageGlyphs
    let bands: [Band]
    /// Block number of each band.
    let block: [Int]
    /// The right edge of the widest text on the page.
    let rightMargin: Double
    /// Line pitches measured in each block (see `LinePitch`).
    let pitches: [LinePitch]

    /// The largest vertical gap (in glyph heights) between two bands of the same block.
    static let blockGap = 0.8
    /// How many bands up and down to look for the column grid of a table row.
    static let columnWindow = 8

    init(_ page: PageGlyphs) {
        let page = Orientation.upright(page)
        self.page = page
        bands = Bands.group(Fragments.split(page))
        rightMargin = bands.reduce(-Double.infinity) { max($0, $1.box.x1) }
        var block: [Int] = []
        for (index, band) in bands.enumerated() {
            let em = max(band.box.height, 1)
            let gap = index == 0 ? .infinity : band.box.y0 - bands[index - 1].box.y1
            block.append(gap > Self.blockGap * em ? (block.last ?? -1) + 1 : block[index - 1])
        }
        self.block = block
        pitches = LinePitch.measure(bands, blocks: block)
    }

    /// Where the next table column after `x` starts, as seen on the multi-cell bands of the same block
    /// near band `index` (a row with empty cells still sits on the grid of its neighbours); `limit`
    /// if no column starts before it.
    func columnStart(after x: Double, near index: Int, before limit: Double) -> Double {
        var best = limit
        let window = max(0, index - Self.columnWindow)...min(bands.count - 1, index + Self.columnWindow)
        for other in window where block[other] == block[index] && bands[other].fragments.count >= 2 {
            for fragment in bands[other].fragments where fragment.box.x0 > x && fragment.box.x0 < best {
                best = fragment.box.x0
            }
        }
        return best
    }

    /// The right edge of the widest line starting at column `x0` (within a point) near band `index`:
    /// a lower bound of where that column's text area ends.
    func columnRight(of x0: Double, near index: Int) -> Double {
        var best = -Double.infinity
        let window = max(0, index - Self.columnWindow)...min(bands.count - 1, index + Self.columnWindow)
        for other in window where block[other] == block[index] {
            for fragment in bands[other].fragments where abs(fragment.box.x0 - x0) <= 1 {
                best = max(best, fragment.box.x1)
            }
        }
        return best
    }
}
