/// The JSON reader of the record, the way back of `RecordJSONWriter`: reads a record straight into
/// its Swift value, field by field as the record description lists them (no intermediate tree, no
/// Foundation). Used by the batch parent on every journal line and by `hetong load`. A key may be
/// absent only when its field may be nil; an unknown key is skipped, as Foundation's decoder does
/// (a record from a newer hetong with an added optional field still reads).
public struct RecordJSONReader {
    public struct Failure: Error, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "invalid record JSON at byte \(offset): \(reason)" }
    }

    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Reads one record from the compact or pretty JSON of `hetong parse`.
    public static func record(_ bytes: [UInt8]) throws -> ContractRecord {
        try bytes.withUnsafeBytes { buffer in
            var reader = RecordJSONReader(buffer)
            let record = try ContractRecord.readJSON(from: &reader)
            reader.skipSpace()
            guard reader.position == buffer.count else { throw reader.failure("text after the record") }
            return record
        }
    }

    func failure(_ reason: String) -> Failure { Failure(offset: position, reason: reason) }

    mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    /// Consumes `byte` (after white space) or fails.
    mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { throw failure("expected \(Character(Unicode.Scalar(byte)))") }
        position += 1
    }

    /// Consumes `byte` when it is next (after white space).
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        if position < bytes.count, bytes[position] == byte { position += 1; return true }
        return false
    }

    mutating func takeNull() -> Bool {
        skipSpace()
        return literal("null")
    }

    mutating func bool() throws -> Bool {
        skipSpace()
        if literal("true") { return true }
        if literal("false") { return false }
        throw failure("expected a boolean")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] { return false }
        position += count
        return true
    }

    mutating func int() throws -> Int {
        skipSpace()
        var negative = false
        if position < bytes.count, bytes[position] == 0x2D { negative = true; position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[position] - 0x30))
            guard !o1, !o2 else { throw failure("integer out of range") }
            value = a
            position += 1
        }
        guard position > start else { throw failure("expected an integer") }
        return negative ? -value : value
    }

    mutating func string() throws -> String {
        try expect(0x22)
        let start = position
        // Fast path: no escapes.
        while position < bytes.count, bytes[position] != 0x22, bytes[position] != 0x5C { position += 1 }
        guard position < bytes.count else { throw failure("unterminated string") }
        if bytes[position] == 0x22 {
            let s = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            position += 1
            return s
        }
        var out = Array(bytes[start..<position])
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case 0x22: return String(decoding: out, as: UTF8.self)
            case 0x5C:
                guard position < bytes.count else { throw failure("unterminated escape") }
                let e = bytes[position]
                position += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), position + 6 <= bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75 {
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
                default: throw failure("unknown escape")
                }
            default: out.append(b)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            position += 1
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x61...0x66: digit = b - 0x61 + 10
            case 0x41...0x46: digit = b - 0x41 + 10
            default: throw failure("bad \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Reads the key of the next member (`"key":`), or nil at the end of the object.
    mutating func nextKey(first: Bool) throws -> UnsafeRawBufferPointer? {
        if take(0x7D) { return nil }
        if !first { try expect(0x2C) }
        try expect(0x22)
        let start = position
        while position < bytes.count, bytes[position] != 0x22 {
            guard bytes[position] != 0x5C else { throw failure("escaped key") }
            position += 1
        }
        guard position < bytes.count else { throw failure("unterminated key") }
        let key = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
        position += 1
        try expect(0x3A)
        return key
    }

    /// A record object: each member read by its field, every required field present.
    mutating func object<T: RecordObject>(_ type: T.Type) throws -> T {
        let description = T.recordDescription
        guard var value = description.blank else { throw failure("\(description.name) cannot be read") }
        try expect(0x7B)
        var seen = 0
        var count = 0
        var hint = 0
        let fields = description.writeOrder
        while let key = try nextKey(first: count == 0) {
            count += 1
            var index = -1
            // Keys usually come in write order: try the next expected one first.
            for probe in 0..<fields.count {
                let i = (hint + probe) % fields.count
                if fields[i].keyBytes.elementsEqual(key) { index = i; break }
            }
            guard index >= 0 else {
                try skipValue()
                continue
            }
            try fields[index].readValue(&value, &self)
            seen |= 1 << index
            hint = index + 1
        }
        for (i, field) in fields.enumerated() where seen & (1 << i) == 0 && field.presence == .required {
            throw failure("\(description.name).\(field.key) is missing")
        }
        return value
    }

    /// Skips one JSON value of any kind.
    mutating func skipValue() throws {
        skipSpace()
        guard position < bytes.count else { throw failure("expected a value") }
        switch bytes[position] {
        case 0x22: _ = try string()
        case 0x7B, 0x5B:
            var depth = 0
            repeat {
                guard position < bytes.count else { throw failure("unterminated value") }
                switch bytes[position] {
                case 0x22: _ = try string(); continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D: depth -= 1
                default: break
                }
                position += 1
            } while depth > 0
        default:
            let start = position
            while position < bytes.count, !(bytes[position] == 0x2C || bytes[position] == 0x7D || bytes[position] == 0x5D
                                             || bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D
                                             || bytes[position] == 0x09) {
                position += 1
            }
            guard position > start else { throw failure("expected a value") }
        }
    }

    mutating func array<E: RecordValue>(_ type: E.Type) throws -> [E] {
        try expect(0x5B)
        var result: [E] = []
        if take(0x5D) { return result }
        repeat { result.append(try E.readJSON(from: &self)) } while take(0x2C)
        try expect(0x5D)
        return result
    }
}
