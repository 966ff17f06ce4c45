import ContractModel

/// `installment_amount_vs_percent` (error): an installment's amount differs from its percent × the
/// total by more than the percent's stated precision allows.
///
/// Tolerance (see `Exact.percentTolerance`): a whole percentage is exact (half a fen for rounding the
/// amount); a percent written with `s ≥ 1` decimals stands for any share within half a unit of its
/// last digit, so the amount may differ from the exact product by `0.5 × 10^-s % × total`, plus half
/// a fen. 21.43% of 1,130,000.00
/// allows 56.505 yuan (242,159.00 passes, it is the exact product); 21.34% gives 241,142.00 and
/// 242,159.00 is 1,017.00 away: reported. Compared exactly by cross-multiplication in Int128.
struct InstallmentAmountVsPercent: ConsistencyRule {
    let info = RuleInfo(
        id: "installment_amount_vs_percent", severities: [.error],
        summary: "某期付款金额与“比例 × 合同总价”不符",
        tolerance: "整数比例：半分；带小数的比例：末位的半个单位 × 合同总价，再加半分（例：21.43% 允许 ±0.005% × 总价 + 0.005 元）")

    func check(_ context: CheckContext) -> [Finding] {
        guard let total = context.contract.totalAmount else { return [] }
        return context.contract.installments.enumerated().compactMap { i, inst in
            guard let p = inst.percent, p.comparison == .exact, let amount = inst.amount, amount.currency == total.currency else { return nil }
            guard !Exact.agrees(amount: amount.value, base: total.value, percent: p.value) else { return nil }
            let expected = Exact.share(of: total.value, percent: p.value)
            let diff = (Ratio(Int128(amount.value.fen)) - expected).magnitude
            let message = "第\(inst.sequence)期付款 \(Show.percent(p.value)) × 合同总价 \(Show.money(total.value)) \(Show.equals(expected))，但写明金额为 \(Show.money(amount.value))（差 \(Show.money(diff))）"
            return info.finding(message,
                                fields: [Paths.installment(i, "amount"), Paths.installment(i, "percent"), Paths.totalAmount],
                                spans: [p.span, amount.span, total.span])
        }
    }
}
