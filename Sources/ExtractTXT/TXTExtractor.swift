import ContractModel

/// Plain text → raw pages. The encoding is detected from the bytes: a UTF-8 / UTF-16 byte order mark,
/// else valid UTF-8, else GB18030 (which covers GBK and GB2312, the usual encodings of Chinese text
/// files). Line ends become `\n`; form feeds split pages, so text printed by `hetong extract` reads back
/// page by page. UTF-8 with a few broken sequences (a file cut inside a character) is read with U+FFFD in
/// their place and an `invalid_bytes_replaced` warning. Anything else is `undecodable_text`.
public enum TXTExtractor {
    public static let extractorName = "hetong-txt"

    public static func extract(bytes: [UInt8]) throws -> ExtractedDocument {
        guard !bytes.isEmpty else { throw HetongError(.emptyFile, "empty text file") }
        let decoded = try TextDecoder.decode(bytes)
        var warnings: [ExtractionWarning] = []
        if decoded.replaced > 0 {
            warnings.append(ExtractionWarning(.invalidBytesReplaced,
                "\(decoded.replaced) invalid UTF-8 sequence(s) replaced by U+FFFD"))
        }
        try ControlCharacters.check(decoded.text)
        let text = LineEnds.normalize(decoded.text)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map { index, page in
            ExtractedPage(number: index + 1, text: String(page))
        }
        if decoded.encoding.isLegacy {
            warnings.append(ExtractionWarning(.legacyEncoding, "text decoded from \(decoded.encoding.rawValue)"))
        }
        return ExtractedDocument(format: .txt, pages: pages, warnings: warnings,
                                 extractor: "\(extractorName) (\(decoded.encoding.rawValue))")
    }
}

/// The encodings hetong reads.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"

    var isLegacy: Bool { self != .utf8 }
}

enum LineEnds {
    /// CRLF and lone CR → LF.
    static func normalize(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
            previousWasCR = false
        }
        return String(scalars)
    }
}

/// Binary data can decode "successfully" (GB18030 accepts most byte pairs): text with NULs or many other
/// control characters is not text.
enum ControlCharacters {
    static func check(_ text: String) throws {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0: throw HetongError(.undecodableText, "text contains NUL characters (binary data?)")
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            case 0x01...0x1F, 0x7F: controls += 1
            default: continue
            }
        }
        if controls > 0, controls * 100 > total {
            throw HetongError(.undecodableText, "text is \(controls) control characters in \(total) (binary data?)")
        }
    }
}
