import ContractModel
import Foundation
import Testing

/// Every rendering of every seed contract (PDF, DOCX, and the TXT source itself) extracted and normalized as
/// `hetong extract` does, compared with the seed text it was rendered from.
@Suite struct SeedFidelityTests {
    static let threshold = 0.99

    @Test(arguments: CorpusManifest.seedRenderings)
    func bodyTextMatchesSource(_ document: CorpusDocument) throws {
        let (raw, text) = try CorpusText.extract(document)
        let source = CorpusText.normalizedSource(try document.read(try #require(document.source)))
        let extracted = ComparisonKey.of(text.string)
        let expected = ComparisonKey.of(source.string)
        let similarity = TextSimilarity.measure(extracted, expected, maxEdits: (extracted.count + expected.count) / 5)
        print("corpus similarity \(document.path): \(similarity) (\(raw.pages.count) pages, "
              + "\(extracted.count) vs \(expected.count) scalars without whitespace, extractor \(raw.extractor))")
        #expect(similarity.ratio >= (document.minSimilarity ?? Self.threshold),
                "\(document.path): similarity \(similarity) to \(document.source ?? "")")
    }

    @Test(arguments: CorpusManifest.seedRenderings)
    func uppercaseAmountsIntact(_ document: CorpusDocument) throws {
        let (_, text) = try CorpusText.extract(document)
        let amounts = UppercaseAmounts.find(in: try document.read(try #require(document.source)))
        #expect(!amounts.isEmpty, "no 大写 amount found in \(document.source ?? "")")
        let body = text.string
        for amount in Set(amounts).sorted() {
            #expect(CorpusText.readsWhole(amount, in: body), "\(document.path): 大写 amount \(amount) not intact")
        }
    }

    @Test(arguments: CorpusManifest.seedRenderings.filter { $0.format != "txt" })
    func headersFootersAndPageNumbersGone(_ document: CorpusDocument) throws {
        let (raw, text) = try CorpusText.extract(document)
        let source = try document.read(try #require(document.source))
        let body = text.string
        let pageNumber = try Regex(#"第\s*\d+\s*页\s*共\s*\d+\s*页"#)
        #expect(body.firstMatch(of: pageNumber) == nil, "\(document.path): a 第 X 页 共 Y 页 line is in the body")
        // The running header (each of its lines, each part of a line in parts) may appear in the body no more
        // often than in the source (where it can be the title).
        let headerLines = try #require(document.header).split(separator: "\n").map(String.init)
        let parts = headerLines.flatMap { $0.split(separator: "\t").map(String.init) }
        for part in parts + headerLines {
            let key = ComparisonKey.of(part)
            let inBody = CorpusText.occurrences(of: key, in: ComparisonKey.of(body))
            let inSource = CorpusText.occurrences(of: key, in: ComparisonKey.of(source))
            #expect(inBody <= inSource, "\(document.path): header \(part) seen \(inBody)× in the body, \(inSource)× in the source")
        }
        let header = ComparisonKey.of(headerLines.joined())
        if document.format == "docx" {
            #expect(raw.headers.contains { ComparisonKey.of($0) == header }, "DOCX header not exposed: \(raw.headers)")
            #expect(raw.footers.contains { $0.contains("页") }, "DOCX footer not exposed: \(raw.footers)")
        } else {
            #expect(raw.pages.count > 10, "\(document.path): \(raw.pages.count) pages")
        }
    }
}
