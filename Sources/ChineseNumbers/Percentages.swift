import ContractModel

// Percentages and rates: `60%`, `21.43%`, `95\%` (LaTeX), `5‰`, `5‱`, `百分之三十`, `百分之一点五`,
// `千分之五`, `万分之五`, `【40%】`; all in exact percent units (`5‰` = 0.5, `万分之五` = 0.05).
// A range `10%-20%`, `95%～99%`, `10-20%` gives two percentages, the lower `at_least`, the upper
// `at_most` (bounds, never payment shares).

extension ScanState {
    /// `60%` / `5‰` after a number in figures.
    mutating func scanFiguresPercent(_ number: FiguresNumber) -> Int? {
        var k = skipSpace(number.end)
        if f(k) == 0x5C && f(k + 1) == 0x25 { k += 1 } // \%
        let extraScale: Int
        switch f(k) {
        case 0x25: extraScale = 0     // %
        case 0x2030: extraScale = 1   // ‰
        case 0x2031: extraScale = 2   // ‱
        default: return scanPercentRangeLowerBound(number)
        }
        let end = k + 1
        if number.badGrouping || number.overflow || number.scale + extraScale > 18 {
            reportInvalid(.percent, number.badGrouping ? .badGrouping : .overflow, number.start, end)
            return end
        }
        let value = FixedDecimal(units: number.units, scale: number.scale + extraScale)
        percentages.append(PercentValue(value: value, text: string(number.start, end), span: span(number.start, end),
                                        comparison: comparison(start: number.start, end: end)))
        return end
    }

    /// `10` of `10-20%`: a bare number, a range connector, then a percentage.
    mutating func scanPercentRangeLowerBound(_ number: FiguresNumber) -> Int? {
        let c = skipSpace(number.end)
        guard Self.isRangeConnector(f(c)) else { return nil }
        let u = skipSpace(c + 1)
        guard NumeralTables.asciiDigit(v(u)) != nil, !number.badGrouping, !number.overflow else { return nil }
        let upper = lexNumber(at: u)
        let p = skipSpace(upper.end)
        guard f(p) == 0x25 || f(p) == 0x2030 else { return nil }
        let scale = number.scale + (f(p) == 0x2030 ? 1 : 0)
        guard scale <= 18 else { return nil }
        percentages.append(PercentValue(value: FixedDecimal(units: number.units, scale: scale),
                                        text: string(number.start, number.end), span: span(number.start, number.end),
                                        comparison: .atLeast))
        rangeUpperStart = u
        return number.end
    }

    static func isRangeConnector(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x7E, 0x2014, 0x2013, 0x301C, 0x81F3, 0x5230: return true // - ~ — – 〜 至 到
        default: return false
        }
    }

    /// Marks `A%-B%` as a range: the lower bound `at_least`, the upper `at_most`.
    mutating func markPercentRanges() {
        var k = 0
        while k + 1 < percentages.count {
            let a = percentages[k], b = percentages[k + 1]
            let c = skipSpace(a.span.end)
            if b.comparison == .exact && Self.isRangeConnector(f(c)) && skipSpace(c + 1) == b.span.start {
                if a.comparison == .exact { percentages[k].comparison = .atLeast }
                percentages[k + 1].comparison = .atMost
                k += 2
            } else {
                k += 1
            }
        }
    }

    /// `百分之三十` / `千分之五` / `万分之五`: `i` is at 百/千/万, `k` at 分之.
    mutating func scanChinesePercent(at i: Int, exponent: Int, fenZhi k: Int) -> Int? {
        let p = skipSpace(k + 2)
        guard let (value, end) = chineseDecimal(at: p) else { return nil }
        let extra = exponent - 2 // 百 → 0, 千 → 1, 万 → 2
        guard value.scale + extra <= 18 else { return nil }
        let percent = FixedDecimal(units: value.units, scale: value.scale + extra)
        percentages.append(PercentValue(value: percent, text: string(i, end), span: span(i, end),
                                        comparison: comparison(start: i, end: end)))
        return end
    }

    /// A decimal in Chinese numerals (`三十`, `一点五`, `零点五`) or in figures (`0.5`) at `i`.
    mutating func chineseDecimal(at i: Int) -> (FixedDecimal, Int)? {
        if NumeralTables.asciiDigit(v(i)) != nil {
            let number = lexNumber(at: i)
            if number.overflow || number.badGrouping { return nil }
            return (FixedDecimal(units: number.units, scale: number.scale), number.end)
        }
        let runEnd = lexRun(at: i)
        guard runEnd > i, let integer = ChineseNumeral.value(of: tokens) else { return nil }
        var units = integer
        var scale = 0
        var end = runEnd
        if v(end) == 0x70B9 { // 点
            var j = end + 1
            while j < n, let (t, _) = NumeralTables.numeral(buf[j].value), case .digit(let d) = t, scale < 17 {
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return nil }
                units = a; scale += 1; j += 1
            }
            if scale > 0 { end = j }
        }
        return (FixedDecimal(units: units, scale: scale), end)
    }
}
