import ContractModel
import Testing
@testable import ExtractPDF

/// Pages without ink are told from scans by a low-resolution render (`PageInk`): blank pages are
/// reported once per run (`blank_page`) and never flagged for OCR; anything with ink still is.
@Suite struct BlankPageTests {
    /// Regression: a 18 KB file of 2,000 empty pages once sent every page to Tesseract (`--ocr auto`)
    /// and stalled a batch; `--ocr never` reported `pages: 0`.
    @Test func twoThousandEmptyPagesAreOneBlankRunAndNoOCRTarget() throws {
        let clock = ContinuousClock()
        var document: ExtractedDocument?
        let elapsed = try clock.measure { document = try PDFExtractor.extract(path: Fixture.hostile("blank-2000-pages.pdf")) }
        let pages = try #require(document)
        #expect(pages.pages.count == 2000)
        #expect(pages.pages.map(\.number) == Array(1...2000))
        #expect(pages.pages.allSatisfy { $0.text.isEmpty })
        #expect(pages.warnings.map(\.code) == [.blankPage], "blank, so nothing is flagged no_text_layer for OCR")
        #expect(pages.warnings.first?.page == 1)
        #expect(pages.warnings.first?.message.contains("1–2000 (2000 pages)") == true)
        #expect(elapsed < .seconds(10), "\(elapsed) (about 0.3 s in a debug build)")
    }

    /// A scan of empty paper has an image: the extractor flags it for OCR (decoding the image twice
    /// would cost every scanned page), and the OCR render is found blank (`isBlank`, PipelineTests).
    @Test func scanOfEmptyPaperIsLeftToTheOCRRender() throws {
        let document = try PDFExtractor.extract(path: Fixture.hostile("blank-scanned-page.pdf"))
        #expect(document.pages.count == 1)
        #expect(document.warnings.map(\.code) == [.noTextLayer])
        let raster = try #require(try PDFExtractor.render(path: Fixture.hostile("blank-scanned-page.pdf"), pages: [1])[1])
        #expect(raster.dpi == 300 && PDFExtractor.isBlank(raster))
        #expect(PDFExtractor.blankWarning(first: 1, last: 1).message == "page 1 is blank (no text, no ink): not sent to OCR")
    }

    @Test func vectorDrawingWithoutTextIsNotBlank() throws {
        let document = try PDFExtractor.extract(path: Fixture.hostile("vector-drawing-no-text.pdf"))
        #expect(document.warnings.map(\.code) == [.noTextLayer])
    }

    @Test func scannedPagesAreNotBlank() throws {
        for name in ["scanned-no-text-layer.pdf", "scanned-with-page-number.pdf"] {
            let document = try PDFExtractor.extract(path: Fixture.hostile(name))
            #expect(!document.warnings.contains { $0.code == .blankPage }, "\(name)")
            #expect(document.warnings.contains { $0.code == .noTextLayer }, "\(name)")
        }
    }

    /// The rendered pages themselves: paper level and ink counts, far from the threshold either way.
    @Test func inkMeasuresOfRealPages() throws {
        func measure(_ name: String, page: Int = 1) throws -> PageInk.Measure {
            let document = try PopplerDocument(path: name)
            let raster = try #require(document.render(page: page - 1, dpi: PageInk.dpi))
            return PageInk.measure(raster)
        }
        let text = try measure(Fixture.tablePDF)
        #expect(text.paper == 255 && text.inkPixels > 100 * Int(PageInk.maxInkShare * Double(text.pixels)), "\(text)")
        let scan = try measure(Fixture.hostile("scanned-no-text-layer.pdf"))
        #expect(!scan.isBlank && scan.inkPixels > 1000, "\(scan)")
        let drawing = try measure(Fixture.hostile("vector-drawing-no-text.pdf"))
        #expect(!drawing.isBlank, "\(drawing)")
        let paper = try measure(Fixture.hostile("blank-scanned-page.pdf"))
        #expect(paper.isBlank && (234...242).contains(paper.paper), "\(paper)")
        // At OCR resolution, measured in 8 × 8 blocks: the same verdicts, the same number of cells.
        let scanRaster = try #require(try PDFExtractor.render(path: Fixture.hostile("scanned-no-text-layer.pdf"), pages: [1])[1])
        let scan300 = PageInk.measure(scanRaster)
        #expect(!scan300.isBlank && abs(scan300.pixels - scan.pixels) * 10 < scan.pixels, "\(scan300) vs \(scan)")
        let paperRaster = try #require(try PDFExtractor.render(path: Fixture.hostile("blank-scanned-page.pdf"), pages: [1])[1])
        #expect(PageInk.measure(paperRaster).isBlank, "\(PageInk.measure(paperRaster))")
        let empty = try measure(Fixture.hostile("blank-2000-pages.pdf"), page: 1234)
        #expect(empty == PageInk.Measure(paper: 255, inkPixels: 0, pixels: empty.pixels))
    }

