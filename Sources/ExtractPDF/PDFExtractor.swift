import ContractModel

/// PDF → pages of raw text through poppler-glib. (Placeholder API; implemented in this module.)
public enum PDFExtractor {
    public static func extract(path: String) throws -> ExtractedDocument {
        throw HetongError(.unsupportedFormat, "PDF extraction not implemented yet")
    }
}
