/// The output of `hetong parse` for one document, and one line of `contracts.jsonl` in a batch.
/// Documented for consumers in Schemas/contract.schema.json; `schemaVersion` changes whenever a
/// field is renamed or its meaning changes (adding optional fields does not).
public struct ContractRecord: Sendable, Hashable, Codable {
    public static let currentSchemaVersion = "1"

    public enum Status: String, Sendable, Hashable, Codable { case ok, error }

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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(status, forKey: .status)
        try c.encode(document, forKey: .document)
        try c.encode(contract, forKey: .contract)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(findings, forKey: .findings)
        try c.encode(error, forKey: .error)
    }
}
