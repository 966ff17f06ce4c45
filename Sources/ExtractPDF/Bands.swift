/// The fragments that sit on one visual line of the page, left to right: a line of text, or the
/// current line of every cell of a table row.
struct Band: Sendable {
    var fragments: [Fragment]
    var box: GlyphBox
}

enum Bands {
    /// Groups fragments into bands, top to bottom. Two fragments share a band when each one's
    /// vertical centre lies within the other's extent (same baseline, tolerant of font sizes).
    static func group(_ fragments: [Fragment]) -> [Band] {
        let ordered = fragments.sorted { centre($0.box) < centre($1.box) }
        var bands: [Band] = []
        for fragment in ordered {
            if var band = bands.last {
                let c = centre(fragment.box)
                if c >= band.box.y0 && c <= band.box.y1
                    && centre(band.box) >= fragment.box.y0 && centre(band.box) <= fragment.box.y1 {
                    band.fragments.append(fragment)
                    band.box.formUnion(fragment.box)
                    bands[bands.count - 1] = band
                    continue
                }
            }
            bands.append(Band(fragments: [fragment], box: fragment.box))
        }
        for index in bands.indices {
            bands[index].fragments.sort { $0.box.x0 < $1.box.x0 }
        }
        return bands
    }

    static func centre(_ box: GlyphBox) -> Double { (box.y0 + box.y1) / 2 }
}
