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
/// (truncated, damaged, not a PDF; with poppler's message). Per-page warnings: `no_text_layer` (no
/// text at all: a scan or a blank page) and `garbled_text` (fonts without a Unicode mapping); for the
/// document, `poppler_data_missing` when it relies on non-embedded Chinese fonts and poppler-data's
/// CMaps are absent.
///
/// Safe to call concurrently on different files: each call opens, reads and releases its own document.
public enum PDFExtractor {
    public static func extract(path: String) throws -> ExtractedDocument {
        try extract(path: path, popplerDataInstalled: PopplerData.installed())
    }

    static func extract(path: String, popplerDataInstalled: Bool) throws -> ExtractedDocument {
        try checkReadable(path)
        let document = try PopplerDocument(path: path)
        var pages: [ExtractedPage] = []
        var warnings: [ExtractionWarning] = []
        let pageCount = document.pageCount
        pages.reserveCapacity(pageCount)

        for index in 0..<pageCount {
            let number = index + 1
            let glyphs = document.glyphs(page: index)
            let counts = TextQuality.counts(glyphs.scalars)
            if counts.visible == 0 {
                let what = glyphs.imageCount > 0
                    ? "page has \(glyphs.imageCount) image(s) and no text layer (scanned?)"
                    : "page has no text"
                warnings.append(ExtractionWarning(.noTextLayer, page: number, what))
                pages.append(ExtractedPage(number: number, text: ""))
                continue
            }
            if counts.visible < PageGlyphs.sparseText && glyphs.imageCoverage >= scannedCoverage {
                // A scan with a stamp, a page number or a few OCR'd words on top: the body is an image.
                warnings.append(ExtractionWarning(
                    .noTextLayer, page: number,
                    "page is an image covering \(Int(glyphs.imageCoverage * 100))% of it with only \(counts.visible) "
                        + "characters of text (scanned?)"))
            }
            if TextQuality.isGarbled(counts) {
                warnings.append(ExtractionWarning(
                    .garbledText, page: number,
                    "\(counts.noise) of \(counts.visible) characters are control, private-use or unmapped glyphs "
                        + "(font without a Unicode mapping)"))
            }
            let text = glyphs.boxes.isEmpty ? plainText(glyphs.scalars) : TableRows.text(of: glyphs)
            pages.append(ExtractedPage(number: number, text: text))
        }
        if !popplerDataInstalled {
            let fonts = document.nonEmbeddedCIDFonts()
            if !fonts.isEmpty {
                warnings.append(ExtractionWarning(
                    .popplerDataMissing,
                    "Chinese fonts not embedded (\(fonts.joined(separator: ", "))) and poppler-data is not installed: "
                        + "their text may be missing or wrong"))
            }
        }
        if pageCount == 0 {
            warnings.append(ExtractionWarning(.noTextLayer, "document has no pages"))
        }
        return ExtractedDocument(format: .pdf, pages: pages, metadata: document.metadata, warnings: warnings,
                                 extractor: version)
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
