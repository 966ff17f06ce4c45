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
        if extraScale == 0 && insideURL(number.start, percentAt: k) { return skipURL(number.start) }
        if number.badGrouping || number.overflow || number.scale + extraScale > 18 {
            reportInvalid(.percent, number.badGrouping ? .badGrouping : .overflow, number.start, end)
            return end
        }
        if let runStart = spacedDigitsBefore(number.start) { // `1 5%`: letter-spaced figures
            reportInvalid(.percent, .badGrouping, runStart, end)
            return end
        }
        let value = FixedDecimal(units: number.units, scale: number.scale + extraScale)
        emitPercent(PercentValue(value: value, text: string(number.start, end), span: span(number.start, end),
                                 comparison: comparison(start: number.start, end: end)), number.start, end)
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
        emitPercent(PercentValue(value: FixedDecimal(units: number.units, scale: scale),
                                 text: string(number.start, number.end), span: span(number.start, number.end),
                                 comparison: .atLeast), number.start, number.end)
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

    /// `百分之三十` / `千分之五` / `万分之五`: `i` is at 百/千/万, `k` at 分之. A numeral after 分之 that
    /// cannot be valued whole is an invalid percentage, never a part of it.
    mutating func scanChinesePercent(at i: Int, exponent: Int, fenZhi k: Int) -> Int? {
        let p = skipSpace(skipSpace(k + 1) + 1)
        if v(p) == 0x8D1F || v(p) == 0x8CA0 || f(p) == 0x2D, digitValue(at: skipSpace(p + 1)) != nil { // 百分之负三点八
            let end = chineseDecimal(at: skipSpace(p + 1))?.1 ?? p + 1
            reportInvalid(.percent, .negative, i, end)
            return end
        }
        let extra = exponent - 2 // 百 → 0, 千 → 1, 万 → 2, 十万 → 3, 百万 → 4
        switch chineseDecimal(at: p) {
        case nil:
            return nil
        case .some((.failure(let reason), let end)):
            reportInvalid(.percent, reason, i, end)
            return end
        case .some((.success(let value), let end)):
            guard value.scale + extra <= 18 else {
                reportInvalid(.percent, .overflow, i, end)
                return end
            }
            let percent = FixedDecimal(units: value.units, scale: value.scale + extra)
            // `百分之五到十`: the upper bound shares 百分之; both are bounds.
            let c = skipSpace(end)
            let u = skipSpace(c + 1)
            if Self.isRangeConnector(f(c)), digitValue(at: u) != nil || NumeralTables.numeral(v(u)) != nil,
               !(NumeralTables.numeral(v(u)).map { if case .small = $0.token { return v(skipSpace(u + 1)) == 0x5206 } else { return false } } ?? false),
               case .some((.success(let upper), let upperEnd)) = chineseDecimal(at: u), upper.scale + extra <= 18,
               f(skipSpace(upperEnd)) != 0x25, durationUnit(at: skipSpace(upperEnd)) == nil,
               NumeralTables.moneyWord(v(skipSpace(upperEnd))) == nil {
                emitPercent(PercentValue(value: percent, text: string(i, end), span: span(i, end), comparison: .atLeast), i, end)
                emitPercent(PercentValue(value: FixedDecimal(units: upper.units, scale: upper.scale + extra),
                                         text: string(u, upperEnd), span: span(u, upperEnd), comparison: .atMost), u, upperEnd)
                return upperEnd
            }
            emitPercent(PercentValue(value: percent, text: string(i, end), span: span(i, end),
                                     comparison: comparison(start: i, end: end)), i, end)
            return end
        }
    }

    /// The digit at `i`, ASCII or Chinese.
    func digitValue(at i: Int) -> Int64? {
        if let d = NumeralTables.asciiDigit(v(i)) { return d }
        if let (t, _) = NumeralTables.numeral(v(i)), case .digit(let d) = t { return d }
        return nil
    }

    /// A decimal in Chinese numerals (`三十`, `一点五`, `零点五`, `一百二十點五`), in figures (`0.5`) or
    /// both (`3点5`) at `i`, and its end; nil when no numeral stands at `i`.
    mutating func chineseDecimal(at i: Int) -> (Result<FixedDecimal, InvalidReason>, Int)? {
        var units: Int64
        var end: Int
        if NumeralTables.asciiDigit(v(i)) != nil {
            let number = lexNumber(at: i)
            end = number.end
            if number.overflow { return (.failure(.overflow), end) }
            if number.badGrouping { return (.failure(.badGrouping), end) }
            let after = skipSpace(end)
            if NumeralTables.isASCIILetter(f(after)) { return (.failure(.unexpectedCharacter), after + 1) } // `百分之15K`
            if number.scale > 0 {
                if Self.isPoint(v(end)) && digitValue(at: end + 1) != nil { return (.failure(.misplacedPoint), end + 2) }
                return (.success(FixedDecimal(units: number.units, scale: number.scale)), end)
            }
            units = number.units
        } else {
            var runEnd = lexRun(at: i)
            guard runEnd > i else { return nil }
            if tokens.count >= 2, v(runEnd) == 0x5206, case .small(let e)? = tokens.last, e >= 2 { // `七十百分位`
                tokens.removeLast()
                runEnd = previousNonSpace(runEnd - 1) + 1
            }
            end = runEnd
            if tokens == [.small(2)] && !Self.isPoint(v(runEnd)) { return (.success(.hundred), runEnd) } // 百分之百
            switch ChineseNumeral.result(of: tokens) {
            case .success(let value): units = value
            case .failure(let reason): return (.failure(reason), runEnd)
            }
        }
        var scale = 0
        let q = skipSpace(end)
        if Self.isPoint(v(q)), digitValue(at: skipSpace(q + 1)) != nil { // 点 點, spaces allowed (`一 点五`)
            var j = skipSpace(q + 1)
            while j < n, let d = digitValue(at: j) {
                if scale >= 17 { return (.failure(.overflow), j) }
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return (.failure(.overflow), j) }
                units = a; scale += 1
                end = j + 1
                j = skipSpace(j + 1)
            }
        }
        return (.success(FixedDecimal(units: units, scale: scale)), end)
    }

    /// True when the number at `start` with `%` at `k` belongs to a URL (`https://x.cn/?q=50%25`,
    /// `www.x.cn/a%20b`) or is percent-encoding (`%E5%90%88`, `%2520`): no percentage.
    func insideURL(_ start: Int, percentAt k: Int) -> Bool {
        if f(start - 1) == 0x25 { return true } // `%25%…`: an encoded byte
        let hex: (UInt32) -> Bool = { c in NumeralTables.asciiDigit(c) != nil || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) }
        let encodedAfter = hex(v(k + 1)) && hex(v(k + 2))
        // The token the number stands in: ASCII without spaces, back to its start.
        var j = start
        let limit = max(0, start - 512)
        while j > limit, let c = Optional(v(j - 1)), c > 0x20 && c < 0x7F { j -= 1 }
        if j == start { return false }
        if matches(j, Words.w("www.")) { return true }
        var p = j
        while p + 2 < start {
            if v(p) == 0x3A && v(p + 1) == 0x2F && v(p + 2) == 0x2F { return true } // ://
            p += 1
        }
        // `q=50%25off`: a query value followed by an encoded byte.
        return encodedAfter && (v(start - 1) == 0x3D || v(start - 1) == 0x2F || v(start - 1) == 0x26 || v(start - 1) == 0x3F)
    }

    /// The end of the URL-like token containing `i`.
    func skipURL(_ i: Int) -> Int {
        var j = i
        while j < n && buf[j].value > 0x20 && buf[j].value < 0x7F { j += 1 }
        return max(j, i + 1)
    }
}
