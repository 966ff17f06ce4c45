import ContractModel

/// `tax_rate_not_vat` (warning): the stated tax rate is none of China's current VAT rates and
/// collection rates (13%, 9%, 6%, 5%, 3%, 1%, 0) — often an outdated rate (17%, 16%, 11%, 10%
/// before 2019-04-01) or a typo. Bounds (`不超过6%`) are not rates. Tolerance: none (exact).
struct TaxRateNotVAT: ConsistencyRule {
    let info = RuleInfo(
        id: "tax_rate_not_vat", severities: [.warning],
        summary: "写明的税率不是现行增值税税率（征收率）之一",
        tolerance: "无：按写明的比例精确比较")

    func check(_ context: CheckContext) -> [Finding] {
        guard let rate = context.contract.taxRate, rate.comparison == .exact else { return [] }
        guard !TaxAmountVsRate.vatRates.contains(where: { FixedDecimal($0) == rate.value }) else { return [] }
        let rates = TaxAmountVsRate.vatRates.map { "\($0)%" }.joined(separator: "、")
        return [info.finding("写明的税率 \(Show.percent(rate.value)) 不是现行增值税税率（\(rates)）之一",
                             fields: [Paths.taxRate], spans: [rate.span])]
    }
}
