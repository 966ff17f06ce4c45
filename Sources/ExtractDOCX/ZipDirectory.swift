import ContractModel

/// One file listed in a ZIP central directory.
struct ZipEntry: Sendable, Hashable {
    var name: String
    var flags: UInt16
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
    var isDirectory: Bool { name.hasSuffix("/") }
}

/// The central directory of a ZIP archive held in memory. Entry names are only ever looked up, never
/// used as file-system paths; a name that would escape a directory (`../x`, `/etc/x`, `C:\x`) makes the
/// whole archive refused, since no Word document contains one.
struct ZipDirectory: Sendable {
    let entries: [ZipEntry]
    private let byName: [String: Int]

    init(bytes: [UInt8], maxEntries: Int) throws {
        let eocd = try Self.findEndOfCentralDirectory(bytes)
        let count = Int(bytes.uint16(at: eocd + 10))
        let size = Int(bytes.uint32(at: eocd + 12))
        let offset = Int(bytes.uint32(at: eocd + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw HetongError(.unsupportedFormat, "ZIP64 archives are not supported for DOCX")
        }
        guard count <= maxEntries else { throw HetongError(.tooLarge, "ZIP lists \(count) entries, more than \(maxEntries)") }
        guard offset + size <= eocd else { throw HetongError(.corrupt, "ZIP central directory lies outside the file") }

        var entries: [ZipEntry] = []
        var byName: [String: Int] = [:]
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= offset + size, bytes.uint32(at: position) == 0x0201_4B50 else {
                throw HetongError(.corrupt, "damaged ZIP central directory")
            }
            let nameLength = Int(bytes.uint16(at: position + 28))
            let extraLength = Int(bytes.uint16(at: position + 30))
            let commentLength = Int(bytes.uint16(at: position + 32))
            let nameEnd = position + 46 + nameLength
            guard nameEnd <= offset + size else { throw HetongError(.corrupt, "damaged ZIP central directory") }
            let name = String(decoding: bytes[(position + 46)..<nameEnd], as: UTF8.self)
            let entry = ZipEntry(
                name: name, flags: bytes.uint16(at: position + 8), method: bytes.uint16(at: position + 10),
                crc32: bytes.uint32(at: position + 16), compressedSize: Int(bytes.uint32(at: position + 20)),
                uncompressedSize: Int(bytes.uint32(at: position + 24)),
                localHeaderOffset: Int(bytes.uint32(at: position + 42)))
            guard Self.isSafe(name) else { throw HetongError(.unsafeZipEntry, "unsafe ZIP entry name: \(name.debugDescription)") }
            let key = name.lowercased()
            guard byName[key] == nil else { throw HetongError(.corrupt, "ZIP lists \(name.debugDescription) twice") }
            byName[key] = entries.count
            entries.append(entry)
            position = nameEnd + extraLength + commentLength
        }
        self.entries = entries
        self.byName = byName
    }

    /// Part names in OPC packages are case-insensitive.
    func entry(named name: String) -> ZipEntry? {
        byName[name.lowercased()].map { entries[$0] }
    }

    /// A name is safe when it is relative, uses forward slashes, and no component is `..`.
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\u{0}") { return false }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0 == ".." }) { return false }
        if let first = components.first, first.contains(":") { return false }
        return true
    }

    private static func findEndOfCentralDirectory(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 22 else { throw HetongError(.corrupt, "not a ZIP archive (too short)") }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if bytes[position] == 0x50, bytes.uint32(at: position) == 0x0605_4B50 { return position }
            position -= 1
        }
        throw HetongError(.corrupt, "not a ZIP archive (no end of central directory)")
    }
}

extension Array where Element == UInt8 {
    /// Little-endian; callers check bounds.
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
