import ContractModel
import Foundation
internal import CTesseract

/// The only file that touches Tesseract and Leptonica. One engine is one `TessBaseAPI`, used by one
/// thread at a time (the pool in `PageOCR` guarantees it); it is freed in `deinit`.
final class TesseractEngine: @unchecked Sendable {
    /// Chinese only, not `chi_sim+eng`: with English loaded, Tesseract reads whole 大写 amounts as
    /// Latin words (page 4 of the zongzhi scan: `人民币壹佰肆拾壹万肆仟伍佰元整` → `人民币SivaPalace`), which
    /// no repair can undo; chi_sim alone reads the Latin codes of the Corpus (`V7000-C-P`, e-mail
    /// addresses, `010-57702888`) well enough.
    static let languages = "chi_sim"
    private let api: OpaquePointer
    private let lib: CTesseract_API

    /// Tesseract's functions, opened on first use (`CTesseract_load`): a process that never OCRs
    /// never loads Tesseract, and a machine without it still runs hetong on text documents.
    /// `HETONG_TESSERACT=/path/to/libtesseract.so.5` names the library to use (a Tesseract built
    /// elsewhere than the system's); when it cannot be opened, OCR is unavailable.
    private static let library: Result<CTesseract_API, HetongError> = {
        var table = CTesseract_API()
        let path = ProcessInfo.processInfo.environment["HETONG_TESSERACT"].flatMap { $0.isEmpty ? nil : $0 }
        let missing = if let path { path.withCString { CTesseract_load(&table, $0) } } else { CTesseract_load(&table, nil) }
        if let missing {
            return .failure(HetongError(.ocrUnavailable, String(cString: missing)))
        }
        return .success(table)
    }()

    static var version: String {
        guard case .success(let lib) = library else { return "unavailable" }
        return lib.version().map { String(cString: $0) } ?? "unknown"
    }

    init(languages: String = TesseractEngine.languages) throws {
        let lib = try Self.library.get()
        guard let api = lib.create() else { throw HetongError(.internalError, "cannot create a Tesseract engine") }
        // Datapath nil: the tessdata of the Debian packages (tesseract-ocr-chi-sim).
        if lib.init3(api, nil, languages) != 0 {
            lib.destroy(api)
            throw HetongError(.ocrUnavailable, "Tesseract cannot load languages \(languages) (install tesseract-ocr-chi-sim)")
        }
        lib.setPageSegMode(api, PSM_AUTO)
        // Chinese has no inter-word spaces; keep what Tesseract finds so normalization decides.
        _ = lib.setVariable(api, "preserve_interword_spaces", "1")
        // Tesseract's diagnostics ("Detected 314 diacritics") would land on our stderr.
        _ = lib.setVariable(api, "debug_file", "/dev/null")
        self.api = api
        self.lib = lib
    }

    deinit {
        lib.end(api)
        lib.destroy(api)
    }

    /// Recognizes one page: gray conversion without seal ink, deskew, softening of bilevel scans,
    /// Tesseract layout analysis.
    func recognize(_ raster: PageRaster) throws -> (text: String, confidence: Int, skewDegrees: Double) {
        // Debian's Tesseract is built with OpenMP: every LSTM step forks `num_threads(4)` helpers that
        // spin while they wait. We already run one page per core, so those helpers only fight each
        // other (measured on the 14-page zongzhi scan: 101 s user + 60 s system CPU with them, 50 s +
        // 2.5 s without). Allowing no active parallel level on the calling thread (an ICV of its own
        // implicit task) stops the regions it starts from forking. A Tesseract without OpenMP has no
        // such symbol, and then there is nothing to do.
        lib.ompSetMaxActiveLevels?(0)
        let gray = InkFilter.grayDroppingSeals(raster)
        // Into Leptonica through an in-memory PGM, so Leptonica owns its own pixel layout.
        var pgm = Array("P5\n\(raster.width) \(raster.height)\n255\n".utf8)
        pgm.append(contentsOf: gray)
        var pix: UnsafeMutablePointer<PIX>? = pgm.withUnsafeBufferPointer { lib.pixReadMemPnm($0.baseAddress, $0.count) }
        guard pix != nil else { throw HetongError(.internalError, "cannot convert page image for OCR") }
        defer { lib.pixDestroy(&pix) }
        var angle: Float = 0, confidence: Float = 0
        var deskewed: UnsafeMutablePointer<PIX>? = lib.pixFindSkewAndDeskew(pix, 0, &angle, &confidence)
        defer { if deskewed != nil { lib.pixDestroy(&deskewed) } }
        // A black-and-white scan (G4) renders to pure black and white; Tesseract's LSTM reads such
        // hard-edged glyphs worse (`30%` came out as `309%` on the Corpus scans): soften edges with a
        // 3×3 mean, as a scanner's gray output or poppler's splash renderer would have them.
        var softened: UnsafeMutablePointer<PIX>? = InkFilter.isBilevel(gray) ? lib.pixBlockconv(deskewed ?? pix, 1, 1) : nil
        defer { if softened != nil { lib.pixDestroy(&softened) } }
        let input = softened ?? deskewed ?? pix

        lib.setImage2(api, input)
        lib.setSourceResolution(api, Int32(raster.dpi))
        guard lib.recognize(api, nil) == 0 else {
            lib.clear(api)
            throw HetongError(.internalError, "Tesseract failed to recognize the page")
        }
        let text = OCRLayout.text(lines())
        let mean = Int(lib.meanTextConf(api))
        lib.clear(api)
        return (text, max(0, mean), confidence > 0 ? Double(angle) : 0)
    }

    /// The recognised words with their boxes, grouped in Tesseract's text lines (reading order of
    /// its layout analysis: blocks, paragraphs, lines).
    private func lines() -> [OCRLine] {
        guard let iterator = lib.getIterator(api) else { return [] }
        defer { lib.resultIteratorDelete(iterator) }
        let page = lib.resultIteratorGetPageIterator(iterator)
        var lines: [OCRLine] = []
        var words: [OCRWord] = []
        repeat {
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard lib.pageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            if let utf8 = lib.resultIteratorGetUTF8Text(iterator, RIL_WORD) {
                words.append(OCRWord(text: String(cString: utf8), left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom)))
                lib.deleteText(utf8)
            }
            if lib.pageIteratorIsAtFinalElement(page, RIL_TEXTLINE, RIL_WORD) != 0 {
                let endsParagraph = lib.pageIteratorIsAtFinalElement(page, RIL_PARA, RIL_WORD) != 0
                lines.append(OCRLine(words: words, endsParagraph: endsParagraph))
                words = []
            }
        } while lib.resultIteratorNext(iterator, RIL_WORD) != 0
        if !words.isEmpty { lines.append(OCRLine(words: words, endsParagraph: true)) }
        return lines
    }
}
