import ArgumentParser
import ContractModel
import Pipeline

/// `--max-pages` and `--max-document-seconds`, shared by `extract`, `parse` and `batch`: how much
/// one document may take before it ends as its own error record (`too_many_pages`, `timeout`).
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-pages"),
            help: "A document with more pages is a too_many_pages error, refused before any page is read.")
    var maxPages = ExtractionLimits.defaultMaxPages

    @Option(name: .customLong("max-document-seconds"),
            help: ArgumentHelp("Time budget per document (reading and OCR), never extended by OCR progress; when it runs out the document is a timeout error record (default: 10 × --timeout in a batch, 600 otherwise).",
                               valueName: "seconds"))
    var maxDocumentSeconds: Double?

    @Option(name: .customLong("ocr-engine"),
            help: "OCR engine for scanned pages: ppocr (PP-OCRv4 through ONNX Runtime), tesseract, or auto (PP-OCR where its files are present, else Tesseract).")
    var ocrEngine: OCREngineChoice = .auto

    func validate() throws {
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be at least 1") }
        if let maxDocumentSeconds, maxDocumentSeconds <= 0 {
            throw ValidationError("--max-document-seconds must be positive")
        }
    }

    /// The budget of a single-document command.
    static let singleDocumentSeconds = 600.0

    func processing(ocr: OCRMode, defaultSeconds: Double = LimitOptions.singleDocumentSeconds) -> ProcessingOptions {
        ProcessingOptions(ocr: ocr, ocrEngine: ocrEngine, maxPages: maxPages, maxDocumentSeconds: maxDocumentSeconds ?? defaultSeconds)
    }
}

extension OCREngineChoice: ExpressibleByArgument {}
