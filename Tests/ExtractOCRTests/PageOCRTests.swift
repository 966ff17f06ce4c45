import Foundation
import Testing
import ContractModel
@testable import ExtractOCR

@Suite struct PageOCRTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Renders one page of a PDF with `pdftoppm` (poppler-utils) into a BGRA raster, the layout our own
    /// poppler renderer produces, so the engine is tested without the PDF module.
    static func render(_ pdf: URL, page: Int = 1, dpi: Int = 300) throws -> PageRaster {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = ["-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", pdf.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = [UInt8](pipe.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        // PPM "P6\n<w> <h>\n255\n" then RGB bytes.
        var fields: [String] = [], index = 0, current = ""
        while fields.count < 4 {
            let c = Character(UnicodeScalar(data[index])); index += 1
            if c.isWhitespace { if !current.isEmpty { fields.append(current); current = "" } } else { current.append(c) }
        }
        let width = Int(fields[1])!, height = Int(fields[2])!
        var bgra = [UInt8](repeating: 255, count: width * height * 4)
        for p in 0..<(width * height) {
            bgra[p * 4] = data[index + p * 3 + 2]
            bgra[p * 4 + 1] = data[index + p * 3 + 1]
            bgra[p * 4 + 2] = data[index + p * 3]
        }
        return PageRaster(width: width, height: height, stride: width * 4, dpi: dpi, bgra: bgra)
    }

    @Test func sealInkIsDroppedAndBlackTextKept() {
        // Pixels: black text, red seal ink, black text under red ink, white paper, gray.
        let pixels: [(UInt8, UInt8, UInt8)] = [(0, 0, 0), (220, 30, 30), (70, 20, 20), (255, 255, 255), (128, 128, 128)]
        var bgra: [UInt8] = []
        for (r, g, b) in pixels { bgra += [b, g, r, 255] }
        let gray = InkFilter.grayDroppingSeals(PageRaster(width: 5, height: 1, stride: 20, dpi: 300, bgra: bgra))
        #expect(gray[0] == 0)
        #expect(gray[1] == 255)
        #expect(gray[2] < 40)
        #expect(gray[3] == 255)
        #expect(gray[4] == 128)
    }

    @Test func blackAndWhiteScansAreToldFromAntialiasedRenders() {
        // A G4 page renders to 0 and 255 only; antialiased text has mid-grays at every glyph edge.
        let bilevel: [UInt8] = Array(repeating: 255, count: 900) + Array(repeating: 0, count: 100)
        #expect(InkFilter.isBilevel(bilevel))
        #expect(InkFilter.isBilevel(bilevel + [128]), "one stray gray pixel (a speck) does not count")
        let antialiased: [UInt8] = Array(repeating: 255, count: 900) + Array(repeating: 0, count: 60) + Array(repeating: 128, count: 40)
        #expect(!InkFilter.isBilevel(antialiased))
        #expect(!InkFilter.isBilevel(Array(repeating: 255, count: 100)), "a blank page is not a scan to soften")
    }

    @Test(.enabled(if: PageOCR.isAvailable(), "tesseract-ocr-chi-sim not installed"))
    func rotatedStampedScanIsReadAfterDeskew() throws {
        let raster = try Self.render(Self.fixtures.appendingPathComponent("scanned-rotated-payment-clause.pdf"))
        let page = try PageOCR.recognize(raster)
        let text = page.text.filter { !$0.isWhitespace }
        #expect(abs(page.skewDegrees) > 0.3, "the fixture is rotated by 0.6°; deskew should measure it")
        #expect(page.info.meanConfidence >= 60)
        #expect(text.contains("支付合同款的60%"))
        #expect(text.contains("支付合同款的30%"))
        #expect(text.contains("4,715,000.00"))
        #expect(text.contains("2,829,000.00"))
        #expect(text.contains("自2022年3月1日起至2023年4月30日止"))
    }

    @Test(.enabled(if: PageOCR.isAvailable(), "tesseract-ocr-chi-sim not installed"))
    func pagesRecognizedInParallelKeepTheirOrder() throws {
        let raster = try Self.render(Self.fixtures.appendingPathComponent("scanned-rotated-payment-clause.pdf"), dpi: 150)
        let blank = PageRaster(width: 200, height: 200, stride: 800, dpi: 150, bgra: [UInt8](repeating: 255, count: 160_000))
        let results = PageOCR.recognize([blank, raster, blank], jobs: 2, engine: .tesseract)
        #expect(results.count == 3)
        let texts = try results.map { try $0.get().text.filter { !$0.isWhitespace } }
        #expect(texts[0].isEmpty && texts[2].isEmpty)
        #expect(texts[1].contains("支付条款"))
    }
}
