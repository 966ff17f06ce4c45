import ContractModel
import Foundation
internal import CTesseract

/// The only file that touches Tesseract and Leptonica. One engine is one `TessBaseAPI`, used by one
/// thread at a time (the pool in `PageOCR` guarantees it); it is freed in `deinit`.
final class TesseractEngine: @unchecked Sendable {
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

    /// Recognizes one page: gray conversion without seal ink, deskew, Tesseract layout analysis.
    func recognize(_ raster: PageRaster) throws -> (text: String, confidence: Int, skewDegrees: Double) {
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
        let input = deskewed ?? pix

        TessBaseAPISetImage2(api, input)
        TessBaseAPISetSourceResolution(api, Int32(raster.dpi))
        guard TessBaseAPIRecognize(api, nil) == 0, let utf8 = TessBaseAPIGetUTF8Text(api) else {
            TessBaseAPIClear(api)
            throw HetongError(.internalError, "Tesseract failed to recognize the page")
        }
        let text = String(cString: utf8)
        TessDeleteText(utf8)
        let mean = Int(TessBaseAPIMeanTextConf(api))
        TessBaseAPIClear(api)
        return (text, max(0, mean), confidence > 0 ? Double(angle) : 0)
    }
}
