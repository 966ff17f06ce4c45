import ContractModel

/// `penalty_cap_reached_quickly` (info): a daily penalty rate so high that its cap is reached within
/// a week (`每逾期一日 1%，不超过 5%`: capped after 5 days, later delay costs nothing more). Days to
/// the cap = ⌈cap ÷ daily rate⌉, computed exactly. Tolerance: reported when ≤ 7 days.
struct PenaltyCapReachedQuickly: ConsistencyRule {
    static let maxDays = 7

    let info = RuleInfo(
        id: "penalty_cap_reached_quickly", severities: [.info],
        summary: "按日计算的违约金在一周内即达上限，此后继续违约不再增加违约金",
        tolerance: "⌈上限 ÷ 日比例⌉ ≤ 7 天时报告")

    func check(_ context: CheckContext) -> [Finding] {
        context.contract.penalties.enumerated().compactMap { i, p in
            guard p.per == .day, let rate = p.rate, let cap = p.cap, rate.value > .zero, !(cap.value < rate.value) else { return nil }
            let scale = max(rate.value.scale, cap.value.scale)
            let r = rate.value.scaled(to: scale), c = cap.value.scaled(to: scale)
            let days = (c + r - 1) / r
            guard days <= Int128(Self.maxDays) else { return nil }
            return info.finding("违约金每日 \(Show.percent(rate.value))，上限 \(Show.percent(cap.value))，违约 \(days) 天即达上限，此后继续违约不再增加违约金",
                                fields: [Paths.penalty(i, "rate"), Paths.penalty(i, "cap")], spans: [rate.span, cap.span].sorted())
        }
    }
}
