import ContractModel
import Extraction
import TextNormalization

/// The two texts every corpus test compares: a document run through `DocumentExtractor` + `Normalizer` (what
/// `hetong extract` prints), and a source text run through the same `Normalizer` as a one-page TXT document.
enum CorpusText {
    static func extract(_ document: CorpusDocument) throws -> (raw: ExtractedDocument, text: DocumentText) {
        let raw = try DocumentExtractor.extract(path: document.url.path)
        return (raw, normalized(raw))
    }

    static func normalizedSource(_ text: String) -> DocumentText {
        let document = ExtractedDocument(format: .txt, pages: [ExtractedPage(number: 1, text: text)],
                                         extractor: "corpus source")
        return normalized(document)
    }

    private static func normalized(_ document: ExtractedDocument) -> DocumentText {
        Normalizer.normalize(document).text
    }

    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int {
        guard !needle.isEmpty, needle.count <= haystack.count else { return 0 }
        var count = 0, index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
}
