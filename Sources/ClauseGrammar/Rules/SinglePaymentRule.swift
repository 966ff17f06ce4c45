import ContractModel

/// The whole price paid at once, where no stage is stated: `验收合格后，甲方…以转账方式向乙方支付合同款`, `甲方在7个
/// 工作日内支付乙方开发费用`, `款到发货`. One installment with no share and no amount, its condition and term. A
/// sentence counts only when it pays the whole price (its object is the price: `合同款`, `全部货款`, `开发费用`), names
/// when (an event it follows, `…后`, or a term, `…内`, `…前`) and states no share, amount, penalty or bond: a
/// duty stated in general (`甲方应按时支付合同款`) is none.
enum SinglePaymentRule {
    /// The price as the object of the payment.
    static let wholePrice: [Word] = .init([
        "合同款", "合同价款", "合同金额", "合同总价", "全部款项", "全部合同款", "全部货款", "货款", "全款", "全部费用",
        "开发费用", "开发费", "服务费用", "服务费", "设计费", "技术服务费", "价款",
    ])
    /// Payment before delivery, in one phrase.
    static let payBeforeDelivery: [Word] = .init(["款到发货", "先款后货", "款到发运"])
    static let when: [Word] = .init(["后", "之后", "以后", "内", "之内", "以内", "前", "之前"])
    static let atOnce: [Word] = .init(["一次性", "一次"])
    /// A right to withhold (`有权…拒绝支付`), a duty stated in general (`按照本合同约定支付`), a fee of one period
    /// (`支付当月服务费`): no payment of the whole price.
    static let noWholePayment: [Word] = .init(["拒绝", "暂停", "暂缓", "不予", "有权", "按照本合同约定", "按照合同约定",
                                               "按本合同约定", "按合同约定", "按照约定", "按约定", "依约"])
    static let onePeriod: [Word] = .init(["当月", "上月", "当期", "本期", "当年", "当季", "每期"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        guard contract.installments.isEmpty else { return }
        for sentence in ctx.sentences where isSinglePayment(sentence, ctx) {
            let trimmed = ctx.trimmed(sentence)
            let verb = paysThePrice(in: trimmed, ctx) ?? trimmed.lowerBound
            let pay = ctx.subclause(containing: verb)
            contract.installments = [Installment(
                sequence: 1, condition: InstallmentRule.condition(trimmed, upTo: pay.lowerBound, ctx),
                dueDate: InstallmentRule.dueDate(in: trimmed, ctx), dueWithin: InstallmentRule.dueWithin(in: trimmed, ctx),
                span: ctx.span(trimmed))]
            return
        }
    }

    static func isSinglePayment(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        // `先款后货/先货后款`, `先款后货/XXXXX`: options of a form, none chosen.
        if let o = payBeforeDelivery.compactMap({ w in ctx.s.firstOffset(of: w, in: sentence).map { ($0, w.count) } }).first {
            let after = o.0 + o.1
            return !ctx.hasBlank(sentence) && !(after < sentence.upperBound && ctx.s[after].canonical == "/")
                && !(o.0 > sentence.lowerBound && ctx.s[o.0 - 1].canonical == "/")
        }
        guard let verb = paysThePrice(in: sentence, ctx) else { return false }
        // A share, an amount or a blank left for them (`支付咨询服务费的____%`): a stage, stated or not.
        guard ctx.percents(in: sentence).isEmpty, ctx.amounts(in: sentence).isEmpty, !ctx.hasBlank(sentence),
              !ctx.s[sentence].contains(where: { $0.canonical == "%" }),
              !ctx.s.containsAny(InstallmentRule.penaltyWords + InstallmentRule.bondWords + InstallmentRule.periodic, in: sentence),
              !ctx.s.containsAny(noWholePayment + onePeriod, in: sentence),
              !ctx.s.containsAny(InstallmentRule.stageNouns + InstallmentRule.remainderNouns, in: sentence) else { return false }
        // When: an event or term before the verb.
        return ctx.s.containsAny(when, in: sentence.lowerBound..<verb)
    }

    /// The first paying verb (not 交付, deliver) whose object is the price: the price within a few characters after
    /// it, a party between (`支付乙方开发费用`, `向乙方支付合同款`).
    static func paysThePrice(in sentence: Range<Int>, _ ctx: ParseContext) -> Int? {
        for i in sentence where i == sentence.lowerBound || ctx.s[i - 1] != "交" {
            // The verb whole inside the sentence (a sentence cut at its longest length may split 支|付).
            guard let verb = InstallmentRule.payVerbs.first(where: { i + $0.count <= sentence.upperBound && ctx.s.matches($0, at: i) })
            else { continue }
            let object = i + verb.count..<min(sentence.upperBound, i + verb.count + 8)
            if ctx.s.containsAny(wholePrice, in: object) { return i }
            // `一次性支付全年费用`, `一次性付清全部租金`: at once, a fee or payment of any name.
            if ctx.s.containsAny(atOnce, in: max(sentence.lowerBound, i - 4)..<i),
               ctx.s[object].contains(where: { $0.canonical == "费" || $0.canonical == "款" || $0.canonical == "金" }) { return i }
        }
        return nil
    }
}
