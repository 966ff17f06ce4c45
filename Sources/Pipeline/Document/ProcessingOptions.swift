import ExtractOCR
import Foundation

/// When to OCR pages without a usable text layer (`--ocr auto|always|never`), defined beside the
/// OCR engine. Accepted by every command and handed to the workers, so that the batch and
/// `hetong parse` always process a document the same way.
public typealias OCRMode = ExtractOCR.OCRMode

public struct ProcessingOptions: Sendable, Hashable {
    public var ocr: OCRMode
    /// Threads for OCR within one document: all cores for a single document; the batch gives each
    /// worker process one, since its `--jobs` workers already fill the cores.
    public var ocrJobs: Int
    public init(ocr: OCRMode = .auto, ocrJobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.ocr = ocr
        self.ocrJobs = max(1, ocrJobs)
    }
}
