import ContractModel
import ExtractPDF
import ExtractDOCX
import ExtractTXT

/// File → `ExtractedDocument`, the format detected by content (magic bytes), never by extension: a
/// DOCX named `.pdf` is read as DOCX, a text file named `.docx` as text.
public enum DocumentExtractor {
    /// Largest text file read (a contract is a few hundred KB).
    public static let maxTextBytes = 64 << 20

    public static func detectFormat(path: String) throws -> ExtractedDocument.Format {
        let prefix = try InputFile.prefix(path: path, count: FormatSniffer.prefixLength)
        switch FormatSniffer.classify(prefix) {
        case .pdf: return .pdf
        case .text: return .txt
        case .zip:
            let bytes = try InputFile.load(path: path, limit: DOCXLimits.default.maxFileBytes)
            guard try DOCXExtractor.isWordPackage(bytes: bytes) else { throw notWord(path) }
            return .docx
        case .binary(let kind): throw unsupported(path, kind)
        }
    }

    /// `limits`: a PDF with more pages than `maxPages` is refused before any page is read (DOCX and
    /// text after extraction, which their size limits already bound); the deadline is checked between
    /// PDF pages (`IncompleteExtraction`).
    public static func extract(path: String, limits: ExtractionLimits = .init()) throws -> ExtractedDocument {
        let prefix = try InputFile.prefix(path: path, count: FormatSniffer.prefixLength)
        let document: ExtractedDocument
        switch FormatSniffer.classify(prefix) {
        case .pdf:
            return try PDFExtractor.extract(path: path, limits: limits)
        case .zip:
            let bytes = try InputFile.load(path: path, limit: DOCXLimits.default.maxFileBytes)
            guard try DOCXExtractor.isWordPackage(bytes: bytes) else { throw notWord(path) }
            document = try DOCXExtractor.extract(bytes: bytes)
        case .text:
            document = try TXTExtractor.extract(bytes: InputFile.load(path: path, limit: maxTextBytes))
        case .binary(let kind):
            throw unsupported(path, kind)
        }
        try limits.checkPages(document.pages.count)
        return document
    }

    private static func notWord(_ path: String) -> HetongError {
        HetongError(.unsupportedFormat, "\(path) is a ZIP archive but not a Word document")
    }

    private static func unsupported(_ path: String, _ kind: String) -> HetongError {
        HetongError(.unsupportedFormat, "\(path) is \(kind), not a PDF, DOCX or text file")
    }
}
