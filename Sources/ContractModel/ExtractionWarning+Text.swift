extension ExtractionWarning.Code {
    /// TXT: a few bytes were not valid UTF-8 (a file cut inside a character) and became U+FFFD.
    public static let invalidBytesReplaced = ExtractionWarning.Code("invalid_bytes_replaced")
}
