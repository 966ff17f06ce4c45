/// How much of one document extraction may take on: a page limit (`--max-pages`) and a deadline
/// (`--max-document-seconds`), checked between pages, so a document of 20,000 pages or a scan
/// that OCR reads slowly ends with its own clear record instead of stalling a batch.
public struct ExtractionLimits: Sendable, Hashable {
    /// Default `--max-pages`: far beyond any contract, well short of what would stall a batch.
    public static let defaultMaxPages = 5000

    public var maxPages: Int
    /// When the document's time is up (monotonic clock); nil: no deadline.
    public var deadline: ContinuousClock.Instant?
    /// The budget the deadline came from, in seconds, for messages.
    public var seconds: Double?

    public init(maxPages: Int = ExtractionLimits.defaultMaxPages, seconds: Double? = nil) {
        self.maxPages = maxPages
        self.seconds = seconds
        self.deadline = seconds.map { ContinuousClock.now + .milliseconds(Int64(($0 * 1000).rounded())) }
    }

    public static let none = ExtractionLimits(maxPages: .max)

    public var expired: Bool { deadline.map { ContinuousClock.now >= $0 } ?? false }

    /// `.tooManyPages` when a document has more pages than allowed.
    public func checkPages(_ count: Int) throws {
        guard count > maxPages else { return }
        throw HetongError(.tooManyPages, "the document has \(count) pages, more than --max-pages \(maxPages)")
    }

    /// The `.timeout` error of a document whose budget ran out while `doing` something.
    public func timeoutError(_ doing: String) -> HetongError {
        let budget = seconds.map { Self.format($0) } ?? "?"
        return HetongError(.timeout, "the document's time budget of \(budget) s (--max-document-seconds) ran out \(doing); processing was stopped")
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// Extraction stopped part way (a limit was reached): the error, and the document as far as it got
/// (its page count, the pages read, their warnings), so the error record still says what it had.
public struct IncompleteExtraction: Error, Sendable {
    public var error: HetongError
    public var document: ExtractedDocument
    public init(_ error: HetongError, document: ExtractedDocument) {
        self.error = error
        self.document = document
    }
}
