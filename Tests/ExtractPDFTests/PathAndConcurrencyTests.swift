import ContractModel
import Foundation
import Testing
import ExtractPDF

@Suite struct PathAndConcurrencyTests {
    /// Spaces, a literal `%20` and Chinese in the name: the URI must come from g_filename_to_uri.
    @Test(arguments: ["合同 样例%20.pdf", "a b#c?.pdf", "100%.pdf"])
    func unusualFileNames(_ name: String) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("hetong-pdf-\(UUID().uuidString)/目录 %41")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let copy = directory.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: Fixture.tablePDF, toPath: copy)

        let document = try PDFExtractor.extract(path: copy)
        #expect(document.pages.count == 2)
        #expect(document.pages[0].text.hasPrefix("采购合同"))
    }

    /// A path relative to the working directory, whatever it is.
    @Test func relativePath() throws {
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + Fixture.tablePDF.dropFirst()
        let document = try PDFExtractor.extract(path: relative)
        #expect(document.pages.count == 2)
    }

    /// Each call owns its document, so concurrent calls on different (or the same) files agree.
    @Test func concurrentExtractionsAgree() async throws {
        let expected = try PDFExtractor.extract(path: Fixture.tablePDF)
        let paths = Array(repeating: Fixture.tablePDF, count: 8) + [Fixture.hostile("scanned-no-text-layer.pdf")]
        let results = try await withThrowingTaskGroup(of: (String, ExtractedDocument).self) { group in
            for path in paths {
                group.addTask { (path, try PDFExtractor.extract(path: path)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == paths.count)
        for (path, document) in results where path == Fixture.tablePDF {
            #expect(document.pages == expected.pages)
        }
    }
}
