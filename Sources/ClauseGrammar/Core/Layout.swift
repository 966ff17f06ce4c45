// Segmentation of the document into lines (paragraphs, after normalization joined wrapped lines),
// sentences (split at 。；; ！？) and sub-clauses (split at ，, and tabs, never inside a number
// like 4,715,000.00). Every range is a half-open range of scalar offsets into the document.

struct Layout: Sendable {
    /// Longest sentence a rule looks at; longer runs without 。；; are cut.
    static let maxSentence = 600
    let lines: [Range<Int>]
    let sentences: [Range<Int>]

    init(_ s: [Unicode.Scalar]) {
        var lines: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        lines.reserveCapacity(s.count / 40 + 1)
        sentences.reserveCapacity(s.count / 30 + 1)
        var lineStart = 0
        var sentenceStart = 0
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c.isLineBreak {
                lines.append(lineStart..<i)
                if sentenceStart < i { sentences.append(sentenceStart..<i) }
                lineStart = i + 1
                sentenceStart = i + 1
            } else if Layout.isSentenceEnd(c) || Layout.isFullStopAfterWords(s, i, sentenceStart: sentenceStart) {
                if sentenceStart < i { sentences.append(sentenceStart..<i) }
                sentenceStart = i + 1
            } else if i - sentenceStart >= Layout.maxSentence {
                // Text without punctuation: bounded sentences keep every rule linear.
                sentences.append(sentenceStart..<i)
                sentenceStart = i
            }
            i += 1
        }
        lines.append(lineStart..<n)
        if sentenceStart < n { sentences.append(sentenceStart..<n) }
        self.lines = lines
        self.sentences = sentences
    }

    @inline(__always) static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3002, 0xFF1B, 0x3B, 0xFF01, 0xFF1F, 0x21, 0x3F: return true  // 。；; ！？!?
        default: return false
        }
    }

    /// An ASCII `.` used as 。 (web pages, converted files: `…验收后支付.信用证应于…`): after a CJK character that is no
    /// numeral (`一.总则` numbers an item), right before a CJK character or the end of the line, and after more than a
    /// heading (`质保金.为结算价的5%`: a heading of a few characters and its clause are one sentence).
    static let longestHeading = 10
    @inline(__always) static func isFullStopAfterWords(_ s: [Unicode.Scalar], _ i: Int, sentenceStart: Int) -> Bool {
        guard s[i].value == 0x2E, i - sentenceStart > longestHeading else { return false }
        // `…payment in advance.我方要求…`: an English sentence ending before the Chinese one.
        if i > 0, s[i - 1].value >= 0x61 && s[i - 1].value <= 0x7A { return i + 1 < s.count && s[i + 1].isHanScalar }
        guard s[i - 1].isHanScalar, !ChineseDigits.isNumeral(s[i - 1].canonical) else { return false }
        guard i + 1 < s.count else { return true }
        let next = s[i + 1]
        return next.isHanScalar || next.isLineBreak || next.value == 0x201C || next.value == 0x300A
    }

    /// Sub-clause separators: ，, 、 is not one (lists of names), tab is (table cells).
    @inline(__always) static func isSubclauseBreak(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let c = s[i]
        switch c.value {
        case 0xFF0C, 0x09: return true
        case 0x2C:  // ASCII comma: not between digits (4,715,000.00).
            let before = i > 0 && s[i - 1].isASCIIDigit
            let after = i + 1 < s.count && s[i + 1].isASCIIDigit
            return !(before && after)
        default: return false
        }
    }

    /// Index of the range in `ranges` (sorted, disjoint) containing `offset`, or of the last range
    /// starting before it.
    static func index(of offset: Int, in ranges: [Range<Int>]) -> Int? {
        var low = 0, high = ranges.count - 1
        guard high >= 0, ranges[0].lowerBound <= offset else { return nil }
        while low < high {
            let mid = (low + high + 1) / 2
            if ranges[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
