import Testing
import Foundation
@testable import Extraction
import ContractModel

/// The facade decides by content: every hostile non-PDF file of Corpus/hostile gets its format or code.
@Suite struct FormatDetectionTests {
    static let hostile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/hostile")

    static func path(_ name: String) -> String { hostile.appendingPathComponent(name).path }

    static func code(_ body: () throws -> Any) -> HetongError.Code? {
        do {
            _ = try body()
            return nil
        } catch let error as HetongError {
            return error.code
        } catch {
            return HetongError.Code("unexpected \(error)")
        }
    }

    @Test(arguments: [
        ("docx-named.pdf", ExtractedDocument.Format.docx),
        ("utf8-bom.txt", .txt), ("utf16le-bom.txt", .txt), ("utf16be-bom.txt", .txt), ("gbk.txt", .txt),
        ("gb18030.txt", .txt), ("xxe.docx", .docx), ("missing-main-part.docx", .docx),
    ])
    func detectedByContent(file: String, format: ExtractedDocument.Format) throws {
        #expect(try DocumentExtractor.detectFormat(path: Self.path(file)) == format)
    }

    @Test(arguments: [
        ("empty.txt", HetongError.Code.emptyFile),
        ("binary-garbage.txt", .unsupportedFormat),
        ("not-a-zip.docx", .unsupportedFormat),
        ("xlsx-named.docx", .unsupportedFormat),
        ("truncated.docx", .corrupt),
        ("zip-slip.docx", .unsafeZipEntry),
        ("zip-bomb.docx", .zipBomb),
        ("zip-bomb-lying-size.docx", .zipBomb),
        ("xxe.docx", .forbiddenXMLEntity),
        ("billion-laughs.docx", .forbiddenXMLEntity),
        ("malformed-xml.docx", .malformedXML),
        ("missing-main-part.docx", .missingMainPart),
        ("runaway-deflate.docx", .corrupt),
        ("encrypted-entry.docx", .encrypted),
        ("no-such-file.txt", .notFound),
    ])
    func hostileFilesGiveTheirCode(file: String, code: HetongError.Code) {
        #expect(Self.code { try DocumentExtractor.extract(path: Self.path(file)) } == code)
    }

    @Test func directoryIsUnreadable() {
        #expect(Self.code { try DocumentExtractor.extract(path: Self.hostile.path) } == .unreadable)
        #expect(Self.code { try DocumentExtractor.detectFormat(path: Self.hostile.path) } == .unreadable)
    }

    @Test func docxNamedPDFExtractsAsDOCX() throws {
        let document = try DocumentExtractor.extract(path: Self.path("docx-named.pdf"))
        #expect(document.format == .docx)
        #expect(document.pages[0].text.contains("人民币肆佰柒拾壹万伍仟元整"))
    }

    @Test func gbkTextThroughTheFacade() throws {
        let document = try DocumentExtractor.extract(path: Self.path("gbk.txt"))
        #expect(document.pages[0].text.contains("贰佰捌拾贰万玖仟元整（￥2,829,000.00 元）"))
        #expect(document.warnings.map(\.code) == [.legacyEncoding])
    }

    @Test func sniffer() {
        #expect(FormatSniffer.classify(Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(FormatSniffer.classify(Array("\r\n\n%PDF-1.4".utf8)) == .pdf)
        #expect(FormatSniffer.classify([0x50, 0x4B, 0x03, 0x04, 0x14]) == .zip)
        #expect(FormatSniffer.classify([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]) == .binary("a legacy Office (.doc) file"))
        #expect(FormatSniffer.classify(Array("{\\rtf1\\ansi".utf8)) == .binary("an RTF file"))
        #expect(FormatSniffer.classify(Array("合同".utf8)) == .text)
        #expect(FormatSniffer.classify([0xFF, 0xFE, 0x08, 0x54]) == .text)
        #expect(FormatSniffer.classify([0x41, 0x00, 0x42]) == .binary("binary data"))
    }
}
