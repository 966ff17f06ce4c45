/// A page cut into bands, the bands grouped into blocks (runs of bands with no paragraph gap
/// between them: a table, or a paragraph), and for each block the x positions where its table
/// columns start.
struct Layout {
    let page: PageGlyphs
    let bands: [Band]
    /// Block number of each band.
    let block: [Int]
    /// Sorted column starts of each block: the left edges of fragments on bands with several fragments.
    let columnStarts: [[Double]]
    /// The right edge of the widest text on the page.
    let rightMargin: Double

    /// The largest vertical gap (in glyph heights) between two bands of the same block.
    static let blockGap = 0.8

    init(_ page: PageGlyphs) {
        self.page = page
        bands = Bands.group(Fragments.split(page))
        rightMargin = bands.reduce(-Double.infinity) { max($0, $1.box.x1) }
        var block: [Int] = []
        var starts: [[Double]] = []
        for (index, band) in bands.enumerated() {
            let em = max(band.box.height, 1)
            if index == 0 || band.box.y0 - bands[index - 1].box.y1 > Self.blockGap * em {
                starts.append([])
            }
            block.append(starts.count - 1)
            if band.fragments.count >= 2 {
                starts[starts.count - 1].append(contentsOf: band.fragments.map(\.box.x0))
            }
        }
        self.block = block
        columnStarts = starts.map { $0.sorted() }
    }

    /// The first column start of `block` right of `x`, or `limit` if none comes before it.
    func columnStart(after x: Double, in block: Int, before limit: Double) -> Double {
        let starts = columnStarts[block]
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] > x { high = middle } else { low = middle + 1 }
        }
        return low < starts.count ? min(starts[low], limit) : limit
    }
}
