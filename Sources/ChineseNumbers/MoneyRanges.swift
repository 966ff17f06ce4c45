import ContractModel

// Money ranges whose unit is written on the upper bound only: `10-20万元`, `1万-5万元`,
// `3-5千万元`, `一百二十到一百五十万元`, `1.5~2万元`. Both bounds become amounts (the lower one
// spanning its own text only), so neither is lost and neither is misread:
//  - a lower bound with its own 万/亿 (`1万-5万元`) keeps its value and takes only 元;
//  - a lower bound with small units only (`一百二十`, `1千`) takes the upper's 万/亿 (`一百二十万`);
//  - a bare lower bound (`10`, `三`, `1.5`) takes the units after the upper's last digit when they
//    are of one kind (`10-20万元` → 10万, `两到三千元` → 两千).
// When the shared unit would make the lower bound larger than the upper, the lower bound is in 元
// (`5000-2万元`, `5千-1万元`: the one reading that makes a range). The lower bound is `ambiguous_range`
// when the shared unit could be read two ways, a bare lower bound before `千万`/`百亿` (`八到九百亿元`:
// 八亿 or 八百亿? `3-5千万元`), or when no reading makes a range (`3万-2万元`). An optional `(含)`
// (inclusive) may follow the lower bound: `1万(含)-5万元`.

extension ScanState {
    /// Scans `connector upper` after a lower bound ending at `lowerEnd`; returns where scanning goes on
    /// when the upper bound is an amount in 元 (or an invalid one), else nil with nothing recorded.
    /// `ownExponent` is that of a 万/亿 the lower bound's figures carry (`1万-5万元`: 4).
    mutating func scanMoneyRange(lowerStart: Int, lowerEnd: Int, lower: FixedDecimal,
                                 hasUnit: Bool, hasBigUnit: Bool, ownExponent: Int = 0) -> Int? {
        guard rangeDepth < 4 else { return nil }
        var c = skipSpace(lowerEnd)
        if f(c) == 0x28 && v(c + 1) == 0x542B && f(c + 2) == 0x29 { c = skipSpace(c + 3) } // (含)
        guard Self.isRangeConnector(f(c)) else { return nil }
        var after = c + 1
        if v(c) == 0x2014 && v(after) == 0x2014 { after += 1 } // ——
        let u = skipSpace(after)
        let isFigure = NumeralTables.asciiDigit(v(u)) != nil
        guard isFigure || NumeralTables.numeral(v(u)) != nil || NumeralTables.isYenSign(v(u)) else { return nil }
        let saved = (money.count, percentages.count, dates.count, durations.count, invalid.count, rangeUpperStart)
        var start = u
        if NumeralTables.isYenSign(v(u)) {
            start = skipSpace(u + 1)
            guard NumeralTables.asciiDigit(v(start)) != nil else { return nil }
        }
        rangeUpperStart = start
        rangeDepth += 1
        let upperEnd: Int
        if NumeralTables.asciiDigit(v(start)) != nil {
            upperEnd = scanFigures(at: start)
        } else {
            upperEnd = scanChineseRun(at: start)
        }
        rangeDepth -= 1
        rangeUpperStart = saved.5
        let newMoney = money.count - saved.0
        let newInvalidMoney = invalid[saved.4...].contains { $0.kind == .money }
        guard newMoney == 1, let upper = money.last, upper.start >= u,
              let yuan = (upper.start..<upper.end).first(where: { NumeralTables.moneyWord(v($0)) == .yuan }) else {
            if newMoney == 0 && newInvalidMoney && percentages.count == saved.1 { return max(upperEnd, lowerEnd + 1) }
            money.removeSubrange(saved.0...)
            percentages.removeSubrange(saved.1...)
            dates.removeSubrange(saved.2...)
            durations.removeSubrange(saved.3...)
            invalid.removeSubrange(saved.4...)
            return nil
        }
        // The units after the upper bound's last digit: all of them, and its 万/亿 only.
        var all = 0
        var big = 0
        var j = previousNonSpace(yuan)
        while j >= upper.start, let (t, _) = NumeralTables.numeral(v(j)) {
            if case .small(let e) = t { all += e } else if case .big(let b) = t { all += b; big += b } else { break }
            j = previousNonSpace(j)
        }
        let exponent = hasBigUnit ? ownExponent : (hasUnit ? big : all)
        let twoReadings = !hasUnit && big > 0 && all > big
        var reading = twoReadings ? .failure(.ambiguousRange) : Self.fen(units: lower.units, scale: lower.scale, exponent: exponent + 2)
        if case .success(let fen) = reading, fen > upper.value.fen, exponent > 0, !hasBigUnit {
            // `5000-2万元`, `5千-1万元`: with the shared unit the lower bound would pass the upper, so it is
            // in 元 (the one reading that makes a range); when that passes the upper too, no reading does.
            reading = Self.fen(units: lower.units, scale: lower.scale, exponent: 2)
        }
        switch reading {
        case .success(let fen) where fen <= upper.value.fen:
            let raw = RawMoney(isUppercase: false, start: lowerStart, end: lowerEnd, value: Money(fen: fen))
            if signed(lowerStart) {
                reportInvalid(.money, .negative, lowerStart, lowerEnd)
            } else {
                money.insert(raw, at: money.count - 1)
            }
        case .success:
            reportInvalid(.money, .ambiguousRange, lowerStart, lowerEnd)
        case .failure(let e):
            reportInvalid(.money, e, lowerStart, lowerEnd)
        }
        return upperEnd
    }
}
