/// Finds every occurrence of a set of words in one pass over the text: a bitmap of first scalars
/// skips most positions, candidates are grouped by first scalar. Used by the rules that anchor on
/// keywords anywhere in the document (totals, periods, penalties, bonds).
struct KeywordSet: Sendable {
    struct Hit: Sendable { let word: Int; let offset: Int; let end: Int }

    let words: [Word]
    private var firstBits = [UInt64](repeating: 0, count: 1024)   // BMP scalars
    private var byFirst: [Unicode.Scalar: [Int]] = [:]

    init(_ texts: [String]) {
        words = texts.map(Word.init)
        for (i, w) in words.enumerated() {
            guard let f = w.scalars.first else { continue }
            byFirst[f, default: []].append(i)
            if f.value < 65536 { firstBits[Int(f.value >> 6)] |= 1 << UInt64(f.value & 63) }
        }
        // Longest first, so overlapping words prefer the longer (合同总价款 before 合同总价).
        for key in byFirst.keys { byFirst[key]!.sort { words[$0].count > words[$1].count } }
    }

    /// All hits in `range`, in text order; at one offset only the longest word is reported.
    func hits(in s: [Unicode.Scalar], _ range: Range<Int>) -> [Hit] {
        var result: [Hit] = []
        for i in range {
            let c = s[i].canonical
            if c.value < 65536 {
                if firstBits[Int(c.value >> 6)] & (1 << UInt64(c.value & 63)) == 0 { continue }
            }
            guard let candidates = byFirst[c] else { continue }
            for w in candidates where s.matches(words[w], at: i) && i + words[w].count <= range.upperBound {
                result.append(Hit(word: w, offset: i, end: i + words[w].count))
                break
            }
        }
        return result
    }
}
