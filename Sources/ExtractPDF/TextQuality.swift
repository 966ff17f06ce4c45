/// Tells real text from the noise poppler produces for fonts without a Unicode mapping: control
/// characters, private-use code points, U+FFFD and `(cid:N)` tokens.
enum TextQuality {
    struct Counts: Equatable {
        var visible = 0
        var noise = 0
        /// C0/C1 control characters other than layout whitespace: never part of real text.
        var controls = 0
    }

    /// A page is garbled when at least this share of its visible characters is noise. A few
    /// private-use bullets (U+F0B7 from Symbol fonts) stay well below it.
    static let garbledShare = 0.2
    /// Control characters are never real text, so a few of them already mark a garbled page
    /// (a font without a Unicode map yields its glyph ids 1, 2, 3… as characters).
    static let garbledControls = 3
    static let garbledControlShare = 0.01

    static func counts(_ scalars: [Unicode.Scalar]) -> Counts {
        var counts = Counts()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "(", let length = cidTokenLength(scalars, at: index) {
                counts.visible += length
                counts.noise += length
                index += length
                continue
            }
            if !isLayoutSpace(scalar) {
                counts.visible += 1
                if isNoise(scalar) { counts.noise += 1 }
                if isControl(scalar) { counts.controls += 1 }
            }
            index += 1
        }
        return counts
    }

    static func isGarbled(_ counts: Counts) -> Bool {
        guard counts.visible > 0 else { return false }
        let visible = Double(counts.visible)
        return Double(counts.noise) >= garbledShare * visible
            || (counts.controls >= garbledControls && Double(counts.controls) >= garbledControlShare * visible)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isNoise(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true                  // controls (layout spaces excluded earlier)
        case 0xE000...0xF8FF, 0xF0000...0x10FFFF: return true       // private use
        case 0xFFFD, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func isLayoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0xA0, 0x3000: return true
        default: return false
        }
    }

    /// Length of a `(cid:123)` token starting at `index`, if there is one.
    static func cidTokenLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let prefix: [Unicode.Scalar] = ["(", "c", "i", "d", ":"]
        guard index + prefix.count < scalars.count,
              Array(scalars[index..<index + prefix.count]) == prefix else { return nil }
        var end = index + prefix.count
        while end < scalars.count, (0x30...0x39).contains(scalars[end].value) { end += 1 }
        guard end > index + prefix.count, end < scalars.count, scalars[end] == ")" else { return nil }
        return end + 1 - index
    }
}
