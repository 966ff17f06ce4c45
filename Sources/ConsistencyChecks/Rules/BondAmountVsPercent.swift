import ContractModel

/// `bond_amount_vs_percent` (error): the performance bond's amount differs from its percent × the
/// total. Tolerance: the same as `installment_amount_vs_percent` — half a fen for a whole
/// percentage; for one written with decimals, half a unit of its last digit × total, plus half a fen
/// (`Exact.percentTolerance`).
struct BondAmountVsPercent: ConsistencyRule {
    let info = RuleInfo(
        id: "bond_amount_vs_percent", severities: [.error],
        summary: "履约保证金（保函）金额与“比例 × 合同总价”不符",
        tolerance: "整数比例：半分；带小数的比例：末位的半个单位 × 合同总价，再加半分")

    func check(_ context: CheckContext) -> [Finding] {
        guard let total = context.contract.totalAmount, let bond = context.contract.performanceBond,
              let p = bond.percent, p.comparison == .exact, let amount = bond.amount, amount.currency == total.currency else { return [] }
        guard !Exact.agrees(amount: amount.value, base: total.value, percent: p.value) else { return [] }
        let expected = Exact.share(of: total.value, percent: p.value)
        let diff = (Ratio(Int128(amount.value.fen)) - expected).magnitude
        let message = "\(bond.kind) \(Show.percent(p.value)) × 合同总价 \(Show.money(total.value)) \(Show.equals(expected))，但写明金额为 \(Show.money(amount.value))（差 \(Show.money(diff))）"
        return [info.finding(message, fields: [Paths.bondAmount, Paths.bondPercent, Paths.totalAmount],
                             spans: [p.span, amount.span, total.span])]
    }
}
