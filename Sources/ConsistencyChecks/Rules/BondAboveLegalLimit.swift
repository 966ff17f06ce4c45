import ContractModel

/// `bond_above_legal_limit` (info): the performance bond exceeds 10% of the contract amount, the
/// ceiling that 《政府采购法实施条例》第四十八条 sets for government procurement contracts (the seeds
/// are all such contracts; for other contracts the limit does not bind, hence info). Checked on the
/// stated percent, else on the amount: amount × 10 > total, exactly. Tolerance: none; exactly 10%
/// is allowed.
struct BondAboveLegalLimit: ConsistencyRule {
    let info = RuleInfo(
        id: "bond_above_legal_limit", severities: [.info],
        summary: "履约保证金超过合同金额的 10%（政府采购合同的法定上限）",
        tolerance: "无：恰为 10% 不报告")

    static let note = "政府采购合同的履约保证金不得超过合同金额的 10%（《政府采购法实施条例》第四十八条）"

    func check(_ context: CheckContext) -> [Finding] {
        guard let bond = context.contract.performanceBond else { return [] }
        if let p = bond.percent, p.comparison == .exact {
            guard FixedDecimal(10) < p.value else { return [] }
            return [info.finding("\(bond.kind)为合同金额的 \(Show.percent(p.value))，超过 10%；\(Self.note)",
                                 fields: [Paths.bondPercent], spans: [p.span])]
        }
        // A total of 0 (or less) has no share to compare with (and must never be a divisor).
        guard let amount = bond.amount, let total = context.contract.totalAmount, total.value.fen > 0, amount.currency == total.currency,
              Int128(amount.value.fen) * 10 > Int128(total.value.fen) else { return [] }
        let share = Ratio(Int128(amount.value.fen) * 100, Int128(total.value.fen))
        return [info.finding("\(bond.kind) \(Show.money(amount.value)) 为合同总价 \(Show.money(total.value)) 的 \(Show.percent(share))，超过 10%；\(Self.note)",
                             fields: [Paths.bondAmount, Paths.totalAmount], spans: [total.span, amount.span].sorted())]
    }
}
