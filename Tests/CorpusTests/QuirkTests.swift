import ContractModel
import Foundation
import Testing

/// One file per quirk (Corpus/quirks/quirk-*.{pdf,docx,txt}): the normalized text reads as the expected text
/// written beside it, and the quirk's own checks (from the manifest) hold.
@Suite struct QuirkTests {
    @Test(arguments: CorpusManifest.quirks)
    func normalizedTextReadsAsExpected(_ document: CorpusDocument) throws {
        let (_, text) = try CorpusText.extract(document)
        let expected = try document.read(try #require(document.expected))
        let similarity = TextSimilarity.measure(ComparisonKey.of(text.string), ComparisonKey.of(expected))
        print("corpus similarity \(document.path): \(similarity)")
        KnownIssues.check(document, .similarity) {
            #expect(similarity.ratio >= (document.minSimilarity ?? 0.99),
                    "\(document.path): similarity \(similarity)\n--- got\n\(text.string)\n--- expected\n\(expected)")
        }
    }

    @Test(arguments: CorpusManifest.quirks)
    func quirkChecksHold(_ document: CorpusDocument) throws {
        let (_, text) = try CorpusText.extract(document)
        let body = text.string
        try KnownIssues.check(document, .quirkChecks) { try checks(document, body) }
    }

    private func checks(_ document: CorpusDocument, _ body: String) throws {
        for needle in document.contains ?? [] {
            #expect(CorpusText.readsWhole(needle, in: body), "\(document.path): \(needle) does not read whole\n\(body)")
        }
        for pattern in document.absent ?? [] {
            let match = body.firstMatch(of: try Regex(pattern))
            #expect(match == nil, "\(document.path): /\(pattern)/ matches \(match.map { String(body[$0.range]) } ?? "")")
        }
        for (needle, count) in document.counts ?? [:] {
            let seen = CorpusText.occurrences(of: Array(needle.unicodeScalars), in: Array(body.unicodeScalars))
            #expect(seen == count, "\(document.path): \(needle) seen \(seen)×, expected \(count)×")
        }
    }
}
