/// A rendered page for OCR: 32-bit pixels in cairo's ARGB32 memory order on little-endian machines
/// (bytes B, G, R, A), `stride` bytes per row. Plain bytes, so rendering (poppler) and recognition
/// (Tesseract) stay in their own modules.
public struct PageRaster: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var stride: Int
    /// Resolution the page was rendered at.
    public var dpi: Int
    public var bgra: [UInt8]

    public init(width: Int, height: Int, stride: Int, dpi: Int, bgra: [UInt8]) {
        precondition(stride >= width * 4 && bgra.count >= stride * height, "raster size mismatch")
        self.width = width
        self.height = height
        self.stride = stride
        self.dpi = dpi
        self.bgra = bgra
    }
}
