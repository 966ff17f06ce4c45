internal import CPoppler
import ContractModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The only file that touches poppler-glib. It turns C handles into Swift values (`PageGlyphs`,
// `DocumentMetadata`); no pointer leaves this file. Every handle is owned: documents and pages are
// `g_object_unref`ed, every `gchar*` and rectangle array is `g_free`d.

/// An open poppler document. Not `Sendable`: one document is only ever used by the thread that
/// opened it (`PDFExtractor.extract` opens, reads and closes it in one call).
final class PopplerDocument {
    private let handle: OpaquePointer

    /// Opens `path` (relative or absolute, any characters), mapped into memory and handed to
    /// poppler as `GBytes`. A file stream would have poppler read it with one `pread` per few
    /// hundred bytes (14% of extraction time on the Corpus PDFs, measured with perf); the mapping
    /// costs no copy and stays alive as long as the document holds its bytes. When the file cannot
    /// be mapped (larger than a batch worker's address-space limit, or a file system without mmap)
    /// poppler reads it as a file, through a `file://` URI built by `g_filename_to_uri` (a name like
    /// `合同 样例%20.pdf` defeats string concatenation). Encrypted documents → `.encrypted`; anything
    /// poppler cannot parse → `.corrupt` with poppler's own message.
    /// `mapping: false` takes the file path straight away (tests compare both).
    init(path: String, mapping: Bool = true) throws {
        var error: UnsafeMutablePointer<GError>?
        let opened: OpaquePointer?
        if mapping, let mapped = g_mapped_file_new(path, 0, nil) {
            let bytes = g_mapped_file_get_bytes(mapped)
            g_mapped_file_unref(mapped)
            opened = poppler_document_new_from_bytes(bytes, nil, &error)
            g_bytes_unref(bytes)
        } else {
            opened = poppler_document_new_from_file(try Self.uri(path), nil, &error)
        }
        guard let document = opened else {
            let encrypted = CPoppler_error_is_encrypted(error) != 0
            let message = Self.message(of: error) ?? "poppler could not open the document"
            CPoppler_error_free(error)
            if encrypted {
                throw HetongError(.encrypted, "the PDF is password-protected", underlying: message)
            }
            throw HetongError(.corrupt, message)
        }
        handle = document
    }

    /// The `file://` URI of `path`.
    private static func uri(_ path: String) throws -> String {
        guard let absolute = g_canonicalize_filename(path, nil) else {
            throw HetongError(.unreadable, "cannot resolve path \(path)")
        }
        defer { g_free(absolute) }
        var uriError: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &uriError) else {
            let message = Self.message(of: uriError)
            CPoppler_error_free(uriError)
            throw HetongError(.unreadable, "cannot build a URI for \(path)", underlying: message)
        }
        defer { g_free(uri) }
        return String(cString: uri)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    var metadata: DocumentMetadata {
        let title = Self.take(poppler_document_get_title(handle))?
            .trimmingWhitespace()
        let created = Self.take(CPoppler_creation_date_iso8601(handle))
        return DocumentMetadata(title: (title?.isEmpty ?? true) ? nil : title, creationDate: created)
    }

    /// The text of page `index` (0-based) in poppler's order with one rectangle per scalar.
    /// `boxes` is empty when poppler's rectangles do not line up with its text.
    func glyphs(page index: Int) -> PageGlyphs {
        guard let page = poppler_document_get_page(handle, Int32(index)) else {
            return PageGlyphs(scalars: [], boxes: [], imageCount: 0)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }

        var scalars: [Unicode.Scalar] = []
        if let text = poppler_page_get_text(page) {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self),
                                            count: strlen(text))
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            scalars.reserveCapacity(bytes.count / 2)
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): scalars.append(scalar)
                case .emptyInput: break decoding
                case .error: scalars.append("\u{FFFD}")
                }
            }
            g_free(text)
        }

        var boxes: [GlyphBox] = []
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        if poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles {
            if Int(count) == scalars.count {
                boxes.reserveCapacity(Int(count))
                for i in 0..<Int(count) {
                    let r = rectangles[i]
                    boxes.append(GlyphBox(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2),
                                          x1: max(r.x1, r.x2), y1: max(r.y1, r.y2)))
                }
            }
            g_free(rectangles)
        }
        var glyphs = PageGlyphs(scalars: scalars, boxes: boxes, imageCount: 0)
        var visible = 0
        for scalar in scalars where !Fragments.isBlank(scalar) && scalar != "\n" {
            visible += 1
            if visible >= PageGlyphs.sparseText { break }
        }
        if visible < PageGlyphs.sparseText {
            var coverage = 0.0
            glyphs.imageCount = Int(CPoppler_page_images(page, &coverage))
            glyphs.imageCoverage = coverage
        }
        return glyphs
    }

    /// Page `index` (0-based) rendered at `dpi` for OCR, white background. Nil when the page is missing,
    /// has no size, or would exceed `maxPixels`.
    func render(page index: Int, dpi: Int, maxPixels: Int = 80_000_000) -> PageRaster? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var widthPoints = 0.0, heightPoints = 0.0
        poppler_page_get_size(page, &widthPoints, &heightPoints)
        let scale = Double(dpi) / 72
        let width = Int((widthPoints * scale).rounded(.up)), height = Int((heightPoints * scale).rounded(.up))
        guard width > 0, height > 0, width * height <= maxPixels else { return nil }
        let stride = Int(CPoppler_argb32_stride(Int32(width)))
        var bytes = [UInt8](repeating: 255, count: stride * height)
        let status = bytes.withUnsafeMutableBufferPointer {
            CPoppler_render_page(page, scale, Int32(width), Int32(height), Int32(stride), $0.baseAddress)
        }
        guard status == 0 else { return nil }
        return PageRaster(width: width, height: height, stride: stride, dpi: dpi, bgra: bytes)
    }

    /// Names of the CID (Chinese, Japanese, Korean) fonts the document uses without embedding them:
    /// poppler reads those through poppler-data's CMaps.
    func nonEmbeddedCIDFonts() -> [String] {
        guard let info = poppler_font_info_new(handle) else { return [] }
        defer { poppler_font_info_free(info) }
        let cidTypes: Set<UInt32> = [
            POPPLER_FONT_TYPE_CID_TYPE0.rawValue, POPPLER_FONT_TYPE_CID_TYPE0C.rawValue,
            POPPLER_FONT_TYPE_CID_TYPE0COT.rawValue, POPPLER_FONT_TYPE_CID_TYPE2.rawValue,
            POPPLER_FONT_TYPE_CID_TYPE2OT.rawValue,
        ]
        var names: [String] = []
        var iterator: OpaquePointer?
        while poppler_font_info_scan(info, 20, &iterator) != 0 {
            guard let fonts = iterator else { continue }
            repeat {
                if poppler_fonts_iter_is_embedded(fonts) == 0,
                   cidTypes.contains(poppler_fonts_iter_get_font_type(fonts).rawValue) {
                    let name = poppler_fonts_iter_get_name(fonts).map { String(cString: $0) } ?? "(unnamed)"
                    if !names.contains(name) { names.append(name) }
                }
            } while poppler_fonts_iter_next(fonts) != 0
            poppler_fonts_iter_free(fonts)
            iterator = nil
        }
        return names
    }

    static var version: String {
        guard let version = poppler_get_version() else { return "poppler-glib" }
        return "poppler-glib " + String(cString: version)
    }

    /// Copies and frees a `gchar*` poppler handed over.
    private static func take(_ text: UnsafeMutablePointer<gchar>?) -> String? {
        guard let text else { return nil }
        defer { g_free(text) }
        return String(cString: text)
    }

    private static func message(of error: UnsafeMutablePointer<GError>?) -> String? {
        guard let error, let message = error.pointee.message else { return nil }
        return String(cString: message)
    }
}
