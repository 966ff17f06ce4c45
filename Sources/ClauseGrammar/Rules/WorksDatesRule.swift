import ContractModel

/// The start and end of works stated as their own dates, as construction and installation contracts do
/// (`计划开工日期：2031年2月1日`, `计划竣工日期：2031年4月20日`, `双方议定2031年7月17日开工`, `完工期限为…`): they
/// complete the period (`工期：79日历天` gives the days, these the dates), or are the period when no other is
/// stated. Only a whole date counts; a blank (`____年__月__日`) is none.
enum WorksDatesRule {
    static let startLabels: [Word] = .init(["计划开工日期", "开工日期", "开工时间", "进场日期"])
    static let endLabels: [Word] = .init(["计划竣工日期", "竣工日期", "完工日期", "完工期限", "竣工时间", "完工时间"])
    /// A date followed by these is the start (`2031年7月17日开工`) or end (`…竣工`) of the works.
    static let startVerbs: [Word] = .init(["开工", "进场施工"])
    static let endVerbs: [Word] = .init(["竣工", "完工"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        let start = date(labelled: startLabels, orBefore: startVerbs, ctx)
        let end = date(labelled: endLabels, orBefore: endVerbs, ctx)
        guard start != nil || end != nil else { return }
        if var period = contract.servicePeriod {
            if period.start == nil, let start, period.end.map({ start.value <= $0.value }) ?? true { period.start = start }
            if period.end == nil, let end, period.start.map({ $0.value <= end.value }) ?? true { period.end = end }
            contract.servicePeriod = period
        } else if let first = start ?? end {
            if let start, let end, end.value < start.value { return }
            let span = [start?.span, end?.span].compactMap { $0 }.reduce(first.span) { $0.union($1) }
            contract.servicePeriod = ServicePeriod(start: start, end: end, text: ctx.text.text(span), span: span)
        }
    }

    /// The first whole date right after one of `labels` (within its sentence, a link such as `为`/`：` between), or
    /// right before one of `verbs`.
    static func date(labelled labels: [Word], orBefore verbs: [Word], _ ctx: ParseContext) -> DateValue? {
        for d in ctx.dates where d.precision == .day && !ctx.isUnread(d.span.start) {
            let sub = ctx.subclause(containing: d.span.start)
            let before = ctx.range(max(sub.lowerBound, d.span.start - 12), d.span.start)
            if let label = labels.lazy.compactMap({ ctx.s.lastOffset(of: $0, in: before) }).first {
                let link = ctx.range(label, d.span.start)
                if !ctx.s.containsAny(.init(["前", "后", "内", "延期", "顺延"]), in: link) { return d }
            }
            let next = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
            if verbs.contains(where: { ctx.s.matches($0, at: next) }) { return d }
        }
        return nil
    }
}
