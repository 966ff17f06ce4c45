/// Where a value was read in a document.
///
/// **The offset convention of all of hetong, stated once:** `start` and `end` are offsets in
/// *Unicode scalars* (not UTF-8 bytes, not UTF-16 units, not grapheme clusters) into the whole
/// normalized document text that `hetong extract FILE` prints: every page's normalized text, pages
/// joined by a single form feed `"\u{0C}"`. `start` is inclusive, `end` exclusive. `page` is 1-based
/// and is the page on which `start` lies. A span never includes the form feed that separates pages,
/// except when a value itself runs across a page break (then `page` is where it begins).
///
/// In Swift: `Array(text.unicodeScalars)[start..<end]` is the spanned text.
/// In Python: `text[start:end]` on the decoded `str` is the same text (Python indexes by code point).
public struct Span: Sendable, Hashable, Codable, Comparable {
    public var page: Int
    public var start: Int
    public var end: Int

    public init(page: Int, start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.page = page
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    /// The smallest span covering both (page of the earlier one).
    public func union(_ other: Span) -> Span {
        let first = self.start <= other.start ? self : other
        return Span(page: first.page, start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
