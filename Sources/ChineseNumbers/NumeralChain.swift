import ContractModel

// A numeral chain: figures and Chinese numerals in one number, or a number with a decimal point 点:
// `3万4000元` (34 000), `25万6千元`, `1千零1元`, `三万4000元`, `人民币 8千元`, `5千元`, `3.1千万元`,
// `壹点贰元` (1.20), `1点45元`, `一点五万元`, `十二点五个月`.
//
// A chain is read whole and valued whole, or rejected whole with a reason: it never restarts inside
// itself, so `3万4000元` can never be read as its tail `4000元`. Figures inside a chain stand for
// the Chinese numeral they spell (`25` = 二十五, `4000` = 四千), so the rules of
// IntegerGrammar.swift decide what is certain: `3万4元` is `missing_zero` as `三万四元` is.
// A decimal (`3.1`, `一点五`) may only be followed by units that multiply it (`千万`, `万`, `亿`).

enum ChainItem {
    case token(NumeralToken)
    case figure(FiguresNumber)
    /// 点 / 點 between the integer and the fraction.
    case point
}

struct NumeralChain {
    var start: Int
    var end: Int
    var items: [ChainItem] = []
    var figures = 0
    var chinese = 0
    var hasPoint = false
    var hasBigUnit = false
    var hasUnit = false
    /// True when the chain is more than one plain figure or one plain Chinese run.
    var isMixed: Bool { hasPoint || (figures > 0 && chinese > 0) }
}

extension ScanState {
    /// 点 or 點.
    @inline(__always)
    static func isPoint(_ c: UInt32) -> Bool { c == 0x70B9 || c == 0x9EDE }

    /// True when the scalar at `i` is a digit, ASCII or Chinese.
    func isAnyDigit(_ i: Int) -> Bool {
        if NumeralTables.asciiDigit(v(i)) != nil { return true }
        if let (t, _) = NumeralTables.numeral(v(i)), case .digit = t { return true }
        return false
    }

    /// True when what follows a figure ending at `end` continues it into a chain: a small unit
    /// (`5千`), a big unit followed by more numeral (`3万4000`, `3万四千`), or 点 and a digit.
    func figureContinuesChain(_ number: FiguresNumber) -> Bool {
        let k = skipSpace(number.end)
        let c = v(k)
        if Self.isPoint(c) { return isAnyDigit(k + 1) } // `1点45`; `1.2点5` is read whole to be rejected
        guard let (t, _) = NumeralTables.numeral(c) else { return false }
        switch t {
        case .small: return true
        case .big:
            let a = skipSpace(k + 1)
            return NumeralTables.asciiDigit(v(a)) != nil || NumeralTables.numeral(v(a)) != nil
                || (Self.isPoint(v(a)) && isAnyDigit(a + 1))
        default: return false
        }
    }

    /// True when a Chinese run (in `tokens`) ending before `k` continues into a chain: figures after a
    /// unit or 零 (`三万4000`, `一千零1`), or 点 and a digit (`壹点贰`).
    func runContinuesChain(nextAt k: Int) -> Bool {
        let c = v(k)
        if Self.isPoint(c) { return isAnyDigit(k + 1) }
        guard NumeralTables.asciiDigit(c) != nil, let last = tokens.last else { return false }
        switch last {
        case .small, .big, .digit(0): return true
        default: return false
        }
    }

    /// Lexes the chain starting at `i` (a digit or a Chinese numeral).
    func lexChain(at i: Int) -> NumeralChain {
        var chain = NumeralChain(start: i, end: i)
        var j = i
        var afterPoint = false
        chain.items.reserveCapacity(16)
        while j < n && chain.items.count < 64 {
            let c = buf[j].value
            if NumeralTables.asciiDigit(c) != nil {
                if case .figure? = chain.items.last { break }
                if !afterPoint, case .token(.digit(let d))? = chain.items.last, d != 0 { break }
                let number = lexNumber(at: j)
                if !chain.items.isEmpty && (number.scale > 0 || (afterPoint && number.grouped)) { break }
                chain.items.append(.figure(number))
                chain.figures += 1
                j = number.end
                chain.end = j
                continue
            }
            if let (t, _) = NumeralTables.numeral(c) {
                if case .figure? = chain.items.last, case .digit = t { break }
                chain.items.append(.token(t))
                chain.chinese += 1
                switch t {
                case .big: chain.hasBigUnit = true; chain.hasUnit = true
                case .small: chain.hasUnit = true
                default: break
                }
                j += 1
                chain.end = j
                continue
            }
            if Self.isPoint(c), !afterPoint, !chain.items.isEmpty, isAnyDigit(j + 1) {
                if case .point? = chain.items.last { break }
                chain.items.append(.point)
                chain.hasPoint = true
                afterPoint = true
                j += 1
                continue
            }
            if NumeralTables.isSpace(c) {
                let s = skipSpace(j)
                if s < n, NumeralTables.asciiDigit(buf[s].value) != nil || NumeralTables.numeral(buf[s].value) != nil {
                    j = s
                    continue
                }
            }
            break
        }
        return chain
    }

