import ContractModel

/// A document after normalization: the text every later stage reads, the raw text it came from, and
/// the exact map between them.
public struct NormalizedDocument: Sendable {
    /// Normalized pages joined by `"\u{0C}"`: what `hetong extract` prints; every span points here.
    public let text: DocumentText
    /// Raw extracted pages joined by `"\u{0C}"`: what `hetong extract --raw` prints.
    public let raw: DocumentText
    /// `origins[i]`: raw scalar offset of the raw scalar that normalized scalar `i` came from.
    let origins: [Int]

    init(text: DocumentText, raw: DocumentText, origins: [Int]) {
        precondition(text.count == origins.count, "offset map out of step with the text")
        self.text = text
        self.raw = raw
        self.origins = origins
    }

    /// The raw scalar offset that normalized scalar `offset` came from. For a scalar that normalization
    /// did not change, `raw.scalars[rawOffset(forNormalized: i)] == text.scalars[i]`; a folded scalar
    /// (`1` from `１`, `≥` from `\geq`, a line break standing for a page end) maps to the first raw
    /// scalar it replaced. Offsets never decrease along the text and lie in `0..<raw.count`;
    /// `offset == text.count` (an exclusive end) maps to `raw.count`; offsets are clamped to the text.
    public func rawOffset(forNormalized offset: Int) -> Int {
        if offset >= origins.count { return raw.count }
        return origins[max(0, offset)]
    }

    /// The raw range covering normalized `start..<end`: from the origin of the first scalar to just
    /// after the origin of the last one (the raw text of a span, with whatever normalization removed
    /// inside it).
    public func rawRange(forNormalized start: Int, _ end: Int) -> Range<Int> {
        guard end > start, start < origins.count else {
            let r = rawOffset(forNormalized: start)
            return r..<r
        }
        let lower = origins[max(0, start)]
        let upper = origins[min(end, origins.count) - 1] + 1
        return lower..<max(lower, upper)
    }
}
