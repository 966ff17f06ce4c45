import Testing
@testable import ExtractTXT
import ContractModel

/// Corpus/hostile/*.txt (Scripts/make-hostile-files): one contract excerpt in several encodings.
@Suite struct EncodingTests {
    static let amount = "即人民币 贰佰捌拾贰万玖仟元整（￥2,829,000.00 元）。"

    @Test func utf8WithByteOrderMark() throws {
        let document = try TXTExtractor.extract(bytes: CorpusFile.bytes("utf8-bom.txt"))
        let text = document.pages[0].text
        #expect(text.hasPrefix("采购合同\n"))
        #expect(text.contains(Self.amount))
        #expect(text.contains("单位\t北京市交通综合治理事务中心\t太极计算机股份有限公司\n"))
        #expect(document.warnings.isEmpty)
        #expect(document.format == .txt)
    }

    @Test(arguments: [("utf16le-bom.txt", "UTF-16LE"), ("utf16be-bom.txt", "UTF-16BE"), ("gbk.txt", "GB18030")])
    func legacyEncodingsDecodeToTheSameText(file: String, encoding: String) throws {
        let reference = try TXTExtractor.extract(bytes: CorpusFile.bytes("utf8-bom.txt"))
        let document = try TXTExtractor.extract(bytes: CorpusFile.bytes(file))
        #expect(document.pages == reference.pages)
        #expect(document.warnings.map(\.code) == [.legacyEncoding])
        #expect(document.warnings[0].message.contains(encoding))
        #expect(document.extractor == "hetong-txt (\(encoding))")
    }

    @Test func gbkWithCRLFBecomesLF() throws {
        let text = try TXTExtractor.extract(bytes: CorpusFile.bytes("gbk.txt")).pages[0].text
        #expect(!text.contains("\r"))
        #expect(text.split(separator: "\n").count == 6)
    }

    @Test func gb18030FourByteCharacters() throws {
        let text = try TXTExtractor.extract(bytes: CorpusFile.bytes("gb18030.txt")).pages[0].text
        #expect(text.contains("（¥2,829,000.00 元）"))
        #expect(text.hasSuffix("• 本行含 GBK 以外的字符：¥ • €\n"))
    }

    @Test func binaryGarbageIsUndecodable() {
        #expect(errorCode { try TXTExtractor.extract(bytes: CorpusFile.bytes("binary-garbage.txt")) } == .undecodableText)
    }

    @Test func emptyFile() {
        #expect(errorCode { try TXTExtractor.extract(bytes: CorpusFile.bytes("empty.txt")) } == .emptyFile)
    }

    @Test func utf8CutInsideACharacterIsRepairedNotReadAsGB18030() throws {
        // UTF-8 Chinese cut after the first byte of its last character: the bytes are valid GB18030
        // (as mojibake), but they are UTF-8 with one broken sequence.
        let bytes = Array(Array("甲方合同乙方合同甲方合同".utf8).dropLast(2))
        #expect(GB18030.decode(bytes) == "鐢叉柟鍚堝悓涔欐柟鍚堝悓鐢叉柟鍚堝")
        let document = try TXTExtractor.extract(bytes: bytes)
        #expect(document.pages[0].text == "甲方合同乙方合同甲方合\u{FFFD}")
        #expect(document.warnings.map(\.code) == [.invalidBytesReplaced])
    }

    @Test func shortGBKIsNotMistakenForBrokenUTF8() throws {
        // 合同 in GBK is BA CF CD AC: two invalid UTF-8 sequences and one valid (U+036C).
        let document = try TXTExtractor.extract(bytes: [0xBA, 0xCF, 0xCD, 0xAC])
        #expect(document.pages[0].text == "合同")
        #expect(document.warnings.map(\.code) == [.legacyEncoding])
    }

    @Test func undecodableBytes() {
        // Latin-1 text: not UTF-8, not GB18030 (0xE9 0x20 is no GB18030 pair), too many bad bytes to repair.
        let latin1: [UInt8] = Array("caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e na\u{EF}ve".unicodeScalars.map { UInt8($0.value) })
        #expect(errorCode { try TXTExtractor.extract(bytes: latin1) } == .undecodableText)
        // A UTF-8 byte order mark followed by invalid UTF-8.
        #expect(errorCode { try TXTExtractor.extract(bytes: [0xEF, 0xBB, 0xBF, 0xC3, 0x28]) } == .undecodableText)
        // UTF-16 with an odd byte count, and with an unpaired surrogate.
        #expect(errorCode { try TXTExtractor.extract(bytes: [0xFF, 0xFE, 0x41]) } == .undecodableText)
        #expect(errorCode { try TXTExtractor.extract(bytes: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) } == .undecodableText)
        // Decodes, but is mostly control characters.
        #expect(errorCode { try TXTExtractor.extract(bytes: Array(repeating: 0x01, count: 50) + Array("合同".utf8)) } == .undecodableText)
    }

    @Test func plainUTF8WithoutWarnings() throws {
        let document = try TXTExtractor.extract(bytes: Array("甲方：某公司\n".utf8))
        #expect(document.pages.map(\.text) == ["甲方：某公司\n"])
        #expect(document.warnings.isEmpty)
        #expect(document.extractor == "hetong-txt (UTF-8)")
    }
}
