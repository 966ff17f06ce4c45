// A number written in figures: `4,715,000.00`, `1130000`, `3.5`, `62323.1286`. Digits may be
// ASCII or full-width; `,` separates thousands (groups of three, checked), `.` or `．` is the
// decimal point.

struct FiguresNumber {
    var start: Int
    var end: Int
    /// The value is `units / 10^scale`.
    var units: Int64
    var scale: Int
    var integerDigits: Int
    var grouped: Bool
    var badGrouping: Bool
    var overflow: Bool
}

extension ScanState {
    /// Lexes the number starting at the digit at `i`.
    func lexNumber(at i: Int) -> FiguresNumber {
        var j = i
        var units: Int64 = 0
        var overflow = false
        var digits = 0
        var grouped = false
        var bad = false
        var groupLength = 0
        var firstGroup = 0

        @inline(__always) func push(_ d: Int64) {
            let (m, o1) = units.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { overflow = true } else { units = a }
        }

        while j < n {
            let c = buf[j].value
            if let d = NumeralTables.asciiDigit(c) {
                push(d); digits += 1; groupLength += 1; j += 1
            } else if c == 0x2C, NumeralTables.asciiDigit(v(j + 1)) != nil { // ,
                if !grouped { firstGroup = groupLength } else if groupLength != 3 { bad = true }
                grouped = true; groupLength = 0; j += 1
            } else if c == 0xFF0C, isStrictGroup(after: j) { // ， in raw text: only as a clean group of three
                if !grouped { firstGroup = groupLength } else if groupLength != 3 { bad = true }
                grouped = true; groupLength = 0; j += 1
            } else {
                break
            }
        }
        if grouped && (groupLength != 3 || firstGroup > 3 || firstGroup == 0) { bad = true }
        let integerDigits = digits
        var scale = 0
        let p = v(j)
        if (p == 0x2E || p == 0xFF0E), NumeralTables.asciiDigit(v(j + 1)) != nil { // . ．
            j += 1
            while j < n, let d = NumeralTables.asciiDigit(buf[j].value) {
                push(d); scale += 1; j += 1
            }
        }
        if scale > 18 { overflow = true }
        // `1.000,00` (a comma after the decimals), `8，0000` after a currency (a comma group of four):
        // separators no Chinese amount uses; the number cannot be read whole.
        if (f(j) == 0x2C) && NumeralTables.asciiDigit(v(j + 1)) != nil && (scale > 0 || currencyPrefix(before: i) != nil) {
            bad = true
            j += 1
            while j < n, NumeralTables.asciiDigit(buf[j].value) != nil || (f(j) == 0x2C && NumeralTables.asciiDigit(v(j + 1)) != nil) { j += 1 }
        }
        return FiguresNumber(start: i, end: j, units: units, scale: scale, integerDigits: integerDigits,
                             grouped: grouped, badGrouping: bad, overflow: overflow)
    }

    /// The end of the groups of three digits set apart by spaces (and maybe a comma) after a number of at
    /// most three digits: `1 000`, `12 345`, `1 , 000`, `1 500 000`; nil when none follows.
    func spacedGroupsEnd(after number: FiguresNumber) -> Int? {
        guard number.scale == 0, !number.grouped, number.integerDigits <= 3 else { return nil }
        var j = number.end
        var found = false
        while j < n {
            var s = j
            var sawSeparator = false
            while s < n && NumeralTables.isSpace(buf[s].value) && buf[s].value != 0x0A && buf[s].value != 0x0C { s += 1; sawSeparator = true }
            if f(s) == 0x2C { s += 1; sawSeparator = true; while s < n && buf[s].value == 0x20 { s += 1 } }
            guard sawSeparator, s > j, NumeralTables.asciiDigit(v(s)) != nil, NumeralTables.asciiDigit(v(s + 1)) != nil,
                  NumeralTables.asciiDigit(v(s + 2)) != nil, NumeralTables.asciiDigit(v(s + 3)) == nil else { break }
            j = s + 3
            found = true
            if f(j) == 0x2E, NumeralTables.asciiDigit(v(j + 1)) != nil { // decimals after the last group
                j += 1
                while j < n, NumeralTables.asciiDigit(buf[j].value) != nil { j += 1 }
                break
            }
        }
        return found ? j : nil
    }

    /// The start of the figures and single spaces right before the number at `i` (`1 2 0 0元`: letter-spaced
    /// text, where the amount is not its last digit), or nil when no figure stands one space before it.
    func spacedDigitsBefore(_ i: Int) -> Int? {
        guard v(i - 1) == 0x20, NumeralTables.asciiDigit(v(i - 2)) != nil else { return nil }
        var s = i - 2
        let limit = max(0, i - 48) // a bounded look back: text of spaced digits stays linear to scan
        while s > limit, NumeralTables.asciiDigit(v(s - 1)) != nil || (v(s - 1) == 0x20 && NumeralTables.asciiDigit(v(s - 2)) != nil) { s -= 1 }
        return s
    }

