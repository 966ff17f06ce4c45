/// What an extractor returns: the raw text of each page plus everything it noticed. Warnings are not
/// errors: a document with a garbled page still yields its other pages (pandoc's DOCX reader returns
/// a document *and* its warnings).
public struct ExtractedDocument: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable { case pdf, docx, txt }

    public var format: Format
    /// Raw page texts in reading order (before normalization); 1 page for TXT and unpaginated DOCX.
    public var pages: [ExtractedPage]
    public var metadata: DocumentMetadata
    public var warnings: [ExtractionWarning]
    /// DOCX header and footer texts, kept out of the body (PDF headers are removed by normalization).
    public var headers: [String]
    public var footers: [String]
    /// Name and version of the extractor, e.g. `poppler-glib 22.12.0`.
    public var extractor: String

    public init(format: Format, pages: [ExtractedPage], metadata: DocumentMetadata = .init(), warnings: [ExtractionWarning] = [],
                headers: [String] = [], footers: [String] = [], extractor: String) {
        self.format = format
        self.pages = pages
        self.metadata = metadata
        self.warnings = warnings
        self.headers = headers
        self.footers = footers
        self.extractor = extractor
    }
}

public struct ExtractedPage: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    public var text: String
    /// Set when the text came from OCR rather than a text layer.
    public var ocr: OCRInfo?

    public init(number: Int, text: String, ocr: OCRInfo? = nil) {
        self.number = number
        self.text = text
        self.ocr = ocr
    }
}

public struct OCRInfo: Sendable, Hashable, Codable {
    public var engine: String
    /// Mean word confidence, 0...100.
    public var meanConfidence: Int
    public init(engine: String, meanConfidence: Int) { self.engine = engine; self.meanConfidence = meanConfidence }
}

public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var creationDate: String?
    public init(title: String? = nil, creationDate: String? = nil) { self.title = title; self.creationDate = creationDate }
}

/// A problem with part of a document that did not stop extraction.
public struct ExtractionWarning: Sendable, Hashable, Codable {
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A page with no text at all (a scan).
        public static let noTextLayer = Code("no_text_layer")
        /// Pages with no text and no ink (no image, no drawing, or an image of empty paper): not sent
        /// to OCR. One warning per run of consecutive blank pages; `page` is the run's first page.
        public static let blankPage = Code("blank_page")
        /// A page whose text is control/private-use/(cid:N) noise (fonts without a Unicode map).
        public static let garbledText = Code("garbled_text")
        /// DOCX: content that was skipped (embedded object, unknown part).
        public static let skippedContent = Code("skipped_content")
        /// DOCX tracked changes were resolved to the accepted text.
        public static let trackedChangesResolved = Code("tracked_changes_resolved")
        /// TXT decoded from a legacy encoding (GB18030 / UTF-16).
        public static let legacyEncoding = Code("legacy_encoding")
        /// OCR was used on this page.
        public static let ocrUsed = Code("ocr_used")
        /// Pages needed OCR but the engine or its Chinese model is not installed.
        public static let ocrUnavailable = Code("ocr_unavailable")
        /// OCR repaired a 大写 numeral using the figures beside it.
        public static let ocrRepair = Code("ocr_repair")
        /// The text shows signs of a missing page or a cut-off clause.
        public static let extractionGap = Code("extraction_gap")
    }

    public var code: Code
    /// 1-based page, when the warning is about one page.
    public var page: Int?
    public var message: String

    public init(_ code: Code, page: Int? = nil, _ message: String) {
        self.code = code
        self.page = page
        self.message = message
    }
}
