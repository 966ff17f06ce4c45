import ContractModel
import Foundation
import Testing
import ExtractPDF

/// Every PDF of Corpus/manifest.json against the text it was rendered from, before normalization:
/// the raw body (running header and `第 X 页 共 Y 页` footer lines left out) must match the source
/// at ≥ 0.99, and its table rows must come out row by row, cells tab-separated, wrapped cells whole.
@Suite struct CorpusPDFTests {
    struct Entry: Decodable, CustomStringConvertible {
        var kind: String
        var name: String
        var path: String
        var format: String
        var source: String?
        var expected: String?
        var header: String?
        var description: String { name }
    }

    static let entries: [Entry] = {
        let url = Fixture.repository.appendingPathComponent("Corpus/manifest.json")
        struct Manifest: Decodable { var documents: [Entry] }
        guard let data = try? Data(contentsOf: url),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return manifest.documents.filter { $0.format == "pdf" }
    }()

    static func corpus(_ path: String) -> String { Fixture.repository.appendingPathComponent("Corpus/\(path)").path }

    /// Lines of the raw pages without the running header and the page-number footer.
    /// A header in parts (`title⇥project`, or a second line `编号⇥第 X 页 共 Y 页`) is one line per header line
    /// whose first part is the header line's first part.
    static func bodyLines(_ document: ExtractedDocument, header: String?) -> [Substring] {
        let headerLines = (header ?? "").split(separator: "\n").map { $0.filter { $0 != " " } }
        return document.pages.flatMap { $0.text.split(separator: "\n") }.filter { line in
            let bare = line.filter { $0 != " " }
            if headerLines.contains(bare) { return false }
            let parts = bare.split(separator: "\t")
            if parts.count == 2, headerLines.contains(where: { $0.contains("\t") || parts[1].contains("页") ? $0.split(separator: "\t").first == parts.first : false }) {
                return false
            }
            return !(bare.hasPrefix("第") && bare.hasSuffix("页") && bare.contains("共"))
        }
    }

    /// A table line with its spaces and empty cells dropped (a PDF has no text for an empty cell).
    static func row(_ line: some StringProtocol) -> String {
        line.split(separator: "\t").map { String($0.filter { $0 != " " && $0 != "\u{3000}" }) }.filter { !$0.isEmpty }
            .joined(separator: "\t")
    }

    @Test func manifestListsThePDFs() {
        #expect(Self.entries.filter { $0.kind == "seed" }.count >= 3)
    }

    @Test(arguments: entries.filter { $0.kind == "seed" })
    func seedRenderingMatchesItsSource(_ entry: Entry) throws {
        let document = try PDFExtractor.extract(path: Self.corpus(entry.path))
        #expect(document.warnings.isEmpty)
        let source = try String(contentsOfFile: Self.corpus(try #require(entry.source)), encoding: .utf8)
        let body = Self.bodyLines(document, header: entry.header).joined(separator: "\n")
        let ratio = Similarity.ratio(body, source)
        #expect(ratio >= 0.99, "\(entry.name): similarity \(ratio)")

        let extracted = Set(Self.bodyLines(document, header: entry.header).map(Self.row))
        let rows = source.split(separator: "\n").map(Self.row).filter { $0.contains("\t") }
        let found = rows.filter(extracted.contains).count
        // Rows cut by a page break cannot come out whole (the pages are separate); all others do.
        #expect(Double(found) >= 0.9 * Double(rows.count), "\(entry.name): \(found) of \(rows.count) table rows whole")
    }

    @Test func quirkTableRowsComeOutWhole() throws {
        let entry = try #require(Self.entries.first { $0.name == "table-wrapped-cells" })
        let document = try PDFExtractor.extract(path: Self.corpus(entry.path))
        let expected = try String(contentsOfFile: Self.corpus(try #require(entry.expected)), encoding: .utf8)
        let extracted = Set(Self.bodyLines(document, header: nil).map(Self.row))
        let rows = expected.split(separator: "\n").map(Self.row).filter { $0.contains("\t") }
        #expect(rows.count >= 4)
        for row in rows { #expect(extracted.contains(row)) }
    }
}
