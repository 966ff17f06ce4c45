import ContractModel

// A run of Chinese numeral characters (`肆佰柒拾壹万伍仟`, `十二`, `二〇二二`), spaces and line
// breaks allowed between characters, and what follows it: 元/角/分 (money), 分之 (percent),
// 年 after four digits (a date), a duration unit, or anything else (not a quantity: `一式陆份`,
// `第三条`, the name `陆金周`).

/// What kind of characters a run holds.
struct RunShape {
    var capital = false
    var everyday = false
    var digits = 0
    var units = 0
}

extension ScanState {
    /// Lexes the numeral run at `i` into `tokens`; returns its end (after its last character).
    mutating func lexRun(at i: Int) -> Int {
        var shape = RunShape()
        return lexRun(at: i, shape: &shape)
    }

    mutating func lexRun(at i: Int, shape: inout RunShape) -> Int {
        tokens.removeAll(keepingCapacity: true)
        var j = i
        var end = i
        while j < n {
            guard let (token, script) = NumeralTables.numeral(buf[j].value) else {
                if NumeralTables.isSpace(buf[j].value) {
                    let s = skipSpace(j)
                    if s < n, NumeralTables.numeral(buf[s].value) != nil, tokens.count < 48 { j = s; continue }
                }
                break
            }
            tokens.append(token)
            switch script {
            case .capital: shape.capital = true
            case .everyday: shape.everyday = true
            case .shared: break
            }
            if case .digit = token { shape.digits += 1 } else { shape.units += 1 }
            j += 1
            end = j
            if tokens.count >= 64 { break }
        }
        return end
    }

    /// Dispatches the Chinese numeral run starting at `i`.
    mutating func scanChineseRun(at i: Int) -> Int {
        var shape = RunShape()
        let runEnd = lexRun(at: i, shape: &shape)
        let next = max(runEnd, i + 1)
        let p = previousNonSpace(i)
        if v(p) == 0x7B2C { return next } // 第: an ordinal
        // 数十亿元, 几百万: an approximate count, no amount (a leading unit would read as 一十, 一百).
        if (v(p) == 0x6570 || v(p) == 0x6578 || v(p) == 0x51E0 || v(p) == 0x5E7E), p == i - 1,
           case .small? = tokens.first { return next } // 数 數 几 幾
        let k = skipSpace(runEnd)
        let c = v(k)

        // 百分之 / 千分之 / 万分之; 百分百
        if tokens.count == 1, c == 0x5206 {
            if v(skipSpace(k + 1)) == 0x4E4B { // 分之 (`百 分 之` in spaced text)
                switch tokens[0] {
                case .small(let e) where e >= 2:
                    return scanChinesePercent(at: i, exponent: e, fenZhi: k) ?? next
                case .big(4):
                    return scanChinesePercent(at: i, exponent: 4, fenZhi: k) ?? next
                default:
                    break
                }
            } else if tokens[0] == .small(2), v(k + 1) == 0x767E, NumeralTables.numeral(v(k + 2)) == nil { // 百分百
                emitPercent(PercentValue(value: .hundred, text: string(i, k + 2), span: span(i, k + 2),
                                         comparison: comparison(start: i, end: k + 2)), i, k + 2)
                return k + 2
            }
        }
        // 十万分之五 / 百万分之三: a rate per hundred thousand or per million (loan and bank wording).
        if tokens.count == 2, c == 0x5206, v(skipSpace(k + 1)) == 0x4E4B, case .small(let e) = tokens[0], e <= 2, tokens[1] == .big(4) {
            return scanChinesePercent(at: i, exponent: 4 + e, fenZhi: k) ?? next
        }
        if c == 0x5146 { return scanZhao(from: i, zhaoAt: k) } // 兆
        if runContinuesChain(nextAt: k), let end = scanChain(at: i) { return end }
        if let word = NumeralTables.moneyWord(c) {
            let moneyLike = word == .yuan || (shape.capital && (word == .jiao || word == .fen))
            if moneyLike { return scanChineseMoney(at: i, shape: shape, unitAt: k) ?? next }
            return next
        }
        if c == 0x5E74, tokens.count == 4, ChineseNumeral.digitSequence(tokens) != nil { // 年
            return scanChineseDate(at: i, yearMark: k) ?? next
        }
        if let end = scanChineseDuration(at: i, unitAt: k) { return end }
        if Self.isRangeConnector(f(k)), let value = ChineseNumeral.value(of: tokens) {
            let hasBig = tokens.contains { if case .big = $0 { return true } else { return false } }
            let hasUnit = hasBig || tokens.contains { if case .small = $0 { return true } else { return false } }
            if let end = scanMoneyRange(lowerStart: i, lowerEnd: runEnd, lower: FixedDecimal(units: value, scale: 0),
                                        hasUnit: hasUnit, hasBigUnit: hasBig) { return end }
        }
        return next
    }

    /// Money in Chinese numerals; `k` is at the first money word.
    mutating func scanChineseMoney(at i: Int, shape: RunShape, unitAt k: Int) -> Int? {
        var acc = MoneyAccumulator()
        var failure: InvalidReason? = nil
        for t in tokens where failure == nil { failure = acc.feed(t) }
        let (end, sawWhole) = readMoneyWords(from: k, into: &acc, failure: &failure)
        if foreignCurrency(at: i, yuanAt: k) { return end }
        let uppercaseLike = shape.capital || !shape.everyday
        let leadingTen = tokens.first == .small(1)
        if shape.digits == 0 && !leadingTen {
            // `万元整`: a unit with no digit. Without 整 it is a column heading such as `(万元)`.
            if sawWhole { reportInvalid(.money, .danglingUnit, i, end) }
            return end
        }
        if !shape.capital && shape.digits == 1 && shape.units == 0 && end == k + 1 && currencyPrefix(before: i) == nil
            && !signed(i) && !loneDigitIsAmount(i, yuanAt: k) {
            return nil // `统一元数据`, `二元论`: a lone everyday digit before 元 alone is a word, not an amount
        }
        if shape.capital && brokenBefore(i) { // `壹佰任拾万元整`: OCR read 仟 as 任
            var s = previousNonSpace(previousNonSpace(i))
            while s > 0, NumeralTables.numeral(v(s - 1)) != nil { s -= 1 }
            reportInvalid(.money, .brokenNumeral, s, end)
            return end
        }
        let result: Result<Money, InvalidReason> = failure.map { .failure($0) } ?? acc.finish()
        switch result {
        case .success(let value):
            // `五十元6角`: a figure in it makes it no 大写 reading (UppercaseMoney would refuse its text).
            let pure = !(k..<end).contains { NumeralTables.asciiDigit(v($0)) != nil }
            emitMoney(RawMoney(isUppercase: pure, start: i, end: end, value: value))
        case .failure(let reason):
            // An everyday run of one or two characters may be a word (`一二元` hardly, `二元论` often).
            if uppercaseLike || leadingTen || tokens.count > 2 || reason == .missingUnit {
                reportInvalid(.money, reason, i, end)
            } else {
                return nil
            }
        }
        return end
    }
}
