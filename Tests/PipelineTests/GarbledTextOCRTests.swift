import Foundation
import Testing
import ContractModel
@testable import Pipeline

/// Corpus/hostile/garbled-no-tounicode.pdf: a contract whose CJK fonts lost their ToUnicode maps, so
/// its text layer is glyph-id garbage (`!"#$%&'()*+,./01234567…`). Extraction must flag it
/// `garbled_text`, and OCR must read the pages instead of passing the garbage on.
@Suite(.enabled(if: ScannedCorpus.ocrInstalled, "tesseract-ocr-chi-sim not installed"))
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
        #expect(text.contains("合同总价为人民币肆佰柒拾壹万伍仟元整"))
        #expect(text.contains("4,715,000.00"))
        #expect(text.contains("甲方在验收合格后15个工作日内支付合同总价的100%"))
        #expect(!text.contains("!\"#$%&'"), "the glyph-id garbage of the text layer is gone")
    }

    @Test func withoutOCRTheGarbageIsNotRead() throws {
        let extracted = try DocumentProcessor.extract(path: Self.path, options: ProcessingOptions(ocr: .never))
        #expect(extracted.document.warnings.contains { $0.code == .garbledText })
        #expect(extracted.document.pages.allSatisfy { $0.ocr == nil })
        #expect(!Self.compact(extracted.text).contains("采购合同"))
    }

    @Test func theContractIsParsedFromTheOCRText() throws {
        let record = DocumentProcessor.process(path: Self.path, options: ProcessingOptions(ocr: .auto, ocrJobs: 2)).record
        #expect(record.status == .ok)
        #expect(record.document.pageInfo.map(\.ocr) == [true, true])
        #expect(record.contract?.totalAmount?.value == Money(fen: 471_500_000))
        #expect(record.contract?.totalAmount?.uppercase?.text == "肆佰柒拾壹万伍仟元整")
    }
}
