/// Scalars that remember where they came from: `origins[i]` is the offset, in the raw document text
/// (raw pages joined by `"\u{0C}"`), of the raw scalar that `scalars[i]` was made from. Every stage of
/// the normalizer reads one `TracedText` and writes another, copying origins along, so the offset map
/// back to the raw text is exact by construction, whatever the stages drop, fold or join.
///
/// A scalar that replaces several raw scalars (a folded `１`, a `≥` from `\geq`) takes the origin of
/// the first of them; a scalar that replaces nothing (a space put between two joined Latin words, the
/// newline that ends a page) takes the origin of the raw scalar it stands in for (the line break) or,
/// failing that, of the page separator after its page (the last raw scalar, on the last page). So
/// origins never decrease, and every origin is a valid raw offset.
struct TracedText {
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []

    init() {}

    init(reservingCapacity capacity: Int) {
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    var count: Int { scalars.count }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, from origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    /// Copies `range` of `other`, origins included.
    @inline(__always)
    mutating func append(from other: TracedText, _ range: Range<Int>) {
        scalars.append(contentsOf: other.scalars[range])
        origins.append(contentsOf: other.origins[range])
    }

    mutating func removeLast() {
        scalars.removeLast()
        origins.removeLast()
    }
}
