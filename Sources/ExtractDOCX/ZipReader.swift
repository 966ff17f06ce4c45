import ContractModel

/// Reads entries of an in-memory ZIP within `DOCXLimits`: declared sizes and ratios are checked before
/// inflating, and the inflater stops as soon as it has produced more than the entry declared.
struct ZipReader {
    let bytes: [UInt8]
    let directory: ZipDirectory
    let limits: DOCXLimits
    /// Uncompressed bytes handed out so far, against `limits.maxTotalBytes`.
    private(set) var totalRead = 0

    init(bytes: [UInt8], limits: DOCXLimits) throws {
        self.bytes = bytes
        self.limits = limits
        self.directory = try ZipDirectory(bytes: bytes, maxEntries: limits.maxEntries)
    }

    func contains(_ name: String) -> Bool { directory.entry(named: name) != nil }

    /// The uncompressed bytes of entry `name`, or nil when the archive has no such entry.
    mutating func read(_ name: String) throws -> [UInt8]? {
        guard let entry = directory.entry(named: name) else { return nil }
        return try read(entry)
    }

    mutating func read(_ entry: ZipEntry) throws -> [UInt8] {
        if entry.isEncrypted { throw HetongError(.encrypted, "ZIP entry \(entry.name) is encrypted") }
        try checkDeclaredSizes(entry)
        let data = try compressedRange(entry)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard data.count == entry.uncompressedSize else {
                throw HetongError(.corrupt, "stored ZIP entry \(entry.name) has inconsistent sizes")
            }
            output = Array(bytes[data])
        case 8:
            output = try RawInflater.inflate(
                bytes[data], declaredSize: entry.uncompressedSize, maxRatio: limits.maxCompressionRatio,
                ratioFloor: limits.ratioFloorBytes, name: entry.name)
        default:
            throw HetongError(.unsupportedFormat, "ZIP entry \(entry.name) uses compression method \(entry.method)")
        }
        guard RawInflater.crc32(output) == entry.crc32 else {
            throw HetongError(.corrupt, "ZIP entry \(entry.name) fails its CRC check")
        }
        totalRead += output.count
        return output
    }

    private func checkDeclaredSizes(_ entry: ZipEntry) throws {
        let size = entry.uncompressedSize
        if size > limits.maxEntryBytes {
            throw HetongError(.zipBomb, "ZIP entry \(entry.name) declares \(size) bytes, more than \(limits.maxEntryBytes)")
        }
        if totalRead + size > limits.maxTotalBytes {
            throw HetongError(.zipBomb, "ZIP entries inflate to more than \(limits.maxTotalBytes) bytes in total")
        }
        if size > limits.ratioFloorBytes, size / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
            throw HetongError(.zipBomb, "ZIP entry \(entry.name) declares a compression ratio above \(limits.maxCompressionRatio):1")
        }
    }

    /// Where the entry's compressed bytes lie, found through its local header.
    private func compressedRange(_ entry: ZipEntry) throws -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, bytes.uint32(at: header) == 0x0403_4B50 else {
            throw HetongError(.corrupt, "ZIP entry \(entry.name) has no local header")
        }
        let start = header + 30 + Int(bytes.uint16(at: header + 26)) + Int(bytes.uint16(at: header + 28))
        let end = start + entry.compressedSize
        guard end <= bytes.count else { throw HetongError(.corrupt, "ZIP entry \(entry.name) is truncated") }
        return start..<end
    }
}
