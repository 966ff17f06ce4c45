import ContractModel

// Money in figures: `¥4,715,000.00元`, `￥1498000 元`, `人民币 3,278,000.00 元`, `1130000元`,
// `35万元`, `3.5万元`, `1,234万元`, `2000 元以内`. A number is money when 元 (or 万元 / 亿元)
// follows it, or when ¥ / 人民币 / RMB / CNY precedes it. The value is exact: `3.5万元` is
// 35 000.00, `62323.1286万元` is 623 231 286.00; a number with more decimals than fen allow is
// `excess_precision` unless the extra digits are zeros; badly grouped thousands are `bad_grouping`.

extension ScanState {
    /// The start of a currency prefix ending just before `i` (¥, 人民币, RMB, CNY; or another currency's:
    /// 新台幣, USD, HK$), if any.
    func currencyPrefix(before i: Int) -> Int? {
        var p = previousNonSpace(i)
        if p < 0 { return nil }
        if Self.isSignCharacter(f(p)), p == i - 1 { // `￥-1,000.00`: the sign stands between (see Signs.swift)
            let q = previousNonSpace(p)
            if q >= 0, NumeralTables.isYenSign(v(q)) { p = q }
        }
        if NumeralTables.isYenSign(v(p)) { return p }
        if let foreign = foreignCurrencyBefore(i) { return foreign.start }
        switch v(p) {
        case 0x5E01, 0x5E63, 0x42, 0x59: break // 币 幣 B Y: the last letters of the words below
        default: return nil
        }
        for word in Words.currencies where endsWith(p + 1, word) { return p + 1 - word.count }
        return nil
    }

    /// True when the amount starting at `i` with 元 at `yuan` is in a currency of unclear unit: named right after its
    /// 元 (`9000元日币`, `三万元欧元`), or before it by a word that ends in 元 or a lone `$` (`美元5,000元`, `$5,000元`:
    /// is 元 the dollar or the yuan?). Such amounts are left alone. A currency named before the amount otherwise
    /// (`新台幣 3萬元`, `USD 100`, `港币两千九百六十元`) is valued in it (Currencies.swift).
    func foreignCurrency(at i: Int, yuanAt yuan: Int?) -> Bool {
        if unclearCurrencyBefore(i) { return true }
        guard let yuan else { return false }
        return ForeignCurrency.named(at: skipSpace(yuan + 1), in: self)
    }

    /// The offset after a model text's hint between a figure and its unit (`10000(5000~50000)元/天`: the
    /// range the form suggested, kept when the blank was filled), or `i` when no such hint stands there.
    /// The hint holds figures and range signs only; `5000（伍仟）元` or `(含税)` are no hints.
    func skipFormHint(_ i: Int) -> Int {
        guard v(i) == 0x28 || v(i) == 0xFF08 else { return i } // ( （
        var j = i + 1
        var figures = false
        while j < n, j - i <= 24 {
            let c = v(j)
            if c == 0x29 || c == 0xFF09 { // ) ）
                let after = skipSpace(j + 1)
                let unit = v(after)
                return figures && (unit == 0x5143 || unit == 0x4E07 || unit == 0x4EBF) ? after : i // 元 万 亿
            }
            if (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c) { figures = true }
            else if ![0x7E, 0xFF5E, 0x2D, 0x2014, 0x2013, 0x81F3, 0x2E, 0x2C, 0xFF0C, 0x20, 0x3001].contains(c) { return i } // ~ ～ - — – 至 . , ， space 、
            j += 1
        }
        return i
    }

