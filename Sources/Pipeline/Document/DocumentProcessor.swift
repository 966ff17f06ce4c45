import ContractModel
import Extraction
import TextNormalization
import ChineseNumbers
import ClauseGrammar
import ConsistencyChecks
import OCRRepair

/// One document, file → record: extract → normalize → scan mentions → parse clauses → check.
/// Never throws: a document that cannot be read or extracted becomes an error record (every input
/// appears exactly once in a batch). `hetong parse`, `hetong extract` and the batch workers all go
/// through here, so a batch record equals the single-document output byte for byte.
public enum DocumentProcessor {
    /// The record of a document and, when extraction succeeded, its normalized text.
    public struct Processed: Sendable {
        public var record: ContractRecord
        public var text: DocumentText?
    }

    /// Extraction and normalization only (`hetong extract`).
    public struct Extracted: Sendable {
        public var document: ExtractedDocument
        public var text: DocumentText
    }

    /// `path` is opened; `displayPath` (default `path`) is what the record calls the document.
    /// `onProgress` is called as long work (OCR) advances: the batch worker's heartbeat.
    public static func process(path: String, displayPath: String? = nil, options: ProcessingOptions = .init(),
                               onProgress: (@Sendable () -> Void)? = nil) -> Processed {
        let shown = displayPath ?? path
        let sha256: String
        do {
            sha256 = try FileIO.sha256(ofFile: path)
        } catch {
            return Processed(record: failure(path: shown, sha256: "", error), text: nil)
        }
        do {
            let extracted = try extractDocument(path: path, options: options, onProgress: onProgress)
            let info = documentInfo(path: shown, sha256: sha256, extracted.document, extracted.text)
            if let error = noTextError(extracted) {
                // The error record still says what was found: page count, pages, warnings (blank_page…).
                return Processed(record: failure(document: info, error), text: nil)
            }
            return Processed(record: parse(text: extracted.text, document: info), text: extracted.text)
        } catch let incomplete as IncompleteExtraction {
            let text = Normalizer.normalize(incomplete.document).text
            let info = documentInfo(path: shown, sha256: sha256, incomplete.document, text)
            return Processed(record: failure(document: info, incomplete.error), text: nil)
        } catch {
            return Processed(record: failure(path: shown, sha256: sha256, error), text: nil)
        }
    }

    /// Extraction and normalization; `.noText` when no page has any text.
    public static func extract(path: String, options: ProcessingOptions = .init(), onProgress: (@Sendable () -> Void)? = nil) throws -> Extracted {
        do {
            let extracted = try extractDocument(path: path, options: options, onProgress: onProgress)
            if let error = noTextError(extracted) { throw error }
            return extracted
        } catch let incomplete as IncompleteExtraction {
            throw incomplete.error
        }
    }

    static func extractDocument(path: String, options: ProcessingOptions, onProgress: (@Sendable () -> Void)?) throws -> Extracted {
        var document = try DocumentExtractor.extract(path: path, ocr: options.ocr, ocrJobs: options.ocrJobs, engine: options.ocrEngine,
                                                     limits: options.limitsStartingNow(), onProgress: onProgress)
        var text = Normalizer.normalize(document).text
        // 大写 amounts misread by OCR, repaired against their figures (each repair is a warning).
        let ocrPages = Set(document.pages.filter { $0.ocr != nil }.map(\.number))
        if !ocrPages.isEmpty {
            let repaired = NumeralRepair.repair(text, pages: ocrPages)
            text = repaired.text
            document.warnings += repaired.repairs.map(NumeralRepair.warning)
        }
        return Extracted(document: document, text: text)
    }

    static func noTextError(_ extracted: Extracted) -> HetongError? {
        guard !extracted.text.scalars.contains(where: { !$0.properties.isWhitespace && $0 != DocumentText.pageSeparator }) else {
            return nil
        }
        let reasons = Set(extracted.document.warnings.map(\.code.rawValue)).sorted()
        return HetongError(.noText, "the document has no text" + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))"))
    }

    /// Text → record (mentions, contract fields, findings). Pure: no I/O.
    public static func parse(text: DocumentText, document: ContractRecord.DocumentInfo) -> ContractRecord {
        let mentions = MentionScanner.scan(text)
        let contract = ContractParser.parse(text, mentions: mentions)
        let findings = ConsistencyChecker.check(contract, mentions: mentions, text: text)
        return ContractRecord(document: document, contract: contract, mentions: mentions, findings: findings)
    }

    static func documentInfo(path: String, sha256: String, _ document: ExtractedDocument, _ text: DocumentText) -> ContractRecord.DocumentInfo {
        let pageInfo = document.pages.enumerated().map { index, page in
            ContractRecord.PageInfo(
                page: page.number,
                characters: index < text.pageCount ? text.page(index + 1).unicodeScalars.count : 0,
                ocr: page.ocr != nil, ocrEngine: page.ocr?.engine, ocrConfidence: page.ocr?.meanConfidence)
        }
        return ContractRecord.DocumentInfo(
            path: path, sha256: sha256, format: document.format, pages: document.pages.count, characters: text.count,
            extractor: document.extractor, metadata: document.metadata, pageInfo: pageInfo, warnings: document.warnings)
    }

    /// The error record of a document that could not be processed.
    public static func failure(path: String, sha256: String, _ error: any Error) -> ContractRecord {
        failure(document: .init(path: path, sha256: sha256), error)
    }

    /// The error record of a document read (partly) before it failed: its page count and warnings stay.
    static func failure(document: ContractRecord.DocumentInfo, _ error: any Error) -> ContractRecord {
        let hetongError = (error as? HetongError) ?? HetongError(.internalError, "\(error)")
        return ContractRecord(status: .error, document: document, error: .init(hetongError))
    }
}
