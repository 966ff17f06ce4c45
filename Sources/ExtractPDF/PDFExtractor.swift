import ContractModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PDF → pages of raw text through poppler-glib, page by page in reading order.
///
/// Table rows come out row by row with their cells separated by a tab, and a cell whose text wraps
/// onto several lines is rejoined into one cell (see `TableRows`). The text is otherwise raw: the
/// spaces poppler puts between CJK and Latin runs, full-width forms, page headers and footers are
/// left for `TextNormalization`.
///
/// Errors: `.notFound`, `.unreadable`, `.emptyFile`, `.encrypted` (password-protected), `.corrupt`
/// (truncated, damaged, not a PDF; with poppler's message), `.tooManyPages` (more than the limit, before
/// any page is read), and `IncompleteExtraction` with `.timeout` when the deadline passes between pages.
/// Per-page warnings: `no_text_layer` (no text, but an image or ink: a scan or a drawing), `blank_page`
/// (no text, no image, no ink, see `PageInk`; one warning per run of blank pages; an image of empty
/// paper is found blank by the OCR fallback, `isBlank`) and `garbled_text` (fonts without a Unicode mapping); for the
/// document, `poppler_data_missing` when it relies on non-embedded Chinese fonts and poppler-data's
/// CMaps are absent.
///
/// Safe to call concurrently on different files: each call opens, reads and releases its own document.
public enum PDFExtractor {
    public static func extract(path: String, limits: ExtractionLimits = .init()) throws -> ExtractedDocument {
        try extract(path: path, popplerDataInstalled: PopplerData.installed(), limits: limits)
    }

    static func extract(path: String, popplerDataInstalled: Bool, limits: ExtractionLimits = .init()) throws -> ExtractedDocument {
        try checkReadable(path)
        let document = try PopplerDocument(path: path)
        let pageCount = document.pageCount
        try limits.checkPages(pageCount)
        var result = ExtractedDocument(format: .pdf, pages: [], metadata: document.metadata, extractor: version)
        result.pages.reserveCapacity(pageCount)
        var blank = BlankRuns()

        for index in 0..<pageCount {
            if limits.expired {
                blank.flush(into: &result.warnings)
                let error = limits.timeoutError("while reading page \(index + 1) of \(pageCount)")
                result.pages += (index..<pageCount).map { ExtractedPage(number: $0 + 1, text: "") }
                throw IncompleteExtraction(error, document: result)
            }
            let number = index + 1
            let glyphs = document.glyphs(page: index)
            let counts = TextQuality.counts(glyphs.scalars)
            if counts.visible == 0 {
                result.pages.append(ExtractedPage(number: number, text: ""))
                // No text and no image: empty, or a drawing, told apart by its ink on a cheap render. A
                // page with images (a scan) is flagged for OCR, which checks the ink of its own render
                // (`isBlank`): decoding a scan's image twice would cost ~50 ms a page.
                if glyphs.imageCount == 0, let raster = document.render(page: index, dpi: PageInk.dpi),
                   PageInk.measure(raster).isBlank {
                    blank.add(number)
                    continue
                }
                blank.flush(into: &result.warnings)
                let what = glyphs.imageCount > 0
                    ? "page has \(glyphs.imageCount) image(s) and no text layer (scanned?)"
                    : "page has no text"
                result.warnings.append(ExtractionWarning(.noTextLayer, page: number, what))
                continue
            }
            blank.flush(into: &result.warnings)
            if counts.visible < PageGlyphs.sparseText && glyphs.imageCoverage >= scannedCoverage {
                // A scan with a stamp, a page number or a few OCR'd words on top: the body is an image.
                result.warnings.append(ExtractionWarning(
                    .noTextLayer, page: number,
                    "page is an image covering \(Int(glyphs.imageCoverage * 100))% of it with only \(counts.visible) "
                        + "characters of text (scanned?)"))
            }
            if TextQuality.isGarbled(counts) {
                result.warnings.append(ExtractionWarning(
                    .garbledText, page: number,
                    "\(counts.noise) of \(counts.visible) characters are control, private-use or unmapped glyphs "
                        + "(font without a Unicode mapping)"))
            }
            let text = glyphs.boxes.isEmpty ? plainText(glyphs.scalars) : TableRows.text(of: glyphs)
            result.pages.append(ExtractedPage(number: number, text: text))
        }
        blank.flush(into: &result.warnings)
        if !popplerDataInstalled {
            let fonts = document.nonEmbeddedCIDFonts()
            if !fonts.isEmpty {
                result.warnings.append(ExtractionWarning(
                    .popplerDataMissing,
                    "Chinese fonts not embedded (\(fonts.joined(separator: ", "))) and poppler-data is not installed: "
                        + "their text may be missing or wrong"))
            }
        }
        if pageCount == 0 {
            result.warnings.append(ExtractionWarning(.noTextLayer, "document has no pages"))
        }
        return result
    }

    /// A page with sparse text counts as scanned when images cover at least this share of it.
    static let scannedCoverage = 0.5

    /// True when poppler-data's Adobe-GB1 CMaps are installed (needed for non-embedded Chinese fonts).
    public static func popplerDataInstalled() -> Bool { PopplerData.installed() }

    /// The engine, e.g. `poppler-glib 22.12.0`.
    public static var version: String { PopplerDocument.version }

    /// poppler's own text, used when its rectangles do not line up with its characters.
    static func plainText(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func checkReadable(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw HetongError(.notFound, "no such file: \(path)") }
            throw HetongError(.unreadable, "cannot read \(path)", underlying: String(cString: strerror(code)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw HetongError(.unreadable, "\(path) is a directory") }
        if info.st_size == 0 { throw HetongError(.emptyFile, "\(path) is empty") }
        if access(path, R_OK) != 0 {
            throw HetongError(.unreadable, "cannot read \(path)", underlying: String(cString: strerror(errno)))
        }
    }
}

extension ExtractionWarning.Code {
    /// The document uses non-embedded CID (Chinese) fonts and poppler-data is not installed.
    public static let popplerDataMissing = Self("poppler_data_missing")
}

extension PDFExtractor {
    /// True when a rendered page (any resolution) holds no ink: nothing for OCR to read (`PageInk`).
    public static func isBlank(_ raster: PageRaster) -> Bool { PageInk.measure(raster).isBlank }

    /// The `blank_page` warning of pages `first...last`.
    public static func blankWarning(first: Int, last: Int) -> ExtractionWarning {
        let message = first == last
            ? "page \(first) is blank (no text, no ink): not sent to OCR"
            : "pages \(first)–\(last) (\(last - first + 1) pages) are blank (no text, no ink): not sent to OCR"
        return ExtractionWarning(.blankPage, page: first, message)
    }
}

/// Consecutive blank pages, reported as one `blank_page` warning per run (a file of 2,000 empty
/// pages gets one warning, not 2,000).
struct BlankRuns {
    private var first: Int?
    private var last = 0

    mutating func add(_ page: Int) {
        if first == nil { first = page }
        last = page
    }

    mutating func flush(into warnings: inout [ExtractionWarning]) {
        guard let first else { return }
        warnings.append(PDFExtractor.blankWarning(first: first, last: last))
        self.first = nil
    }
}
