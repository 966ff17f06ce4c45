import ContractModel

/// Bytes → text with the encoding that produced it.
enum TextDecoder {
    struct Decoded {
        var text: String
        var encoding: TextEncoding
        /// Invalid UTF-8 sequences replaced by U+FFFD.
        var replaced = 0
    }

    static func decode(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = utf8(bytes.dropFirst(3)) { return Decoded(text: text, encoding: .utf8) }
            if let repaired = utf8Repairing(bytes.dropFirst(3)) { return repaired }
            throw HetongError(.undecodableText, "text starts with a UTF-8 byte order mark but is not UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: try utf16(bytes.dropFirst(2), bigEndian: false), encoding: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: try utf16(bytes.dropFirst(2), bigEndian: true), encoding: .utf16BigEndian)
        }
        if let text = utf8(bytes[...]) { return Decoded(text: text, encoding: .utf8) }
        // Before GB18030: UTF-8 Chinese cut inside a character is often *valid* GB18030, read as mojibake.
        if let repaired = utf8Repairing(bytes[...]) { return repaired }
        if let text = GB18030.decode(bytes) { return Decoded(text: text, encoding: .gb18030) }
        throw HetongError(.undecodableText, "text is neither UTF-8, UTF-16 with a byte order mark, nor GB18030")
    }

    /// UTF-8 with a handful of invalid sequences (at most one per thousand bytes) among many valid
    /// multi-byte ones, each replaced by U+FFFD; nil otherwise. GBK text fails this: nearly every one of
    /// its characters is an invalid UTF-8 sequence.
    static func utf8Repairing(_ bytes: ArraySlice<UInt8>) -> Decoded? {
        let budget = max(1, bytes.count / 1000)
        var text = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var replaced = 0
        var multibyte = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value > 0x7F { multibyte += 1 }
                text.append(scalar)
            case .emptyInput:
                guard replaced > 0, multibyte >= 8 * replaced else { return nil }
                return Decoded(text: String(text), encoding: .utf8, replaced: replaced)
            case .error:
                replaced += 1
                if replaced > budget { return nil }
                text.append("\u{FFFD}")
            }
        }
    }

    static func utf8(_ bytes: ArraySlice<UInt8>) -> String? {
        var text = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .emptyInput: return String(text)
            case .error: return nil
            }
        }
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws -> String {
        guard bytes.count % 2 == 0 else {
            throw HetongError(.undecodableText, "UTF-16 text has an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .emptyInput: return String(text)
            case .error: throw HetongError(.undecodableText, "UTF-16 text has an unpaired surrogate")
            }
        }
    }
}
