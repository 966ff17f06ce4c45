/// When to OCR pages without a usable text layer. Accepted by every command and handed to the
/// workers, so that the batch and `hetong parse` always process a document the same way.
public enum OCRMode: String, Sendable, CaseIterable, Codable {
    case auto, always, never
}

public struct ProcessingOptions: Sendable, Hashable {
    public var ocr: OCRMode
    public init(ocr: OCRMode = .auto) { self.ocr = ocr }
}
