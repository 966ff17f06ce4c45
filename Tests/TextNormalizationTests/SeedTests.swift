import Testing
@testable import TextNormalization

@Suite("Whole seed contracts")
struct SeedTests {
    @Test("Normalization is idempotent on the seeds and on their PDF-like renderings")
    func idempotent() throws {
        #expect(!Seeds.files.isEmpty)
        for url in Seeds.files {
            let seed = try Seeds.text(url)
            for pages in [[seed], PDFLike.pages(seed), PDFLike.pages(seed, width: 70, linesPerPage: 25)] {
                let once = Normalizer.normalize(pages: pages).text
                let twice = Normalizer.normalize(pages: (0..<once.pageCount).map { once.page($0 + 1) }).text
                #expect(once == twice, "\(url.lastPathComponent) is not idempotent")
            }
        }
    }

    @Test("A PDF-like rendering normalizes to the seed's text: furniture gone, amounts whole")
    func pdfLikeMatchesSeed() throws {
        #expect(!Seeds.files.isEmpty)
        for url in Seeds.files {
            let seed = try Seeds.text(url)
            let expected = Normalizer.normalize(pages: [seed]).text.string
            let pages = PDFLike.pages(seed)
            let doc = Normalizer.normalize(pages: pages)
            #expect(doc.text.pageCount == pages.count)
            #expect(doc.text.string.withoutWhitespace == expected.withoutWhitespace, "\(url.lastPathComponent)")
            // Every 大写 amount of the seed sits on one line (a form feed may split it, a newline not).
            let lines = Set(doc.text.string.replacingOccurrences(of: "\u{0C}", with: "").split(separator: "\n").map(String.init))
            for amount in capitalAmounts(expected) {
                #expect(lines.contains { $0.contains(amount) }, "\(amount) broken in \(url.lastPathComponent)")
            }
        }
    }

    private func capitalAmounts(_ text: String) -> [String] {
        let digits: Set<Character> = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟", "万", "亿", "元", "角", "分", "整"]
        var amounts: [String] = [], current = ""
        for ch in text {
            if digits.contains(ch) { current.append(ch) } else {
                if current.count >= 4 && current.contains("元") { amounts.append(current) }
                current = ""
            }
        }
        return amounts
    }
}
