import ContractModel

/// `date_order` (warning): dates in an impossible order — the service ends before it starts, the
/// contract is signed after the service has ended, a payment is due before the contract is signed,
/// a later installment is due before an earlier one. Dates are compared at the coarser of their
/// precisions (2025-05 is not before 2025-05-20). Tolerance: none beyond that.
struct DateOrder: ConsistencyRule {
    let info = RuleInfo(
        id: "date_order", severities: [.warning],
        summary: "日期先后顺序不合理（止日早于起日、签订晚于服务期结束、付款早于签订或后一期早于前一期）",
        tolerance: "按两者中较粗的精度比较（2025年5月 不早于 2025年5月20日）")

    func check(_ context: CheckContext) -> [Finding] {
        let c = context.contract
        var out: [Finding] = []
        let sp = c.servicePeriod
        if let s = sp?.start, let e = sp?.end, Days.definitelyBefore(e.value, s.value) {
            out.append(info.finding("服务期止日 \(Show.date(e.value)) 早于起日 \(Show.date(s.value))",
                                    fields: [Paths.periodStart, Paths.periodEnd], spans: [s.span, e.span].sorted()))
        }
        if let signed = c.signingDate, let end = sp?.end, Days.definitelyBefore(end.value, signed.value) {
            out.append(info.finding("合同签订日期 \(Show.date(signed.value)) 晚于服务期止日 \(Show.date(end.value))",
                                    fields: [Paths.signingDate, Paths.periodEnd], spans: [signed.span, end.span].sorted()))
        }
        var previous: (index: Int, inst: Installment, due: DateValue)?
        let ordered = c.installments.enumerated().sorted { $0.element.sequence < $1.element.sequence }
        for (i, inst) in ordered {
            guard let due = inst.dueDate else { continue }
            if let signed = c.signingDate, Days.definitelyBefore(due.value, signed.value) {
                out.append(info.finding("第\(inst.sequence)期付款日期 \(Show.date(due.value)) 早于合同签订日期 \(Show.date(signed.value))",
                                        fields: [Paths.installment(i, "due_date"), Paths.signingDate], spans: [signed.span, due.span].sorted()))
            }
            if let p = previous, Days.definitelyBefore(due.value, p.due.value) {
                out.append(info.finding("第\(inst.sequence)期付款日期 \(Show.date(due.value)) 早于第\(p.inst.sequence)期的 \(Show.date(p.due.value))",
                                        fields: [Paths.installment(p.index, "due_date"), Paths.installment(i, "due_date")],
                                        spans: [p.due.span, due.span].sorted()))
            }
            previous = (i, inst, due)
        }
        return out
    }
}
