import ContractModel

// A percentage written in words and restated in figures in brackets is one mention, not two:
//   `百分之三十(30%)`, `百分之五（5%）`, `30%(百分之三十)`, `千分之二(2‰)`.
// The bracketed restatement is dropped; the first statement keeps its span. Two equal percentages
// that are not such a pair (`30%，30%`, `30%至(30%)`) stay.

extension ScanState {
    func percentagesStatedOnce() -> [PercentValue] {
        var out: [PercentValue] = []
        out.reserveCapacity(percentages.count)
        for p in percentages {
            if let last = out.last, last.value == p.value, last.comparison == p.comparison,
               restates(from: last.span.end, to: p.span.start, closingAfter: p.span.end) {
                continue
            }
            out.append(p)
        }
        return out
    }

    /// Between the two only an opening bracket (and spaces); right after the second a closing one.
    private func restates(from end: Int, to start: Int, closingAfter second: Int) -> Bool {
        guard start >= end, start - end <= 4 else { return false }
        var opened = false
        for k in end..<start {
            let c = f(k)
            if NumeralTables.isSpace(c) { continue }
            guard !opened, c == 0x28 || c == 0x3010 || c == 0x5B else { return false }  // ( 【 [
            opened = true
        }
        guard opened else { return false }
        var k = second
        while k < n, NumeralTables.isSpace(f(k)) { k += 1 }
        let c = f(k)
        return c == 0x29 || c == 0x3011 || c == 0x5D  // ) 】 ]
    }
}
