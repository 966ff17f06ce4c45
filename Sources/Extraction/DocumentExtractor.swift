import ContractModel
import ExtractPDF
import ExtractDOCX
import ExtractTXT

/// File → `ExtractedDocument`, the format detected by content (magic bytes), not by extension.
public enum DocumentExtractor {
    public static func extract(path: String) throws -> ExtractedDocument {
        throw HetongError(.unsupportedFormat, "not implemented yet")
    }
}
