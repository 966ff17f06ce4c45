import ContractModel

/// The service period: `服务的期间为自合同签订生效之日起 12 个月`, `服务期为自合同签订之日起一年`,
/// `服务期限：2022年3月1日至2023年2月28日`. Keywords of the service itself come first; the contract's
/// validity (`本合同有效期限为 12 个月`) only when no service period is stated. A duration that
/// counts from another event (`服务期届满后1个月内`) is not the period.
enum ServicePeriodRule {
    static let primary = KeywordSet(Vocabulary.servicePeriod)
    static let fallback = KeywordSet(Vocabulary.contractTerm)
    /// A keyword after these names a delay or change of the period, not the period (`每延误工期一天`), or another
    /// period (`售后服务期`: the after-sales service after the work).
    static let changedBy: [Word] = .init(["延误", "延长", "顺延", "逾期", "拖延", "缩短", "提前", "超过", "延迟", "最长", "最短", "售后"])
    /// `为期14个月的服务`: `为期` names the period only of the service, lease or contract itself.
    static let forTerm = Word("为期")
    static let termNouns: [Word] = .init(["服务", "运维", "维护", "合同", "租赁", "项目", "技术支持", "合作"])
    static let fromSigning: [Word] = .init([
        "签订之日起", "签署之日起", "签订生效之日起", "生效之日起", "签字之日起", "签订后", "签署后", "签订日起", "签订生效后",
    ])
    static let relative: [Word] = .init(["后", "内", "之内", "以内", "前", "届满"])
    static let dueWithin: [Word] = .init(["内", "之内", "以内"])
    static let afterTheWork: [Word] = .init(["售后", "免费", "质保", "保修", "免租"])
    static let afterTheEnd: [Word] = .init(["离职后", "终止后", "解除后", "届满后", "期满后", "结束后", "到期后"])
    static let rangeJoiners: Set<Unicode.Scalar> = ["至", "到", "-", "~", "\u{2014}", "\u{2013}", "\u{FF5E}"]

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        for anchor in [Anchor.servicePeriod, .validityPeriod] {
            for hit in ctx.hits(anchor) {
                if let period = period(at: hit, ctx) { contract.servicePeriod = period; return }
            }
        }
        // `孵化期限为18个月，自2019年2月11日起至2020年8月11日止`: a term of a kind no keyword names, where its length and
        // its whole dates are stated together.
        for hit in otherTerms(ctx) {
            if let period = period(at: hit, ctx), period.start != nil, period.end != nil, period.months != nil || period.days != nil {
                contract.servicePeriod = period
                return
            }
        }
    }

    static let termWord = Word("期限")
    /// Terms of something else than the work or the contract (`付款期限`, `质保期限`, `竞业限制期限`).
    static let otherThings: [Word] = .init(["付款", "支付", "交货", "交付", "质保", "保修", "保质", "试用", "竞业", "保密", "报价",
                                            "投标", "整改", "维修", "答复", "异议", "通知", "还款", "保证", "诉讼", "仲裁", "限制",
                                            "培训", "免租", "装修", "试运行", "缺陷责任"])

    /// `…期限` at the start of a line or sentence after one to four characters of its own (`孵化期限`, `托管期限`), a
    /// term of another thing excluded: keyword-like hits for `period(at:)`.
    static func otherTerms(_ ctx: ParseContext) -> [KeywordSet.Hit] {
        var hits: [KeywordSet.Hit] = []
        for sentence in ctx.sentences {
            let start = ctx.contentStart(of: ctx.trimmed(sentence))
            let last = min(sentence.upperBound - termWord.count, start + 5)
            guard start + 1 <= last else { continue }
            for i in start + 1...last where ctx.s.matches(termWord, at: i) {
                let noun = start..<i
                guard ctx.s[noun].allSatisfy(\.isHanScalar),
                      !ctx.s.containsAny(otherThings, in: noun) else { break }
                hits.append(KeywordSet.Hit(word: 0, offset: start, end: i + termWord.count))
                break
            }
        }
        return hits
    }

    static func period(at hit: KeywordSet.Hit, _ ctx: ParseContext) -> ServicePeriod? {
        if ctx.s.containsAny(changedBy, in: max(0, hit.offset - 3)..<hit.offset) { return nil }
        // `售后服务有效期`, `免费有效期`, `质保服务期`: the after-sales service or warranty after the work; `免租期`: a
        // rent-free part of a lease.
        if ctx.s.containsAny(afterTheWork, in: max(0, hit.offset - 5)..<hit.end) { return nil }  // (`免租期`: 免租 overlaps 租期)
        // A label whose value is on the next line (`设计期限：` / `一年期为12个月…`).
        let sentence = ctx.sentenceWithValue(containing: hit.offset)
        let after = hit.end..<max(hit.end, sentence.upperBound)   // a keyword may straddle a cut sentence
        // Between the keyword and the period only a short link (`为`, `：`, `自…起`).
        if ctx.s.containsAny(.init(["届满", "结束", "到期", "期满", "内"]), in: hit.end..<max(hit.end, min(after.upperBound, hit.end + 2))) { return nil }
        if hit.end - hit.offset == forTerm.count, ctx.s.matches(forTerm, at: hit.offset) {
            guard let d = ctx.durations(in: after).first, d.span.start - hit.end <= 2 else { return nil }
            let next = ctx.s.matches(Word("的"), at: d.span.end) ? d.span.end + 1 : d.span.end
            guard termNouns.contains(where: { ctx.s.matches($0, at: next) }) else { return nil }
        }
        var text = ctx.trimmed(sentence)
        if let e = ctx.enumerator(at: ctx.contentStart(of: text), limit: text.upperBound) { text = ctx.trimmed(e.end..<text.upperBound) }
        let span = ctx.span(text)
        let string = ctx.string(text)
        // The dates: a range (`自2022年3月1日起至2023年2月28日止`), or an end alone (`至2026年6月30日止`).
        var start: DateValue?, end: DateValue?
        // Only whole dates bound a period: `2013 年月日` in a template with blanks is no start.
        if let range = ctx.dateRanges(in: after).first, range.start.precision == .day, range.end.precision == .day {
            start = range.start
            end = range.end
        } else {
            let dates = ctx.dates(in: after).filter { $0.precision == .day }
            if dates.count >= 2, ctx.range(dates[0].span.end, dates[1].span.start).contains(where: { rangeJoiners.contains(ctx.s[$0].canonical) }) {
                start = dates[0]
                end = dates[1]
            } else if dates.count == 1, let first = dates.first,
                      ctx.s.containsAny(.init(["自", "从"]), in: max(after.lowerBound, first.span.start - 2)..<first.span.start),
                      ctx.s.containsAny(.init(["起", "至", "到"]), in: ctx.range(first.span.end, min(after.upperBound, first.span.end + 2))) {
                // `自2025年5月21日至新合同签订之日止`: a start, the end an event.
                start = first
            } else if let last = dates.first(where: { d in
                let before = max(after.lowerBound, d.span.start - 3)..<d.span.start
                return ctx.s.containsAny(.init(["至", "截至", "到"]), in: before)
            }) {
                end = last
            }
        }
        // The length: the first duration after the keyword that is not relative to another event
        // nor counts a delay (`工期每延误一天…`).
        var d = ctx.durations(in: after).first { d in
            let next = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
            // `离职后的贰年`, `合同终止后两年`: a length counted from the end of the work (`签订后的12个月` is the term).
            let counted = ctx.s.containsAny(afterTheEnd, in: max(hit.end, d.span.start - 5)..<d.span.start)
                || ctx.s[max(hit.end, d.span.start - 1)..<d.span.start].contains { $0 == "前" || $0 == "头" }  // `服务期的前两周`: a part
            // `建设期：乙方应于合同签订后3个月内完成…`: within a length from signing is the length.
            let withinFromSigning = dueWithin.contains { ctx.s.matches($0, at: next) }
                && ctx.s.containsAny(fromSigning, in: max(hit.end, d.span.start - 6)..<d.span.start)
            // `支付1个月的租金作为违约金`: months of a fee, an amount.
            let ofAFee = PenaltyRule.monthsOfTheFee(before: min(ctx.s.count, d.span.end + 6), in: d.span.start..<min(ctx.s.count, d.span.end + 6), ctx)
            return (!relative.contains { ctx.s.matches($0, at: next) } || withinFromSigning) && !counted && !ofAFee
                && [.year, .month, .day, .week].contains(d.unit)
                && d.span.start - hit.end <= 30
                && !ctx.s.containsAny(changedBy + [Word("每")], in: ctx.range(hit.end, d.span.start))
        }
        // `租赁期限共五年。租赁从2007年9月1日至2012年8月30日止。`: the dates in the next sentence of the line.
        if d != nil, start == nil, end == nil, let si = ctx.sentenceIndex(containing: sentence.upperBound - 1),
           si + 1 < ctx.sentences.count, ctx.lineIndex(containing: ctx.sentences[si + 1].lowerBound) == ctx.lineIndex(containing: hit.offset),
           let range = ctx.dateRanges(in: ctx.sentences[si + 1]).first, range.start.precision == .day, range.end.precision == .day {
            start = range.start
            end = range.end
        }
        // `自2018年2月1日起至2021年1月31日止，计3年`: the length counted right after the dates, however far from the keyword.
        if d == nil, let last = end {
            let tail = ctx.range(last.span.end, min(after.upperBound, last.span.end + 8))  // a wrapped range ends past `after`
            d = ctx.durations(in: tail).first { t in
                [.year, .month, .day].contains(t.unit) && ctx.s.containsAny(.init(["计", "共", "为期", "合计"]), in: last.span.end..<t.span.start)
            }
        }
        // `本合同自2037年11月7日生效，有效期为三年`: the day the contract takes effect, before the keyword, starts the term.
        if d != nil, start == nil, end == nil { start = effectiveDate(in: sentence.lowerBound..<hit.offset, ctx) }
        guard d != nil || end != nil || start != nil else { return nil }
        var months: Int?, days: Int?
        if let d {
            switch d.unit {
            case .year: months = integer(d.value, times: 12)
            case .month: months = integer(d.value, times: 1)
            case .week: days = integer(d.value, times: 7)
            case .day: days = integer(d.value, times: 1)
            default: break
            }
        }
        let anchor = d?.span.start ?? end?.span.start ?? start!.span.start
        let starts = start == nil && ctx.s.containsAny(fromSigning, in: sentence.lowerBound..<anchor)
        return ServicePeriod(months: months, days: days, start: start, end: end, startsAtSigning: starts, text: string, span: span)
    }

    static let takesEffect: [Word] = .init(["生效", "起生效", "开始生效", "起施行", "起执行"])

    /// A whole date after 自/从/于 and right before 生效 (`自2037年11月7日起生效`) in `r`.
    static func effectiveDate(in r: Range<Int>, _ ctx: ParseContext) -> DateValue? {
        ctx.dates(in: r).last { d in
            guard d.precision == .day else { return false }
            let next = PaymentOptionsRule.skipSpaces(d.span.end, ctx)
            return ctx.s.containsAny(.init(["自", "从", "于"]), in: max(r.lowerBound, d.span.start - 2)..<d.span.start)
                && takesEffect.contains { ctx.s.matches($0, at: next) }
        }
    }

    /// `value × factor` when it is a whole number.
    static func integer(_ value: FixedDecimal, times factor: Int) -> Int? {
        let product = value.scaled(to: value.scale) * Int128(factor)
        var unit: Int128 = 1
        for _ in 0..<value.scale { unit *= 10 }
        guard product % unit == 0 else { return nil }
        return Int(exactly: product / unit)
    }
}