    /// `1 000元`, `¥ 1 , 000 元`: thousands set apart by spaces, as justified PDF text shows them. Neither
    /// part is a number of its own (`000 元` is not 0, `345元` of `12 345元` not 345): an amount is
    /// `bad_grouping`, reported whole; anything else is skipped whole.
    mutating func scanSpacedGroups(_ number: FiguresNumber) -> Int? {
        guard let groupsEnd = spacedGroupsEnd(after: number) else { return nil }
        let prefix = currencyPrefix(before: number.start)
        let start = prefix.map { NumeralTables.isYenSign(v($0)) ? $0 : number.start } ?? number.start
        var k = skipSpace(groupsEnd)
        if v(k) == 0x4E07 || v(k) == 0x842C || v(k) == 0x4EBF || v(k) == 0x5104 { k = skipSpace(k + 1) } // 万 亿
        if NumeralTables.moneyWord(v(k)) == .yuan {
            let end = moneyTailEnd(after: k + 1)
            reportInvalid(.money, .badGrouping, start, end)
            return end
        }
        if prefix != nil || f(skipSpace(groupsEnd)) == 0x25 {
            reportInvalid(prefix != nil ? .money : .percent, .badGrouping, start, groupsEnd)
        }
        return groupsEnd
    }

    /// True when exactly three digits follow the separator at `j` (and no fourth).
    func isStrictGroup(after j: Int) -> Bool {
        NumeralTables.asciiDigit(v(j + 1)) != nil && NumeralTables.asciiDigit(v(j + 2)) != nil
            && NumeralTables.asciiDigit(v(j + 3)) != nil && NumeralTables.asciiDigit(v(j + 4)) == nil
    }

    /// True when the digit at `i` continues an identifier, a phone number or a code
    /// (`CYCGW-2025-0016`, `V7000`, `010-55531202`, `10:30`) and is no quantity.
    func insideIdentifier(_ i: Int) -> Bool {
        let p = f(i - 1)
        if NumeralTables.isASCIILetter(p) { return true }
        if p == 0x2D || p == 0x5F || p == 0x2F || p == 0x2E || p == 0x3A { // - _ / . :
            let q = f(i - 2)
            return NumeralTables.isASCIILetter(q) || NumeralTables.asciiDigit(q) != nil
        }
        return false
    }

    /// True when the letters right before `i` are a currency code (`CNY1,000,000`, `RMB500元`, `USD2,000`).
    func afterCurrencyCode(_ i: Int) -> Bool {
        for word in [Words.cny, Words.rmb] where endsWith(i, word) {
            return !NumeralTables.isASCIILetter(f(i - word.count - 1))
        }
        return NumeralTables.isASCIILetter(f(i - 1)) && foreignCurrencyBefore(i) != nil
    }

    /// Skips the identifier-like token at `i` (letters, digits and joiners).
    func skipIdentifier(_ i: Int) -> Int {
        var j = i
        while j < n {
            let c = NumeralTables.fold(buf[j].value)
            if NumeralTables.asciiDigit(c) != nil || NumeralTables.isASCIILetter(c) || c == 0x2D || c == 0x5F || c == 0x2F {
                j += 1
            } else if c == 0x2E, NumeralTables.asciiDigit(v(j + 1)) != nil {
                j += 1
            } else {
                break
            }
        }
        return max(j, i + 1)
    }

    /// Dispatches a number in figures: a date, a percentage, an amount, a duration, or nothing.
    mutating func scanFigures(at i: Int) -> Int {
        if insideIdentifier(i) && i != rangeUpperStart && !afterCurrencyCode(i) { return skipIdentifier(i) }
        if let end = scanFiguresDate(at: i) { return end }
        if let end = scanShortYearDate(at: i) { return end }
        var number = lexNumber(at: i)
        if v(skipSpace(number.end)) == 0x5146 { return scanZhao(from: i, zhaoAt: skipSpace(number.end)) } // 兆
        if let end = scanSpacedGroups(number) { return end }
        if figureContinuesChain(number), let end = scanChain(at: i) { return end }
        if f(i - 1) == 0x2E && !number.grouped && number.scale == 0 { // `.77元`: a decimal with no integer part
            let q = f(i - 2)
            if q == 0x2E { return skipIdentifier(i) } // `10..1万`: no number
            if NumeralTables.asciiDigit(q) == nil && !NumeralTables.isASCIILetter(q) && q != 0x2E && !number.overflow
                && number.end - i <= 17 {
                number = FiguresNumber(start: i - 1, end: number.end, units: number.units, scale: number.end - i,
                                       integerDigits: 0, grouped: false, badGrouping: false, overflow: false)
            }
        }
        if let end = scanFiguresPercent(number) { return end }
        if let end = scanFiguresMoney(number) { return end }
        if let end = scanFiguresDuration(number) { return end }
        // A number glued to letters (`24h`, `2C`) is skipped whole.
        if NumeralTables.isASCIILetter(f(number.end)) { return skipIdentifier(number.end) }
        return number.end
    }
}
