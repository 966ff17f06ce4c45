import ContractModel

/// Bytes → text with the encoding that produced it.
enum TextDecoder {
    static func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = utf8(bytes.dropFirst(3)) else {
                throw HetongError(.undecodableText, "text starts with a UTF-8 byte order mark but is not UTF-8")
            }
            return (text, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian) }
        if let text = utf8(bytes[...]) { return (text, .utf8) }
        if let text = GB18030.decode(bytes) { return (text, .gb18030) }
        throw HetongError(.undecodableText, "text is neither UTF-8, UTF-16 with a byte order mark, nor GB18030")
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
