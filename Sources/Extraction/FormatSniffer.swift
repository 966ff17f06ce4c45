/// What the first bytes of a file say it is.
enum FormatSniffer {
    enum Kind: Equatable {
        case pdf, zip, text
        /// A known non-contract format or unknown binary, described for the error message.
        case binary(String)
    }

    static let prefixLength = 8192

    /// Known signatures of formats hetong does not read, so the error can name them.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office (.doc) file"),
        ([0x7B, 0x5C, 0x72, 0x74, 0x66], "an RTF file"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x52, 0x61, 0x72, 0x21], "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7z archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ]

    static func classify(_ prefix: [UInt8]) -> Kind {
        // The PDF header may follow some junk (the spec allows it within the first 1024 bytes).
        if prefix.starts(with: Array("%PDF-".utf8)) || containsPDFHeader(prefix.prefix(1024)) { return .pdf }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        for signature in signatures where prefix.starts(with: signature.bytes) { return .binary(signature.name) }
        // UTF-16 text has NULs; with its byte order mark it is text.
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return .text }
        if prefix.contains(0) { return .binary("binary data") }
        return .text
    }

    private static func containsPDFHeader(_ bytes: ArraySlice<UInt8>) -> Bool {
        let header = Array("%PDF-".utf8)
        guard bytes.count >= header.count else { return false }
        var index = bytes.startIndex
        while index + header.count <= bytes.endIndex {
            if bytes[index] == 0x25, bytes[index..<(index + header.count)].elementsEqual(header) { return true }
            index += 1
        }
        return false
    }
}
