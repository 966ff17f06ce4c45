/// A glyph's rectangle in page space, points, y growing downwards (poppler's text layout).
struct GlyphBox: Sendable, Hashable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    var height: Double { y1 - y0 }
    var width: Double { x1 - x0 }

    mutating func formUnion(_ other: GlyphBox) {
        x0 = min(x0, other.x0)
        y0 = min(y0, other.y0)
        x1 = max(x1, other.x1)
        y1 = max(y1, other.y1)
    }
}

/// One page as poppler sees it: its text in poppler's order (lines end with "\n", words are
/// separated by inserted spaces) and, when they line up, one rectangle per scalar.
struct PageGlyphs: Sendable {
    var scalars: [Unicode.Scalar]
    /// Either empty (no usable layout) or `scalars.count` long.
    var boxes: [GlyphBox]
    /// Images drawn on the page and the share of the page they cover; only measured when the page
    /// has little or no text (`PageGlyphs.sparseText`).
    var imageCount: Int
    var imageCoverage: Double = 0

    /// Fewer visible characters than this make a page worth checking for a scanned image.
    static let sparseText = 40
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
