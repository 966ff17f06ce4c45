import Testing
import Foundation
@testable import ExtractDOCX
import ContractModel

/// Corpus/hostile/*.docx (written by Scripts/make-hostile-files): each gives its own code, quickly.
@Suite struct HostileDOCXTests {
    @Test(arguments: [
        ("zip-bomb.docx", HetongError.Code.zipBomb),
        ("zip-bomb-lying-size.docx", .zipBomb),
        ("xxe.docx", .forbiddenXMLEntity),
        ("billion-laughs.docx", .forbiddenXMLEntity),
        ("malformed-xml.docx", .malformedXML),
        ("zip-slip.docx", .unsafeZipEntry),
        ("missing-main-part.docx", .missingMainPart),
        ("not-a-zip.docx", .corrupt),
        ("truncated.docx", .corrupt),
        ("runaway-deflate.docx", .corrupt),
        ("encrypted-entry.docx", .encrypted),
        ("xlsx-named.docx", .missingMainPart),
        ("empty.txt", .emptyFile),
    ])
    func refusedWithItsCode(file: String, code: HetongError.Code) {
        #expect(errorCode { try DOCXExtractor.extract(path: CorpusFile.path(file)) } == code)
    }

    @Test func externalEntityContentNeverAppears() throws {
        do {
            _ = try DOCXExtractor.extract(path: CorpusFile.path("xxe.docx"))
            Issue.record("xxe.docx was accepted")
        } catch let error as HetongError {
            #expect(!error.description.contains("root:"))
            #expect(error.description.contains("DTD"))
        }
    }

    @Test func lyingBombStopsAtItsDeclaredSize() throws {
        do {
            _ = try DOCXExtractor.extract(path: CorpusFile.path("zip-bomb-lying-size.docx"))
            Issue.record("accepted")
        } catch let error as HetongError {
            #expect(error.message.contains("past its declared 4096 bytes"))
        }
    }

    @Test func zipSlipNamesTheEntry() {
        do {
            _ = try DOCXExtractor.extract(path: CorpusFile.path("zip-slip.docx"))
            Issue.record("accepted")
        } catch let error as HetongError {
            #expect(error.message.contains("../evil.sh"))
        } catch { Issue.record("\(error)") }
    }

    @Test func docxNamedPDFIsReadAsDOCX() throws {
        let document = try DOCXExtractor.extract(path: CorpusFile.path("docx-named.pdf"))
        #expect(document.format == .docx)
        #expect(document.pages.map(\.text) == ["本合同一式两份，甲乙双方各执一份。\n合同总价\t人民币肆佰柒拾壹万伍仟元整"])
        #expect(try DOCXExtractor.isWordPackage(bytes: [UInt8](Data(contentsOf: CorpusFile.hostile.appendingPathComponent("docx-named.pdf")))))
    }

    @Test func missingFileAndDirectory() {
        #expect(errorCode { try DOCXExtractor.extract(path: CorpusFile.path("no-such-file.docx")) } == .notFound)
        #expect(errorCode { try DOCXExtractor.extract(path: CorpusFile.hostile.path) } == .unreadable)
    }

    @Test func unsafeNames() {
        for name in ["../evil", "a/../../evil", "/etc/passwd", "C:\\x", "word\\document.xml", "c:/x", ""] {
            #expect(!ZipDirectory.isSafe(name), "\(name)")
        }
        for name in ["word/document.xml", "[Content_Types].xml", "word/media/..image.png", "_rels/.rels"] {
            #expect(ZipDirectory.isSafe(name), "\(name)")
        }
    }
}
