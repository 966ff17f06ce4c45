/// An error with a stable, extensible code (the codes are part of the output contract: a failed
/// document's record carries `error.code`). Modelled on swift-nio's `FileSystemError`.
public struct HetongError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // Input.
        public static let notFound = Code("not_found")
        public static let unreadable = Code("unreadable")
        public static let emptyFile = Code("empty_file")
        public static let unsupportedFormat = Code("unsupported_format")
        // PDF.
        public static let encrypted = Code("encrypted")
        public static let corrupt = Code("corrupt")
        // DOCX / ZIP / XML.
        public static let zipBomb = Code("zip_bomb")
        public static let unsafeZipEntry = Code("unsafe_zip_entry")
        public static let malformedXML = Code("malformed_xml")
        public static let forbiddenXMLEntity = Code("forbidden_xml_entity")
        public static let missingMainPart = Code("missing_main_part")
        // TXT.
        public static let undecodableText = Code("undecodable_text")
        // Whole-document outcomes.
        public static let noText = Code("no_text")
        public static let timeout = Code("timeout")
        public static let crashed = Code("crashed")
        public static let tooLarge = Code("too_large")
        /// More pages than `--max-pages` allows (checked before any page is read).
        public static let tooManyPages = Code("too_many_pages")
        public static let internalError = Code("internal_error")
        /// OCR was needed but Tesseract or its Chinese model is not installed.
        public static let ocrUnavailable = Code("ocr_unavailable")
        /// A path whose symbolic links form a cycle.
        public static let symlinkLoop = Code("symlink_loop")

        /// Every code above, in this order: the schema's `error.code` list follows from it
        /// (ContractModelTests/ErrorCodeTests checks that each declaration is listed).
        public static let all: [Code] = [
            .notFound, .unreadable, .emptyFile, .unsupportedFormat, .encrypted, .corrupt, .zipBomb, .unsafeZipEntry,
            .malformedXML, .forbiddenXMLEntity, .missingMainPart, .undecodableText, .noText, .timeout, .crashed, .tooLarge,
            .tooManyPages, .internalError, .ocrUnavailable, .symlinkLoop,
        ]
    }

    public var code: Code
    public var message: String
    /// Underlying cause, for logs (not part of the JSON contract).
    public var underlying: String?

    public init(_ code: Code, _ message: String, underlying: String? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String { "\(code.rawValue): \(message)" + (underlying.map { " (\($0))" } ?? "") }
}
