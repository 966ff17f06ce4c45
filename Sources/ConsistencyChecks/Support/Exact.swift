import ContractModel

/// An exact non-negative-denominator fraction of fen (or of percent units) for cross-multiplication.
/// Never a float: all inputs are Int64 money or FixedDecimal units, products go through Int128.
struct Ratio: Sendable {
    var numerator: Int128
    var denominator: Int128

    init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0)
        if denominator < 0 { self.numerator = -numerator; self.denominator = -denominator }
        else { self.numerator = numerator; self.denominator = denominator }
    }

    var isInteger: Bool { numerator % denominator == 0 }

    /// Rounded half away from zero to an integer.
    var rounded: Int128 {
        let twice = 2 * numerator
        let q = (abs(twice) + denominator) / (2 * denominator)
        return numerator < 0 ? -q : q
    }

    static func - (a: Ratio, b: Ratio) -> Ratio {
        Ratio(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }

    var magnitude: Ratio { Ratio(abs(numerator), denominator) }

    static func <= (a: Ratio, b: Ratio) -> Bool { a.numerator * b.denominator <= b.numerator * a.denominator }
    static func < (a: Ratio, b: Ratio) -> Bool { a.numerator * b.denominator < b.numerator * a.denominator }
    static func == (a: Ratio, b: Ratio) -> Bool { a.numerator * b.denominator == b.numerator * a.denominator }
}

enum Exact {
    static func pow10(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }

    /// `percent`% of `base`, in fen, exact.
    static func share(of base: Money, percent: FixedDecimal) -> Ratio {
        Ratio(Int128(base.fen) * Int128(percent.units), 100 * pow10(percent.scale))
    }

    /// The rounding a percent's stated precision allows on an amount derived from it, in fen. A whole
    /// percentage is exact in a contract (`10%` of the total means 10 %, not 9.5–10.5 %): only half a
    /// fen for the rounding of the amount itself. A percentage written with decimals stands for any
    /// share within half a unit of its last digit, applied to the base, plus that half fen:
    /// `21.43%` (scale 2) of 1,130,000.00 → 0.005% × 1,130,000.00 + 0.005 = 56.505 yuan.
    static func percentTolerance(base: Money, percent: FixedDecimal) -> Ratio {
        guard percent.scale > 0 else { return Ratio(1, 2) }
        // base × (0.5 × 10^-s) / 100 + 1/2  =  (base + 100 × 10^s) / (200 × 10^s)
        let d = 200 * pow10(percent.scale)
        return Ratio(abs(Int128(base.fen)) + 100 * pow10(percent.scale), d)
    }

    /// True when `amount` is `percent`% of `base` within the precision the percent was stated at.
    static func agrees(amount: Money, base: Money, percent: FixedDecimal) -> Bool {
        (Ratio(Int128(amount.fen)) - share(of: base, percent: percent)).magnitude <= percentTolerance(base: base, percent: percent)
    }

    /// Sum of percents, exact.
    static func sum(_ values: [FixedDecimal]) -> FixedDecimal {
        values.reduce(FixedDecimal.zero, +)
    }
}

/// Formatting for messages: money as `Money.grouped`, percents as stated decimals.
enum Show {
    static func money(_ m: Money) -> String { m.grouped }

    /// A fen ratio as grouped money; `≈` when it is not a whole number of fen.
    static func money(_ r: Ratio) -> String {
        let m = Money(fen: Int64(clamping: r.rounded)).grouped
        return r.isInteger ? m : "≈" + m
    }

    /// `"= 241,142.00"`, or `"≈ 333,300.00"` when the exact value is not a whole number of fen.
    static func equals(_ r: Ratio) -> String {
        (r.isInteger ? "= " : "≈ ") + Money(fen: Int64(clamping: r.rounded)).grouped
    }

    static func percent(_ d: FixedDecimal) -> String { d.description + "%" }

    /// A ratio in percent units shown to `places` decimals (rounded), `≈` when inexact.
    static func percent(_ r: Ratio, places: Int = 2) -> String {
        let scaled = Ratio(r.numerator * Exact.pow10(places), r.denominator)
        let d = FixedDecimal(units: Int64(clamping: scaled.rounded), scale: places)
        return (scaled.isInteger ? "" : "≈") + d.description + "%"
    }

    static func date(_ d: CalendarDate) -> String { d.description }
}
