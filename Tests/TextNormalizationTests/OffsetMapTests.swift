import Testing
@testable import TextNormalization

@Suite("Offset map back to the raw text")
struct OffsetMapTests {
    @Test("Folded, removed and joined text maps back exactly")
    func smallCases() {
        let doc = Normalizer.normalize(pages: ["采购合同\n合同价款为：肆佰柒拾壹万伍\n仟元 整（¥4,715,000.00 元）\n第 1 页 共 2 页\n", "采购合同\n１，２３４．５６元 $\\geq 95\\%$\n第 2 页 共 2 页"])
        checkExact(doc)
        let text = doc.text.scalars
        // "仟" after the joined line break maps to the raw "仟".
        let qian = text.firstIndex(of: "仟")!
        #expect(doc.raw.scalars[doc.rawOffset(forNormalized: qian)] == "仟")
        // "1" of the folded amount maps to "１".
        let one = doc.text.string.unicodeScalars.split(separator: "\u{0C}")[0].count + 1
        #expect(doc.raw.scalars[doc.rawOffset(forNormalized: one)] == "１")
        // "≥" maps to the backslash of \geq.
        let geq = text.firstIndex(of: "≥")!
        #expect(doc.raw.scalars[doc.rawOffset(forNormalized: geq)] == "\\")
        // The page separator maps to the raw page separator.
        let ff = text.firstIndex(of: "\u{0C}")!
        #expect(doc.rawOffset(forNormalized: ff) == doc.raw.pageStarts[1] - 1)
        // A span's raw range holds the raw text of the span.
        let start = text.firstIndex(of: "肆")!
        let end = text.firstIndex(of: "整")! + 1
        let range = doc.rawRange(forNormalized: start, end)
        #expect(doc.raw.text(range.lowerBound, range.upperBound) == "肆佰柒拾壹万伍\n仟元 整")
    }

    @Test("Every seed maps back exactly, also rendered like a PDF")
    func seeds() throws {
        #expect(!Seeds.files.isEmpty)
        for url in Seeds.files {
            let seed = try Seeds.text(url)
            checkExact(Normalizer.normalize(pages: [seed]))
            checkExact(Normalizer.normalize(pages: PDFLike.pages(seed)))
        }
    }
}