    /// Appends the Chinese numeral tokens a figure spells: `25` → 二 十 五, `4000` → 四 千,
    /// `1001` → 一 千 零 一, `0600` → 零 六 百. Integers below 10¹² only.
    func appendTokens(of number: FiguresNumber, to out: inout [NumeralToken]) -> InvalidReason? {
        if number.badGrouping { return .badGrouping }
        if number.overflow || number.units >= 1_000_000_000_000 { return .overflow }
        if number.scale > 0 { return .misplacedPoint }
        let value = number.units
        if value == 0 { out.append(.digit(0)); return nil }
        if NumeralTables.asciiDigit(v(number.start)) == 0 { out.append(.digit(0)) } // a written leading 0
        var digits: [Int64] = []
        var x = value
        while x > 0 { digits.append(x % 10); x /= 10 } // least significant first
        var lastPosition = -1
        var sectionUsed = false
        for p in stride(from: digits.count - 1, through: 0, by: -1) {
            let d = digits[p]
            if d != 0 {
                if lastPosition >= 0 && lastPosition - p >= 2 { out.append(.digit(0)) }
                out.append(.digit(d))
                if p % 4 > 0 { out.append(.small(p % 4)) }
                lastPosition = p
                sectionUsed = true
            }
            if p % 4 == 0 && p > 0 {
                if sectionUsed { out.append(.big(p)) }
                sectionUsed = false
            }
        }
        return nil
    }

    /// The integer a list of chain items (tokens and plain figures) stands for.
    func chainInteger(_ items: ArraySlice<ChainItem>) -> Result<Int64, InvalidReason> {
        var tokens: [NumeralToken] = []
        tokens.reserveCapacity(24)
        for item in items {
            switch item {
            case .token(let t): tokens.append(t)
            case .figure(let number): if let e = appendTokens(of: number, to: &tokens) { return .failure(e) }
            case .point: return .failure(.misplacedPoint)
            }
        }
        if tokens.count == 1, case .digit(let d) = tokens[0] { return .success(d) }
        var acc = IntegerAccumulator()
        for t in tokens { if let e = acc.feed(t) { return .failure(e) } }
        return acc.finish().map(\.value)
    }

