import ContractModel

/// Installments of the chosen payment scheme. An installment is a share of the price the buyer
/// pays: an exact percentage in a sub-clause that pays (`支付合同款的 60%`, `付款 30%`), never a
/// bond (`10% 的履约保函`), a penalty, a threshold (`≥99.9%`, `不低于28%`) or a weight (`占 30%`).
/// An ordinal payment with no share stated (`第 3 笔支付款 … 支付合同尾`) is an installment with
/// a null percent. Around each: the amount (`即人民币…`, `计人民币…`), the due date
/// (`于2022年5月31日前`), the term (`30 个工作日内`) and the condition (the clause before).
/// A stage named by its noun pays too (`30%预付款`, `20%尾款验收后结算`); the remainder of a
/// list of stages is an installment with a null share (`（2）提交报告时支付余款。`), and so is a
/// stage that states only its amount (`余款￥20,000.00元在验收后付清`).
enum InstallmentRule {
    static let payVerbs: [Word] = .init(["支付", "付款", "付清", "拨付", "付给", "支付款", "结清", "付至"])
    /// `付` alone pays (`交货付40%`) unless it is 交付 (deliver).
    static let bareVerb: Unicode.Scalar = "付"
    static let stageNouns: [Word] = .init(Vocabulary.paymentStages)
    static let remainderNouns: [Word] = .init(Vocabulary.paymentRemainder)
    static let bareRemainder = Word("剩余")
    /// A share qualified by these is a bound, not a stage (`最多支付至合同价格的85%`).
    static let shareBounds: [Word] = .init(["最多", "最高", "不超过", "不得超过", "不低于", "累计不", "超过", "以上", "以内"])
    /// Bases a share of the price is stated against (`本合同总价格的40%`).
    static let priceBases: [Word] = .init(["总价", "总额", "合同价", "合同金额", "合同款", "价款", "总费用", "费用", "结算价", "结算额", "总金额"])
    /// Periodic fees are no stages (`每月 6900元`).
    static let periodic: [Word] = .init(Vocabulary.perPeriod)
    /// A share of wages (`月平均工资的30%`) is no share of the price.
    static let wages: [Word] = .init(["工资", "薪酬", "薪资", "薪金", "月薪", "年薪", "劳动报酬"])
    static let bondWords: [Word] = .init(["保函", "保证金", "担保", "质保金", "保修金"])
    static let weights: [Word] = .init(["所占", "占"])
    /// A share right after these sums the stages before it (`合计30%`).
    static let sums: [Word] = .init(["合计", "共计", "总计", "合共", "累计"])
    /// A share followed by these is a discount (`15%的折扣`, `5%优惠`).
    static let discounts: [Word] = .init(["折扣", "的折扣", "优惠", "的优惠", "折让", "的折让", "让利", "的让利", "discount"])
    /// Progress reached (`完成工程量50%时`, `工程进度达到70%后`): a condition of a payment.
    static let progressWords: [Word] = .init(["完成", "达到", "完工", "进度"])
    static let conditionEnds: [Word] = .init(["时", "后", "以后", "之后"])
    /// Retention money paid as the last stage (`余10%质保金，…付清`).
    static let retentionWords: [Word] = .init(Vocabulary.retentionMoney)
    static let penaltyWords: [Word] = .init(["违约金", "滞纳金", "罚款", "罚金", "赔偿", "利息", "扣除", "扣减", "扣罚", "违约责任", "暂扣", "扣留", "纳入"])
    static let ordinalUnits: Set<Unicode.Scalar> = ["次", "笔", "期"]
    static let dueWithinEnds: [Word] = .init(["内", "之内", "以内"])
    static let dueDateEnds: [Word] = .init(["前", "之前", "以前"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        let excluded = PaymentOptionsRule.excludedRanges(ctx)
        func isExcluded(_ o: Int) -> Bool { excluded.contains { $0.contains(o) } || ctx.isUnread(o) }

        var installments: [Installment] = []
        var sentencesWithShare = Set<Int>()
        // Shares of the price.
        var penaltySentence: [Int: Bool] = [:]   // computed once per sentence
        for p in ctx.percents where p.comparison == .exact && !isExcluded(p.span.start) {
            guard let si = ctx.sentenceIndex(containing: p.span.start) else { continue }
            let isPenalty = penaltySentence[si] ?? (ctx.s.containsAny(penaltyWords, in: ctx.sentences[si])
                || chargesPerDelay(ctx.sentences[si], ctx))
            penaltySentence[si] = isPenalty
            guard !isPenalty, isShare(p, ctx) else { continue }
            sentencesWithShare.insert(si)
            installments.append(make(share: p, sentence: ctx.sentences[si], ctx))
        }
        // Ordinal payments with no share (`第 3 笔支付款`).
        var candidates: [Int] = []
        for i in ctx.s.indices where ctx.s[i] == "第" {
            if let si = ctx.sentenceIndex(containing: i), candidates.last != si, !sentencesWithShare.contains(si) { candidates.append(si) }
        }
        for si in candidates {
            let sentence = ctx.sentences[si]
            guard let marker = ordinalPayment(in: sentence, ctx), !isExcluded(marker),
                  !ctx.s.containsAny(bondWords, in: sentence), !ctx.s.containsAny(penaltyWords, in: sentence),
                  !ctx.s.containsAny(periodic, in: sentence) else { continue }
            installments.append(make(ordinal: sentence, ctx))
        }
        installments += stagesWithoutShare(after: installments, excluded: isExcluded, ctx)
        installments.sort { $0.span.start < $1.span.start }
        for i in installments.indices { installments[i].sequence = i + 1 }
        contract.installments = installments
    }

    /// An exact percentage in a sub-clause that pays part of the price (in a sentence that states
    /// no penalty: the caller checks that once per sentence).
    static func isShare(_ p: PercentValue, _ ctx: ParseContext) -> Bool {
        let sentence = ctx.sentence(containing: p.span.start)
        let subs = ctx.subclauses(of: sentence)
        guard let k = subs.firstIndex(where: { $0.contains(p.span.start) }) else { return false }
        let sub = subs[k]
        if ctx.s.containsAny(shareBounds, in: ctx.range(sub.lowerBound, p.span.start)) { return false }
        if TotalAmountRule.isTaxRate(p, ctx) { return false }
        // `合计30%为开工前应付之款项`: the sum of the stages listed before, not one more.
        if sums.contains(where: { ctx.s.matches($0, at: max(sub.lowerBound, p.span.start - $0.count)) }) { return false }
        // `预付现金则享有15%的折扣`: a discount off the price, not a share paid.
        let after = PaymentOptionsRule.skipSpaces(p.span.end, ctx)
        if discounts.contains(where: { ctx.s.matches($0, at: after) }) { return false }
        // `完成工程量50%时支付…`: the progress reached is the condition of a payment, not its share.
        if ctx.s.containsAny(progressWords, in: ctx.range(sub.lowerBound, p.span.start)),
           conditionEnds.contains(where: { ctx.s.matches($0, at: PaymentOptionsRule.skipSpaces(p.span.end, ctx)) }) { return false }
        if ctx.s.containsAny(wages, in: ctx.range(sub.lowerBound, p.span.start)) { return false }
        // `所占总合同金额百分之50`: a weight restating the share that the clause pays elsewhere.
        if ctx.s.containsAny(weights, in: ctx.range(sub.lowerBound, p.span.start)) { return false }
        if let bond = ctx.s.firstOfAny(bondWords, in: sub) {
            // `支付质保金总金额的2.5%`: a share of the retention (or of a bond), not of the price.
            if sharesOfBond(p, in: sub, ctx) { return false }
            // `收到履约保证金后支付合同总价 50 %的款项`: the bond is named before a payment of the price.
            let paidAfterBond = bond.offset < p.span.start && pays(bond.offset..<p.span.start, ctx)
                && !ctx.s.containsAny(bondWords, in: ctx.range(p.span.end, sub.upperBound))
            if !paidAfterBond {
                // `余10%质保金，设备运行18个月付清`: the retained remainder is the last stage; so is the
                // retention of a list of stages (`4.质保金：结算价的5%…期满后无息退还`).
                guard ctx.s.containsAny(retentionWords, in: sub) else { return false }
                let remainder = ctx.s.contains(Word("余"), in: ctx.range(sub.lowerBound, p.span.start))
                if !remainder { return lastOfAList(sentence, ctx) && ctx.s.containsAny(returnVerbs, in: sentence) }
                let next = ctx.sentenceIndex(containing: sentence.upperBound - 1).flatMap { i in i + 1 < ctx.sentences.count ? ctx.sentences[i + 1] : nil }
                return pays(sub, ctx) || (k + 1 < subs.count && pays(subs[k + 1], ctx)) || next.map { pays($0, ctx) } == true
            }
            return true
        }
        // The paying verb or stage is in the share's sub-clause, or ends the one before
        // (`…内支付，金额为…的30%`), or the one before pays and this one states a share of the price
        // (`甲方支付本合同首款，本合同总价格的40%`).
        if pays(sub, ctx) || ctx.s.containsAny(stageNouns, in: sub) || ctx.s.containsAny(remainderNouns, in: sub) { return true }
        if k > 0, !ctx.s.containsAny(bondWords, in: subs[k - 1]) {
            let prev = subs[k - 1]
            if pays(max(prev.lowerBound, prev.upperBound - 6)..<prev.upperBound, ctx) { return true }
            return (pays(prev, ctx) || ctx.s.containsAny(stageNouns, in: prev))
                && ctx.s.containsAny(priceBases, in: ctx.range(sub.lowerBound, p.span.start))
        }
        return false
    }

    /// `每延期一天…支付乙方总费用的1%作为补偿`: a charge per unit of a delay, a penalty however it is named.
    static func chargesPerDelay(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        ctx.s.containsAny(PenaltyVocabulary.delays, in: sentence) && PenaltyRule.everyUnit(in: sentence, ctx) != nil
    }

    static let returnVerbs: [Word] = .init(["退还", "返还", "支付", "付清", "结清"])
    static let bondShareLinks: Set<[Unicode.Scalar]> = Set(["的", "总金额的", "总额的", "金额的", "余额的"].map { Array(Word($0).scalars) })

    /// The percentage follows a bond or retention word with only `的` (`总金额的`) between: its base is that money.
    static func sharesOfBond(_ p: PercentValue, in sub: Range<Int>, _ ctx: ParseContext) -> Bool {
        let ends = bondWords.compactMap { w in ctx.s.lastOffset(of: w, in: sub.lowerBound..<p.span.start).map { $0 + w.count } }
        guard let end = ends.max(), end <= p.span.start else { return false }
        return bondShareLinks.contains(ctx.s[end..<p.span.start].map(\.canonical))
    }

    /// A sentence that ends a numbered list of payment stages: stages with shares on the lines just before.
    static func lastOfAList(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        guard let li = ctx.lineIndex(containing: sentence.lowerBound), li > 0,
              ctx.enumerator(at: ctx.contentStart(of: ctx.lines[li]), limit: ctx.lines[li].upperBound) != nil else { return false }
        let before = ctx.lines[max(0, li - 3)].lowerBound..<ctx.lines[li].lowerBound
        return ctx.percents(in: before).contains { p in ctx.s.containsAny(payVerbs + stageNouns, in: ctx.sentence(containing: p.span.start)) }
    }

    /// A paying verb in `r`: 支付, 付款 … or a bare 付 that is not 交付.
    static func pays(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        if ctx.s.containsAny(payVerbs, in: r) { return true }
        for i in r where ctx.s[i] == bareVerb {
            if i == 0 || ctx.s[i - 1] != "交" { return true }
        }
        return false
    }

    /// Sentences that pay a stage without stating its share: the remainder after shares stated in
    /// the lines just before (`（2）提交报告时支付余款。`, `质保期满付清尾款`), or a named stage with
    /// its amount only (`余款￥20,000.00元在验收后付清`, `首付款人民币3万元于签订后支付`).
    static func stagesWithoutShare(after found: [Installment], excluded: (Int) -> Bool, _ ctx: ParseContext) -> [Installment] {
        var result: [Installment] = []
        var taken = Set(found.compactMap { ctx.sentenceIndex(containing: $0.span.start) })
        // Per sentence with shares, where its last share ends: a remainder after it is one more stage.
        var lastShareEnd: [Int: Int] = [:]
        for i in found {
            guard let p = i.percent, let si = ctx.sentenceIndex(containing: p.span.start) else { continue }
            lastShareEnd[si] = max(lastShareEnd[si] ?? 0, p.span.end)
        }
        let shareStarts = found.filter { $0.percent != nil }.map(\.span.start).sorted()
        // Per sentence with a stage paid with an amount and no share, where that stage's sub-clause ends.
        var amountStageEnd: [Int: Int] = [:]
        for hit in remainderAndStageHits(ctx) {
            guard !excluded(hit), let si = ctx.sentenceIndex(containing: hit) else { continue }
            let sentence = ctx.sentences[si]
            let sub = ctx.subclause(containing: hit)
            let remainder = remainderNouns.filter { ctx.s.matches($0, at: hit) }.max { $0.count < $1.count }
            let isRemainder = remainder != nil
            // `剩余` alone names the remainder only right before its amount (`剩余80万元`) or a fee or payment
            // (`全部剩余设计费`, `剩余的货款`; `剩余工期` is none).
            if remainder == bareRemainder,
               !(ctx.amounts(in: hit..<min(ctx.s.count, hit + 12)).first.map { $0.span.start <= hit + 3 } ?? false),
               !namesMoney(after: hit + bareRemainder.count, ctx) {
                continue
            }
            if taken.contains(si) {
                // `交货付40%，安装调试付20%，质保期满付清尾款`: the remainder after the sentence's shares;
                // `支付首付款20万元，剩余80万元验收后付清`: the remainder, with its amount, after a stage paid with its own.
                if isRemainder, lastShareEnd[si] == nil, let end = amountStageEnd[si], end <= sub.lowerBound,
                   let ra = ctx.amounts(in: sub).first, pays(sub, ctx), ctx.percents(in: sub).isEmpty,
                   !ctx.s.containsAny(penaltyWords, in: sub), !ctx.s.containsAny(bondWords, in: sub) {
                    amountStageEnd[si] = sub.upperBound
                    result.append(Installment(sequence: 0, amount: ra, condition: ctx.textValue(ctx.trimmed(sub)), dueDate: dueDate(in: sub, ctx),
                                              dueWithin: dueWithin(in: sub, ctx), span: ctx.span(ctx.trimmed(sub))))
                    continue
                }
                guard isRemainder, let end = lastShareEnd[si], end <= sub.lowerBound, pays(sub, ctx), ctx.percents(in: sub).isEmpty,
                      !ctx.s.containsAny(penaltyWords, in: sub), !ctx.s.containsAny(bondWords, in: sub) else { continue }
                lastShareEnd[si] = sub.upperBound
                result.append(Installment(sequence: 0, amount: ctx.amounts(in: sub).first, condition: ctx.textValue(sub),
                                          dueDate: dueDate(in: sub, ctx), dueWithin: dueWithin(in: sub, ctx), span: ctx.span(ctx.trimmed(sub))))
                continue
            }
            guard pays(sentence, ctx), !ctx.s.containsAny(penaltyWords, in: sentence), !ctx.s.containsAny(bondWords, in: sub),
                  !ctx.s.containsAny(periodic, in: sentence), ctx.percents(in: sub).isEmpty else { continue }
            let amount = ctx.amounts(in: sentence).first
            // A remainder counts after shares stated in the same list (at most 3 lines before).
            let from = ctx.lineIndex(containing: hit).map { ctx.lines[max(0, $0 - 3)].lowerBound } ?? sentence.lowerBound
            let listed = shareStarts.contains { from <= $0 && $0 < sentence.lowerBound }
                || found.contains { $0.amount != nil && from <= $0.span.start && $0.span.start < sentence.lowerBound }
            guard (isRemainder && listed) || amount != nil else { continue }
            // `支付合同金额：￥30,000.00元。余款￥20,000.00元…付清`: the payment the remainder follows.
            if isRemainder, amount != nil, !listed, si > 0 {
                let prev = ctx.sentences[si - 1]
                if prev.lowerBound >= from, !taken.contains(si - 1), pays(prev, ctx), let a = ctx.amounts(in: prev).first,
                   ctx.percents(in: prev).isEmpty, !ctx.s.containsAny(penaltyWords, in: prev), !ctx.s.containsAny(bondWords, in: prev),
                   !ctx.s.containsAny(periodic, in: prev) {
                    taken.insert(si - 1)
                    result.append(Installment(sequence: 0, amount: a, condition: condition(prev, upTo: ctx.subclause(containing: a.span.start).lowerBound, ctx),
                                              dueDate: dueDate(in: prev, ctx), dueWithin: dueWithin(in: prev, ctx), span: ctx.span(ctx.trimmed(prev))))
                }
            }
            // `签订后10日内支付20万元，余款80万元于验收后支付`: the payment before the remainder, and the remainder, each
            // with its own amount.
            if isRemainder, !listed, let ra = ctx.amounts(in: sub).first, ra.span.start >= hit,
               let pa = ctx.amounts(in: sentence.lowerBound..<sub.lowerBound).last,
               pays(sentence.lowerBound..<sub.lowerBound, ctx) {
                taken.insert(si)
                amountStageEnd[si] = sub.upperBound
                let before = sentence.lowerBound..<sub.lowerBound
                let verb = payVerbs.compactMap { ctx.s.lastOffset(of: $0, in: before.lowerBound..<pa.span.start) }.max()
                result.append(Installment(sequence: 0, amount: pa, condition: condition(before, upTo: verb ?? pa.span.start, ctx),
                                          dueDate: dueDate(in: before, ctx), dueWithin: dueWithin(in: before, ctx), span: ctx.span(ctx.trimmed(before))))
                result.append(Installment(sequence: 0, amount: ra, condition: ctx.textValue(ctx.trimmed(sub)), dueDate: dueDate(in: sub, ctx),
                                          dueWithin: dueWithin(in: sub, ctx), span: ctx.span(ctx.trimmed(sub))))
                continue
            }
            taken.insert(si)
            if let amount { amountStageEnd[si] = ctx.subclause(containing: amount.span.start).upperBound }
            result.append(Installment(sequence: 0, percent: nil, amount: amount, condition: condition(sentence, upTo: sub.lowerBound, ctx),
                                      dueDate: dueDate(in: sentence, ctx), dueWithin: dueWithin(in: sentence, ctx),
                                      span: ctx.span(ctx.trimmed(sentence))))
        }
        return result
    }

    /// A fee or payment named right after `剩余` (`设计费`, `的货款`, `合同价款`): at most 5 scalars ending in 费 or 款.
    static func namesMoney(after i: Int, _ ctx: ParseContext) -> Bool {
        let end = min(ctx.s.count, i + 6)
        guard i < end else { return false }
        return (i..<end).contains { j in
            let c = ctx.s[j].canonical
            guard c == "费" || c == "款" else { return false }
            return !(i..<j).contains { k in let d = ctx.s[k].canonical; return d.isASCIIDigit || ChineseDigits.isNumeral(d) || Layout.isSubclauseBreak(ctx.s, k) }
        }
    }

    /// Offsets of remainder and stage nouns (`余款`, `尾款`, `首付款` …), in text order.
    static func remainderAndStageHits(_ ctx: ParseContext) -> [Int] {
        ctx.hits(.paymentStage).map(\.offset)
    }

    /// Stage and remainder nouns, found with every other anchor in one pass (`AnchorIndex`).
    static let stageKeywords = KeywordSet(Vocabulary.paymentRemainder + Vocabulary.paymentStages)

    /// Offset of `第N次付款` / `第N笔支付款` / `第N期款` in a sentence that pays.
    static func ordinalPayment(in sentence: Range<Int>, _ ctx: ParseContext) -> Int? {
        guard ctx.s.containsAny(payVerbs, in: sentence) else { return nil }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if ctx.s[i] == "第" {
                var j = PaymentOptionsRule.skipSpaces(i + 1, ctx)
                let (n, next, _) = ctx.numeral(from: j, limit: sentence.upperBound)
                j = PaymentOptionsRule.skipSpaces(next, ctx)
                if n != nil, j < sentence.upperBound, ordinalUnits.contains(ctx.s[j]) {
                    let tail = j + 1..<min(sentence.upperBound, j + 5)
                    if ctx.s.containsAny(.init(["付款", "支付", "款"]), in: tail) { return i }
                }
            }
            i += 1
        }
        return nil
    }

