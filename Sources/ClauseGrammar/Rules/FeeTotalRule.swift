import ContractModel

/// The total stated as the fee of the contract's own work, where no total keyword states one: `本项目设计服务费暂定为
/// 321.2万元`, `技术服务费：人民币捌万元整`, `货款共计¥56,000.00元`. The fee must be the subject of the statement: only
/// linking words stand between it and the amount (`为`, `：`, `共计`, `暂定为`, `人民币`, a tax note); a fee paid,
/// deducted or charged per period, unit or share (`支付服务费5万元`, `服务费为每月6900元`, `月服务费`, `服务费的30%`,
/// `超出部分的服务费`) is no total, and neither is a fee that states several amounts in its sentence (a price list), a
/// part of a breakdown (`其中培训费…`, `价款包括：设计费…；监理费…`), a cost a party bears (`…由乙方承担`), or a fee that
/// names a service of its own (`培训费`, `代理费`) in a contract whose title does not name that service.
enum FeeTotalRule {
    static let feeKeywords = KeywordSet(Vocabulary.contractFee)

    /// Words that may link the fee to its amount, longest first.
    static let links: [Word] = .init([
        "暂定总价为", "总金额为", "总价款为", "总费用为", "暂定为", "暂估为", "总额为", "总计为", "合计为", "共计为", "总价为",
        "(含税)", "(不含税)", "(大写)", "(小写)", "含税", "不含税", "人民币", "总金额", "总价款", "总费用", "总额", "总计",
        "合计", "共计", "总价", "暂定", "暂估", "金额", "大写", "小写", "不含", "含", "为", "是", "计", ":", "¥",
    ])
    /// Before the fee in its sub-clause: a payment, a deduction or a part of the fee, not the fee as a whole.
    static let notWhole: [Word] = .init([
        "支付", "付清", "付款", "预付", "结算", "扣除", "扣减", "扣", "退还", "返还", "超出", "超过", "增加", "额外", "另行", "另计",
        "其他", "其余", "剩余", "每", "按月", "按年", "当月", "当期", "本期", "首期", "部分", "单项", "单价", "月", "年度",
    ])

    /// Fees of a service of their own: the total only where the title names that service (`广告发布合同`: 广告费).
    static let ownServiceFees: [String: String] = [
        "代理费": "代理", "代理服务费": "代理", "培训费": "培训", "测绘费": "测绘", "检测费": "检测", "评估费": "评估",
        "广告费": "广告", "制作费": "制作", "审计费": "审计", "审计服务费": "审计", "维护费": "维护", "维保费": "维保",
    ]
    /// Before the fee in its sentence: a breakdown of the price.
    static let breakdown: [Word] = .init(["其中", "包括", "包含", "组成", "构成"])
    /// After the amount in its sentence: a cost borne by a party, or a rate per unit or period.
    static let notThePrice: [Word] = .init([
        "承担", "负担", "自理", "另计", "按次", "每次", "按月", "每月", "按年", "每年", "按季", "每季", "按天", "每天", "按日",
        "每日", "按小时", "每小时", "按人", "每人", "/次", "/月", "/年",
    ])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        guard contract.totalAmount == nil else { return }
        let title = String(String.UnicodeScalarView((contract.title?.value ?? "").unicodeScalars.map(\.canonical)))
        for hit in ctx.hits(.contractFee) {
            if let service = ownServiceFees[ctx.key(hit.offset..<hit.end)], !title.contains(service) { continue }
            guard let money = amount(after: hit, ctx) else { continue }
            contract.totalAmount = money
            return
        }
    }

    /// The amount the fee at `hit` is stated to be, when only linking words stand between.
    static func amount(after hit: KeywordSet.Hit, _ ctx: ParseContext) -> MoneyValue? {
        let sub = ctx.subclause(containing: hit.offset)
        if ctx.s.containsAny(notWhole, in: ctx.range(sub.lowerBound, hit.offset)) { return nil }
        if TotalAmountRule.isPerPeriod(hit, ctx) || TotalAmountRule.namesOnePeriod(before: hit, ctx) { return nil }
        let sentence = ctx.sentenceWithValue(containing: hit.offset)
        if ctx.s.containsAny(breakdown, in: ctx.range(sentence.lowerBound, hit.offset)) { return nil }
        let window = hit.end..<max(hit.end, min(sentence.upperBound, hit.end + TotalAmountRule.maxGap))
        guard let money = ctx.amounts(in: window).first, !ctx.isMasked(money), !TotalAmountRule.isRate(money, ctx),
              linked(hit.end..<money.span.start, ctx) else { return nil }
        // `服务费：A岗3000元，B岗2500元`: a price list, no total.
        if ctx.s.containsAny(notThePrice, in: ctx.range(money.span.end, sentence.upperBound)) { return nil }
        // `设计费20万元；监理费10万元`, `第一年服务费…，第二年服务费…`: a breakdown when another fee with an amount stands in
        // the sentence, or in the sentence before or after.
        if let first = ctx.sentenceIndex(containing: sentence.lowerBound), let last = ctx.sentenceIndex(containing: sentence.upperBound - 1) {
            for si in max(0, first - 1)...min(ctx.sentences.count - 1, last + 1) {
                let other = ctx.sentences[si]
                if ctx.hits(.contractFee, in: other).contains(where: { h in
                    // (`设计服务费` holds `服务费`: a hit inside this one is this fee.)
                    guard h.offset >= hit.end || h.end <= hit.offset,
                          let m = ctx.amounts(in: ctx.range(h.end, min(other.upperBound, h.end + 12))).first else { return false }
                    return m.span != money.span
                }) {
                    return nil
                }
            }
        }
        // (A 大写 amount paired with its figures on the next line ends past the sentence.)
        if ctx.amounts(in: ctx.range(money.span.end, sentence.upperBound)).contains(where: { $0.value != money.value }) { return nil }
        // `服务费的30%，即人民币…`: a share.
        if !ctx.percents(in: hit.end..<money.span.start).allSatisfy({ TotalAmountRule.isTaxRate($0, ctx) }) { return nil }
        return money
    }

    /// True when `r` holds only linking words, spaces, tax notes (`(含6%增值税)`) and a blank figure's unit.
    static func linked(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        var i = r.lowerBound
        let taxRates = ctx.percents(in: r).filter { TotalAmountRule.isTaxRate($0, ctx) }
        while i < r.upperBound {
            let c = ctx.s[i]
            if c.isInlineSpace || c.canonical == "(" || c.canonical == ")" || c.canonical == "_" { i += 1; continue }
            // `暂定为 元(人民币 叁佰…元整)`: the figures left blank before their unit, the 大写 filled in.
            if c.canonical == "元", i + 1 < r.upperBound, ctx.s[i + 1].canonical == "(" { i += 1; continue }
            if let p = taxRates.first(where: { $0.span.start == i }) { i = p.span.end; continue }
            if let word = links.first(where: { $0.count <= r.upperBound - i && ctx.s.matches($0, at: i) }) { i += word.count; continue }
            if let noun = TotalAmountRule.taxNouns.first(where: { $0.count <= r.upperBound - i && ctx.s.matches($0, at: i) }) {
                i += noun.count
                continue
            }
            return false
        }
        return true
    }
}
