import ContractModel

/// `installment_percent_sum` (error): the installments' percentages do not add up to 100%, or an
/// installment states no percent and the stated ones fall short (the message names which).
/// Only exact percents count as payment shares (`不超过30%` is a bound, not a share, and is
/// treated as not stated). Tolerance: none — percents are added exactly as written.
struct InstallmentPercentSum: ConsistencyRule {
    let info = RuleInfo(
        id: "installment_percent_sum", severities: [.error],
        summary: "各期付款比例合计不等于 100%（或有一期未写比例，已写比例的各期合计不足 100%）",
        tolerance: "无：比例按写明的小数精确相加")

    func check(_ context: CheckContext) -> [Finding] {
        let all = Array(context.contract.installments.enumerated())
        let stated = all.filter { $0.element.percent?.comparison == .exact }
        guard !stated.isEmpty else { return [] }
        let missing = all.filter { $0.element.percent?.comparison != .exact }
        let percents = stated.map { $0.element.percent!.value }
        let sum = Exact.sum(percents)
        // `60% + 30% = 90%`, or just `60%` for a single share.
        let terms = percents.count == 1 ? Show.percent(sum) : percents.map(Show.percent).joined(separator: " + ") + " = " + Show.percent(sum)
        let fields = all.map { Paths.installment($0.offset, "percent") }
        let spans = all.map { $0.element.percent?.span ?? $0.element.span }.sorted()
        if missing.isEmpty {
            guard sum != .hundred else { return [] }
            let diff = sum < .hundred ? FixedDecimal.hundred - sum : sum - .hundred
            let message = "各期付款比例合计 \(terms)，不等于 100%（\(sum < .hundred ? "少" : "多") \(Show.percent(diff))）"
            return [info.finding(message, fields: fields, spans: spans)]
        }
        let names = missing.map { "第\($0.element.sequence)期" }.joined(separator: "、")
        if sum < .hundred {
            let message = "\(names)付款未写明比例，其余各期合计 \(terms)，距 100% 尚差 \(Show.percent(.hundred - sum))\(context.gapNote)"
            return [info.finding(message, fields: fields, spans: spans)]
        }
        if sum > .hundred {
            let message = "已写明比例的各期合计 \(terms)，已超过 100%（多 \(Show.percent(sum - .hundred))），另有\(names)付款未写明比例"
            return [info.finding(message, fields: fields, spans: spans)]
        }
        return []
    }
}
