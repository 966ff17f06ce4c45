/// Bounds on what a DOCX may cost to open. A ZIP entry is inflated only when it is read, and only within
/// these bounds: declared sizes are checked first, then the bytes actually produced are counted while
/// inflating, so a lying header cannot make memory grow past `maxEntryBytes`.
public struct DOCXLimits: Sendable, Hashable {
    /// Largest .docx file read into memory.
    public var maxFileBytes: Int
    /// Largest uncompressed size of one part (document.xml, a header …).
    public var maxEntryBytes: Int
    /// Largest uncompressed size of all parts read from one document together.
    public var maxTotalBytes: Int
    /// Largest uncompressed/compressed ratio for a part bigger than `ratioFloorBytes`.
    public var maxCompressionRatio: Int
    /// Parts smaller than this are never judged by their ratio (tiny XML compresses very well).
    public var ratioFloorBytes: Int
    /// Most entries a ZIP central directory may list.
    public var maxEntries: Int

    public init(maxFileBytes: Int = 256 << 20, maxEntryBytes: Int = 64 << 20, maxTotalBytes: Int = 256 << 20,
                maxCompressionRatio: Int = 500, ratioFloorBytes: Int = 1 << 20, maxEntries: Int = 20_000) {
        self.maxFileBytes = maxFileBytes
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxEntries = maxEntries
    }

    public static let `default` = DOCXLimits()
}
