/// The normalized text of a whole document, exactly as `hetong extract` prints it: pages joined by a
/// form feed. Offsets are Unicode scalar offsets (see `Span`). Every later stage (mentions, clause
/// rules, findings, report highlighting) points into this text.
public struct DocumentText: Sendable, Hashable {
    public static let pageSeparator: Unicode.Scalar = "\u{0C}"

    /// All scalars of the document, page separators included.
    public let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each page; `pageStarts[0] == 0`.
    public let pageStarts: [Int]

    public init(pages: [String]) {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        for (index, page) in pages.enumerated() {
            if index > 0 { scalars.append(Self.pageSeparator) }
            starts.append(scalars.count)
            scalars.append(contentsOf: page.unicodeScalars)
        }
        if starts.isEmpty { starts = [0] }
        self.scalars = scalars
        self.pageStarts = starts
    }

    /// Splits printed text (as `hetong extract` wrote it) back into pages.
    public init(printed text: String) {
        // One pass (the same as `init(pages:)` of the text split at each form feed).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var starts = [0]
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            if scalar == Self.pageSeparator { starts.append(scalars.count) }
        }
        self.scalars = scalars
        self.pageStarts = starts
    }

    public var count: Int { scalars.count }
    public var pageCount: Int { pageStarts.count }

    /// The printed text.
    public var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// Text of page `number` (1-based), without separators.
    public func page(_ number: Int) -> String {
        let start = pageStarts[number - 1]
        let end = number < pageStarts.count ? pageStarts[number] - 1 : scalars.count
        return text(start, end)
    }

    /// 1-based page on which `offset` lies.
    public func pageNumber(at offset: Int) -> Int {
        // Binary search: last page start <= offset.
        var low = 0, high = pageStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    public func span(_ start: Int, _ end: Int) -> Span {
        Span(page: pageNumber(at: start), start: start, end: end)
    }

    public func text(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[Swift.max(0, start)..<Swift.min(end, scalars.count)])
        return String(s)
    }

    public func text(_ span: Span) -> String { text(span.start, span.end) }
}
