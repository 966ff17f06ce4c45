/// Words a user adds to the built-in vocabulary for their own template, by concept (the content of a
/// `--vocabulary` file, decoded by the caller). `validated` checks every word: 2 to 24 characters, no
/// blanks or line breaks (a keyword is matched as written, so a space would never match normalized text).
public struct VocabularyExtension: Sendable, Equatable {
    public var words: [Vocabulary.Concept: [String]]

    public init(words: [Vocabulary.Concept: [String]]) { self.words = words }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownConcept(String)
        case badWord(concept: String, word: String)

        public var description: String {
            switch self {
            case .unknownConcept(let name):
                "unknown concept \"\(name)\" (known: \(Vocabulary.Concept.allCases.map(\.rawValue).joined(separator: ", ")))"
            case .badWord(let concept, let word):
                "\(concept): \"\(word)\" is not a keyword (2 to 24 characters, no spaces or line breaks)"
            }
        }
    }

    /// The extension named by concept names as a file spells them, every word checked.
    public static func validated(_ raw: [String: [String]]) throws(Problem) -> VocabularyExtension {
        var words: [Vocabulary.Concept: [String]] = [:]
        for name in raw.keys.sorted() {
            guard let concept = Vocabulary.Concept(rawValue: name) else { throw .unknownConcept(name) }
            for word in raw[name]! {
                let scalars = word.unicodeScalars
                guard (2...24).contains(scalars.count), !scalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else {
                    throw .badWord(concept: name, word: word)
                }
            }
            words[concept] = raw[name]!
        }
        return VocabularyExtension(words: words)
    }
}
