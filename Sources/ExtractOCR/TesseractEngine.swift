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

    static var version: String { String(cString: TessVersion()) }

    init(languages: String = TesseractEngine.languages) throws {
        guard let api = TessBaseAPICreate() else { throw HetongError(.internalError, "cannot create a Tesseract engine") }
        // Datapath nil: the tessdata of the Debian packages (tesseract-ocr-chi-sim).
        if TessBaseAPIInit3(api, nil, languages) != 0 {
            TessBaseAPIDelete(api)
            throw HetongError(.ocrUnavailable, "Tesseract cannot load languages \(languages) (install tesseract-ocr-chi-sim)")
        }
        TessBaseAPISetPageSegMode(api, PSM_AUTO)
        // Chinese has no inter-word spaces; keep what Tesseract finds so normalization decides.
        _ = TessBaseAPISetVariable(api, "preserve_interword_spaces", "1")
        // Tesseract's diagnostics ("Detected 314 diacritics") would land on our stderr.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        self.api = api
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
    }

    /// Recognizes one page: gray conversion without seal ink, deskew, softening of bilevel scans,
    /// Tesseract layout analysis.
    func recognize(_ raster: PageRaster) throws -> (text: String, confidence: Int, skewDegrees: Double) {
        Self.recognizeOnThisThreadOnly()
        let gray = InkFilter.grayDroppingSeals(raster)
        // Into Leptonica through an in-memory PGM, so Leptonica owns its own pixel layout.
        var pgm = Array("P5\n\(raster.width) \(raster.height)\n255\n".utf8)
        pgm.append(contentsOf: gray)
        var pix: UnsafeMutablePointer<PIX>? = pgm.withUnsafeBufferPointer { pixReadMemPnm($0.baseAddress, $0.count) }
        guard pix != nil else { throw HetongError(.internalError, "cannot convert page image for OCR") }
        defer { pixDestroy(&pix) }
        var angle: Float = 0, confidence: Float = 0
        var deskewed: UnsafeMutablePointer<PIX>? = pixFindSkewAndDeskew(pix, 0, &angle, &confidence)
        defer { if deskewed != nil { pixDestroy(&deskewed) } }
        // A black-and-white scan (G4) renders to pure black and white; Tesseract's LSTM reads such
        // hard-edged glyphs worse (`30%` came out as `309%` on the Corpus scans): soften edges with a
        // 3×3 mean, as a scanner's gray output or poppler's splash renderer would have them.
        var softened: UnsafeMutablePointer<PIX>? = InkFilter.isBilevel(gray) ? pixBlockconv(deskewed ?? pix, 1, 1) : nil
        defer { if softened != nil { pixDestroy(&softened) } }
        let input = softened ?? deskewed ?? pix

        TessBaseAPISetImage2(api, input)
        TessBaseAPISetSourceResolution(api, Int32(raster.dpi))
        guard TessBaseAPIRecognize(api, nil) == 0 else {
            TessBaseAPIClear(api)
            throw HetongError(.internalError, "Tesseract failed to recognize the page")
        }
        let text = OCRLayout.text(lines())
        let mean = Int(TessBaseAPIMeanTextConf(api))
        TessBaseAPIClear(api)
        return (text, max(0, mean), confidence > 0 ? Double(angle) : 0)
    }

    /// Debian's Tesseract is built with OpenMP: every LSTM step forks `num_threads(4)` helpers that
    /// spin while they wait. We already run one page per core, so those helpers only fight each
    /// other (measured on the 14-page zongzhi scan: 101 s user + 60 s system CPU with them, 50 s +
    /// 2.5 s without). OMP_THREAD_LIMIT is read when libgomp loads, before our code runs; allowing no
    /// active parallel level on the calling thread (an ICV of its own implicit task) has the same
    /// effect for the regions it starts. Looked up at run time: a Tesseract without OpenMP has no
    /// such symbol, and then there is nothing to do.
    private static let setMaxActiveLevels: (@convention(c) (Int32) -> Void)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "omp_set_max_active_levels") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Void).self)
    }()

    private static func recognizeOnThisThreadOnly() {
        setMaxActiveLevels?(0)
    }

    /// The recognised words with their boxes, grouped in Tesseract's text lines (reading order of
    /// its layout analysis: blocks, paragraphs, lines).
    private func lines() -> [OCRLine] {
        guard let iterator = TessBaseAPIGetIterator(api) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let page = TessResultIteratorGetPageIterator(iterator)
        var lines: [OCRLine] = []
        var words: [OCRWord] = []
        repeat {
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            if let utf8 = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) {
                words.append(OCRWord(text: String(cString: utf8), left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom)))
                TessDeleteText(utf8)
            }
            if TessPageIteratorIsAtFinalElement(page, RIL_TEXTLINE, RIL_WORD) != 0 {
                let endsParagraph = TessPageIteratorIsAtFinalElement(page, RIL_PARA, RIL_WORD) != 0
                lines.append(OCRLine(words: words, endsParagraph: endsParagraph))
                words = []
            }
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        if !words.isEmpty { lines.append(OCRLine(words: words, endsParagraph: true)) }
        return lines
    }
}
