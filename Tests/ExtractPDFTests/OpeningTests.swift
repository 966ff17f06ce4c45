import ContractModel
import Foundation
import Testing
@testable import ExtractPDF

/// Documents are mapped into memory; when a file cannot be mapped, poppler reads it through its
/// `file://` URI. Both ways give the same document, for any file name, and the same errors.
@Suite struct OpeningTests {
    static func text(_ document: PopplerDocument) -> [[Unicode.Scalar]] {
        (0..<document.pageCount).map { document.glyphs(page: $0).scalars }
    }

    @Test(arguments: ["合同 样例%20.pdf", "a b#c?.pdf"])
    func mappedAndReadAsAFileAgree(_ name: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: Fixture.tablePDF, toPath: copy)

        let mapped = try PopplerDocument(path: copy)
        let read = try PopplerDocument(path: copy, mapping: false)
        #expect(mapped.pageCount == 2)
        #expect(Self.text(mapped) == Self.text(read))
        #expect(Self.text(mapped)[0].count > 100)
    }

    @Test(arguments: [true, false])
    func errorsAreTheSameBothWays(mapping: Bool) {
        for (file, code) in [("truncated.pdf", HetongError.Code.corrupt), ("encrypted.pdf", .encrypted), ("not-a-pdf.pdf", .corrupt)] {
            #expect(Self.openingError(Fixture.hostile(file), mapping: mapping) == code, "\(file)")
        }
    }

    static func openingError(_ path: String, mapping: Bool) -> HetongError.Code? {
        do {
            _ = try PopplerDocument(path: path, mapping: mapping)
            return nil
        } catch {
            return (error as? HetongError)?.code
        }
    }
}
