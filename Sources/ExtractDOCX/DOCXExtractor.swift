import ContractModel

/// DOCX → pages of raw text through ZIPFoundation + libxml2. (Placeholder API.)
public enum DOCXExtractor {
    public static func extract(path: String) throws -> ExtractedDocument {
        throw HetongError(.unsupportedFormat, "DOCX extraction not implemented yet")
    }
}