    @Test func inkThresholdOnSyntheticRasters() {
        func raster(_ width: Int, _ height: Int, gray: UInt8, marks: [(x: Int, y: Int, gray: UInt8)] = []) -> PageRaster {
            var bytes = [UInt8](repeating: 255, count: width * height * 4)
            for index in 0..<(width * height) { bytes[index * 4] = gray; bytes[index * 4 + 1] = gray; bytes[index * 4 + 2] = gray }
            for mark in marks {
                let i = (mark.y * width + mark.x) * 4
                bytes[i] = mark.gray; bytes[i + 1] = mark.gray; bytes[i + 2] = mark.gray
            }
            return PageRaster(width: width, height: height, stride: width * 4, dpi: 36, bgra: bytes)
        }
        // 100 × 100: up to 2 pixels may differ from the paper (0.0002 of 10,000).
        #expect(PageInk.measure(raster(100, 100, gray: 255)) == .init(paper: 255, inkPixels: 0, pixels: 10_000))
        // At 288 dpi, 8 × 8 blocks: a 2-pixel speck averages away, a 10-pixel stroke across a block does not.
        func fine(_ marks: [(x: Int, y: Int, gray: UInt8)]) -> PageRaster {
            var r = raster(160, 160, gray: 240, marks: marks)
            r.dpi = 288
            return r
        }
        #expect(PageInk.measure(fine([(3, 3, 0), (4, 3, 0)])) == .init(paper: 240, inkPixels: 0, pixels: 400))
        #expect(PageInk.measure(fine((0..<8).flatMap { x in (0..<4).map { (x, $0, UInt8(0)) } })).inkPixels == 1)
        #expect(PageInk.measure(raster(100, 100, gray: 230)).isBlank)
        let specks = raster(100, 100, gray: 240, marks: [(3, 3, 0), (50, 60, 10)])
        #expect(PageInk.measure(specks) == .init(paper: 240, inkPixels: 2, pixels: 10_000))
        #expect(PageInk.measure(specks).isBlank)
        let line = raster(100, 100, gray: 240, marks: (10..<20).map { ($0, 50, 120) })
        #expect(!PageInk.measure(line).isBlank, "ten ink pixels in a row are a stroke")
        let faint = raster(100, 100, gray: 240, marks: (10..<60).map { ($0, 50, 200) })
        #expect(PageInk.measure(faint).isBlank, "40 levels from the paper is tone, not ink")
        // Uniform by memcmp, including a stride wider than the row.
        var padded = [UInt8](repeating: 7, count: 3 * 16)
        for row in 0..<3 { for i in 0..<8 { padded[row * 16 + i] = 255 } }
        #expect(PageInk.uniformLevel(PageRaster(width: 2, height: 3, stride: 16, dpi: 36, bgra: padded)) == 255)
    }

    @Test func pageLimitRefusesBeforeReading() {
        #expect(throws: HetongError(.tooManyPages, "the document has 2000 pages, more than --max-pages 1999")) {
            try PDFExtractor.extract(path: Fixture.hostile("blank-2000-pages.pdf"), limits: .init(maxPages: 1999))
        }
        #expect(throws: Never.self) {
            try PDFExtractor.extract(path: Fixture.hostile("blank-2000-pages.pdf"), limits: .init(maxPages: 2000))
        }
    }

    /// A spent budget stops reading between pages; the error keeps the page count.
    @Test func expiredDeadlineStopsBetweenPagesWithWhatItHad() throws {
        do {
            _ = try PDFExtractor.extract(path: Fixture.hostile("blank-2000-pages.pdf"), limits: .init(seconds: 0))
            Issue.record("no timeout")
        } catch let incomplete as IncompleteExtraction {
            #expect(incomplete.error.code == .timeout)
            #expect(incomplete.error.message.contains("while reading page 1 of 2000"), "\(incomplete.error.message)")
            #expect(incomplete.document.pages.count == 2000)
        }
    }
}
