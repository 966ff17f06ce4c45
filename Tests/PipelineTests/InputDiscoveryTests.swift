import Foundation
import Testing
@testable import Pipeline

@Suite struct InputDiscoveryTests {
    static var corpusDOCX: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/Corpus/contracts"
        let names = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".docx") }.sorted().first.map { root + "/" + $0 }
    }

    /// A folder as users have them: documents by extension or by content, non-documents, hidden
    /// files, nested folders, a directory link back up (loop), a cycle of file links, a dangling link.
    @Test func walksFoldersByContentAndExtension() throws {
        let dir = TemporaryDirectory("discovery")
        defer { dir.remove() }
        try dir.file("b/合同 样例.pdf", "%PDF-1.7 ...")
        try dir.file("b/scan.bin", "%PDF-1.4 ...")                     // a PDF with a wrong extension
        try dir.file("a/contract.DOCX", "PK\u{3}\u{4}...")
        try dir.file("a/zip-not-word", "PK\u{3}\u{4}...")                // a ZIP that is no Word package
        let docx = try #require(Self.corpusDOCX, "a Corpus DOCX")
        try dir.file("a/word-without-extension", try Data(contentsOf: URL(fileURLWithPath: docx)))
        try dir.file("a/notes.txt", "合同")
        try dir.file("a/expected.json", "{}")                          // not a document
        try dir.file("a/.hidden.pdf", "%PDF-")                         // hidden: skipped
        try dir.file("a/empty.pdf", "")                                // a document (its record says empty)
        try dir.link("a/up", to: "..")                                 // directory loop
        try dir.link("a/loop1.pdf", to: "loop2.pdf")                   // cycle of links
        try dir.link("a/loop2.pdf", to: "loop1.pdf")
        try dir.link("a/dangling.txt", to: "nowhere.txt")

        let result = InputDiscovery().discover([dir.path])
        let relative = result.documents.map { String($0.dropFirst(dir.path.count + 1)) }
        #expect(relative == [
            "a/contract.DOCX", "a/dangling.txt", "a/empty.pdf", "a/loop1.pdf", "a/loop2.pdf", "a/notes.txt",
            "a/word-without-extension", "b/scan.bin", "b/合同 样例.pdf",
        ])
        #expect(result.skipped.map(\.path) == [dir.path + "/a/up"])
    }

    /// Explicit files are always documents; `-` reads paths from stdin; duplicates appear once;
    /// the order is by UTF-8 bytes whatever the argument order.
    @Test func explicitFilesStdinAndOrder() throws {
        let dir = TemporaryDirectory("discovery")
        defer { dir.remove() }
        try dir.file("z.json", "{}")
        try dir.file("m/a.txt", "x")
        var lines = [dir.path + "/m", dir.path + "/z.json", ""]
        let result = InputDiscovery().discover([dir.path + "/z.json", "-", dir.path + "/missing.pdf"]) {
            lines.isEmpty ? nil : lines.removeFirst()
        }
        #expect(result.documents == [dir.path + "/m/a.txt", dir.path + "/missing.pdf", dir.path + "/z.json"])
    }

    @Test func sortsByBytesNotLocale() {
        let dir = TemporaryDirectory("discovery")
        defer { dir.remove() }
        for name in ["b.txt", "B.txt", "a.txt", "合同.txt", "10.txt", "9.txt"] { try? dir.file(name, "x") }
        let names = InputDiscovery().discover([dir.path]).documents.map { $0.split(separator: "/").last.map(String.init)! }
        #expect(names == ["10.txt", "9.txt", "B.txt", "a.txt", "b.txt", "合同.txt"])
    }
}
