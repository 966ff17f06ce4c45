// libFuzzer harness: bytes → pages (split at form feeds) → normalizer → numeral/mention scanner →
// clause grammar → consistency checks, the path every document's text takes. Beyond crashes and
// hangs it checks what the record promises: every span of a mention, field or finding lies inside
// the normalized text it points into (README, Offsets).
import ChineseNumbers
import ClauseGrammar
import ConsistencyChecks
import ContractModel
#if canImport(Glibc)
import Glibc
#endif
import TextNormalization
import FuzzDriver

func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let string = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let pages = string.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
    let text = Normalizer.normalize(pages: pages).text
    let mentions = MentionScanner.scan(text)
    let contract = ContractParser.parse(text, mentions: mentions)
    let findings = ConsistencyChecker.check(contract, mentions: mentions, text: text)
    let record = ContractRecord(document: .init(path: "fuzz", sha256: ""), contract: contract, mentions: mentions, findings: findings)
    let json = RecordJSONWriter.encode(record)
    for span in SpanCollector.spans(in: json) {
        precondition(span.page >= 1 && span.page <= max(1, text.pageCount), "span page \(span.page) of \(text.pageCount)")
        precondition(span.start >= 0 && span.start <= span.end, "span \(span)")
        // Offsets count in the whole printed text (pages joined by form feeds), not within the page.
        precondition(span.end <= text.count, "span \(span) past the text's \(text.count) scalars")
    }
    return 0
}

/// Every `{"end":…,"page":…,"start":…}` object of the record's JSON (keys are sorted).
enum SpanCollector {
    static func spans(in json: [UInt8]) -> [(page: Int, start: Int, end: Int)] {
        let key = Array(#"{"end":"#.utf8)
        var result: [(Int, Int, Int)] = []
        var index = 0
        while index + key.count < json.count {
            if json[index] == key[0], Array(json[index..<(index + key.count)]) == key {
                var cursor = index + key.count
                func number() -> Int? {
                    var value = 0, digits = 0
                    while cursor < json.count, json[cursor] >= 48, json[cursor] <= 57 {
                        value = value * 10 + Int(json[cursor] - 48); cursor += 1; digits += 1
                    }
                    return digits > 0 ? value : nil
                }
                func expect(_ literal: String) -> Bool {
                    let bytes = Array(literal.utf8)
                    guard cursor + bytes.count <= json.count, Array(json[cursor..<(cursor + bytes.count)]) == bytes else { return false }
                    cursor += bytes.count
                    return true
                }
                if let end = number(), expect(#","page":"#), let page = number(), expect(#","start":"#), let start = number(), expect("}") {
                    result.append((page, start, end))
                }
            }
            index += 1
        }
        return result
    }
}

@main enum Harness {
    static func main() { runFuzzer(fuzzText) }
}
