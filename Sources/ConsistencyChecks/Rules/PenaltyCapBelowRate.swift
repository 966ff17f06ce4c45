import ContractModel

/// `penalty_cap_below_rate` (warning): a penalty's cap is lower than a single day's (week's, month's or
/// incident's) penalty, so the stated rate can never apply in full. Rate and cap are compared as
/// stated percents of their bases. Tolerance: none (exact comparison).
struct PenaltyCapBelowRate: ConsistencyRule {
    let info = RuleInfo(
        id: "penalty_cap_below_rate", severities: [.warning],
        summary: "违约金上限低于一日（一次）的违约金",
        tolerance: "无：按写明的比例精确比较")

    func check(_ context: CheckContext) -> [Finding] {
        context.contract.penalties.enumerated().compactMap { i, p in
            guard let rate = p.rate, let cap = p.cap, cap.value < rate.value else { return nil }
            let (unit, what): (String, String) = switch p.per {
            case .day: ("每日", "一日")
            case .week: ("每周", "一周")
            case .month: ("每月", "一个月")
            case .incident: ("每次", "一次")
            case .once, nil: ("", "一次")
            }
            return info.finding("违约金\(unit) \(Show.percent(rate.value))，上限却为 \(Show.percent(cap.value))，低于\(what)的违约金（差 \(Show.percent(rate.value - cap.value))）",
                                fields: [Paths.penalty(i, "rate"), Paths.penalty(i, "cap")], spans: [rate.span, cap.span].sorted())
        }
    }
}
