import ContractModel

/// `tax_amount_vs_rate`: the amount excluding tax must be the tax-inclusive total ÷ (1 + VAT rate).
/// - error: a rate is stated and total ÷ (1 + rate) differs from the amount excluding tax by more
///   than 1 fen; or the amount excluding tax exceeds the total.
/// - error: no rate is stated and no Chinese VAT rate (13%, 9%, 6%, 5%, 3%, 1%, 0%) explains the
///   two amounts within 1 fen: the message gives the implied rate, the nearest VAT rate and how far
///   the amount excluding tax is from what that rate gives.
/// Tolerance: 1 fen (the amount excluding tax is the quotient rounded to the fen); checked exactly:
/// |E × (100 + r) − 100 × T| ≤ (100 + r) with r in percent units, cross-multiplied in Int128.
/// Seed 000: 4,715,000.00 ÷ 1.06 = 4,448,113.2075…, stated 4,448,113.21: consistent with 6%.
struct TaxAmountVsRate: ConsistencyRule {
    let info = RuleInfo(
        id: "tax_amount_vs_rate", severities: [.error],
        summary: "不含税金额与“含税总价 ÷ (1 + 税率)”不符；未写税率时，隐含税率不是增值税税率之一",
        tolerance: "1 分（不含税金额为商四舍五入到分）")

    static let vatRates: [Int] = [13, 9, 6, 5, 3, 1, 0]

    /// |E − T ÷ (1 + r%)| ≤ 1 fen, r = units / 10^scale percent.
    static func consistent(total: Money, excluding: Money, rate: FixedDecimal) -> Bool {
        let hundred = 100 * Exact.pow10(rate.scale)
        let factor = hundred + Int128(rate.units)
        return abs(Int128(excluding.fen) * factor - Int128(total.fen) * hundred) <= factor
    }

    func check(_ context: CheckContext) -> [Finding] {
        let c = context.contract
        guard c.taxIncluded != false, let total = c.totalAmount, let excl = c.amountExcludingTax,
              excl.currency == total.currency else { return [] }
        if excl.value > total.value {
            return [info.finding("不含税金额 \(Show.money(excl.value)) 大于含税总价 \(Show.money(total.value))（多 \(Show.money(excl.value - total.value))）",
                                 fields: [Paths.amountExcludingTax, Paths.totalAmount], spans: [total.span, excl.span], severity: .error)]
        }
        if let rate = c.taxRate, rate.comparison == .exact {
            // A rate of −100 % or below has no quotient (and must never be a divisor).
            guard 100 * Exact.pow10(rate.value.scale) + Int128(rate.value.units) > 0 else { return [] }
            guard !Self.consistent(total: total.value, excluding: excl.value, rate: rate.value) else { return [] }
            let hundred = 100 * Exact.pow10(rate.value.scale)
            let expected = Ratio(Int128(total.value.fen) * hundred, hundred + Int128(rate.value.units))
            let diff = (Ratio(Int128(excl.value.fen)) - expected).magnitude
            let message = "含税总价 \(Show.money(total.value)) ÷ (1 + \(Show.percent(rate.value))) \(Show.equals(expected))，但写明不含税金额为 \(Show.money(excl.value))（差 \(Show.money(diff))）"
            return [info.finding(message, fields: [Paths.amountExcludingTax, Paths.taxRate, Paths.totalAmount],
                                 spans: [total.span, excl.span, rate.span].sorted(), severity: .error)]
        }
        if c.taxRate != nil { return [] }
        let explained = Self.vatRates.contains { Self.consistent(total: total.value, excluding: excl.value, rate: FixedDecimal($0)) }
        guard !explained, excl.value.fen > 0 else { return [] }
        let implied = Ratio(Int128((total.value - excl.value).fen) * 100, Int128(excl.value.fen))
        let rates = Self.vatRates.map { "\($0)%" }.joined(separator: "、")
        // The nearest rate: the one whose quotient total ÷ (1 + r) is closest to the stated amount.
        let candidates = Self.vatRates.map { r in (r, Ratio(Int128(total.value.fen) * 100, Int128(100 + r))) }
        let (nearest, expected) = candidates.min { a, b in
            (Ratio(Int128(excl.value.fen)) - a.1).magnitude < (Ratio(Int128(excl.value.fen)) - b.1).magnitude
        }!
        let diff = (Ratio(Int128(excl.value.fen)) - expected).magnitude
        let message = "未写明税率；含税总价 \(Show.money(total.value)) 与不含税金额 \(Show.money(excl.value)) 隐含税率 \(Show.percent(implied))，不是增值税税率（\(rates)）之一；最接近的 \(nearest)% 应得 \(Show.money(expected))，差 \(Show.money(diff))"
        return [info.finding(message, fields: [Paths.amountExcludingTax, Paths.totalAmount],
                             spans: [total.span, excl.span], severity: .error)]
    }
}
