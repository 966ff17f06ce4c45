import ContractModel

/// The contract total: the first amount stated right after a total keyword (`合同价款为：…`,
/// `本合同总额为人民币…`, `服务费总额为人民币…`, `成交金额：¥…`) in the same sentence, with no
/// percentage in between (that would be a share: `合同款的 60%，即人民币…`). Every later such
/// statement (award notice, signature table) goes to `totalAmountStatements`.
/// Also the amount excluding tax (`无税金额为：…`), tax inclusion and the tax rate.
enum TotalAmountRule {
    static let totalKeywords = KeywordSet(Vocabulary.total)
    static let excludingTaxKeywords = KeywordSet([
        "无税金额", "不含税金额", "不含税价", "不含税总价", "不含税合同金额", "不含税价款", "税前金额", "不含税服务费",
        "不含增值税总价", "不含增值税金额", "不含增值税价", "不含增值税合同价", "未税金额", "未税总价", "未税价",
    ])
    static let taxRateKeywords = KeywordSet(["税率"])
    /// A percentage followed by these is a tax rate (`含6%增值税`, `开具13%的增值税专用发票`).
    static let taxNouns: [Word] = .init(["增值税", "税", "的增值税", "的税", "营业税", "的营业税"])
    static let notIncluded: [Word] = .init(["不含税", "不含增值税", "未含税", "未税"])
    static let included: [Word] = .init(["含税", "含增值税", "包含税", "含全部税"])
    /// A keyword preceded by these inside its sub-clause states a bound, not the total.
    static let bounds: [Word] = .init(["超过", "不超过", "不得超过", "低于", "高于", "不低于", "以上", "扣除"])
    static let maxGap = 40
    static let suppositions: [Word] = .init(["若", "如果", "假如", "假设", "倘若"])
    /// An amount after these in its sub-clause is a price per unit (`共计5台，单价为：2350 元`, `按照每人…包干`).
    static let unitPrices: [Word] = .init(["单价", "单位价格", "每台", "每件", "每平方米", "每吨", "每月", "每日", "每天",
                                           "每人", "每年", "每季", "每次", "每小时", "每个", "每套", "每项"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var statements: [MoneyValue] = []
        var seen = Set<Int>()
        var firstSentence: Range<Int>?
        for hit in ctx.hits(.total) {
            guard let money = amount(after: hit, ctx), !seen.contains(money.span.start) else { continue }
            let sub = ctx.subclause(containing: hit.offset)
            if ctx.s.containsAny(bounds, in: ctx.range(sub.lowerBound, hit.offset)) { continue }
            // `年租金总额`, `每月租金合计`: a sum per period, not the contract's price (`2025年合同金额` names a year).
            if isPerPeriod(hit, ctx) || namesOnePeriod(before: hit, ctx) { continue }
            // `若政府采购项目中标价为1000万元`: a supposition, not this contract's price.
            if ctx.s.containsAny(suppositions, in: ctx.range(sub.lowerBound, hit.offset)) { continue }
            if ctx.s.containsAny(notIncluded, in: hit.end..<min(money.span.start, hit.end + 6)) { continue }
            seen.insert(money.span.start)
            statements.append(money)
            if firstSentence == nil { firstSentence = ctx.sentence(containing: hit.offset) }
        }
        // `总价2,000万元(未税)…总价计为2,100万元(含税)`: the price without tax and the price with it. The total is
        // the one with tax; the one without is the amount excluding tax.
        var withoutTax: MoneyValue?
        if let first = statements.first, markedTax(after: first, ctx) == false,
           let withTax = statements.dropFirst().firstIndex(where: { markedTax(after: $0, ctx) == true }) {
            withoutTax = first
            let total = statements.remove(at: withTax)
            statements.insert(total, at: 0)
            statements.removeAll { $0.span == first.span }
        }
        if let first = statements.first {
            contract.totalAmount = first
            contract.totalAmountStatements = Array(statements.dropFirst())
        }
        var partOfTotal = false
        for hit in ctx.hits(.excludingTax) where !isPerPeriod(hit, ctx) && !namesOnePeriod(before: hit, ctx) {
            if let money = amount(after: hit, ctx) {
                contract.amountExcludingTax = money
                // `其中无税金额为…`: the amount without tax is part of the total, which includes the tax.
                partOfTotal = ctx.s.contains(Word("其中"), in: max(0, hit.offset - 4)..<hit.offset)
                break
            }
        }
        for hit in ctx.hits(.taxRate) {
            let sentence = ctx.sentence(containing: hit.offset)
            if let p = ctx.percents(in: hit.end..<max(hit.end, min(sentence.upperBound, hit.end + 12))).first {
                contract.taxRate = p
                break
            }
        }
        if contract.taxRate == nil, let p = ctx.percents.first(where: { $0.comparison == .exact && isTaxRate($0, ctx) }) {
            contract.taxRate = p
        }
        if let sentence = firstSentence {
            contract.taxIncluded = taxIncluded(around: sentence, ctx)
        } else if let hit = ctx.hits(.total).first {
            // `签约合同总价(含税)为：人民币(大写)…` with the figure left blank still says the price includes tax.
            // `合同总金额为人民币(含13%增值税)____元`: the tax note before the blank too.
            let sentence = ctx.sentence(containing: hit.offset)
            contract.taxIncluded = taxWording(in: hit.end..<max(hit.end, min(sentence.upperBound, hit.end + 14)), ctx)
        }
        if contract.taxIncluded == nil, partOfTotal, contract.totalAmount != nil { contract.taxIncluded = true }
        if let withoutTax {
            contract.taxIncluded = true
            if contract.amountExcludingTax == nil { contract.amountExcludingTax = withoutTax }
        }
    }

    /// Periods a sum is stated per, right before a total keyword (`年租金总额`, `每月租金合计`).
    static let periods: Set<Unicode.Scalar> = ["年", "月", "季", "每", "日"]

    /// True when the keyword follows a period word that is not a date's (`年租金总额`, not `2025年合同金额`).
    static func isPerPeriod(_ hit: KeywordSet.Hit, _ ctx: ParseContext) -> Bool {
        guard hit.offset > 0, periods.contains(ctx.s[hit.offset - 1].canonical) else { return false }
        let before = hit.offset >= 2 ? ctx.s[hit.offset - 2].canonical : " "
        return !(before.isASCIIDigit || ChineseDigits.isNumeral(before))
    }

    /// An amount per unit or period, its unit after it (`5000元/月`, `80元/人·天`, `1.2万元每年`): a rate, not a total.
    static func isRate(_ money: MoneyValue, _ ctx: ParseContext) -> Bool {
        var next = PaymentOptionsRule.skipSpaces(money.span.end, ctx)
        if next < ctx.s.count, ctx.s[next].canonical == "(" { next = PaymentOptionsRule.skipSpaces(next + 1, ctx) }  // `5000元（每年）`
        return next < ctx.s.count && (ctx.s[next].canonical == "/" || ctx.s[next].canonical == "每")
    }

    static let rentsPerPeriod: [Word] = .init(["年租金", "月租金"])

    /// One period of several named before the keyword in its sub-clause (`第一年租金不含税价…`, `每月租金合计`,
    /// `第2期合同金额`): the sum of that period, not the contract's.
    static func namesOnePeriod(before hit: KeywordSet.Hit, _ ctx: ParseContext) -> Bool {
        let r = ctx.range(ctx.subclause(containing: hit.offset).lowerBound, hit.offset)
        if ctx.s.containsAny(InstallmentRule.periodic + rentsPerPeriod, in: r) { return true }
        for i in r where ctx.s[i] == "第" {
            var j = i + 1
            while j < r.upperBound, ctx.s[j].canonical.isASCIIDigit || ChineseDigits.isNumeral(ctx.s[j].canonical) { j += 1 }
            if j > i + 1, j < r.upperBound, ["年", "月", "季", "期"].contains(ctx.s[j].canonical) { return true }
        }
        return false
    }

    /// 含税 (true) or 不含税/未税 (false) written right after an amount (`2,000万元(未税)`, `2,100万元（含税）`).
    static func markedTax(after money: MoneyValue, _ ctx: ParseContext) -> Bool? {
        taxWording(in: money.span.end..<min(ctx.s.count, money.span.end + 5), ctx)
    }

    /// The first amount after the keyword in its sentence, within `maxGap` scalars, with no
    /// percentage or other amount between.
    static func amount(after hit: KeywordSet.Hit, _ ctx: ParseContext) -> MoneyValue? {
        let sentence = ctx.sentenceWithValue(containing: hit.offset)
        let window = hit.end..<max(hit.end, min(sentence.upperBound, hit.end + maxGap))
        guard let money = ctx.amounts(in: window).first(where: { m in
            !ctx.isMasked(m) && !ctx.s.containsAny(unitPrices, in: ctx.range(max(hit.end, ctx.subclause(containing: m.span.start).lowerBound), m.span.start))
                && !isRate(m, ctx)
        }) else { return unitLabelled(after: hit, in: sentence, ctx) }
        if ctx.percents(in: hit.end..<money.span.start).contains(where: { !isTaxRate($0, ctx) }) { return nil }
        // `本合同价款包括：设计费20万元；…`: the parts of the price, not the price.
        if ctx.s.containsAny(FeeTotalRule.breakdown, in: hit.end..<money.span.start) { return nil }
        return money
    }

    /// A label that names the unit, its value bare figures (`合同金额(元)：28026944`, `成交金额（万元）` / `356.8`, as
    /// procurement notices and forms write them): the figures in that unit. Nothing else may stand between the
    /// label and the figures but a colon.
    static let unitLabels: [(Word, Int)] = [(Word("(元)"), 1), (Word("(人民币元)"), 1), (Word("(万元)"), 10_000),
                                             (Word("(人民币万元)"), 10_000)]
    static func unitLabelled(after hit: KeywordSet.Hit, in sentence: Range<Int>, _ ctx: ParseContext) -> MoneyValue? {
        var i = PaymentOptionsRule.skipSpaces(hit.end, ctx)
        guard let (label, scale) = unitLabels.first(where: { label, _ in
            label.count <= sentence.upperBound - i && ctx.s.matches(label, at: i)
        }) else { return nil }
        i = PaymentOptionsRule.skipSpaces(i + label.count, ctx)
        if i < sentence.upperBound, ctx.s[i].canonical == ":" { i += 1 }
        while i < sentence.upperBound, ctx.s[i].isInlineSpace || ctx.s[i] == "\t" || ctx.s[i] == "\n" { i += 1 }
        var end = i
        while end < sentence.upperBound, !Layout.isSubclauseBreak(ctx.s, end), ctx.s[end] != "\n", ctx.s[end] != "\t",
              ctx.s[end].canonical != "。" { end += 1 }
        while end > i, ctx.s[end - 1].isInlineSpace { end -= 1 }
        guard end > i else { return nil }
        return PaymentTableRule.money(in: i..<end, times: scale, ctx)
    }

    /// `含6%增值税`, `13%的增值税专用发票`: a percentage that names the tax, not a share of the price.
    static func isTaxRate(_ p: PercentValue, _ ctx: ParseContext) -> Bool {
        let next = PaymentOptionsRule.skipSpaces(p.span.end, ctx)
        return taxNouns.contains { ctx.s.matches($0, at: next) }
    }

    /// 含税 / 不含税 stated in the total's sentence or the one after it; nil when not stated.
    static func taxIncluded(around sentence: Range<Int>, _ ctx: ParseContext) -> Bool? {
        var ranges = [sentence]
        if let i = ctx.sentenceIndex(containing: sentence.lowerBound), i + 1 < ctx.sentences.count {
            ranges.append(ctx.sentences[i + 1])
        }
        for r in ranges {
            if let stated = taxWording(in: r, ctx) { return stated }
        }
        return nil
    }

    /// The first 含税 (true) or 不含税 (false) in `r`, skipping the names of the amount excluding
    /// tax (`其中不含税金额为…` says nothing about the total).
    static func taxWording(in r: Range<Int>, _ ctx: ParseContext) -> Bool? {
        let skipped = ctx.hits(.excludingTax, in: r)
        var i = r.lowerBound
        while i < r.upperBound {
            if let hit = skipped.first(where: { $0.offset == i }) { i = hit.end; continue }
            if notIncluded.contains(where: { ctx.s.matches($0, at: i) }) { return false }
            if included.contains(where: { ctx.s.matches($0, at: i) }) { return true }
            // `含13%增值税` (included), `不含6%增值税` (excluded): the tax named with its rate.
            if ctx.s[i].canonical == "含", let p = ctx.percents(in: i + 1..<min(r.upperBound, i + 8)).first,
               p.span.start <= i + 2, isTaxRate(p, ctx) {
                return !(i > r.lowerBound && ["不", "未"].contains(ctx.s[i - 1].canonical))
            }
            i += 1
        }
        return nil
    }
}
