// The integer grammar shared by 大写 money and everyday numerals: digits, the small units 拾佰仟
// (十百千) inside a four-digit section, the big units 万 and 亿 closing a section.
//
// Rules (those of Chinese financial writing, 《会计基础工作规范》 第五十二条, plus everyday usage):
//  1. A digit is followed by a unit, except the last digit of a section (the units place).
//     Two digits in a row are rejected (`consecutive_digits`): `壹贰元`.
//  2. Inside a section units strictly descend: 仟 > 佰 > 拾. The same unit again is
//     `repeated_unit` (`壹佰佰`), a higher one `unit_order` (`壹拾贰佰`). Likewise 亿 then 万;
//     a second 万 or 亿 is `repeated_unit`. `万亿` / `壹万贰仟亿` (万 inside the count of 亿) is legal.
//  3. 拾 without digit means 壹拾 at the start of the number (`拾万元`, `十二`) and after 零 or another
//     unit (`一千零十`, `一百十一`, `壹万拾元`): the place is fixed, so the value is certain. Any other
//     unit without digit is `missing_digit` (`壹仟佰`).
//  4. 零 stands for one or more skipped positions, written once however many zeros there are:
//     `壹万零伍拾元` (10 050), `壹亿零贰佰万元` (100 200 000), `壹仟零伍` (1 005).
//     A 零 that skips no position is `misplaced_zero` (`壹仟零伍佰`, `壹万零壹仟`, `壹拾零伍`);
//     `零零` is `repeated_zero`; a 零 right before 万/亿 or at the end is `misplaced_zero`.
//     Where the rules let 零 be omitted (the units place of 万 is 0 and its 千 place is not:
//     `壹拾万零叁仟` and `壹拾万叁仟` both mean 103 000) both forms are accepted.
//  5. A skipped position without 零 is accepted when the units still fix every digit's place
//     (`壹仟伍拾` = 1 050, `壹万伍拾` = 10 050): the value is certain, only the style is loose.
//     But a bare final digit after 佰 or 仟 (`壹佰贰`, `壹仟伍`), or a bare sole digit closing a number
//     after 万/亿 (`壹万伍`), is `missing_zero`: everyday speech reads `一百二` as 120 and `一万五`
//     as 15 000, financial writing would need 零 for 102 / 10 005, so any value would be a guess.
//  6. A big unit with no digit in its section is `dangling_unit` (`万`, `壹亿万`).
//  7. The number `零` alone is 0; otherwise a leading 零 is `leading_zero`.

@usableFromInline
let powersOfTen: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
                            1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000]

/// Values an integer numeral token by token, enforcing the rules above.
struct IntegerAccumulator {
    private(set) var total: Int64 = 0
    private var section: Int64 = 0
    private var pending: Int64 = -1
    private var zero = false
    private var sectionTerms = 0
    private var lastRel = 4
    private var firstRel = 0
    private var sectionLeadingZero = false
    /// Exponent of the last placed digit of the completed sections; -1 before any.
    private(set) var lastAbs = -1
    private var lastBig = 99
    private(set) var tokenCount = 0
    private var onlyZeros = true
    private var previous: NumeralToken? = nil

    init() {}

    /// True while only a single digit (no unit) has been fed.
    var isSingleBareDigit: Bool { tokenCount == 1 && pending > 0 }
    var pendingDigit: Int64 { pending }
    var isEmpty: Bool { tokenCount == 0 }

    mutating func feed(_ token: NumeralToken) -> InvalidReason? {
        defer { tokenCount += 1; previous = token }
        switch token {
        case .digit(let d):
            if pending >= 0 { return .consecutiveDigits }
            if d == 0 {
                if zero { return .repeatedZero }
                zero = true
            } else {
                pending = d
                onlyZeros = false
            }
            return nil
        case .small(let e):
            onlyZeros = false
            var d = pending
            if d < 0 {
                if e == 1 && (tokenCount == 0 || previous == .digit(0) || previous == .small(2) || previous == .small(3)
                              || previous == .big(4) || previous == .big(8)) {
                    d = 1 // 十 for 一十: `十万`, `一千零十`, `一百十一`
                } else {
                    return previous == .small(e) ? .repeatedUnit : .missingDigit
                }
            }
            if sectionTerms > 0 {
                if e >= lastRel { return e == lastRel ? .repeatedUnit : .unitOrder }
                if zero && lastRel - e < 2 { return .misplacedZero }
            } else if zero {
                sectionLeadingZero = true
            }
            place(d, e)
            return nil
        case .big(let b):
            onlyZeros = false
            if pending < 0 && sectionTerms == 0 {
                if zero { return .misplacedZero }
                if b == 8 && lastBig == 4 {
                    // 万亿: the whole count so far is a number of 亿.
                    let (m, o) = total.multipliedReportingOverflow(by: powersOfTen[8])
                    if o { return .overflow }
                    total = m; lastAbs += 8; lastBig = 8
                    return nil
                }
                return previous == .big(b) ? .repeatedUnit : .danglingUnit
            }
            if b >= lastBig && !(b == 8 && lastBig == 4) { return .repeatedUnit }
            if b == 8 && lastBig == 4 {
                if let e = closeSection(exponent: 0, final: false) { return e }
                let (m, o) = total.multipliedReportingOverflow(by: powersOfTen[8])
                if o { return .overflow }
                total = m; lastAbs += 8; lastBig = 8
                return nil
            }
            if let e = closeSection(exponent: b, final: false) { return e }
            lastBig = b
            return nil
        case .yuan, .jiao, .fen, .whole:
            return .unexpectedCharacter
        }
    }

    private mutating func place(_ d: Int64, _ e: Int) {
        section += d * powersOfTen[e]
        if sectionTerms == 0 { firstRel = e }
        lastRel = e
        sectionTerms += 1
        pending = -1
        zero = false
    }

    private mutating func closeSection(exponent b: Int, final: Bool) -> InvalidReason? {
        if pending >= 0 {
            if sectionTerms > 0 {
                if zero {
                    if lastRel < 2 { return .misplacedZero }
                } else if lastRel != 1 {
                    return .missingZero
                }
            } else if zero {
                sectionLeadingZero = true
            } else if final && lastAbs >= 0 {
                return .missingZero
            }
            place(pending, 0)
        } else if zero {
            return .misplacedZero
        }
        if sectionTerms == 0 { return final ? nil : .danglingUnit }
        if sectionLeadingZero {
            if lastAbs < 0 { return .leadingZero }
            if lastAbs - (b + firstRel) < 2 { return .misplacedZero }
        }
        let (m, o1) = section.multipliedReportingOverflow(by: powersOfTen[b])
        let (t, o2) = total.addingReportingOverflow(m)
        if o1 || o2 { return .overflow }
        total = t
        lastAbs = b + lastRel
        section = 0; sectionTerms = 0; lastRel = 4; sectionLeadingZero = false
        return nil
    }

    /// The value, or why there is none. `lastExponent` is the exponent of the last non-zero digit
    /// (0 when the units place is written): the 元位 test of the fraction rules.
    mutating func finish() -> Result<(value: Int64, lastExponent: Int), InvalidReason> {
        if tokenCount == 0 { return .failure(.empty) }
        if onlyZeros && tokenCount == 1 && zero { return .success((0, 0)) }
        if let e = closeSection(exponent: 0, final: true) { return .failure(e) }
        return .success((total, lastAbs))
    }
}
