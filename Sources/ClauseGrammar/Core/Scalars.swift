// Scalar-level helpers shared by every rule. Rules compare *canonical* scalars so that raw
// extraction text and normalized text read alike: full-width ASCII forms fold to ASCII
// (`（` → `(`, `：` → `:`, `，` → `,`), the ideographic space folds to a space, traditional forms
// fold to simplified (`違約金` reads as `违约金`, see `TraditionalForms`).

extension Unicode.Scalar {
    /// Full-width forms U+FF01…U+FF5E → ASCII, U+3000 → space, `￥` → `¥`, traditional → simplified;
    /// else unchanged.
    @inline(__always) var canonical: Unicode.Scalar {
        let v = value
        if v >= TraditionalForms.base && v < TraditionalForms.limit {
            let simplified = TraditionalForms.table[Int(v - TraditionalForms.base)]
            return simplified == 0 ? self : Unicode.Scalar(UInt32(simplified))!
        }
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if v == 0x3000 { return " " }
        if v == 0xFFE5 { return "¥" }
        return self
    }

    /// Space, tab, no-break space, ideographic space (not line breaks).
    @inline(__always) var isInlineSpace: Bool {
        let v = value
        return v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000 || v == 0x2002 || v == 0x2003
    }

    @inline(__always) var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x0C }

    @inline(__always) var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

/// A word as canonical scalars, for matching against document text.
struct Word: Hashable, Sendable {
    let scalars: [Unicode.Scalar]
    init(_ text: String) { scalars = text.unicodeScalars.map(\.canonical) }
    var count: Int { scalars.count }
}

extension Array where Element == Unicode.Scalar {
    /// True when `word` occurs at `offset` (canonical comparison).
    @inline(__always) func matches(_ word: Word, at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= count else { return false }
        var i = 0
        for s in word.scalars {
            if self[offset + i].canonical != s { return false }
            i += 1
        }
        return true
    }

    /// First offset in `range` where `word` starts, or nil.
    func firstOffset(of word: Word, in range: Range<Int>) -> Int? {
        guard let first = word.scalars.first, range.count >= word.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - word.count
        while i <= last {
            if self[i].canonical == first && matches(word, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Last offset in `range` where `word` starts, or nil.
    func lastOffset(of word: Word, in range: Range<Int>) -> Int? {
        guard range.count >= word.count else { return nil }
        var i = range.upperBound - word.count
        while i >= range.lowerBound {
            if matches(word, at: i) { return i }
            i -= 1
        }
        return nil
    }

    func contains(_ word: Word, in range: Range<Int>) -> Bool { firstOffset(of: word, in: range) != nil }

    func containsAny(_ words: [Word], in range: Range<Int>) -> Bool {
        words.contains { firstOffset(of: $0, in: range) != nil }
    }

    /// The first of `words` found in `range` (earliest position), with its offset.
    func firstOfAny(_ words: [Word], in range: Range<Int>) -> (word: Word, offset: Int)? {
        var best: (Word, Int)?
        for w in words {
            if let o = firstOffset(of: w, in: range), best == nil || o < best!.1 { best = (w, o) }
        }
        return best.map { (word: $0.0, offset: $0.1) }
    }
}

extension Array where Element == Word {
    init(_ texts: [String]) { self = texts.map(Word.init) }
}
