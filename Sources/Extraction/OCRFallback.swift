import ContractModel
import ExtractOCR
import ExtractPDF

extension DocumentExtractor {
    /// Extraction with the OCR fallback for PDFs: pages flagged `no_text_layer` or `garbled_text`
    /// (`.auto`), or every page but the blank ones (`.always`; a `blank_page` has no ink to read), are rendered at `dpi` and recognised by Tesseract; their
    /// text replaces the text layer and the page carries its `OCRInfo`. Pages are rendered and
    /// recognised `jobs` at a time, so memory holds at most `jobs` page images (~35 MB each at 300 dpi).
    /// Without Tesseract the document is returned as extracted with an `ocr_unavailable` warning.
    /// `onProgress` is called as OCR advances (within a page too: after detection and each batch of recognized lines
    /// with PP-OCR, after each page with Tesseract) and after every OCR'd batch of pages (a batch worker turns it into a
    /// heartbeat, so a long scan is not mistaken for a hang). Heartbeats do not extend `limits`: when
    /// its deadline passes, OCR stops and `IncompleteExtraction` (`.timeout`) carries the pages so far.
    /// `engine` chooses the OCR engine (`auto`: PP-OCR where its files are present, else Tesseract).
    public static func extract(path: String, ocr mode: OCRMode, ocrJobs jobs: Int = 1, engine: OCREngineChoice = .auto, dpi: Int = 300,
                               limits: ExtractionLimits = .init(), onProgress: (@Sendable () -> Void)? = nil) throws -> ExtractedDocument {
        var document = try extract(path: path, limits: limits)
        guard document.format == .pdf, mode != .never else { return document }
        let flagged: Set<Int> = Set(document.warnings.filter { $0.code == .noTextLayer || $0.code == .garbledText }.compactMap(\.page))
        let targets = mode == .always ? blankExcluded(document) : flagged.sorted()
        guard !targets.isEmpty else { return document }
        guard let resolved = PageOCR.resolve(engine) else {
            document.warnings.append(ExtractionWarning(.ocrUnavailable, "pages \(targets) need OCR but no OCR engine loads: \(PageOCR.unavailableReason(engine))"))
            return document
        }
        let batch = max(1, jobs)
        for start in stride(from: 0, to: targets.count, by: batch) {
            if limits.expired {
                throw IncompleteExtraction(limits.timeoutError("after OCR of \(start) of \(targets.count) pages"), document: document)
            }
            let numbers = Array(targets[start..<min(start + batch, targets.count)])
            let rasters = try PDFExtractor.render(path: path, pages: numbers, dpi: dpi)
            var rendered = numbers.filter { rasters[$0] != nil }
            // A page without text whose render holds no ink (a scan of empty paper) is blank, not OCR'd.
            for number in rendered where document.pages[number - 1].text.isEmpty && PDFExtractor.isBlank(rasters[number]!) {
                document.warnings.removeAll { $0.code == .noTextLayer && $0.page == number }
                document.warnings.append(PDFExtractor.blankWarning(first: number, last: number))
                rendered.removeAll { $0 == number }
            }
            let results = PageOCR.recognize(rendered.map { rasters[$0]! }, jobs: batch, engine: resolved, progress: onProgress)
            for (number, result) in zip(rendered, results) {
                guard let index = document.pages.firstIndex(where: { $0.number == number }) else { continue }
                switch result {
                case .success(let page):
                    document.pages[index].text = page.text
                    document.pages[index].ocr = page.info
                    let turned = page.turnedDegrees == 0 ? "" : ", read after turning the page \(page.turnedDegrees)°"
                    document.warnings.append(ExtractionWarning(
                        .ocrUsed, page: number, "OCR (\(page.info.engine)), mean confidence \(page.info.meanConfidence)\(turned)"))
                case .failure(let error):
                    document.warnings.append(ExtractionWarning(.ocrUsed, page: number, "OCR failed: \(error.message)"))
                }
            }
            onProgress?()
        }
        return document
    }

    /// Every page number but the blank ones: a page without text is either flagged `no_text_layer`
    /// (it has ink) or inside a `blank_page` run.
    static func blankExcluded(_ document: ExtractedDocument) -> [Int] {
        let inked = Set(document.warnings.filter { $0.code == .noTextLayer }.compactMap(\.page))
        return document.pages.filter { !$0.text.isEmpty || inked.contains($0.number) }.map(\.number)
    }
}
