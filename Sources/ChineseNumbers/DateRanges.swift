import ContractModel

// Date ranges: two dates joined by 至 / 到 / - / — / ~ (`2022年3月1日起至2023年4月30日止`,
// `2023年至2024年`), with an optional 自 / 从 before and 止 after, which the span includes.

extension ScanState {
    func dateRanges() -> [DateRangeValue] {
        var out: [DateRangeValue] = []
        var k = 0
        while k + 1 < dates.count {
            let a = dates[k], b = dates[k + 1]
            if joinsRange(a.span.end, b.span.start) {
                var start = a.span.start
                let p = previousNonSpace(start)
                if v(p) == 0x81EA || v(p) == 0x4ECE { start = p } // 自 从
                var end = b.span.end
                let q = skipSpace(end)
                if v(q) == 0x6B62 { end = q + 1 } // 止
                out.append(DateRangeValue(start: a, end: b, text: string(start, end), span: span(start, end)))
                k += 2
            } else {
                k += 1
            }
        }
        return out
    }

    /// True when only spaces, an optional 起 and one connector stand between `start` and `end`.
    private func joinsRange(_ start: Int, _ end: Int) -> Bool {
        var j = skipSpace(start)
        if v(j) == 0x8D77 { j = skipSpace(j + 1) } // 起
        switch f(j) {
        case 0x81F3, 0x5230, 0x2D, 0x2014, 0x2013, 0x7E, 0x301C: break // 至 到 - — – ~ 〜
        default: return false
        }
        if v(j) == 0x2014 && v(j + 1) == 0x2014 { j += 1 } // ——
        return skipSpace(j + 1) == end
    }
}