    static func make(share p: PercentValue, sentence: Range<Int>, _ ctx: ParseContext) -> Installment {
        let sub = ctx.subclause(containing: p.span.start)
        // The amount: first amount after the share in its sentence, before any other percentage.
        let nextPercent = ctx.percents(in: ctx.range(p.span.end, sentence.upperBound)).first?.span.start ?? sentence.upperBound
        var amount = ctx.amounts(in: ctx.range(p.span.end, nextPercent)).first { m in
            !ctx.s.containsAny(bondWords, in: ctx.subclause(containing: m.span.start))
        }
        if amount == nil { amount = ctx.amounts(in: ctx.range(sub.lowerBound, p.span.start)).last { !statesTheTotal($0, ctx) } }
        // `第3次分期支付金额为118620元，所占…百分之3，说明：…支付合同金额的3%`: the amount stated first.
        if amount == nil {
            let previousPercent = ctx.percents(in: ctx.range(sentence.lowerBound, p.span.start)).last { !ctx.s.containsAny(weights, in: ctx.range(ctx.subclause(containing: $0.span.start).lowerBound, $0.span.start)) }
            let from = previousPercent?.span.end ?? sentence.lowerBound
            amount = ctx.amounts(in: ctx.range(from, p.span.start)).last {
                !ctx.isMasked($0) && !ctx.s.containsAny(bondWords, in: ctx.subclause(containing: $0.span.start)) && !statesTheTotal($0, ctx)
            }
        }
        let before = ctx.range(sentence.lowerBound, p.span.start)
        // `…支付30%作为预付款，货到验收合格后支付60%`: a later share's condition begins after the share before it.
        var from = sentence
        // `咨询服务费为人民币捌万元整，签订合同后5个工作日内支付50%`: the price stated before is no condition.
        if let total = ctx.amounts(in: before).last(where: { statesTheTotal($0, ctx) }) {
            let totalSub = ctx.subclause(containing: total.span.start)
            if totalSub.upperBound < sub.lowerBound { from = ctx.range(totalSub.upperBound + 1, sentence.upperBound) }
        }
        // (Only a share paid before: `提供合同款总额5%的履约保证金后，…支付合同款的60%` keeps its whole condition.)
        if let previous = ctx.percents(in: before).last(where: { $0.comparison == .exact && isShare($0, ctx) }) {
            let previousSub = ctx.subclause(containing: previous.span.start)
            if previousSub.upperBound < sub.lowerBound, previousSub.upperBound + 1 > from.lowerBound {
                from = ctx.range(previousSub.upperBound + 1, sentence.upperBound)
            }
        }
        var stated = condition(from, upTo: sub.lowerBound, ctx)
        // `货到验收合格后支付60%`: the condition in the share's own sub-clause, before its verb.
        if stated == nil, from.lowerBound != sentence.lowerBound,
           let verb = payVerbs.compactMap({ ctx.s.firstOffset(of: $0, in: ctx.range(sub.lowerBound, p.span.start)) }).min() {
            stated = condition(sub, upTo: verb, ctx)
        }
        let own = ctx.range(from.lowerBound, p.span.start)
        return Installment(sequence: 0, percent: p, amount: amount, condition: stated,
                           dueDate: dueDate(in: own, ctx), dueWithin: dueWithin(in: own, ctx), span: ctx.span(ctx.trimmed(sentence)))
    }

