import ContractModel

/// Penalty clauses, read paragraph by paragraph: each sentence with a penalty keyword and a rate
/// (`每逾期一日，应按本合同价款的 1% 向甲方支付违约金`) or a sum (`1000 元的违约金`) is one penalty;
/// a cap (`不超过合同总额的 5%`) in it or in a following sentence of the paragraph
/// (`此项违约金总额不超过…5%`) bounds it; a grace period stated in the paragraph
/// (`给予甲方 15 个工作日的支付宽限期`) delays it.
enum PenaltyRule {
    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var penalties: [Penalty] = []
        var lines = Set<Int>()
        for hit in ctx.hits(.penalty) {
            if let li = ctx.lineIndex(containing: hit.offset) { lines.insert(li) }
        }
        // Lines that deduct a sum for a delay without a penalty keyword (`每延误一天扣5000元`).
        for m in ctx.amounts {
            let before = PaymentOptionsRule.skipSpacesBackward(m.span.start, ctx)
            if before > 0, ctx.s[before - 1] == "扣", let li = ctx.lineIndex(containing: m.span.start) { lines.insert(li) }
        }
        // Lines that charge a rate per day of delay without a penalty keyword (`每逾期一天按…的1%支付给乙方`).
        for p in ctx.percents {
            guard let li = ctx.lineIndex(containing: p.span.start), !lines.contains(li) else { continue }
            let sentence = ctx.sentence(containing: p.span.start)
            if isDelayCharge(sentence, ctx) { lines.insert(li) }
        }
        // Items listed under a heading that names penalties (`三、现场安全考核处罚标准` / `2. 无证特种作业：单次2000元；`).
        var listed = Set<Int>()
        for li in lines.sorted() where isHeading(ctx.lines[li], ctx) {
            for item in listItems(after: li, ctx) { listed.insert(item) }
        }
        for li in lines.union(listed).sorted() {
            penalties += paragraph(ctx.lines[li], inherited: listed.contains(li), ctx)
        }
        contract.penalties += penalties
    }

    /// A short line without figures, that heads what follows (`三、现场安全考核处罚标准`).
    static func isHeading(_ line: Range<Int>, _ ctx: ParseContext) -> Bool {
        let t = ctx.trimmed(line)
        return t.count <= 24 && ctx.amounts(in: t).isEmpty && ctx.percents(in: t).isEmpty
    }

    /// The numbered lines right after a heading (at most 20), up to the next line that is not an item
    /// or is an item of a higher level (`四、…` after `1.`…`7.`).
    static func listItems(after heading: Int, _ ctx: ParseContext) -> [Int] {
        var items: [Int] = []
        var style: Enumerator.Style?
        var li = heading + 1
        while li < ctx.lines.count, items.count < 20 {
            let line = ctx.lines[li]
            let start = ctx.contentStart(of: line)
            guard let e = ctx.enumerator(at: start, limit: line.upperBound) else { break }
            if let style, e.style != style { break }
            style = e.style
            items.append(li)
            li += 1
        }
        return items
    }

    static func paragraph(_ line: Range<Int>, inherited: Bool = false, _ ctx: ParseContext) -> [Penalty] {
        var result: [Penalty] = []
        let sentences = Array(ctx.sentences(in: line))
        let grace = graceQuantity(line, ctx)
        var openIndex: Int?   // the last penalty of this paragraph, to which a later cap belongs
        // Inside a paragraph or list about penalties, a later sentence with a sum per unit is one more
        // tier (`1个月内每日扣5万元；1~2个月每日10万元；`) or item (`单次2000元`).
        var penaltyContext = inherited
        for sentence in sentences {
            let hits = ctx.hits(.penalty, in: sentence)
            defer { if !hits.isEmpty { penaltyContext = true } }
            let capsHere = caps(in: sentence, ctx)
            var rates = ctx.percents(in: sentence).filter { p in !capsHere.contains(where: { $0.span == p.span }) && p.comparison == .exact || p.comparison == .approximately }
            // `按年利率7.3%计算`: a rate per year, which no penalty unit states (never read as charged once).
            rates.removeAll { isAnnual($0, ctx) }
            // `通常以…0.5‰-1‰/天为标准，例如…约5000-10000元`: a general statement, no term.
            if ctx.s.containsAny(Vocabulary.hedges, in: sentence) { continue }
            let keywordText = Set(hits.map { ctx.string($0.offset..<$0.end) })
            let rateAllowed = !keywordText.isEmpty || isDelayCharge(sentence, ctx)
            let sumAllowed = !keywordText.subtracting(PenaltyVocabulary.rateOnly).isEmpty
            var fixed = sumAllowed ? fixedAmount(in: sentence, ctx) : (hits.isEmpty ? deduction(in: sentence, ctx) : compensationSum(in: sentence, ctx))
            // A sum per unit in a penalty sentence, tier or list item (never with 赔偿 alone: damages are no penalty sum).
            if fixed == nil, sumAllowed || (hits.isEmpty && penaltyContext), hasUnit(sentence, ctx) { fixed = firstSum(in: sentence, ctx) }
            if rates.isEmpty, rateAllowed, let multiple = multiple(in: sentence, ctx) { rates = [multiple] }
            if rateAllowed, let rate = rates.first {
                result.append(make(sentence, paragraph: sentences, rate: rate, fixed: nil, cap: capsHere.first, grace: grace, ctx))
                openIndex = result.count - 1
                // `每逾期一日…万分之三…，逾期满三十日的，…按合同总额的10%支付违约金`: a later condition
                // in the sentence with its own rate is one more penalty, read from that condition on.
                for later in rates.dropFirst() {
                    guard let condition = laterCondition(before: later, in: sentence, after: rate, ctx) else { continue }
                    let scope = condition..<sentence.upperBound
                    result.append(make(scope, paragraph: [scope], rate: later, fixed: nil, cap: nil, grace: grace, ctx))
                }
            } else if let fixed {
                result.append(make(sentence, paragraph: sentences, rate: nil, fixed: fixed, cap: capsHere.first, grace: grace, ctx))
                openIndex = result.count - 1
            } else if rateAllowed, capsHere.isEmpty, !ctx.hasBlank(sentence), !endsWithColon(sentence, ctx),
                      let base = computedBase(sentence, ctx) {
                // `按照扣分比例乘以合同总额计算违约金`: a penalty computed from a base, no fixed rate.
                var p = make(sentence, paragraph: sentences, rate: nil, fixed: nil, cap: nil, grace: grace, ctx)
                p.base = base
                result.append(p)
                openIndex = nil
            } else if let cap = capsHere.first, let i = openIndex, result[i].cap == nil, result[i].rate != nil || result[i].fixedAmount != nil {
                result[i].cap = cap
                result[i].span = result[i].span.union(ctx.span(ctx.trimmed(sentence)))
            }
        }
        return result
    }

    /// `每逾期一天按未付款的1%支付给乙方`, `每延期一周扣除合同款的1%`: a rate charged (paid to a party, or deducted)
    /// per unit of a delay.
    static func isDelayCharge(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        ctx.s.containsAny(PenaltyVocabulary.delays, in: sentence) && everyUnit(in: sentence, ctx) != nil
            && (PenaltyRule.payee(in: sentence, ctx) != nil || ctx.s.containsAny(PenaltyVocabulary.deductions, in: sentence)
                || paysARole(in: sentence, ctx))
            && !ctx.s.containsAny(InstallmentRule.bondWords, in: sentence)
    }

    /// A rate per year: an annual interest rate named right before it (`年利率7.3%`, `年息为6%`, `年化4.35%`).
    static func isAnnual(_ rate: PercentValue, _ ctx: ParseContext) -> Bool {
        ctx.s.containsAny(PenaltyVocabulary.annualRates, in: max(0, rate.span.start - 6)..<rate.span.start)
    }

    /// `额外支付乙方总费用的1%`: a payment to a party named right after the verb (a charge, with a unit of delay).
    static func paysARole(in sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        sentence.contains { i in ctx.s.matches(Word("支付"), at: i) && i + 2 < sentence.upperBound && role(at: i + 2, ctx) != nil }
    }

    /// `违约金计算标准：` introduces the rule on the next lines; it states none itself.
    static func endsWithColon(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        var end = sentence.upperBound
        while end > sentence.lowerBound && ctx.s[end - 1].isInlineSpace { end -= 1 }
        return end > sentence.lowerBound && ctx.s[end - 1].canonical == ":"
    }

    static func make(_ sentence: Range<Int>, paragraph: [Range<Int>], rate: PercentValue?, fixed: MoneyValue?,
                     cap: PercentValue?, grace: Quantity?, _ ctx: ParseContext) -> Penalty {
        let anchor = rate?.span.start ?? fixed?.span.start ?? sentence.lowerBound
        return Penalty(party: party(sentence, anchor: anchor, paragraph: paragraph, ctx),
                       trigger: trigger(sentence, paragraph: paragraph, ctx) ?? TextValue(value: ctx.string(ctx.trimmed(sentence)), span: ctx.span(ctx.trimmed(sentence))),
                       rate: rate, per: per(sentence, paragraph: paragraph, rate: rate, fixed: fixed, ctx), base: rate.flatMap { base(before: $0, ctx) },
                       cap: cap, fixedAmount: fixed, grace: grace, span: ctx.span(ctx.trimmed(sentence)))
    }

    /// Percentages bounding the penalty: qualified as at most, or in a sub-clause with 不超过/最高….
    static func caps(in sentence: Range<Int>, _ ctx: ParseContext) -> [PercentValue] {
        ctx.percents(in: sentence).filter { p in
            if p.comparison == .atMost || p.comparison == .lessThan { return true }
            let sub = ctx.subclause(containing: p.span.start)
            return ctx.s.containsAny(PenaltyVocabulary.capWords, in: ctx.range(sub.lowerBound, p.span.start))
        }
    }

    /// An amount named as the penalty: in a sub-clause with a penalty keyword (`1000 元的违约金`).
    static func fixedAmount(in sentence: Range<Int>, _ ctx: ParseContext) -> MoneyValue? {
        ctx.amounts(in: sentence).first { m in
            guard !ctx.isMasked(m), !isCapSum(m, ctx), !isBase(m, ctx) else { return false }
            let sub = ctx.subclause(containing: m.span.start)
            return ctx.hits(.penalty, in: sub).contains { !PenaltyVocabulary.rateOnly.contains(ctx.string($0.offset..<$0.end)) }
        }
    }

    /// `以50,545,833.03元为基数`: the amount a rate is applied to, not a sum charged.
    static func isBase(_ m: MoneyValue, _ ctx: ParseContext) -> Bool {
        let next = PaymentOptionsRule.skipSpaces(m.span.end, ctx)
        return ctx.s.containsAny(.init(["为基数", "作为基数", "为计算基数", "为本金", "为基础"]), in: next..<min(ctx.s.count, next + 5))
    }

    /// The start of a sub-clause stating a new condition (`逾期满三十日的`, `超过15天的`) between two
    /// rates of one sentence, or nil when the later rate continues the first.
    static func laterCondition(before later: PercentValue, in sentence: Range<Int>, after first: PercentValue, _ ctx: ParseContext) -> Int? {
        let subs = ctx.subclauses(of: ctx.range(first.span.end, later.span.start))
        return subs.first { sub in
            let t = ctx.trimmed(sub)
            return !t.isEmpty && ctx.s[t.upperBound - 1] == "的" && ctx.s.containsAny(PenaltyVocabulary.delays + [Word("超过"), Word("满")], in: t)
        }.map { ctx.trimmed($0).lowerBound }
    }

    /// `按合同金额的十倍支付违约金`: a multiple of an amount base, as a rate (10 × = 1000 %). A multiple
    /// of an interest rate (`贷款利率的四倍`) is no rate of the contract's amounts.
    static func multiple(in sentence: Range<Int>, _ ctx: ParseContext) -> PercentValue? {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            defer { i += 1 }
            guard ctx.s[i] == "的", i + 2 < sentence.upperBound else { continue }
            let (n, next, _) = ctx.numeral(from: i + 1, limit: sentence.upperBound)
            let value: Int? = ctx.s[i + 1] == "双" && ctx.s[i + 2] == "倍" ? 2 : (next < sentence.upperBound && ctx.s[next] == "倍" ? n : nil)
            guard let value, value > 0, value <= 100 else { continue }
            let end = ctx.s[i + 1] == "双" ? i + 3 : next + 1
            let before = max(sentence.lowerBound, i - 8)..<i
            guard PenaltyVocabulary.bases.contains(where: { ctx.s.contains($0.0, in: before) }),
                  !ctx.s.containsAny(.init(["利率", "利息", "LPR"]), in: before) else { continue }
            return PercentValue(value: FixedDecimal(value * 100), text: ctx.string(i + 1..<end), span: ctx.span(i + 1..<end))
        }
        return nil
    }

    /// `赔偿100万元人民币给甲方`, `赔偿甲方损失人民币3万元`: a sum agreed as the compensation itself, its amount
    /// right after 赔偿 (past the party paid and the word 损失). Damages left to be proven (`赔偿由此造成的损失`),
    /// a limit (`赔偿限额为100万元`, `赔偿额不超过…`) or a sum further on are no penalty sum.
    static func compensationSum(in sentence: Range<Int>, _ ctx: ParseContext) -> MoneyValue? {
        for hit in ctx.hits(.penalty, in: sentence) where ctx.word(.penalty, hit) == Word("赔偿") {
            var i = hit.end
            let limit = min(sentence.upperBound, hit.end + 12)
            while i < limit {
                if ctx.s[i].isInlineSpace || ctx.s[i].canonical == ":" { i += 1; continue }
                if let skip = PenaltyVocabulary.compensationObjects.first(where: { ctx.s.matches($0, at: i) }) { i += skip.count; continue }
                if let role = Vocabulary.actorRoles.first(where: { ctx.s.matches($0.0, at: i) }) { i += role.0.count; continue }
                break
            }
            if let m = ctx.amounts(in: i..<sentence.upperBound).first, m.span.start == i || ctx.s.matches(Word("人民币"), at: i),
               !ctx.isMasked(m), !isCapSum(m, ctx) {
                return m
            }
        }
        return nil
    }

    /// `最高扣罚500万元`: a sum bounding penalties, not one.
    static func isCapSum(_ m: MoneyValue, _ ctx: ParseContext) -> Bool {
        let sub = ctx.subclause(containing: m.span.start)
        return ctx.s.containsAny(PenaltyVocabulary.capWords, in: ctx.range(sub.lowerBound, m.span.start))
    }

    /// The first sum of a tier or list item that is not a cap.
    static func firstSum(in sentence: Range<Int>, _ ctx: ParseContext) -> MoneyValue? {
        ctx.amounts(in: sentence).first { !ctx.isMasked($0) && !isCapSum($0, ctx) }
    }

    /// A unit the sum is charged per: `每日`, `单次`, `一次性`, `每…一天` ….
    static func hasUnit(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        ctx.s.containsAny(PenaltyVocabulary.perDay + PenaltyVocabulary.perIncident + PenaltyVocabulary.once, in: sentence)
            || everyUnit(in: sentence, ctx) != nil
    }

    /// `每延误一天扣5000元`: a sum deducted for each unit of a delay, with no penalty keyword.
    static func deduction(in sentence: Range<Int>, _ ctx: ParseContext) -> MoneyValue? {
        guard ctx.s.containsAny(PenaltyVocabulary.delays, in: sentence) else { return nil }
        return ctx.amounts(in: sentence).first { m in
            let before = PaymentOptionsRule.skipSpacesBackward(m.span.start, ctx)
            return before > 0 && ctx.s[before - 1] == "扣" && !ctx.isMasked(m)
        }
    }

    static func continues(_ sentence: Range<Int>, _ ctx: ParseContext) -> Bool {
        let start = ctx.contentStart(of: sentence)
        return PenaltyVocabulary.continuations.contains { ctx.s.matches($0, at: start) }
    }

    /// The sentences that tell who and when: the sentence, preceded by the paragraph's earlier
    /// sentences when it continues them (`则应…`).
    static func context(_ sentence: Range<Int>, paragraph: [Range<Int>], _ ctx: ParseContext) -> Range<Int> {
        guard continues(sentence, ctx), let first = paragraph.first else { return sentence }
        return first.lowerBound..<sentence.upperBound
    }

    static func party(_ sentence: Range<Int>, anchor: Int, paragraph: [Range<Int>], _ ctx: ParseContext) -> Penalty.LiableParty {
        if ctx.s.containsAny(PenaltyVocabulary.payeeEither, in: sentence) { return .either }
        if let payee = payee(in: sentence, ctx) { return payee == .a ? .partyB : .partyA }
        let sub = ctx.subclause(containing: anchor)
        let paragraphRange = (paragraph.first?.lowerBound ?? sentence.lowerBound)..<sentence.upperBound
        for scope in [sub, context(sentence, paragraph: paragraph, ctx), paragraphRange] {
            if let subject = subject(in: scope, ctx) { return subject }
        }
        return .either
    }

    /// The side a penalty is paid to: a role after 向/给/赔偿/付给 (`向甲方支付`, `付给卖方`).
    static func payee(in sentence: Range<Int>, _ ctx: ParseContext) -> PartyVocabulary.Side? {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if let p = PenaltyVocabulary.payeeMarkers.first(where: { ctx.s.matches($0, at: i) }) {
                let at = i + p.count
                if let (word, side) = role(at: at, ctx), at + word.count <= sentence.upperBound {
                    // `向乙方…加收滞纳金`: 乙方 is charged, not paid.
                    let rest = at + word.count..<ctx.subclause(containing: at).upperBound
                    if ctx.s.containsAny(PenaltyVocabulary.collectVerbs, in: rest) { return side == .a ? .b : .a }
                    return side
                }
            }
            i += 1
        }
        return nil
    }

    /// The role word starting at `i`, longest first: `甲方`, `承包人`, `买方` ….
    static func role(at i: Int, _ ctx: ParseContext) -> (Word, PartyVocabulary.Side)? {
        guard let (word, side) = Vocabulary.actorRoles.first(where: { ctx.s.matches($0.0, at: i) }) else { return nil }
        // `供方…（以下简称甲方）`: this contract's own naming wins.
        if !ctx.roleSides.isEmpty, let defined = ctx.roleSides[String(String.UnicodeScalarView(word.scalars))] { return (word, defined) }
        return (word, side)
    }

    /// The first party named as an actor in `scope`: a role word not governed by 经/由/被/对/向/给
    /// (`经甲方年度考核不合格` names who assesses, not who pays).
    static func subject(in scope: Range<Int>, _ ctx: ParseContext) -> Penalty.LiableParty? {
        var i = scope.lowerBound
        while i + 1 < scope.upperBound {
            if let e = PenaltyVocabulary.either.first(where: { ctx.s.matches($0, at: i) }) {
                if !governed(i, ctx) { return .either }
                i += e.count
                continue
            }
            if let (word, side) = role(at: i, ctx) {
                if !governed(i, ctx) {
                    // `甲方有权按日加收千分之二的违约金`, `甲方有权…收取乙方的滞纳金`: the one entitled to collect is paid.
                    let payer = collects(after: i + word.count, ctx) ? side.other : side
                    return payer == .a ? .partyA : .partyB
                }
                i += word.count
                continue
            }
            i += 1
        }
        return nil
    }

    /// Whether the role word ending at `i` holds a right over the paying side: `有权` right after it (`甲方有权`,
    /// `甲方则有权`) and a verb that collects, deducts or demands later in its sub-clause (`有权加收`, `有权从货款中扣除`,
    /// `有权要求甲方支付`).
    static func collects(after i: Int, _ ctx: ParseContext) -> Bool {
        let sub = ctx.subclause(containing: max(0, i - 1))
        let near = i..<min(sub.upperBound, i + 4)
        guard let right = ctx.s.firstOffset(of: PenaltyVocabulary.entitled, in: near) else { return false }
        return ctx.s.containsAny(PenaltyVocabulary.rightsOverPayer, in: right..<sub.upperBound)
    }

    static let governors: Set<Unicode.Scalar> = ["经", "由", "被", "对", "向", "给", "使", "令", "致", "将"]
    static func governed(_ i: Int, _ ctx: ParseContext) -> Bool { i > 0 && governors.contains(ctx.s[i - 1]) }

    /// The base of a penalty computed without a rate: a base word in the sub-clause that computes
    /// the penalty (`乘以合同总额计算违约金`).
    static func computedBase(_ sentence: Range<Int>, _ ctx: ParseContext) -> String? {
        for hit in ctx.hits(.penalty, in: sentence) where ctx.word(.penalty, hit) == Word("违约金") {
            let sub = ctx.subclause(containing: hit.offset)
            // `应向对方支付1个月的租金作为违约金`, `承担相当于当期一个月租金的违约金`: months of the rent or fee.
            if monthsOfTheFee(before: hit.offset, in: sub, ctx) { return "monthly_fee" }
            guard ctx.s.contains(Word("计算"), in: sub) || ctx.s.contains(Word("计收"), in: sub) else { continue }
            var best: (end: Int, base: String)?
            for (word, base) in PenaltyVocabulary.bases {
                if let o = ctx.s.lastOffset(of: word, in: sub.lowerBound..<hit.offset), best == nil || o + word.count > best!.end {
                    best = (o + word.count, base)
                }
            }
            if let best { return best.base }
        }
        return nil
    }

    /// A count of months of the rent or fee right before the penalty keyword in its sub-clause (`1个月的租金作为`,
    /// `相当于当期一个月租金的`, `两个月服务费的`).
    static func monthsOfTheFee(before keyword: Int, in sub: Range<Int>, _ ctx: ParseContext) -> Bool {
        let r = ctx.range(sub.lowerBound, keyword)
        guard let d = ctx.durations(in: r).last, d.unit == .month else { return false }
        var i = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
        if i < r.upperBound, ctx.s[i] == "的" { i = PaymentOptionsRule.skipSpaces(i + 1, ctx) }
        return monthlyFees.contains { $0.count <= r.upperBound - i && ctx.s.matches($0, at: i) }
    }

    static let monthlyFees: [Word] = .init(["租金", "服务费", "物业费", "管理费", "工资"])

    /// Chinese numerals that count days before 日/天.
    static let dayCountNumerals: Set<Unicode.Scalar> = Set("二两三四五六七八九十百".unicodeScalars)

    static func per(_ sentence: Range<Int>, paragraph: [Range<Int>], rate: PercentValue?, fixed: MoneyValue?,
                    _ ctx: ParseContext) -> Penalty.Per {
        let scope = context(sentence, paragraph: paragraph, ctx)
        // The unit written at the figure: `日千分之五`, `0.5‰/天`, `50000元/天`.
        if let figure = rate?.span ?? fixed?.span {
            if figure.start > 0, ["日", "天"].contains(ctx.s[figure.start - 1]) {
                // `每7天0.5%` is a week; `逾期15天0.5%` counts days, it is no unit.
                let count = figure.start >= 2 ? ctx.s[figure.start - 2].canonical : " "
                if ["七", "7"].contains(count), figure.start >= 3, ctx.s[figure.start - 3] == "每" { return .week }
                if !(count.isASCIIDigit || dayCountNumerals.contains(count)) || ["一", "1", "壹"].contains(count) { return .day }
            }
            let after = PaymentOptionsRule.skipSpaces(figure.end, ctx)
            if after + 1 < ctx.s.count, ctx.s[after].canonical == "/" || ctx.s[after] == "每" {
                switch ctx.s[after + 1] {
                case "日", "天": return .day
                case "周": return .week
                case "月": return .month
                default: break
                }
            }
        }
        if let unit = everyUnit(in: scope, ctx) { return unit }
        if ctx.s.containsAny(PenaltyVocabulary.perDay, in: scope) { return .day }
        if ctx.s.containsAny(PenaltyVocabulary.perIncident, in: scope) { return .incident }
        return .once
    }

    /// `每拖延…一日`, `每延误1天`, `每逾期一周`, `每迟延一个月`, `每7天`: 每, a few words of the breach, one unit
    /// of time (seven days are a week); or a count of days the amount is multiplied by (`×延迟交货天数`).
    static func everyUnit(in scope: Range<Int>, _ ctx: ParseContext) -> Penalty.Per? {
        if ctx.s.containsAny(PenaltyVocabulary.dayCounts, in: scope) { return .day }
        var i = scope.lowerBound
        while i < scope.upperBound {
            defer { i += 1 }
            // `拖延一天，乙方支付…1‰`: a delay of one unit is the unit.
            if let d = PenaltyVocabulary.delays.first(where: { ctx.s.matches($0, at: i) }), i + d.count + 1 < scope.upperBound,
               ["一", "1", "壹"].contains(ctx.s[i + d.count].canonical) {
                switch ctx.s[i + d.count + 1] {
                case "日", "天": return .day
                case "周": return .week
                default: break
                }
            }
            guard ctx.s[i] == "每" else { continue }
            var j = i + 1
            while j < min(scope.upperBound, i + 12), !Layout.isSubclauseBreak(ctx.s, j) {
                // `每7天0.5%`, `每七日`: a week counted in days.
                if ["七", "7"].contains(ctx.s[j].canonical), j + 1 < scope.upperBound, ["日", "天"].contains(ctx.s[j + 1]),
                   !ctx.s[j - 1].canonical.isASCIIDigit, !dayCountNumerals.contains(ctx.s[j - 1]) {
                    return .week
                }
                if ["一", "1", "壹"].contains(ctx.s[j].canonical), j + 1 < scope.upperBound {
                    let unit = ctx.s[j + 1] == "个" && j + 2 < scope.upperBound ? ctx.s[j + 2] : ctx.s[j + 1]
                    switch unit {
                    case "日", "天": return .day
                    case "周", "星": return .week
                    case "月": return .month
                    default: break
                    }
                }
                j += 1
            }
        }
        return nil
    }

    static func base(before rate: PercentValue, _ ctx: ParseContext) -> String? {
        let sub = ctx.subclause(containing: rate.span.start)
        let window = ctx.range(sub.lowerBound, rate.span.start)
        var best: (end: Int, length: Int, base: String)?
        for (word, base) in PenaltyVocabulary.bases {
            guard let o = ctx.s.lastOffset(of: word, in: window) else { continue }
            let end = o + word.count
            if best == nil || end > best!.end || (end == best!.end && word.count > best!.length) { best = (end, word.count, base) }
        }
        return best?.base
    }

    /// The first sub-clause stating the breach (`乙方未按…时`, `如果甲方…`), of the paragraph when
    /// the sentence continues it.
    static func trigger(_ sentence: Range<Int>, paragraph: [Range<Int>], _ ctx: ParseContext) -> TextValue? {
        let scope = context(sentence, paragraph: paragraph, ctx)
        let subs = ctx.subclauses(of: scope).filter { !ctx.trimmed($0).isEmpty }
        let chosen = subs.first { sub in
            let start = ctx.contentStart(of: sub)
            return PenaltyVocabulary.conditionWords.contains { w in ctx.s.firstOffset(of: w, in: start..<min(sub.upperBound, start + 6)) != nil }
        } ?? subs.first
        guard var r = chosen else { return nil }
        let start = ctx.contentStart(of: r)
        if let e = ctx.enumerator(at: start, limit: r.upperBound) { r = e.end..<r.upperBound }
        return ctx.textValue(r)
    }

    /// `给予甲方 15 个工作日的支付宽限期`: the duration nearest the word 宽限期 in the paragraph.
    static func graceQuantity(_ line: Range<Int>, _ ctx: ParseContext) -> Quantity? {
        guard let o = ctx.s.firstOffset(of: Word("宽限期"), in: line) else { return nil }
        let sentence = ctx.sentence(containing: o)
        return ctx.durations(in: sentence.lowerBound..<o).last?.quantity ?? ctx.durations(in: o..<sentence.upperBound).first?.quantity
    }
}
