import ContractModel

/// `installment_due_after_period_end` (warning): a payment falls due more than six months after the
/// service period ends. Final payments after acceptance are normal; half a year later usually
/// means a wrong year or a wrong period. The period end is the stated end date, else start (or
/// signing) + months − 1 day. Tolerance: six calendar months after the end date.
struct InstallmentDueAfterPeriodEnd: ConsistencyRule {
    static let graceMonths = 6

    let info = RuleInfo(
        id: "installment_due_after_period_end", severities: [.warning],
        summary: "某期付款日期远晚于服务期结束（超过 6 个月）",
        tolerance: "服务期止日后 6 个月内的付款不报告")

    func check(_ context: CheckContext) -> [Finding] {
        guard let end = Days.periodEnd(context.contract), end.date.isValid else { return [] }
        let limit = Days.adding(months: Self.graceMonths, to: end.date)
        return context.contract.installments.enumerated().compactMap { i, inst in
            guard let due = inst.dueDate, Days.definitelyBefore(limit, due.value) else { return nil }
            return info.finding("第\(inst.sequence)期付款日期 \(Show.date(due.value)) 晚于服务期止日 \(Show.date(end.date)) 超过 \(Self.graceMonths) 个月",
                                fields: [Paths.installment(i, "due_date"), end.field], spans: [end.span, due.span].sorted())
        }
    }
}
