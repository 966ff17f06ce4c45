import ContractModel

/// The total stated as the fee of the contract's own work, where no total keyword states one: `本项目设计服务费暂定为
/// 321.2万元`, `技术服务费：人民币捌万元整`, `货款共计¥56,000.00元`. The fee must be the subject of the statement: only
/// linking words stand between it and the amount (`为`, `：`, `共计`, `暂定为`, `人民币`, a tax note); a fee paid,
/// deducted or charged per period, unit or share (`支付服务费5万元`, `服务费为每月6900元`, `月服务费`, `服务费的30%`,
/// `超出部分的服务费`) is no total, and neither is a fee that states several amounts in its sentence (a price list).
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

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        guard contract.totalAmount == nil else { return }
        for hit in ctx.hits(.contractFee) {
            guard let money = amount(after: hit, ctx) else { continue }
            contract.totalAmount = money
            return
        }
    }

    /// The amount the fee at `hit` is stated to be, when only linking words stand between.
    static func amount(after hit: KeywordSet.Hit, _ ctx: ParseContext) -> MoneyValue? {
        let sub = ctx.subclause(containing: hit.offset)
        if ctx.s.containsAny(notWhole, in: ctx.range(sub.lowerBound, hit.offset)) { return nil }
        if TotalAmountRule.isPerPeriod(hit, ctx) { return nil }
        let sentence = ctx.sentenceWithValue(containing: hit.offset)
        let window = hit.end..<max(hit.end, min(sentence.upperBound, hit.end + TotalAmountRule.maxGap))
        guard let money = ctx.amounts(in: window).first, !ctx.isMasked(money), !TotalAmountRule.isRate(money, ctx),
              linked(hit.end..<money.span.start, ctx) else { return nil }
        // `服务费：A岗3000元，B岗2500元`: a price list, no total.
        if ctx.amounts(in: money.span.end..<sentence.upperBound).contains(where: { $0.value != money.value }) { return nil }
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
