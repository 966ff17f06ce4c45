import ContractModel

/// The performance bond: `缴纳合同总价款 10% 即人民币…的履约保函`, `提供项目合同款总额 5%的履约保证金`,
/// `提交（大写）叁拾贰万柒仟捌佰元整（¥327,800.00元）履约保函`. The share and the amount are read in
/// the sub-clause naming the bond (or the next one: `提交履约保函，金额为合同价的10%`). A bond that is
/// waived (`不收取履约保证金`) is none; so is a general statement (`通常履约保函金额一般为合同金额的10%`,
/// `保修金一般不超过…5%`) and a share *of* the bond (`扣除履约保证金的10%`). A bond named with no
/// figure (`乙方应提交履约保函。`, a statute's `…应当提交履约保证金`) states no value: none.
///
/// Retention money (`质量保修金为结算价的3%`, `剩余 5 %作为质量保修金`) is read the same way when
/// the contract states no performance bond. When one statement gives the share and a later one of the
/// same kind the amount (`…金额为 81674.87 元`), both are kept.
enum BondRule {
    static let kinds = KeywordSet(Vocabulary.performanceBond + Vocabulary.retentionMoney)
    static let retention = Set(Vocabulary.retentionMoney.map(Word.init))
    static let waived: [Word] = .init(["不收取", "免收", "无需", "不需", "不需要", "免交", "不要求", "不设"])
    /// How far after a statement with one figure a later statement may give the other.
    static let companionWindow = 400

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        let hits = Array(ctx.hits(.bond))
        let performance = hits.filter { !retention.contains(ctx.word(.bond, $0)) }
        let retained = hits.filter { retention.contains(ctx.word(.bond, $0)) }
        if let bond = firstStatement(performance, ctx) ?? firstStatement(retained, ctx) {
            contract.performanceBond = bond
            return
        }
    }

    /// The first statement among `hits` with a share or an amount, completed by a later statement of
    /// the same kind when it gives the figure the first one lacks.
    static func firstStatement(_ hits: [KeywordSet.Hit], _ ctx: ParseContext) -> PerformanceBond? {
        for (n, hit) in hits.enumerated() {
            guard let (percent, amount) = figures(at: hit, ctx) else { continue }
            let sentence = ctx.sentence(containing: hit.offset)
            var bond = PerformanceBond(kind: ctx.string(hit.offset..<hit.end), percent: percent, amount: amount,
                                       span: ctx.span(ctx.trimmed(sentence)))
            for later in hits[(n + 1)...] where later.offset - hit.offset <= companionWindow {
                guard bond.percent == nil || bond.amount == nil else { break }
                guard ctx.word(.bond, later) == ctx.word(.bond, hit), let (p, a) = figures(at: later, ctx) else { continue }
                if bond.percent == nil, let p { bond.percent = p }
                if bond.amount == nil, let a { bond.amount = a }
                bond.span = bond.span.union(ctx.span(ctx.trimmed(ctx.sentence(containing: later.offset))))
            }
            return bond
        }
        return nil
    }

    /// Words that restate a share as its sum in the next sub-clause (`，即人民币…`).
    static let restatements: [Word] = .init(["即", "计", "折合", "合计"])

    /// The share and amount stated for the bond at `hit`, or nil when it states neither (or is waived,
    /// general, or a bound).
    static func figures(at hit: KeywordSet.Hit, _ ctx: ParseContext) -> (PercentValue?, MoneyValue?)? {
        let sentence = ctx.sentence(containing: hit.offset)
        let subs = ctx.subclauses(of: sentence)
        guard let k = subs.firstIndex(where: { $0.contains(hit.offset) }) else { return nil }
        if ctx.s.containsAny(waived, in: subs[k]) { return nil }
        if ctx.s.containsAny(Vocabulary.hedges, in: subs[k]) { return nil }
        func share(in scope: Range<Int>) -> PercentValue? {
            ctx.percents(in: scope).first { p in
                guard p.comparison == .exact else { return false }
                // `履约保证金的10%` is a share of the bond, not the bond's share of the price.
                if p.span.start >= hit.end, ctx.s.matches(Word("的"), at: PaymentOptionsRule.skipSpaces(hit.end, ctx)),
                   p.span.start - hit.end <= 3 { return false }
                let before = ctx.range(scope.lowerBound, p.span.start)
                return !ctx.s.containsAny(TotalAmountRule.bounds, in: before)
            }
        }
        var percent = share(in: subs[k])
        // The amount after the keyword (`差额保证金282万元暨履约保证金43万元`: the first amount is another
        // deposit's), else the nearest one before it (`提交¥327,800.00元履约保函`).
        let amounts = ctx.amounts(in: subs[k])
        var amount = amounts.first { $0.span.start >= hit.end } ?? amounts.last
        if percent == nil && amount == nil && k + 1 < subs.count {
            percent = share(in: subs[k + 1])
            amount = ctx.amounts(in: subs[k + 1]).first
        } else if percent != nil, amount == nil, k + 1 < subs.count,
                  restatements.contains(where: { ctx.s.matches($0, at: ctx.contentStart(of: subs[k + 1])) }) {
            // `金额为签约合同价的10%，即人民币贰拾万元整`: the share restated as a sum.
            amount = ctx.amounts(in: subs[k + 1]).first
        }
        return percent == nil && amount == nil ? nil : (percent, amount)
    }
}
