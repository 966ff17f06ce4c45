import ContractModel

/// `missing_total_amount` (warning): no total amount was found, so nothing that depends on it
/// (installment shares, bond, tax) could be checked. Tolerance: none (presence check).
struct MissingTotalAmount: ConsistencyRule {
    let info = RuleInfo(
        id: "missing_total_amount", severities: [.warning],
        summary: "未找到合同总价：分期付款、履约保证金、税额等均无法核对",
        tolerance: "无（仅检查是否存在）")

    func check(_ context: CheckContext) -> [Finding] {
        guard context.contract.totalAmount == nil else { return [] }
        let c = context.contract
        var dependent: [String] = []
        if c.installments.contains(where: { $0.percent != nil }) { dependent.append("分期付款比例") }
        if c.performanceBond?.percent != nil { dependent.append("履约保证金比例") }
        if c.amountExcludingTax != nil { dependent.append("不含税金额") }
        let tail = dependent.isEmpty ? "" : "，" + dependent.joined(separator: "、") + "无法核对"
        return [info.finding("未找到合同总价\(tail)\(context.gapNote)", fields: [Paths.totalAmount], spans: [])]
    }
}
