import ContractModel

/// Plain text (UTF-8, UTF-16 with BOM, GB18030/GBK) → one page of raw text. (Placeholder API.)
public enum TXTExtractor {
    public static func extract(bytes: [UInt8]) throws -> ExtractedDocument {
        throw HetongError(.undecodableText, "TXT extraction not implemented yet")
    }
}
