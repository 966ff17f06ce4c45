/// The documented normalization both sides go through before their similarity is measured:
/// 1. whitespace of every kind is dropped (spaces, tabs, line breaks, form feeds, U+3000): layout decides it;
/// 2. full-width forms U+FF01…U+FF5E fold to ASCII and ￥ to ¥, so that a normalizer folding `，` → `,` or not
///    compares the same.
/// Everything else (markdown marks, HTML tags, LaTeX) is handled by running the source through the same
/// `Normalizer` as the extracted text (see `CorpusDocument.normalizedSource`), never by this key.
enum ComparisonKey {
    static func of(_ text: String) -> [Unicode.Scalar] {
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{0C}" { continue }
            key.append(fold(scalar))
        }
        return key
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0xFFE5: return "¥"
        default: return scalar
        }
    }
}
