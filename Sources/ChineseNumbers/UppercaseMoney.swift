import ContractModel

// The grammar of an amount of money in capital numerals (大写), e.g. `肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分`:
//
//   amount   := [integer] (元|圆|圓) [fraction] [整|正]      integer: see IntegerGrammar.swift
//             | fraction [整|正]                             (`贰角壹分`, no 元)
//   fraction := [零] digit 角 [[零] digit 分] | [零] digit 分
//
// Rules for the part after 元 (会计基础工作规范 第五十二条):
//  - 角 before 分; a repeated 角 or 分 is `repeated_unit` (`伍角伍角`), 分 before 角 is `unit_order`
//    (`壹元贰分叁角`).
//  - `元零叁角` is legal only when the 元 place is 0 (`壹仟陆佰捌拾元零叁角`); `元零贰分` when there
//    is no 角 (`壹万陆仟肆佰零玖元零贰分`). The 零 may also be left out (`壹元贰分`): the unit fixes
//    the value. A 零 between 角 and 分 is `misplaced_zero`.
//  - A place may be written as zero: `壹拾元零角零分`, `壹元零角伍分` (receipts and some bills).
//  - A digit after 元 with no unit is `missing_unit` (`壹元伍`): 一块五 is speech, not writing.
//  - 整 (or 正) ends the amount; accepted after 元, 角 and, loosely, 分. More numeral after it is
//    `misplaced_whole`.
//  - A lone integer with 整 but no 元 is `missing_yuan`; `万元整` (no digit at all) is `dangling_unit`.
// Capital and everyday digits and traditional forms (貳 參 陸 萬 億 圓) are all accepted.

/// Values an amount token by token.
struct MoneyAccumulator {
    private enum Phase { case integer, fraction, done }
    private var phase = Phase.integer
    private var integer = IntegerAccumulator()
    private var yuan: Int64 = 0
    private var yuanLastExponent = 0
    private var hasYuan = false
    private var fraction: Int64 = 0
    private var lastFraction = 0  // 0 none, 1 角, 2 分
    private var pending: Int64 = -1
    private var zero = false
    private var previous: NumeralToken? = nil

    init() {}

    mutating func feed(_ token: NumeralToken) -> InvalidReason? {
        defer { previous = token }
        switch phase {
        case .done:
            return .misplacedWhole
        case .integer:
            switch token {
            case .yuan:
                if integer.isEmpty { return .danglingUnit }
                switch integer.finish() {
                case .failure(let e): return e
                case .success(let r):
                    yuan = r.value; yuanLastExponent = r.lastExponent; hasYuan = true; phase = .fraction
                    return nil
                }
            case .jiao, .fen:
                guard integer.isSingleBareDigit else {
                    return integer.isEmpty ? .missingDigit : .missingYuan
                }
                pending = integer.pendingDigit
                phase = .fraction
                return fractionUnit(token)
            case .whole:
                return integer.isEmpty ? .danglingUnit : .missingYuan
            default:
                return integer.feed(token)
            }
        case .fraction:
            switch token {
            case .digit(let d):
                if pending >= 0 { return .consecutiveDigits }
                if d == 0 {
                    if zero { return .repeatedZero }
                    zero = true
                } else {
                    pending = d
                }
                return nil
            case .jiao, .fen:
                return fractionUnit(token)
            case .whole:
                if pending >= 0 { return .missingUnit }
                if zero { return .misplacedZero }
                phase = .done
                return nil
            case .yuan:
                return .repeatedUnit
            case .small, .big:
                return .unitOrder
            }
        }
    }

    private mutating func fractionUnit(_ token: NumeralToken) -> InvalidReason? {
        let rank = token == .jiao ? 1 : 2
        if pending < 0 && zero && previous == .digit(0) && hasYuan {
            // `壹拾元零角零分`, `壹元零角伍分`: a place written as zero, in order.
            if lastFraction >= rank { return lastFraction == rank ? .repeatedUnit : .unitOrder }
            lastFraction = rank
            zero = false
            return nil
        }
        guard pending > 0 else { return previous == token ? .repeatedUnit : .missingDigit }
        if lastFraction >= rank { return lastFraction == rank ? .repeatedUnit : .unitOrder }
        if zero {
            // 零 must stand for a skipped place: the 元 place (before 角) or the 角 place (before 分).
            let yuanPlaceEmpty = hasYuan && yuan > 0 && yuanLastExponent >= 1
            let legal = rank == 1 ? yuanPlaceEmpty : (lastFraction == 0 && hasYuan && yuan > 0)
            if !legal { return .misplacedZero }
        }
        fraction += pending * (rank == 1 ? 10 : 1)
        lastFraction = rank
        pending = -1
        zero = false
        return nil
    }

    mutating func finish() -> Result<Money, InvalidReason> {
        switch phase {
        case .integer:
            return .failure(integer.isEmpty ? .empty : .missingYuan)
        case .fraction, .done:
            if pending >= 0 { return .failure(.missingUnit) }
            if zero { return .failure(.misplacedZero) }
            if !hasYuan && lastFraction == 0 { return .failure(.empty) }
            let (m, o1) = yuan.multipliedReportingOverflow(by: 100)
            let (f, o2) = m.addingReportingOverflow(fraction)
            if o1 || o2 { return .failure(.overflow) }
            return .success(Money(fen: f))
        }
    }
}

/// Values one 大写 amount string.
public enum UppercaseMoney {
    /// `"肆佰柒拾壹万伍仟元整"` → 471 500 000 fen. Whitespace (spaces, line breaks, the page separator)
    /// between characters is ignored; an optional `人民币` prefix is allowed. Anything the grammar
    /// does not accept is a failure with a stable reason, never a guess.
    public static func parse(_ s: String) -> Result<Money, InvalidReason> {
        var acc = MoneyAccumulator()
        var scalars = s.unicodeScalars[...]
        if scalars.starts(with: "人民币".unicodeScalars) { scalars = scalars.dropFirst(3) }
        for scalar in scalars {
            let v = scalar.value
            if NumeralTables.isSpace(v) { continue }
            guard let token = NumeralTables.token(v) else { return .failure(.unexpectedCharacter) }
            if let e = acc.feed(token) { return .failure(e) }
        }
        return acc.finish()
    }
}
