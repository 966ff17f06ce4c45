import ContractModel

// Signs and the one place where values are recorded. A minus sign (`-` `－` `−` `﹣`) or 负/負 right
// before an amount or a rate makes it negative: it is reported as `negative`, never valued as its
// absolute value. A hyphen after a number, a unit, a letter or a closing bracket is a range
// connector or a joiner (`1000-1,200元`, `5%-10%`, `A-100`), not a sign.

extension ScanState {
    /// True when a sign stands right before `start`, or right before the currency prefix ending there.
    func signed(_ start: Int) -> Bool {
        if isSign(at: start - 1) { return true }
        if NumeralTables.isYenSign(v(start)), Self.isSignCharacter(f(skipSpace(start + 1))) { return true } // ￥-1,000.00
        if let p = currencyPrefix(before: start), p < start, isSign(at: p - 1) { return true }
        return false
    }

    /// - − ﹣ 负 負 (the full-width － folded to -).
    static func isSignCharacter(_ c: UInt32) -> Bool {
        c == 0x2D || c == 0x2212 || c == 0xFE63 || c == 0x8D1F || c == 0x8CA0
    }

    private func isSign(at p: Int) -> Bool {
        let c = f(p)
        if c == 0x8D1F || c == 0x8CA0 { return true } // 负 負
        guard c == 0x2D || c == 0x2212 || c == 0xFE63 else { return false } // - − ﹣ (－ folds to -)
        let q = previousNonSpace(p)
        if q < 0 { return true }
        let b = f(q)
        if NumeralTables.asciiDigit(b) != nil || NumeralTables.isASCIILetter(b) || NumeralTables.numeral(b) != nil { return false }
        if NumeralTables.moneyWord(b) != nil { // `1000元-2000元`, `壹万元整-…`; but `调整-500元`, `单元-5` are words
            let a = f(previousNonSpace(q))
            return !(NumeralTables.asciiDigit(a) != nil || NumeralTables.numeral(a) != nil || NumeralTables.moneyWord(a) != nil)
        }
        switch b {
        case 0x25, 0x2030, 0x2031, 0x29, 0x5D, 0x3011, 0x2E, 0x2D, 0x7E, 0x2F, 0x5F: return false // % ‰ ‱ ) ] 】 . - ~ / _
        default: return true
        }
    }

    /// Records an amount, or `negative` when a sign stands before it.
    mutating func emitMoney(_ raw: RawMoney) {
        if signed(raw.start) {
            reportInvalid(.money, .negative, raw.start, raw.end)
        } else {
            var raw = raw
            raw.currency = currency(ofAmountAt: raw.start)
            money.append(raw)
        }
    }

    /// Records a percentage, or `negative` when a sign stands before it.
    mutating func emitPercent(_ p: PercentValue, _ start: Int, _ end: Int) {
        if signed(start) {
            reportInvalid(.percent, .negative, start, end)
        } else {
            percentages.append(p)
        }
    }
}
