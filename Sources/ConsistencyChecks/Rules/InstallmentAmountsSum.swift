import ContractModel

/// `installment_amounts_sum` (error): the installments' amounts do not add up to the total (checked
/// when every installment states an amount), or the stated ones already exceed it.
/// Tolerance: none — each amount is stated to the fen, so a consistent schedule sums exactly.
struct InstallmentAmountsSum: ConsistencyRule {
    let info = RuleInfo(
        id: "installment_amounts_sum", severities: [.error],
        summary: "各期付款金额合计与合同总价不一致",
        tolerance: "无：各期金额精确到分，合计应与总价分毫不差")

    func check(_ context: CheckContext) -> [Finding] {
        guard let total = context.contract.totalAmount else { return [] }
        let all = Array(context.contract.installments.enumerated())
        let stated = all.filter { $0.element.amount != nil }
        // Amounts in another currency than the total's cannot be summed against it.
        guard !stated.isEmpty, stated.allSatisfy({ $0.element.amount!.currency == total.currency }) else { return [] }
        let amounts = stated.map { $0.element.amount!.value }
        let sum = amounts.reduce(Money.zero, +)
        let terms = amounts.map(Show.money).joined(separator: " + ")
        let fields = stated.map { Paths.installment($0.offset, "amount") } + [Paths.totalAmount]
        let spans = (stated.map { $0.element.amount!.span } + [total.span]).sorted()
        let complete = stated.count == all.count
        if complete, sum != total.value {
            let diff = sum > total.value ? sum - total.value : total.value - sum
            let message = "各期付款金额合计 \(terms) = \(Show.money(sum))，与合同总价 \(Show.money(total.value)) 不一致（\(sum < total.value ? "少" : "多") \(Show.money(diff))）"
            return [info.finding(message, fields: fields, spans: spans)]
        }
        if !complete, sum > total.value {
            let message = "已写明金额的各期合计 \(terms) = \(Show.money(sum))，已超过合同总价 \(Show.money(total.value))（多 \(Show.money(sum - total.value))）"
            return [info.finding(message, fields: fields, spans: spans)]
        }
        return []
    }
}
