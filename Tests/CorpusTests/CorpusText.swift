import ContractModel
import Foundation
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

    /// Whether `needle` reads whole in the normalized `body`: verbatim, except that a page separator may sit
    /// anywhere inside it (pages stay pages: a sentence or amount joined across a page break keeps only the
    /// `"\u{0C}"` between its halves, see `LineJoining`), and that a blank in the needle (`Oracle Database 19c`)
    /// may be any run of whitespace, a line break included, but not nothing.
    static func readsWhole(_ needle: String, in body: String) -> Bool {
        let pageless = String(String.UnicodeScalarView(body.unicodeScalars.filter { $0 != DocumentText.pageSeparator }))
        let words = needle.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return pageless.contains(needle) }
        var remaining = Substring(pageless)
        while let first = remaining.range(of: words[0]) {
            var cursor = first.upperBound
            var matched = true
            for word in words.dropFirst() {
                let blanks = remaining[cursor...].prefix(while: \.isWhitespace)
                guard !blanks.isEmpty, remaining[blanks.endIndex...].hasPrefix(word) else { matched = false; break }
                cursor = remaining.index(blanks.endIndex, offsetBy: word.count)
            }
            if matched { return true }
            remaining = remaining[remaining.index(after: first.lowerBound)...]
        }
        return false
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