    /// The exact value of a chain as `units / 10^scale`.
    func chainValue(_ chain: NumeralChain) -> Result<FixedDecimal, InvalidReason> {
        let items = chain.items
        // A decimal figure first (`3.1千万`): only units may follow it.
        if case .figure(let first)? = items.first, first.scale > 0 {
            if first.badGrouping { return .failure(.badGrouping) }
            if first.overflow { return .failure(.overflow) }
            var units: [NumeralToken] = []
            for item in items.dropFirst() {
                guard case .token(let t) = item, t != .digit(0) else { return .failure(.misplacedPoint) }
                if case .digit = t { return .failure(.misplacedPoint) }
                units.append(t)
            }
            return multiply(units: first.units, scale: first.scale, by: units)
        }
        guard let point = items.firstIndex(where: { if case .point = $0 { return true } else { return false } }) else {
            return chainInteger(items[...]).map { FixedDecimal(units: $0, scale: 0) }
        }
        // integer 点 fraction-digits [units]
        let integerPart = items[..<point]
        if integerPart.contains(where: { if case .token(.big) = $0 { return true } else { return false } })
            && items[(point + 1)...].contains(where: { if case .token(.big) = $0 { return true } else { return false } }) {
            return .failure(.misplacedPoint)
        }
        var units: Int64
        switch chainInteger(integerPart) {
        case .success(let v): units = v
        case .failure(let e): return .failure(e)
        }
        var scale = 0
        var multiplier: [NumeralToken] = []
        for item in items[(point + 1)...] {
            switch item {
            case .figure(let number):
                if !multiplier.isEmpty || number.grouped || number.scale > 0 { return .failure(.misplacedPoint) }
                let length = number.end - number.start
                guard scale + length <= 17, length <= 18 else { return .failure(.overflow) }
                let (m, o1) = units.multipliedReportingOverflow(by: Int64(FixedDecimalPow.pow10(length)))
                let (a, o2) = m.addingReportingOverflow(number.units)
                if o1 || o2 { return .failure(.overflow) }
                units = a; scale += length
            case .token(.digit(let d)):
                if !multiplier.isEmpty { return .failure(.misplacedPoint) }
                guard scale < 17 else { return .failure(.overflow) }
                let (m, o1) = units.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return .failure(.overflow) }
                units = a; scale += 1
            case .token(let t):
                multiplier.append(t)
            case .point:
                return .failure(.misplacedPoint)
            }
        }
        return multiply(units: units, scale: scale, by: multiplier)
    }

    /// `units / 10^scale` times the units that follow a decimal: [十|百|千] then 万, 亿 or 万亿.
    private func multiply(units: Int64, scale: Int, by multiplier: [NumeralToken]) -> Result<FixedDecimal, InvalidReason> {
        var exponent = 0
        var k = 0
        if k < multiplier.count, case .small(let e) = multiplier[k] { exponent += e; k += 1 }
        var lastBig = 0
        while k < multiplier.count {
            guard case .big(let b) = multiplier[k] else { return .failure(.unitOrder) }
            if b <= lastBig { return .failure(b == lastBig ? .repeatedUnit : .unitOrder) } // 万亿, never 亿万
            exponent += b; lastBig = b; k += 1
        }
        if exponent >= scale {
            let up = exponent - scale
            if up > 18 { return .failure(.overflow) }
            let (m, o) = units.multipliedReportingOverflow(by: Int64(FixedDecimalPow.pow10(up)))
            return o ? .failure(.overflow) : .success(FixedDecimal(units: m, scale: 0))
        }
        return .success(FixedDecimal(units: units, scale: scale - exponent))
    }

    /// Scans the chain at `i` when it is mixed (figures and Chinese, or a 点); nil otherwise, and the
    /// caller goes on as for a plain number. The chain is money when 元 follows or a currency prefix
    /// precedes it, a duration when a duration unit follows, the lower bound of a money range when a
    /// range connector and an amount follow; anything else is skipped whole.
    mutating func scanChain(at i: Int) -> Int? {
        let chain = lexChain(at: i)
        guard chain.isMixed, chain.end > i else { return nil }
        let value = chainValue(chain)
        let k = skipSpace(chain.end)
        let prefix = currencyPrefix(before: i)
        let start = prefix.map { NumeralTables.isYenSign(v($0)) ? $0 : i } ?? i
        if NumeralTables.moneyWord(v(k)) == .yuan || prefix != nil, foreignCurrency(at: i, yuanAt: NumeralTables.moneyWord(v(k)) == .yuan ? k : nil) {
            return chain.end
        }
        if NumeralTables.moneyWord(v(k)) == .yuan {
            var end = k + 1
            let result: Result<Money, InvalidReason>
            switch value {
            case .failure(let e):
                result = .failure(e)
                end = moneyTailEnd(after: end)
            case .success(let d) where d.scale == 0 && !fractionFollows(end):
                end = moneyTailEnd(after: end)
                result = Self.fen(units: d.units, scale: 0, exponent: 2).map { Money(fen: $0) }
            case .success(let d) where d.scale == 0 && !chain.hasPoint:
                // An integer and the 角/分 after its 元, valued by the 大写 grammar.
                var tokens: [NumeralToken] = []
                _ = appendTokens(of: FiguresNumber(start: -1, end: -1, units: d.units, scale: 0, integerDigits: 0,
                                                   grouped: false, badGrouping: false, overflow: false), to: &tokens)
                var acc = MoneyAccumulator()
                var failure: InvalidReason? = nil
                if d.units >= 1_000_000_000_000 { failure = .overflow }
                for t in tokens where failure == nil { failure = acc.feed(t) }
                (end, _) = readMoneyWords(from: k, into: &acc, failure: &failure)
                result = failure.map { .failure($0) } ?? acc.finish()
            case .success(let d):
                let tailEnd = moneyTailEnd(after: end)
                if fractionFollows(end) {
                    result = .failure(.conflictingFraction)
                    end = tailEnd
                } else {
                    end = tailEnd
                    result = Self.fen(units: d.units, scale: d.scale, exponent: 2).map { Money(fen: $0) }
                }
            }
            switch result {
            case .success(let m): emitMoney(RawMoney(isUppercase: false, start: start, end: end, value: m))
            case .failure(let e): reportInvalid(.money, e, start, end)
            }
            return end
        }
        if prefix != nil && chain.hasUnit {
            switch value.flatMap({ d in Self.fen(units: d.units, scale: d.scale, exponent: 2) }) {
            case .success(let fen): emitMoney(RawMoney(isUppercase: false, start: start, end: chain.end, value: Money(fen: fen)))
            case .failure(let e): reportInvalid(.money, e, start, chain.end)
            }
            return chain.end
        }
        guard case .success(let d) = value else { return chain.end }
        if let (unit, end) = durationUnit(at: k), !notADuration(start: i, unit: unit) {
            durations.append(DurationValue(value: d, unit: unit, text: string(i, end), span: span(i, end)))
            return end
        }
        if let end = scanMoneyRange(lowerStart: start, lowerEnd: chain.end, lower: d,
                                    hasUnit: chain.hasUnit, hasBigUnit: chain.hasBigUnit) { return end }
        return chain.end
    }
}
