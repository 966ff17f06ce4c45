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

    /// The seeds of `../shared/seeds`, read from their byte-for-byte copies committed in
    /// Corpus/contracts/NAME/source.txt (the tests do not depend on where the repository is cloned).
    static let corpusName = ["000_9fb00753f40daf59": "zongzhi-yunwei-2025", "001_c648c82cf455f662": "yingji-yewu-yunwei-2022",
                             "002_0ad458b6bd88bf67": "jingxin-pingtai-yunwei"]

    static var repository: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func raw(_ name: String) throws -> String {
        let folder = try #require(corpusName[name], "no Corpus copy of seed \(name)")
        return try String(contentsOf: repository.appendingPathComponent("Corpus/contracts/\(folder)/source.txt"), encoding: .utf8)
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
