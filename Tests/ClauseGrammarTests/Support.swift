import Foundation
import ContractModel
import TextNormalization
import ChineseNumbers
import ClauseGrammar

/// The repository root, found from this file's path.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// The seed contracts as committed in Corpus/ (extracted text of real contracts).
    static func seed(_ name: String) throws -> String { try file("Corpus/contracts/\(name)/source.txt") }

    static let seeds = ["zongzhi-yunwei-2025", "yingji-yewu-yunwei-2022", "jingxin-pingtai-yunwei"]
}

/// A text run through the real pipeline stages: normalize → scan → parse.
struct Parsed {
    let text: DocumentText
    let mentions: Mentions
    let contract: Contract

    init(_ raw: String) {
        let pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        text = Normalizer.normalize(pages: pages).text
        mentions = MentionScanner.scan(text)
        contract = ContractParser.parse(text, mentions: mentions)
    }

    /// The document text a span points at.
    func slice(_ span: Span?) -> String? { span.map { text.text($0) } }
}

extension Optional where Wrapped == PercentValue {
    var decimal: String? { self?.value.description }
}

extension Optional where Wrapped == MoneyValue {
    var yuan: String? { self?.value.description }
}
