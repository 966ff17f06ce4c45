import Foundation
import Testing

/// Corpus/manifest.json, written by Scripts/build-corpus (see Corpus/README.md).
struct CorpusManifest: Decodable {
    let version: Int
    let documents: [CorpusDocument]

    /// Corpus/ located from this file: Tests/CorpusTests/ → ../../Corpus.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    static func load() throws -> CorpusManifest {
        let data = try Data(contentsOf: root.appendingPathComponent("manifest.json"))
        return try JSONDecoder().decode(CorpusManifest.self, from: data)
    }

    /// For test arguments: an unreadable manifest yields no cases, and `ManifestTests` fails loudly instead.
    static var documents: [CorpusDocument] { (try? load().documents) ?? [] }
    static var seedRenderings: [CorpusDocument] { documents.filter { $0.kind == "seed" } }
    static var quirks: [CorpusDocument] { documents.filter { $0.kind == "quirk" } }
}

struct CorpusDocument: Decodable, Sendable, CustomTestStringConvertible {
    let kind: String              // "seed" | "quirk"
    let name: String
    let path: String              // relative to Corpus/
    let format: String            // pdf | docx | txt
    let source: String?           // seeds: the seed text the rendering came from
    let header: String?           // seeds: the running header text
    let expected: String?         // quirks: expected normalized text
    let contains: [String]?
    let absent: [String]?
    let counts: [String: Int]?
    let minSimilarity: Double?

    enum CodingKeys: String, CodingKey {
        case kind, name, path, format, source, header, expected, contains, absent, counts
        case minSimilarity = "min_similarity"
    }

    var testDescription: String { path }
    var url: URL { CorpusManifest.root.appendingPathComponent(path) }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: CorpusManifest.root.appendingPathComponent(relative), encoding: .utf8)
    }
}
