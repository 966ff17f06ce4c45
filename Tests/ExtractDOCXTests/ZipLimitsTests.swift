import Testing
import Foundation
@testable import ExtractDOCX
import ContractModel

/// The inflation bounds, exercised with small limits on small documents.
@Suite struct ZipLimitsTests {
    typealias F = WordFixture
    static let longBody = String(repeating: F.p(String(repeating: "甲", count: 1000)), count: 200)

    @Test func perEntryLimit() {
        let limits = DOCXLimits(maxEntryBytes: 100_000)
        #expect(errorCode { try F(body: Self.longBody).extract(limits: limits) } == .zipBomb)
    }

    @Test func totalLimitAcrossParts() throws {
        var fixture = F(body: F.p("正文"))
        fixture.headers = [F.p(String(repeating: "页", count: 20_000))]
        fixture.footers = [F.p(String(repeating: "脚", count: 20_000))]
        #expect(errorCode { try fixture.extract(limits: DOCXLimits(maxTotalBytes: 100_000)) } == .zipBomb)
        #expect(try fixture.extract(limits: DOCXLimits(maxTotalBytes: 200_000)).headers.count == 1)
    }

    @Test func compressionRatioLimit() throws {
        let limits = DOCXLimits(maxCompressionRatio: 20, ratioFloorBytes: 10_000)
        #expect(errorCode { try F(body: Self.longBody).extract(limits: limits) } == .zipBomb)
        #expect(try F(body: Self.longBody).extract().pages[0].text.count == 200 * 1000 + 199)
    }

    @Test func fileSizeLimit() {
        #expect(errorCode { try DOCXExtractor.extract(path: CorpusFile.path("zip-bomb.docx"), limits: DOCXLimits(maxFileBytes: 1000)) } == .tooLarge)
    }

    @Test func entryCountLimit() throws {
        #expect(errorCode { try F(body: F.p("正文")).extract(limits: DOCXLimits(maxEntries: 3)) } == .tooLarge)
    }

    @Test func crcMismatchIsCorrupt() throws {
        var bytes = try F(body: F.p("校验")).bytes()
        // Flip one byte of document.xml's stored CRC in the central directory.
        let directory = try ZipDirectory(bytes: bytes, maxEntries: 100)
        let entry = try #require(directory.entry(named: "word/document.xml"))
        let central = try #require(findCentralRecord(bytes, name: entry.name))
        bytes[central + 16] ^= 0xFF
        #expect(errorCode { try DOCXExtractor.extract(bytes: bytes) } == .corrupt)
    }

    private func findCentralRecord(_ bytes: [UInt8], name: String) -> Int? {
        let nameBytes = Array(name.utf8)
        for index in 0..<(bytes.count - 46) where bytes.uint32(at: index) == 0x0201_4B50 {
            let length = Int(bytes.uint16(at: index + 28))
            if Array(bytes[(index + 46)..<(index + 46 + length)]) == nameBytes { return index }
        }
        return nil
    }
}
