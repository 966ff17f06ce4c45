import ContractModel

/// `total_amount_conflict` (error): the contract states its total differently in different places
/// (body, award notice, signature table). Each statement is compared with the first one
/// (`contract.total_amount`). Tolerance: none — totals are stated to the fen.
struct TotalAmountConflict: ConsistencyRule {
    let info = RuleInfo(
        id: "total_amount_conflict", severities: [.error],
        summary: "合同多处写明的总价不一致",
        tolerance: "无：总价精确到分，任何差额都报告")

    func check(_ context: CheckContext) -> [Finding] {
        let c = context.contract
        var statements = c.totalAmountStatements.enumerated().map { (Paths.statement($0.offset), $0.element) }
        if let total = c.totalAmount { statements.insert((Paths.totalAmount, total), at: 0) }
        guard let (refField, ref) = statements.first else { return [] }
        return statements.dropFirst().compactMap { field, s in
            // `USD 100（折合人民币700元）`: the same price in another currency is no other price.
            guard s.value != ref.value, s.currency == ref.currency else { return nil }
            let diff = s.value > ref.value ? s.value - ref.value : ref.value - s.value
            let message = "合同总价在此处写为 \(Show.money(s.value))，与首处写明的 \(Show.money(ref.value)) 不一致（差 \(Show.money(diff))）"
            return info.finding(message, fields: [refField, field], spans: [ref.span, s.span])
        }
    }
}
