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

    /// True when the capital run at `i` follows a capital numeral with one foreign character between
    /// (`壹佰任拾万元整`, `贰拾X伍万元`): the run is the tail of a numeral an OCR or typing error broke,
    /// not an amount. A counter between (`第叁期伍万元整`) or punctuation does not break a numeral.
    func brokenBefore(_ i: Int) -> Bool {
        let p = previousNonSpace(i)
        guard p >= 1, NumeralTables.numeral(v(p)) == nil else { return false }
        let c = v(p)
        if c < 0x2E80 && NumeralTables.isASCIILetter(c) == false { return false } // ASCII punctuation, digits
        switch c {
        case 0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF08, 0xFF09, 0x3010, 0x3011, 0x201C, 0x201D, // 、。，；：（）【】“”
             0x671F, 0x6B21, 0x9879, 0x6761, 0x6B3E, 0x4EFD, 0x4E2A, 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x4EBA, // 期次项条款份个年月日号人
             0x5F20, 0x53F0, 0x5957, 0x4EF6, 0x7B14, 0x6279, 0x7EA7, 0x5C42, 0x680B, 0x6BB5, 0x4F4D, 0x540D, 0x5BB6, // 张台套件笔批级层栋段位名家
             0x5143, 0x5706, 0x5713, 0x89D2, 0x5206, 0x6574, 0x6B63, 0x7B2C, 0x81F3, 0x5230, 0x6216, 0x548C, 0x53CA: // 元圆圓角分整正第至到或和及
            return false
        default:
            break
        }
        let q = p - 1 // adjacent: the foreign character stands inside the numeral
        guard let (_, script) = NumeralTables.numeral(v(q)) else { return false }
        return script != .everyday
    }

    /// True when a lone everyday digit before 元 (`七元`, `押金零元。`) stands alone as an amount: no
    /// ideograph after 元, and before the digit none, or one of the words that introduce an amount
    /// (为 价 付 计 …). Words such as `统一元数据`, `二元论`, `一元化`, `三元组` stay words.
    func loneDigitIsAmount(_ i: Int, yuanAt k: Int) -> Bool {
        let after = v(k + 1)
        if after >= 0x4E00 && after <= 0x9FFF { return false }
        let before = f(i - 1)
        if NumeralTables.asciiDigit(before) != nil || NumeralTables.isASCIILetter(before) || before == 0x2E {
            return false // `2000三元`, `A三元`: glued to a figure or a code
        }
        if before < 0x4E00 || before > 0x9FFF { return true }
        switch before {
        case 0x4E3A, 0x4EF7, 0x4ED8, 0x8BA1, 0x5171, 0x6536, 0x8D39, 0x989D, 0x662F, 0x7F5A, 0x8D54, 0x7F34, 0x4EA4,
             0x9000, 0x6263, 0x5230, 0x81F3, 0x7EA6, 0x4EC5, 0x9700, 0x91D1, 0x503C: // 为 价 付 计 共 收 费 额 是 罚 赔 缴 交 退 扣 到 至 约 仅 需 金 值
            return true
        default:
            return false
        }
    }

    /// A number with 兆 in it (`四十九兆九千五百九十二億元`, `1.5兆元`): 兆 is 10⁶ or 10¹², so an amount
    /// with it is `ambiguous_unit`, reported whole; a number with 兆 and no 元 (`100兆瓦`) is skipped whole.
    mutating func scanZhao(from i: Int, zhaoAt k: Int) -> Int {
        var end = k + 1
        while true {
            let s = skipSpace(end)
            if NumeralTables.numeral(v(s)) != nil { end = lexRun(at: s); continue }
            if NumeralTables.asciiDigit(v(s)) != nil { end = lexNumber(at: s).end; continue }
            if v(s) == 0x5146 { end = s + 1; continue }
            break
        }
        let y = skipSpace(end)
        if NumeralTables.moneyWord(v(y)) == .yuan || currencyPrefix(before: i) != nil {
            let last = NumeralTables.moneyWord(v(y)) == .yuan ? moneyTailEnd(after: y + 1) : end
            reportInvalid(.money, .ambiguousUnit, i, last)
            return last
        }
        return end
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

    /// Feeds the money words at `k` and the fraction after them, `[元] ([零] digit 角|分)* [整|正]`, into
    /// `acc`; returns their end and whether 整/正 closed them. A fraction digit may be Chinese or a
    /// single figure written right after its unit's predecessor (`50元6角三分`).
    mutating func readMoneyWords(from k: Int, into acc: inout MoneyAccumulator,
                                 failure: inout InvalidReason?) -> (end: Int, sawWhole: Bool) {
        var end = k
        var j = k
        var sawWhole = false
        func feed(_ t: NumeralToken) { if failure == nil { failure = acc.feed(t) } }
        if let first = NumeralTables.moneyWord(v(j)) { feed(first); j += 1; end = j; sawWhole = first == .whole }
        while !sawWhole {
            let s = skipSpace(j)
            let c = v(s)
            if let w = NumeralTables.moneyWord(c), w == .whole {
                if c == 0x6B63 { // 正 only when no word continues (正式, 正常 …)
                    let after = v(s + 1)
                    if after >= 0x4E00 && after <= 0x9FFF { break }
                }
                feed(.whole); end = s + 1; sawWhole = true; break
            }
            guard let d = fractionDigit(at: s) else { break }
            if NumeralTables.asciiDigit(c) != nil && s != j { break } // a figure only right after the previous word
            var u = skipSpace(s + 1)
            var digit = d
            var zeroFirst = false
            if d == 0, let w = NumeralTables.moneyWord(v(u)), w == .jiao || w == .fen, !(w == .fen && v(u + 1) == 0x949F) {
                // `壹拾元零角零分`: a place written as zero.
                feed(.digit(0)); feed(w)
                j = u + 1; end = j
                continue
            }
            if d == 0 {
                guard let d2 = fractionDigit(at: u), d2 > 0 else { break }
                zeroFirst = true
                digit = d2
                u = skipSpace(u + 1)
            }
            guard let unit = NumeralTables.moneyWord(v(u)), unit == .jiao || unit == .fen else { break }
            if unit == .fen && v(u + 1) == 0x949F { break } // 分钟
            if zeroFirst { feed(.digit(0)) }
            feed(.digit(digit))
            feed(unit)
            j = u + 1
            end = j
        }
        // 厘 (a tenth of a fen) after the fraction: finer than money is written here.
        let s = skipSpace(end)
        if !sawWhole, end > k, let d = fractionDigit(at: s), v(skipSpace(s + 1)) == 0x5398 { // 厘
            if d != 0 && failure == nil { failure = .excessPrecision }
            end = skipSpace(s + 1) + 1
        } else if !sawWhole, let dangling = danglingDigit(at: end) {
            if failure == nil { failure = .missingUnit }
            end = dangling
        }
        return (end, sawWhole)
    }

    /// The end of a digit standing after an amount's last money word with no unit of its own, the way
    /// speech drops 角 (`伍元伍` for 5.50, `5元5`): a capital digit, or a figure or everyday digit at the
    /// end of a phrase. An everyday digit before a word (`五元一次`, `五元一张`) is that word's.
    func danglingDigit(at j: Int) -> Int? {
        let c = v(j)
        let after = f(j + 1)
        let phraseEnds = !(after >= 0x4E00 && after <= 0x9FFF) && NumeralTables.asciiDigit(after) == nil
            && !NumeralTables.isASCIILetter(after) && after != 0x2E && after != 0x25
        if NumeralTables.asciiDigit(c) != nil { return phraseEnds ? j + 1 : nil }
        guard let (t, script) = NumeralTables.numeral(c), case .digit = t else { return nil }
        return script == .capital || phraseEnds ? j + 1 : nil
    }

    /// A single digit of a 角/分 fraction at `s`: a Chinese digit, or one figure not followed by another.
    func fractionDigit(at s: Int) -> Int64? {
        let c = v(s)
        if let d = NumeralTables.asciiDigit(c) { return NumeralTables.asciiDigit(v(s + 1)) == nil ? d : nil }
        if let (t, _) = NumeralTables.numeral(c), case .digit(let d) = t { return d }
        return nil
    }
}
