import Foundation
import Testing
import ContractModel
import TextNormalization
import ChineseNumbers
import ClauseGrammar
@testable import ConsistencyChecks

/// The seed contracts (real contracts, extracted text) run through the whole chain:
/// normalize → scan → parse → check. Tests change one number in the raw text to make a rule fire.
enum Seeds {
    static let names = ["000_9fb00753f40daf59", "001_c648c82cf455f662", "002_0ad458b6bd88bf67"]

    /// The seeds live in `../shared/seeds` beside the repository.
    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/seeds")
    }

    static func raw(_ name: String) throws -> String {
        let url = directory.appendingPathComponent(name + ".txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    struct Parsed {
        var text: DocumentText
        var mentions: Mentions
        var contract: Contract
        var findings: [Finding]
    }

    static func parse(raw: String) -> Parsed {
        let pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated()
            .map { ExtractedPage(number: $0.offset + 1, text: String($0.element)) }
        let document = ExtractedDocument(format: .txt, pages: pages, extractor: "seed-text")
        let text = Normalizer.normalize(document).text
        let mentions = MentionScanner.scan(text)
        let contract = ContractParser.parse(text, mentions: mentions)
        return Parsed(text: text, mentions: mentions, contract: contract,
                      findings: ConsistencyChecker.check(contract, mentions: mentions, text: text))
    }

    static func parse(_ name: String) throws -> Parsed { parse(raw: try raw(name)) }

    /// The seed with several replacements, each of which must match exactly once.
    static func parse(_ name: String, replacing pairs: [(String, String)]) throws -> Parsed {
        var text = try raw(name)
        for (old, new) in pairs {
            let count = text.components(separatedBy: old).count - 1
            #expect(count == 1, "「\(old)」 occurs \(count) times in seed \(name)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return parse(raw: text)
    }

    /// The seed with `old` replaced by `new` (exactly once: the test fails if `old` is not unique).
    static func parse(_ name: String, replacing old: String, with new: String) throws -> Parsed {
        let text = try raw(name)
        let count = text.components(separatedBy: old).count - 1
        #expect(count == 1, "「\(old)」 occurs \(count) times in seed \(name)")
        return parse(raw: text.replacingOccurrences(of: old, with: new))
    }
}
