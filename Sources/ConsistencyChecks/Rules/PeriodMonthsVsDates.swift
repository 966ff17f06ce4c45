import ContractModel

/// `period_months_vs_dates` (error): the service period's stated length (months or days) disagrees
/// with its start and end dates.
///
/// Month counting, end-inclusive: a period of N months starting on S ends the day before S + N
/// months (same day of month, clamped to a shorter month's last day). 2022-03-01 … 2023-04-30 is
/// 14 months; 2024-01-15 … 2025-01-14 is 12 months; 2024-01-01 … 2024-12-25 is 11 months 25 days.
/// When the start is the signing date (`自合同签订之日起`) and both are known, the signing date is used.
/// Month-precision dates (`2022年3月至2023年4月`) count whole calendar months inclusively (14).
/// Tolerance: one day, for contracts that write the end as the next period's first day
/// (2024-01-01 至 2025-01-01 accepted as 12 months); nothing more.
struct PeriodMonthsVsDates: ConsistencyRule {
    let info = RuleInfo(
        id: "period_months_vs_dates", severities: [.error],
        summary: "服务期写明的月数（天数）与起止日期不符",
        tolerance: "按含首尾计算；允许止日写成下一周期首日（多 1 天），除此之外不容差")

    func check(_ context: CheckContext) -> [Finding] {
        let c = context.contract
        guard let sp = c.servicePeriod, let end = sp.end else { return [] }
        let startValue = sp.start ?? (sp.startsAtSigning ? c.signingDate : nil)
        guard let start = startValue else { return [] }
        let startField = sp.start != nil ? Paths.periodStart : Paths.signingDate
        let s = start.value, e = end.value
        guard s.isValid, e.isValid, !(e < s) else { return [] }
        var findings: [Finding] = []
        let range = "\(Show.date(s)) 至 \(Show.date(e))（含首尾）"
        if let months = sp.months {
            var actual: String?
            var diffText = ""
            if Days.isDay(s), Days.isDay(e) {
                let (m, d) = Days.monthsAndDays(from: s, through: e)
                if !((m == months && d <= 1)) {
                    actual = d == 0 ? "\(m) 个月" : "\(m) 个月 \(d) 天"
                    if d == 0 { diffText = "（差 \(abs(m - months)) 个月）" }
                }
            } else if s.precision == .month, e.precision == .month {
                let n = (e.year - s.year) * 12 + e.month! - s.month! + 1
                if n != months { actual = "\(n) 个月"; diffText = "（差 \(abs(n - months)) 个月）" }
            }
            if let actual {
                findings.append(info.finding("服务期写明 \(months) 个月，但 \(range)为 \(actual)\(diffText)",
                                             fields: [Paths.periodMonths, startField, Paths.periodEnd],
                                             spans: [sp.span, start.span, end.span].sorted()))
            }
        }
        if let days = sp.days, Days.isDay(s), Days.isDay(e) {
            let n = Days.inclusiveDays(from: s, through: e)
            if n != days && n != days + 1 {
                findings.append(info.finding("服务期写明 \(days) 天，但 \(range)为 \(n) 天（差 \(abs(n - days)) 天）",
                                             fields: [Paths.periodDays, startField, Paths.periodEnd],
                                             spans: [sp.span, start.span, end.span].sorted()))
            }
        }
        return findings
    }
}
