import ClauseGrammar
import Foundation

/// A `--vocabulary` file: words a user adds to the built-in vocabulary for their own template, by
/// concept, without rebuilding hetong. JSON, UTF-8:
///
///     { "version": 1,
///       "add": { "total": ["结算总价款"], "party_a": ["兴建方"], "party_b": ["营建方"],
///                "service_period": ["维保期限"], "penalty": ["扣款金"] } }
///
/// Concepts: total, performance_bond, retention_money, service_period, contract_term, payment_stages,
/// payment_remainder, penalty, party_a, party_b, hedges, contract_fee (`Vocabulary.Concept`). A file that cannot be
/// read, is not this shape, names an unknown concept or holds a word that is no keyword is refused
/// with a message saying which (the CLI turns it into a usage error, exit 2).
public enum VocabularyFile {
    /// Where `hetong batch` hands the file to its workers (an absolute path).
    public static let environmentKey = "HETONG_VOCABULARY"

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(_ path: String) throws(Problem) -> VocabularyExtension {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "cannot read the vocabulary file \(path)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Problem(description: "\(path): not a JSON object")
        }
        guard object["version"] as? Int == 1 else {
            throw Problem(description: "\(path): \"version\" must be 1")
        }
        let unknownKeys = Set(object.keys).subtracting(["version", "add"])
        guard unknownKeys.isEmpty else {
            throw Problem(description: "\(path): unknown key \(unknownKeys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")) (expected \"version\", \"add\")")
        }
        guard let add = object["add"] as? [String: Any] else {
            throw Problem(description: "\(path): \"add\" must be an object of concept → list of words")
        }
        var raw: [String: [String]] = [:]
        for (concept, value) in add {
            guard let words = value as? [String] else {
                throw Problem(description: "\(path): \"\(concept)\" must be a list of words")
            }
            raw[concept] = words
        }
        do {
            return try VocabularyExtension.validated(raw)
        } catch {
            throw Problem(description: "\(path): \(error)")
        }
    }

    /// Loads the file named by `path` (or, in a worker, by `HETONG_VOCABULARY`) and installs it.
    /// Returns the absolute path installed, if any.
    @discardableResult
    public static func install(path: String?) throws(Problem) -> String? {
        guard let path = path ?? ProcessInfo.processInfo.environment[environmentKey], !path.isEmpty else { return nil }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let words = try load(absolute)
        do {
            try Vocabulary.install(words)
        } catch {
            throw Problem(description: "the vocabulary must be installed before the first document is parsed")
        }
        return absolute
    }
}
