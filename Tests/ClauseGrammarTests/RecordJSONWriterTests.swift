import Testing
import Foundation
import ContractModel

@Suite struct RecordJSONWriterTests {
    /// The fast writer and Foundation's encoder (HetongJSON) give the same bytes on every seed
    /// record, with every optional key present and absent.
    @Test func sameBytesAsHetongJSON() throws {
        for name in Repo.seeds {
            let p = Parsed(try Repo.seed(name))
            let full = ContractRecord(
                document: .init(path: "Corpus/合同 \"样例\"/a\\b.txt", sha256: "ab", format: .pdf, pages: 2, characters: p.text.count,
                                extractor: "poppler-glib 22.12.0", metadata: .init(title: "采购合同", creationDate: "D:2025"),
                                pageInfo: [.init(page: 1, characters: 10, ocr: true, ocrEngine: "tesseract", ocrConfidence: 91)],
                                warnings: [ExtractionWarning(.ocrUsed, page: 1, "第1页\t使用OCR\n\u{01}")]),
                contract: p.contract, mentions: p.mentions,
                findings: [Finding(rule: "r", severity: .error, message: "m/n", fields: ["contract.total_amount"], spans: [Span(page: 1, start: 0, end: 2)])])
            let bare = ContractRecord(document: .init(path: name, sha256: ""), contract: p.contract, mentions: p.mentions)
            for record in [full, bare] {
                let foundation = try HetongJSON.encoder().encode(record)
                #expect(RecordJSONWriter.encode(record) == [UInt8](foundation))
            }
        }
        let failed = ContractRecord(status: .error, document: .init(path: "x.pdf", sha256: ""),
                                    error: .init(HetongError(.encrypted, "文档已加密")))
        #expect(RecordJSONWriter.encode(failed) == [UInt8](try HetongJSON.encoder().encode(failed)))
    }

    @Test func emptyContractAndMetadata() throws {
        let record = ContractRecord(document: .init(path: "p", sha256: "s", metadata: .init()), contract: Contract(), mentions: Mentions())
        #expect(RecordJSONWriter.encode(record) == [UInt8](try HetongJSON.encoder().encode(record)))
    }
}
