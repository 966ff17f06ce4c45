/// Page-number lines, after folding and spacing: `第3页共12页`, `第3页/共12页`, `第3页,共12页`,
/// `共12页第3页`, `第3页`, `- 3 -`, `— 3 —`, `3 / 12`, `3/12`, `Page 3 of 12`, `Page 3`, `P3`.
enum PageNumber {
    static func matches(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var scanner = Scanner(s: s, i: start, end: end)
        scanner.skipSpaces()
        guard scanner.i < end else { return false }
        // 第3页 [sep] 共12页 | 共12页 [sep] 第3页
        var start0 = scanner
        if start0.chinesePageNumber() {
            start0.skipSeparators()
            if start0.atEnd { return true }
            return start0.chinesePageNumber() && start0.atEnd
        }
        // - 3 -   — 3 —
        var dashed = scanner
        if dashed.dash() {
            dashed.skipSpaces()
            if dashed.number() != nil {
                dashed.skipSpaces()
                if dashed.dash() { dashed.skipSpaces(); return dashed.atEnd }
            }
        }
        // Page 3 of 12 / Page 3 / P3
        var english = scanner
        if english.word("page") || english.word("p") {
            english.skipSpaces()
            guard english.number() != nil else { return false }
            english.skipSpaces()
            if english.atEnd { return true }
            guard english.word("of") || english.slash() else { return false }
            english.skipSpaces()
            return english.number() != nil && english.atEnd
        }
        // 3 / 12
        var fraction = scanner
        if let page = fraction.number() {
            fraction.skipSpaces()
            guard fraction.slash() else { return false }
            fraction.skipSpaces()
            guard let total = fraction.number(), fraction.atEnd else { return false }
            return page >= 1 && page <= total
        }
        return false
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i: Int
        let end: Int

        var atEnd: Bool {
            mutating get {
                skipSpaces()
                return i >= end
            }
        }

        mutating func skipSpaces() { while i < end && s[i].isSpaceScalar { i += 1 } }

        mutating func skipSeparators() {
            while i < end {
                switch s[i].value {
                case 0x20, 0x2F, 0x2C, 0xFF0C, 0x3001, 0x7C, 0x2D: i += 1  // space / , ， 、 | -
                default: return
                }
            }
        }

        mutating func number() -> Int? {
            var value = 0
            let start = i
            while i < end && s[i].isASCIIDigitScalar && i - start < 5 {
                value = value * 10 + Int(s[i].value - 0x30)
                i += 1
            }
            return i > start ? value : nil
        }

        /// 第3页 or 共12页 (digits or small Chinese numerals).
        mutating func chinesePageNumber() -> Bool {
            guard i < end, s[i].value == 0x7B2C || s[i].value == 0x5171 else { return false }  // 第 共
            var j = i + 1
            while j < end && s[j].isSpaceScalar { j += 1 }
            let digits = j
            while j < end && (s[j].isASCIIDigitScalar || s[j].isSmallChineseNumeralScalar) { j += 1 }
            guard j > digits else { return false }
            while j < end && s[j].isSpaceScalar { j += 1 }
            guard j < end, s[j].value == 0x9875 else { return false }  // 页
            i = j + 1
            return true
        }

        mutating func dash() -> Bool {
            guard i < end else { return false }
            switch s[i].value {
            case 0x2D, 0x2013, 0x2014, 0x2212, 0x2015:
                i += 1
                return true
            default: return false
            }
        }

        mutating func slash() -> Bool {
            guard i < end, s[i].value == 0x2F else { return false }
            i += 1
            return true
        }

        /// A case-insensitive ASCII word, not followed by a letter.
        mutating func word(_ w: String) -> Bool {
            var j = i
            for c in w.unicodeScalars {
                guard j < end, (s[j].value | 0x20) == c.value else { return false }
                j += 1
            }
            if j < end && s[j].isASCIILetterScalar { return false }
            i = j
            return true
        }
    }
}
