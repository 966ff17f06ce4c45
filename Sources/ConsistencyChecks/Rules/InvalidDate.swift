import ContractModel

/// `invalid_date` (error): a date field names a day that does not exist (2023-02-29, 2024-04-31,
/// month 13). Tolerance: none.
struct InvalidDate: ConsistencyRule {
    let info = RuleInfo(
        id: "invalid_date", severities: [.error],
        summary: "日期不存在（如 2 月 30 日、4 月 31 日）",
        tolerance: "无")

    func check(_ context: CheckContext) -> [Finding] {
        let c = context.contract
        var dates: [(String, DateValue)] = []
        if let d = c.signingDate { dates.append((Paths.signingDate, d)) }
        if let d = c.servicePeriod?.start { dates.append((Paths.periodStart, d)) }
        if let d = c.servicePeriod?.end { dates.append((Paths.periodEnd, d)) }
        for (i, inst) in c.installments.enumerated() {
            if let d = inst.dueDate { dates.append((Paths.installment(i, "due_date"), d)) }
        }
        return dates.compactMap { field, d in
            guard !d.value.isValid else { return nil }
            var why = ""
            if let m = d.value.month {
                if !(1...12).contains(m) { why = "（没有 \(m) 月）" }
                else if let day = d.value.day {
                    why = "（\(d.value.year) 年 \(m) 月只有 \(CalendarDate.daysIn(month: m, year: d.value.year)) 天，没有 \(day) 日）"
                }
            }
            return info.finding("日期「\(d.text)」不存在\(why)", fields: [field], spans: [d.span])
        }
    }
}
