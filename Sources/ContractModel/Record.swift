/// The output of `hetong parse` for one document, and one line of `contracts.jsonl` in a batch.
/// Documented for consumers in Schemas/contract.schema.json; `schemaVersion` changes whenever a
/// field is renamed or its meaning changes (adding optional fields does not).
public struct ContractRecord: Sendable, Hashable, Codable {
    public static let currentSchemaVersion = "1"

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable { case ok, error }

    public struct ErrorInfo: Sendable, Hashable, Codable {
        public var code: String
        public var message: String
        public init(code: String, message: String) { self.code = code; self.message = message }
        public init(_ error: HetongError) { self.code = error.code.rawValue; self.message = error.message }
    }

    public struct PageInfo: Sendable, Hashable, Codable {
        public var page: Int
        public var characters: Int
        public var ocr: Bool
        public var ocrEngine: String?
        public var ocrConfidence: Int?
        public init(page: Int, characters: Int, ocr: Bool = false, ocrEngine: String? = nil, ocrConfidence: Int? = nil) {
            self.page = page
            self.characters = characters
            self.ocr = ocr
            self.ocrEngine = ocrEngine
            self.ocrConfidence = ocrConfidence
        }
    }

    public struct DocumentInfo: Sendable, Hashable, Codable {
        public var path: String
        public var sha256: String
        public var format: ExtractedDocument.Format?
        public var pages: Int
        /// Unicode scalars in the printed normalized text.
        public var characters: Int
        public var extractor: String?
        public var metadata: DocumentMetadata?
        public var pageInfo: [PageInfo]
        public var warnings: [ExtractionWarning]

        public init(path: String, sha256: String, format: ExtractedDocument.Format? = nil, pages: Int = 0, characters: Int = 0,
                    extractor: String? = nil, metadata: DocumentMetadata? = nil, pageInfo: [PageInfo] = [],
                    warnings: [ExtractionWarning] = []) {
            self.path = path
            self.sha256 = sha256
            self.format = format
            self.pages = pages
            self.characters = characters
            self.extractor = extractor
            self.metadata = metadata
            self.pageInfo = pageInfo
            self.warnings = warnings
        }
    }

    public var schemaVersion: String
    public var status: Status
    public var document: DocumentInfo
    public var contract: Contract?
    public var mentions: Mentions?
    public var findings: [Finding]
    public var error: ErrorInfo?

    public init(status: Status = .ok, document: DocumentInfo, contract: Contract? = nil, mentions: Mentions? = nil,
                findings: [Finding] = [], error: ErrorInfo? = nil) {
        self.schemaVersion = Self.currentSchemaVersion
        self.status = status
        self.document = document
        self.contract = contract
        self.mentions = mentions
        self.findings = findings
        self.error = error
    }
}

// MARK: The record description of the record itself (see RecordDescription.swift)

extension ContractRecord: RecordObject {
    public static let recordDescription = RecordDescription<ContractRecord>(
        "ContractRecord", blank: ContractRecord(document: .init(path: "", sha256: "")), [
        .field("schema_version", \.schemaVersion, "Changes when a field is renamed or changes meaning; adding optional fields does not.",
               extra: [("const", .string(currentSchemaVersion))]),
        .field("status", \.status),
        .field("document", \.document, sql: .named("")),
        .field("contract", \.contract, sql: .named("")),
        .field("mentions", \.mentions, sql: .named("")),
        .table("findings", \.findings, table: "findings"),
        .field("error", \.error),
    ])
}

extension ContractRecord.ErrorInfo: RecordObject {
    public static let recordDescription = RecordDescription<Self>("Error", blank: Self(code: "", message: ""), [
        .field("code", \.code, "Stable English code: " + HetongError.Code.all.map(\.rawValue).joined(separator: ", ") + "."),
        .field("message", \.message),
    ])
}

extension ContractRecord.PageInfo: RecordObject {
    public static let recordDescription = RecordDescription<Self>("PageInfo", blank: Self(page: 0, characters: 0), [
        .field("page", \.page, extra: [("minimum", .integer(1))]),
        .field("characters", \.characters, extra: [("minimum", .integer(0))]),
        .field("ocr", \.ocr),
        .field("ocr_engine", \.ocrEngine, whenNil: .omittedWhenNil),
        .field("ocr_confidence", \.ocrConfidence, extra: [("minimum", .integer(0)), ("maximum", .integer(100))], whenNil: .omittedWhenNil),
    ])
}

extension ContractRecord.DocumentInfo: RecordObject {
    public static let recordDescription = RecordDescription<Self>("Document", blank: Self(path: "", sha256: ""), [
        .field("path", \.path),
        .field("sha256", \.sha256, "Hex SHA-256 of the input file (empty when not known, e.g. stdin before hashing)."),
        .field("format", \.format, "Absent when the format could not be determined.", whenNil: .omittedWhenNil),
        .field("pages", \.pages, extra: [("minimum", .integer(0))]),
        .field("characters", \.characters, "Unicode scalars of the normalized text.", extra: [("minimum", .integer(0))]),
        .field("extractor", \.extractor, "Extractor name and version, e.g. poppler-glib 22.12.0.", whenNil: .omittedWhenNil),
        .field("metadata", \.metadata, whenNil: .omittedWhenNil),
        .table("page_info", \.pageInfo, table: "pages"),
        .table("warnings", \.warnings, table: "warnings"),
    ])
}

extension DocumentMetadata: RecordObject {
    public static let recordDescription = RecordDescription<Self>("Metadata", blank: DocumentMetadata(), [
        .field("title", \.title, whenNil: .omittedWhenNil),
        .field("creation_date", \.creationDate, whenNil: .omittedWhenNil),
    ])
}

extension ExtractionWarning: RecordObject {
    public static let recordDescription = RecordDescription<Self>("Warning", blank: ExtractionWarning(ExtractionWarning.Code(""), ""), [
        .field("code", \.code,
               "no_text_layer, blank_page (first page of a run of pages without ink, not OCR'd), garbled_text, skipped_content, "
                   + "tracked_changes_resolved, legacy_encoding, ocr_used, ocr_repair, extraction_gap, …"),
        .field("page", \.page, extra: [("minimum", .integer(1))], whenNil: .omittedWhenNil),
        .field("message", \.message),
    ])
}
