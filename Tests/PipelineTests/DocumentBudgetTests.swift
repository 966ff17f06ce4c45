import ContractModel
import Foundation
import Synchronization
import Testing
@testable import Pipeline

/// A document's limits (`--max-pages`, `--max-document-seconds`) end it as its own error record,
/// which still says what was found (page count, warnings).
@Suite struct DocumentBudgetTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func hostile(_ name: String) -> String { repository.appendingPathComponent("Corpus/hostile/" + name).path }
    static func scan(_ name: String) -> String { repository.appendingPathComponent("Corpus/scans/" + name).path }

    /// Regression (issue 12): `--ocr auto` on 2,000 empty pages ran for minutes; `--ocr never` said `pages: 0`.
    @Test(arguments: [OCRMode.auto, .always, .never])
    func blankPagesAreCountedAndNeverOCRd(_ mode: OCRMode) {
        let started = Date()
        let record = DocumentProcessor.process(path: Self.hostile("blank-2000-pages.pdf"), options: .init(ocr: mode)).record
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(record.error?.code == "no_text")
        #expect(record.error?.message == "the document has no text (blank_page)")
        #expect(record.document.pages == 2000 && record.document.pageInfo.count == 2000)
        #expect(record.document.format == .pdf && record.document.sha256.count == 64)
        #expect(record.document.warnings.map(\.code) == [.blankPage])
        #expect(!record.document.pageInfo.contains { $0.ocr })
    }

    /// An image of empty paper (uniform gray with scanner noise) is found blank on its OCR render and
    /// never reaches Tesseract.
    @Test(.enabled(if: ScannedCorpus.ocrInstalled, "tesseract-ocr-chi-sim not installed"))
    func scanOfEmptyPaperIsBlankNotOCRd() {
        let record = DocumentProcessor.process(path: Self.hostile("blank-scanned-page.pdf")).record
        #expect(record.error?.code == "no_text")
        #expect(record.document.warnings.map(\.code) == [.blankPage])
        #expect(record.document.pageInfo.map(\.ocr) == [false])
        let drawing = DocumentProcessor.process(path: Self.hostile("vector-drawing-no-text.pdf")).record
        #expect(drawing.document.warnings.map(\.code).prefix(2) == [.noTextLayer, .ocrUsed], "ink is sent to OCR")
    }

    @Test func tooManyPagesIsItsOwnCode() {
        let record = DocumentProcessor.process(path: Self.hostile("blank-2000-pages.pdf"), options: .init(maxPages: 100)).record
        #expect(record.error == .init(code: "too_many_pages", message: "the document has 2000 pages, more than --max-pages 100"))
        #expect(record.document.sha256.count == 64)
    }

    /// A spent budget: reading stops, and the record keeps the page count.
    @Test func spentBudgetIsATimeoutWithThePageCount() {
        let record = DocumentProcessor.process(path: Self.hostile("blank-2000-pages.pdf"),
                                               options: .init(maxDocumentSeconds: 0)).record
        #expect(record.error?.code == "timeout")
        #expect(record.error?.message.contains("time budget of 0 s (--max-document-seconds) ran out while reading page 1 of 2000") == true,
                "\(record.error?.message ?? "")")
        #expect(record.document.pages == 2000)
    }

    /// OCR of a 30-page scan sends progress all along; the budget stops it all the same, after the
    /// pages it had read, which stay in the record (`ocr_used` warnings, OCR'd page info).
    @Test(.enabled(if: ScannedCorpus.ocrInstalled, "tesseract-ocr-chi-sim not installed")) func budgetStopsALongOCR() {
        let beats = Mutex(0)
        let started = Date()
        let record = DocumentProcessor.process(path: Self.scan("jingxin-pingtai-yunwei-scan.pdf"),
                                               options: .init(ocr: .auto, ocrJobs: 1, maxDocumentSeconds: 3)) {
            beats.withLock { $0 += 1 }
        }.record
        let elapsed = Date().timeIntervalSince(started)
        #expect(record.error?.code == "timeout", "\(record.error?.message ?? "ok")")
        #expect(record.error?.message.contains("ran out after OCR of") == true, "\(record.error?.message ?? "")")
        #expect(record.document.pages == 30)
        let read = record.document.pageInfo.filter(\.ocr).count
        // Progress at least once per page read (PP-OCR also within a page).
        let beatCount = beats.withLock { $0 }
        #expect(read >= 1 && read < 30 && beatCount >= read, "read \(read), heartbeats \(beatCount)")
        #expect(record.document.warnings.filter { $0.code == .ocrUsed }.count == read)
        #expect(elapsed < 3 + 15, "stops after the page in progress: \(elapsed) s")
    }

    /// The worker stops on its own ahead of the batch's kill: 10% of the budget, at least 5 s (one page
    /// of OCR on a loaded machine), at most half; the default budget is 10 × --timeout.
    @Test func workerStopsAheadOfTheKill() {
        func worker(_ budget: Double?, timeout: Double = 60) -> Double? {
            BatchOptions(inputs: [], timeout: timeout, maxDocumentSeconds: budget, workerCommand: []).workerProcessing.maxDocumentSeconds
        }
        #expect(worker(nil) == 540)
        #expect(worker(nil, timeout: 2) == 15)
        #expect(worker(12) == 7)
        #expect(worker(3) == 1.5)
    }
}
