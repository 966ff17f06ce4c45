import ContractModel

// How a percentage is qualified: `≥99.9%`, `$\geq 95\%$`, `不低于28%`, `超过99%`, `95%以上`,
// `不超过合同总额的 5%` (a comparison word may govern the phrase ending in the percentage, up to
// the previous punctuation or number). Anything unqualified is `.exact`.

enum ComparisonWords {
    static let w = Words.w
    /// Longer words first where one ends another (`不超过` before `超过`).
    static let table: [([UInt32], Comparison)] = [
        (w("大于等于"), .atLeast), (w("大于或等于"), .atLeast), (w("高于或等于"), .atLeast),
        (w("小于等于"), .atMost), (w("小于或等于"), .atMost), (w("低于或等于"), .atMost),
        (w("不得低于"), .atLeast), (w("不应低于"), .atLeast), (w("不低于"), .atLeast),
        (w("不得少于"), .atLeast), (w("不少于"), .atLeast), (w("不小于"), .atLeast),
        (w("至少"), .atLeast), (w("最低"), .atLeast),
        (w("不得超过"), .atMost), (w("不应超过"), .atMost), (w("不能超过"), .atMost), (w("不超过"), .atMost),
        (w("不得高于"), .atMost), (w("不高于"), .atMost), (w("不大于"), .atMost),
        (w("最高"), .atMost), (w("至多"), .atMost), (w("最多"), .atMost),
        (w("达不到"), .lessThan), (w("未达到"), .lessThan), (w("不足"), .lessThan),
        (w("超过"), .greaterThan), (w("高于"), .greaterThan), (w("大于"), .greaterThan), (w("多于"), .greaterThan),
        (w("低于"), .lessThan), (w("少于"), .lessThan), (w("小于"), .lessThan),
    ]
    /// Words that qualify only when they stand right before the number (`约5%`, `达到99%`):
    /// further back, 约 is mostly part of 违约金 and 达到 of another clause.
    static let immediate: [([UInt32], Comparison)] = [
        (w("大约"), .approximately), (w("约"), .approximately), (w("达到"), .atLeast),
    ]
    static let latex: [([UInt32], Comparison)] = [
        (w("\\geq"), .atLeast), (w("\\geqslant"), .atLeast), (w("\\ge"), .atLeast),
        (w("\\leq"), .atMost), (w("\\leqslant"), .atMost), (w("\\le"), .atMost),
        (w("\\gt"), .greaterThan), (w("\\lt"), .lessThan),
    ]
}

extension ScanState {
    /// The comparison qualifying the percentage spanning `start..<end`.
    func comparison(start: Int, end: Int) -> Comparison {
        // Symbol right before: ≥ ≤ > < (also >=, LaTeX \geq), skipping spaces, `$` and brackets.
        var p = start - 1
        while p >= 0 {
            let c = f(p)
            if NumeralTables.isSpace(c) || c == 0x24 || c == 0x5B || c == 0x28 || c == 0x3010 { p -= 1 } else { break }
        }
        switch f(p) {
        case 0x2265, 0x2A7E: return .atLeast     // ≥ ⩾
        case 0x2264, 0x2A7D: return .atMost      // ≤ ⩽
        case 0x3E: return .greaterThan           // >
        case 0x3C: return .lessThan              // <
        case 0x3D:                               // >= <=
            if f(p - 1) == 0x3E { return .atLeast }
            if f(p - 1) == 0x3C { return .atMost }
        default:
            for (word, c) in ComparisonWords.latex where endsWith(p + 1, word) { return c }
            for (word, c) in ComparisonWords.immediate where endsWith(p + 1, word) { return c }
        }
        // A bound written after: 以上 以下 以内 左右.
        let a = skipSpace(end)
        if matches(a, Words.yiShang) { return .atLeast }
        if matches(a, Words.yiXia) || matches(a, Words.yiNei) { return .atMost }
        if matches(a, Words.zuoYou) { return .approximately }
        // A comparison word earlier in the same phrase; not before the rate's own 按 or a start (`自超过约定之日起按欠款的
        // 0.1%`: 超过 compares the day).
        var e = start
        let limit = max(0, start - 24)
        while e > limit {
            let c = f(e - 1)
            if Self.isPhraseStop(c) || c == 0x6309 || c == 0x8D77 { break } // 按 起
            for (word, comparison) in ComparisonWords.table where endsWith(e, word) { return comparison }
            e -= 1
        }
        return .exact
    }

    static func isPhraseStop(_ c: UInt32) -> Bool {
        switch c {
        case 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x0A, 0x0C, 0x09, 0x25, 0x3002, // , ; : ! ? newline page tab % 。
             0x3001, 0xFF0C, 0xFF1B, 0xFF1A, 0x2030:           // 、 ， ； ： ‰
            return true
        default:
            return NumeralTables.asciiDigit(c) != nil
        }
    }
}
