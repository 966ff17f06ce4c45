import ContractModel
import ExtractOCR
import Foundation

/// When to OCR pages without a usable text layer (`--ocr auto|always|never`), defined beside the
/// OCR engine. Accepted by every command and handed to the workers, so that the batch and
/// `hetong parse` always process a document the same way.
public typealias OCRMode = ExtractOCR.OCRMode
/// Which engine reads those pages (`--ocr-engine auto|ppocr|tesseract`).
public typealias OCREngineChoice = ExtractOCR.OCREngineChoice

public struct ProcessingOptions: Sendable, Hashable {
    public var ocr: OCRMode
    /// Threads for OCR within one document: all cores for a single document; the batch gives each
    /// worker process one, since its `--jobs` workers already fill the cores.
    public var ocrJobs: Int
    /// `--ocr-engine`: PP-OCR, Tesseract, or (`auto`) PP-OCR where its files are present, else Tesseract.
    public var ocrEngine: OCREngineChoice
    /// `--max-pages`: a document with more pages is a `too_many_pages` record, refused before any page is read.
    public var maxPages: Int
    /// `--max-document-seconds`: the document's time budget, counted from when its processing
    /// starts; checked between pages (reading and OCR), after which it is a `timeout` record with
    /// what it had (page count, warnings). Nil: no budget. OCR heartbeats never extend it.
    public var maxDocumentSeconds: Double?

    public init(ocr: OCRMode = .auto, ocrJobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                ocrEngine: OCREngineChoice = .auto,
                maxPages: Int = ExtractionLimits.defaultMaxPages, maxDocumentSeconds: Double? = nil) {
        self.ocr = ocr
        self.ocrJobs = max(1, ocrJobs)
        self.ocrEngine = ocrEngine
        self.maxPages = max(1, maxPages)
        self.maxDocumentSeconds = maxDocumentSeconds
    }

    /// The limits of one document whose processing starts now.
    public func limitsStartingNow() -> ExtractionLimits {
        ExtractionLimits(maxPages: maxPages, seconds: maxDocumentSeconds)
    }
}
