import Foundation
import Testing
import ContractModel
@testable import Pipeline

/// Corpus/hostile/garbled-no-tounicode.pdf: a contract whose CJK fonts lost their ToUnicode maps, so
/// its text layer is glyph-id garbage (`!"#$%&'()*+,./01234567…`). Extraction must flag it
/// `garbled_text`, and OCR must read the pages instead of passing the garbage on.
@Suite(.enabled(if: ScannedCorpus.ocrInstalled, "no OCR engine installed (Scripts/setup)"))
struct GarbledTextOCRTests {
    static let path = ScannedCorpus.repository.appendingPathComponent("Corpus/hostile/garbled-no-tounicode.pdf").path

    static func compact(_ text: DocumentText) -> String { ScannedCorpus.compact(text.string) }

    @Test func garbledPagesAreDetectedAndReadByOCR() throws {
        let extracted = try DocumentProcessor.extract(path: Self.path, options: ProcessingOptions(ocr: .auto, ocrJobs: 2))
        let garbled = extracted.document.warnings.filter { $0.code == .garbledText }.compactMap(\.page)
        #expect(garbled == [1, 2], "the garbage text layer is detected on both pages")
        #expect(extracted.document.pages.allSatisfy { $0.ocr != nil }, "both pages are OCR'd")
        let text = Self.compact(extracted.text)
        #expect(text.contains("采购合同"))
        #expect(text.contains("甲、乙双方根据国家和北京市相关法律法规的规定"))
        #expect(text.contains("太极计算机股份有限公司"))
        #expect(text.contains("乙方应在合同签订之日起30日内完成部署"))
        #expect(text.contains("甲方在验收合格后15个工作日内支付合同总价的100%"))
        // The table's header row keeps its cells apart, as on a text page.
        #expect(extracted.text.string.contains("序号\t服务项目\t简要内容\t数量/频率"))
        #expect(!text.contains("!\"#$%&'"), "the glyph-id garbage of the text layer is gone")
    }

    @Test func withoutOCRTheGarbageIsNotRead() throws {
        let extracted = try DocumentProcessor.extract(path: Self.path, options: ProcessingOptions(ocr: .never))
        #expect(extracted.document.warnings.contains { $0.code == .garbledText })
        #expect(extracted.document.pages.allSatisfy { $0.ocr == nil })
        #expect(!Self.compact(extracted.text).contains("采购合同"))
    }

    /// PP-OCR reads the total's figures and its 大写 as printed, so the total is read.
    @Test(.enabled(if: ScannedCorpus.ppocrInstalled, "PP-OCR not installed (Scripts/setup)"))
    func theContractIsParsedFromThePPOCRText() throws {
        let record = DocumentProcessor.process(path: Self.path, options: ProcessingOptions(ocr: .auto, ocrJobs: 2, ocrEngine: .ppocr)).record
        #expect(record.status == .ok)
        #expect(record.document.pageInfo.map(\.ocr) == [true, true])
        #expect(record.document.pageInfo.allSatisfy { $0.ocrEngine?.hasPrefix("ppocr") == true })
        #expect(record.contract?.installments.first?.percent?.value == FixedDecimal(100))
        #expect(record.contract?.totalAmount?.value == Money(fen: 471_500_000))
    }

    @Test(.enabled(if: ScannedCorpus.tesseractInstalled, "tesseract-ocr-chi-sim not installed"))
    func theContractIsParsedFromTheTesseractText() throws {
        let record = DocumentProcessor.process(path: Self.path, options: ProcessingOptions(ocr: .auto, ocrJobs: 2, ocrEngine: .tesseract)).record
        #expect(record.status == .ok)
        #expect(record.document.pageInfo.map(\.ocr) == [true, true])
        #expect(record.contract?.installments.first?.percent?.value == FixedDecimal(100))
        withKnownIssue("""
            Tesseract reads this render's `（¥4,715,000.00）` as `〈人到,715,000.00)` and 柒/仟 as 染/什: with the \
            figures unreadable the 大写 cannot be checked against them, so it is not repaired and no total is read
            """) {
            #expect(record.contract?.totalAmount?.value == Money(fen: 471_500_000))
        }
    }
}
