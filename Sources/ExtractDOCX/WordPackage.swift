import ContractModel

/// A Word package opened within limits: parts are inflated and parsed only when asked for.
struct WordPackage {
    private var zip: ZipReader

    init(bytes: [UInt8], limits: DOCXLimits) throws {
        zip = try ZipReader(bytes: bytes, limits: limits)
    }

    /// Whether the archive looks like a Word package at all (for format detection).
    static func looksLikeWord(_ directory: ZipDirectory) -> Bool {
        directory.entry(named: "word/document.xml") != nil
            || (directory.entry(named: "[Content_Types].xml") != nil
                && directory.entries.contains { $0.name.lowercased().hasPrefix("word/") })
    }

    var directory: ZipDirectory { zip.directory }

    mutating func xml(_ part: String) throws -> XMLElement? {
        guard let bytes = try zip.read(part) else { return nil }
        return try LibXML2Parser.parse(bytes, part: part)
    }

    mutating func relationships(of source: String) throws -> [Relationship] {
        let name = Relationships.partName(for: source)
        guard let root = try xml(name) else { return [] }
        return Relationships.parse(root, source: source)
    }

    /// The main document part, found through `_rels/.rels` (falling back to `word/document.xml` when the
    /// package has no relationship for it).
    mutating func mainPart() throws -> String {
        let packageRelationships = try relationships(of: "")
        if let main = packageRelationships.first(where: { $0.kind == "officeDocument" }) {
            guard let part = main.part, zip.contains(part) else {
                throw HetongError(.missingMainPart, "_rels/.rels names a main part the archive does not contain")
            }
            return part
        }
        if zip.contains("word/document.xml") { return "word/document.xml" }
        throw HetongError(.missingMainPart, "no officeDocument relationship and no word/document.xml")
    }
}
