import ContractModel

/// Installments of the chosen payment scheme. An installment is a share of the price the buyer
/// pays: an exact percentage in a sub-clause that pays (`支付合同款的 60%`, `付款 30%`), never a
/// bond (`10% 的履约保函`), a penalty, a threshold (`≥99.9%`, `不低于28%`) or a weight (`占 30%`).
/// An ordinal payment with no share stated (`第 3 笔支付款 … 支付合同尾`) is an installment with
/// a null percent. Around each: the amount (`即人民币…`, `计人民币…`), the due date
/// (`于2022年5月31日前`), the term (`30 个工作日内`) and the condition (the clause before).
enum InstallmentRule {
    static let payVerbs: [Word] = .init(["支付", "付款", "付清", "拨付", "付给", "支付款", "结清", "付至"])
    static let bondWords: [Word] = .init(["保函", "保证金", "担保", "质保金", "保修金"])
    static let penaltyWords: [Word] = .init(["违约金", "滞纳金", "罚款", "罚金", "赔偿", "利息", "扣除", "扣减", "扣罚"])
    static let ordinalUnits: Set<Unicode.Scalar> = ["次", "笔", "期"]
    static let dueWithinEnds: [Word] = .init(["内", "之内", "以内"])
    static let dueDateEnds: [Word] = .init(["前", "之前", "以前"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        let excluded = PaymentOptionsRule.excludedRanges(ctx)
        func isExcluded(_ o: Int) -> Bool { excluded.contains { $0.contains(o) } }

        var installments: [Installment] = []
        var sentencesWithShare = Set<Int>()
        // Shares of the price.
        var penaltySentence: [Int: Bool] = [:]   // computed once per sentence
        for p in ctx.percents where p.comparison == .exact && !isExcluded(p.span.start) {
            guard let si = ctx.sentenceIndex(containing: p.span.start) else { continue }
            let isPenalty = penaltySentence[si] ?? ctx.s.containsAny(penaltyWords, in: ctx.sentences[si])
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
                  !ctx.s.containsAny(bondWords, in: sentence), !ctx.s.containsAny(penaltyWords, in: sentence) else { continue }
            installments.append(make(ordinal: sentence, ctx))
        }
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
        if ctx.s.containsAny(bondWords, in: sub) { return false }
        // The paying verb is in the share's sub-clause, or ends the one before (`…内支付，金额为…的30%`).
        if ctx.s.containsAny(payVerbs, in: sub) { return true }
        if k > 0, !ctx.s.containsAny(bondWords, in: subs[k - 1]) {
            let prev = subs[k - 1]
            return ctx.s.containsAny(payVerbs, in: max(prev.lowerBound, prev.upperBound - 6)..<prev.upperBound)
        }
        return false
    }

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
        if amount == nil { amount = ctx.amounts(in: ctx.range(sub.lowerBound, p.span.start)).last }
        let before = ctx.range(sentence.lowerBound, p.span.start)
        return Installment(sequence: 0, percent: p, amount: amount, condition: condition(sentence, upTo: sub.lowerBound, ctx),
                           dueDate: dueDate(in: before, ctx), dueWithin: dueWithin(in: before, ctx), span: ctx.span(ctx.trimmed(sentence)))
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

    /// The last date before the share that is followed by 前 / 之前 / 以前.
    static func dueDate(in r: Range<Int>, _ ctx: ParseContext) -> DateValue? {
        ctx.dates(in: r).last { d in
            let after = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
            return dueDateEnds.contains { ctx.s.matches($0, at: after) }
        }
    }
}
