import ContractModel
import Foundation

/// Writes the reviewer's report into an output folder: `report.html` (overview) and one page per
/// document in `report/`. Self-contained: inline CSS and script, no network. Detail pages are written
/// as documents finish (only a `ReportRow` per document is kept), the overview at the end.
public struct ReportWriter: Sendable {
    public let directory: URL

    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("report"), withIntermediateDirectories: true)
    }

    /// Relative link of a document's detail page: stable for the same path and content.
    public static func link(for document: ContractRecord.DocumentInfo) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a of the path
        for byte in document.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let name = String(hash, radix: 16)
        return "report/\(String(repeating: "0", count: 16 - name.count))\(name).html"
    }

    /// Writes the detail page of one document and returns its row for the overview.
    @discardableResult
    public func writeDetail(_ record: ContractRecord, text: DocumentText?) throws -> ReportRow {
        let link = Self.link(for: record.document)
        let html = DetailPage.render(record, text: text)
        try Data(html.utf8).write(to: directory.appendingPathComponent(link), options: .atomic)
        return ReportRow(record, link: link)
    }

    /// Writes `report.html` for rows (sorted by path here, so the page is deterministic).
    public func writeIndex(_ rows: [ReportRow]) throws {
        let html = IndexPage.render(rows.sorted { $0.path < $1.path })
        try Data(html.utf8).write(to: directory.appendingPathComponent("report.html"), options: .atomic)
    }
}
