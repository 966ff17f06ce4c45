import ContractModel

extension PDFExtractor {
    /// Renders the given 1-based pages at `dpi` (for OCR). Pages that cannot be rendered are left out
    /// of the result; the keys are page numbers.
    public static func render(path: String, pages: [Int], dpi: Int = 300) throws -> [Int: PageRaster] {
        try checkReadable(path)
        let document = try PopplerDocument(path: path)
        var rasters: [Int: PageRaster] = [:]
        for number in pages where number >= 1 && number <= document.pageCount {
            if let raster = document.render(page: number - 1, dpi: dpi) { rasters[number] = raster }
        }
        return rasters
    }
}