    /// An amount stated as the price (`合同总价为…`, `咨询服务费为…`): a total or fee keyword before it in its sub-clause.
    static func statesTheTotal(_ m: MoneyValue, _ ctx: ParseContext) -> Bool {
        let r = ctx.range(ctx.subclause(containing: m.span.start).lowerBound, m.span.start)
        return !ctx.hits(.total, in: r).isEmpty || !ctx.hits(.contractFee, in: r).isEmpty
    }

    static func make(ordinal sentence: Range<Int>, _ ctx: ParseContext) -> Installment {
        let subs = ctx.subclauses(of: sentence)
        let paying = subs.last { ctx.s.containsAny(payVerbs, in: $0) } ?? sentence
        return Installment(sequence: 0, percent: nil, amount: ctx.amounts(in: sentence).first,
                           condition: condition(sentence, upTo: paying.lowerBound, ctx),
                           dueDate: dueDate(in: sentence, ctx), dueWithin: dueWithin(in: sentence, ctx),
                           span: ctx.span(ctx.trimmed(sentence)))
    }

    /// The sentence up to the paying sub-clause, without a leading `第一次付款：` label and without
    /// the term that ends it (`…3 个月后的 30 个工作日内` → `…3 个月后`: the term is `due_within`).
    static func condition(_ sentence: Range<Int>, upTo end: Int, _ ctx: ParseContext) -> TextValue? {
        var start = ctx.contentStart(of: sentence)
        if let e = ctx.enumerator(at: start, limit: sentence.upperBound) { start = e.end }
        guard start < end else { return nil }
        if let colon = (start..<min(end, start + 12)).first(where: { ctx.s[$0].canonical == ":" }) { start = colon + 1 }
        guard start < end else { return nil }
        var stop = ctx.trimmed(start..<end).upperBound
        if let term = ctx.durations(in: start..<stop).last {
            let after = PaymentOptionsRule.skipSpaces(term.span.end, ctx)
            if let w = dueWithinEnds.first(where: { ctx.s.matches($0, at: after) }), after + w.count == stop {
                stop = term.span.start
                while stop > start && (ctx.s[stop - 1].isInlineSpace || ctx.s[stop - 1] == "的") { stop -= 1 }
            }
        }
        guard start < stop else { return nil }
        return ctx.textValue(start..<stop)
    }

    /// The last duration before the share that is followed by 内 / 之内 / 以内.
    static func dueWithin(in r: Range<Int>, _ ctx: ParseContext) -> Quantity? {
        ctx.durations(in: r).last { d in
            let after = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
            return dueWithinEnds.contains { ctx.s.matches($0, at: after) }
        }?.quantity
    }

    /// The last date before the share that is followed by 前 / 之前 / 以前, or by the paying verb itself.
    static func dueDate(in r: Range<Int>, _ ctx: ParseContext) -> DateValue? {
        ctx.dates(in: r).last { d in
            // `2024年3月31日前支付`, or the day of the payment itself (`2024年5月10日支付…的50%`).
            let after = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
            return d.precision == .day && payVerbs.contains { ctx.s.matches($0, at: after) } || dueDateEnds.contains { ctx.s.matches($0, at: after) }
        }
    }
}