    mutating func scanFiguresMoney(_ number: FiguresNumber) -> Int? {
        var k = skipFormHint(skipSpace(number.end))
        var exponent = 0
        var end = number.end
        var sawYuan = false
        var namedAfter = false // `3.14人民币`, `200万人民币`
        switch v(k) {
        case 0x4E07, 0x842C, 0x4EBF, 0x5104: // 万 萬 亿 億
            let big = (v(k) == 0x4E07 || v(k) == 0x842C) ? 4 : 8
            let y = skipSpace(k + 1)
            if NumeralTables.moneyWord(v(y)) == .yuan {
                exponent = big; sawYuan = true; end = y + 1
            } else if matches(y, Words.renminbi) || matches(y, Words.renminbiTraditional) { // `200万人民币`
                exponent = big; end = y + 3; namedAfter = true
            } else if currencyPrefix(before: number.start) != nil {
                exponent = big; end = k + 1
            }
        case 0x5143, 0x5706, 0x5713: // 元 圆 圓
            sawYuan = true; end = k + 1
        case 0x4EBA where matches(k, Words.renminbi) || matches(k, Words.renminbiTraditional): // `3.14人民币`
            namedAfter = true; end = k + 3
        default:
            break
        }
        if foreignCurrency(at: number.start, yuanAt: sawYuan ? end - 1 : nil)
            || ForeignCurrency.named(at: k, in: self) { return number.end } // `5美元`
        let prefix = currencyPrefix(before: number.start)
        let start = prefix.map { NumeralTables.isYenSign(v($0)) ? $0 : number.start } ?? number.start
        if !sawYuan && !namedAfter && !number.badGrouping && !number.overflow {
            // `10-20万元`, `1万-5万元`: the lower bound of a range whose unit comes after the upper.
            let big = v(k) == 0x4E07 || v(k) == 0x842C || v(k) == 0x4EBF || v(k) == 0x5104 // 万 萬 亿 億
            if let rangeEnd = scanMoneyRange(lowerStart: start, lowerEnd: big ? k + 1 : number.end,
                                             lower: FixedDecimal(units: number.units, scale: number.scale),
                                             hasUnit: big, hasBigUnit: big,
                                             ownExponent: !big ? 0 : (v(k) == 0x4E07 || v(k) == 0x842C ? 4 : 8)) { return rangeEnd }
        }
        guard sawYuan || namedAfter || prefix != nil else { return nil }
        var fraction: Int64 = 0
        var fractionFailure: InvalidReason? = nil
        if sawYuan {
            if fractionFollows(end) {
                // `123元1角1分`: the integer and its 角/分, valued by the 大写 grammar.
                let tail = moneyTailEnd(after: end)
                switch Self.fen(units: number.units, scale: number.scale, exponent: exponent) {
                case .success(let yuan) where yuan < 1_000_000_000_000 && !number.overflow && !number.badGrouping:
                    var tokens: [NumeralToken] = []
                    _ = appendTokens(of: FiguresNumber(start: -1, end: -1, units: yuan, scale: 0, integerDigits: 0,
                                                       grouped: false, badGrouping: false, overflow: false), to: &tokens)
                    var acc = MoneyAccumulator()
                    var failure: InvalidReason? = nil
                    for t in tokens where failure == nil { failure = acc.feed(t) }
                    (end, _) = readMoneyWords(from: end - 1, into: &acc, failure: &failure)
                    switch failure.map({ .failure($0) }) ?? acc.finish() {
                    case .success(let m): fraction = m.fen - yuan * 100
                    case .failure(let e): fractionFailure = e
                    }
                case .success:
                    fractionFailure = .overflow
                case .failure:
                    fractionFailure = .conflictingFraction
                }
                end = max(end, tail)
            } else if let dangling = danglingDigit(at: end) { // `5元5`
                fractionFailure = .missingUnit
                end = dangling
            } else {
                k = skipSpace(end)
                if NumeralTables.moneyWord(v(k)) == .whole { end = k + 1 }
            }
        }
        if number.badGrouping {
            reportInvalid(.money, .badGrouping, start, end)
            return end
        }
        if number.integerDigits >= 2 && NumeralTables.asciiDigit(v(number.start)) == 0 { // `000元`, `05元`
            reportInvalid(.money, .leadingZero, start, end)
            return end
        }
        if let runStart = spacedDigitsBefore(number.start) { // `1 2 0 0元`: letter-spaced figures
            reportInvalid(.money, .badGrouping, runStart, end)
            return end
        }
        if let e = fractionFailure {
            reportInvalid(.money, number.overflow ? .overflow : e, start, end)
            return end
        }
        switch Self.fen(units: number.units, scale: number.scale, exponent: exponent + 2) {
        case .success(let fen) where !number.overflow:
            emitMoney(RawMoney(isUppercase: false, start: start, end: end, value: Money(fen: fen + fraction)))
        case .success:
            reportInvalid(.money, .overflow, start, end)
        case .failure(let reason):
            reportInvalid(.money, number.overflow ? .overflow : reason, start, end)
        }
        return end
    }

    /// `units / 10^scale * 10^exponent` as an exact integer.
    static func fen(units: Int64, scale: Int, exponent: Int) -> Result<Int64, InvalidReason> {
        if scale > exponent {
            let drop = scale - exponent
            if drop > 18 { return units == 0 ? .success(0) : .failure(.excessPrecision) }
            let p = Int64(FixedDecimalPow.pow10(drop))
            if units % p != 0 { return .failure(.excessPrecision) }
            return .success(units / p)
        }
        let up = exponent - scale
        if up > 18 { return units == 0 ? .success(0) : .failure(.overflow) }
        let (m, o) = units.multipliedReportingOverflow(by: Int64(FixedDecimalPow.pow10(up)))
        return o ? .failure(.overflow) : .success(m)
    }
}

enum FixedDecimalPow {
    static func pow10(_ k: Int) -> UInt64 {
        var r: UInt64 = 1
        for _ in 0..<k { r *= 10 }
        return r
    }
}
