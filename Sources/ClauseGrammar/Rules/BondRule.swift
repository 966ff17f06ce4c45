import ContractModel

/// The performance bond: `缴纳合同总价款 10% 即人民币…的履约保函`, `提供项目合同款总额 5%的履约保证金`,
/// `提交（大写）叁拾贰万柒仟捌佰元整（¥327,800.00元）履约保函`. The share and the amount are read in
/// the sub-clause naming the bond (or the next one: `提交履约保函，金额为合同价的10%`). A bond that is
/// waived (`不收取履约保证金`) is none. When a bond is required but no figure is stated, only its kind.
enum BondRule {
    static let kinds = KeywordSet(["履约保函", "履约保证金", "履约担保", "履约保险", "履约金"])
    static let waived: [Word] = .init(["不收取", "免收", "无需", "不需", "不需要", "免交", "不要求"])
    static let required: [Word] = .init(["提交", "缴纳", "提供", "递交", "交纳", "出具", "开具"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var kindOnly: PerformanceBond?
        for hit in ctx.hits(.bond) {
            let kind = ctx.string(hit.offset..<hit.end)
            let sentence = ctx.sentence(containing: hit.offset)
            let subs = ctx.subclauses(of: sentence)
            guard let k = subs.firstIndex(where: { $0.contains(hit.offset) }) else { continue }
            if ctx.s.containsAny(waived, in: subs[k]) { continue }
            var scope = subs[k]
            var percent = ctx.percents(in: scope).first { $0.comparison == .exact }
            var amount = ctx.amounts(in: scope).first
            if percent == nil && amount == nil && k + 1 < subs.count {
                scope = subs[k + 1]
                percent = ctx.percents(in: scope).first { $0.comparison == .exact }
                amount = ctx.amounts(in: scope).first
            }
            if percent != nil || amount != nil {
                contract.performanceBond = PerformanceBond(kind: kind, percent: percent, amount: amount,
                                                           span: ctx.span(ctx.trimmed(sentence)))
                return
            }
            if kindOnly == nil, ctx.s.containsAny(required, in: subs[k]) {
                kindOnly = PerformanceBond(kind: kind, span: ctx.span(ctx.trimmed(sentence)))
            }
        }
        contract.performanceBond = kindOnly
    }
}
