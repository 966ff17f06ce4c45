import ContractModel

/// The signing date stated in a sentence rather than under a label: `本合同于2021年6月8日在北京签订`,
/// `双方于2021年6月8日签署本合同`, `兩造於109年7月14日簽訂「…契約」`. The date follows 于/於 and is followed
/// by the signing verb (after at most a place: `在北京市海淀区`). Not a date of signing: a contract
/// referred to (`2020年7月31日签订的保洁服务合同`: the verb qualifies a noun), a deadline
/// (`应于…前签订`, `应于2021年6月8日签订正式合同`), or the original of a supplementary agreement. A
/// labelled signing date comes first.
enum SigningSentenceRule {
    static let verbs: [Word] = .init(["签订", "签署", "订立", "签定", "签约", "签字"])
    /// Words before 于 that make the date a deadline or a plan, not a fact.
    static let obligations: [Word] = .init(["应", "须", "需", "将", "拟", "必须", "应当", "最迟", "务必"])
    /// A sentence about another contract: the original of a supplement, a framework's main contract.
    static let otherContract: [Word] = .init(["原合同", "主合同", "补充协议", "原协议", "补充合同"])
    /// A signing that opens a time clause (`签订合同后`, `签订之日起`) dates another term.
    static let timeClauses: [Word] = .init(["后", "前", "之日", "时", "起"])
    /// How far (scalars) a place may stand between the date and the verb (`在北京市海淀区`).
    static let placeLength = 24

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        guard contract.signingDate == nil else { return }
        for date in ctx.dates where date.precision == .day {
            guard follows(at: date.span.start, ctx), let verb = verb(after: date.span.end, ctx) else { continue }
            // `签订的…合同`: a contract referred to, not this one signed.
            guard !(verb < ctx.s.count && ctx.s[verb].canonical == "的") else { continue }
            // `于…签订合同后十日内支付`: the signing is the start of another term here.
            var clause = verb
            while clause < min(ctx.s.count, verb + 6), !",;:\u{3002}".unicodeScalars.contains(ctx.s[clause].canonical), !ctx.s[clause].isLineBreak { clause += 1 }
            guard !ctx.s.containsAny(timeClauses, in: verb..<clause) else { continue }
            let sentence = ctx.sentence(containing: date.span.start)
            guard !ctx.s.containsAny(otherContract, in: sentence) else { continue }
            contract.signingDate = date
            return
        }
    }

    /// True when 于 (not after 应/须/…) stands right before the date.
    static func follows(at start: Int, _ ctx: ParseContext) -> Bool {
        var i = start
        while i > 0, ctx.s[i - 1].isInlineSpace { i -= 1 }
        guard i > 0, ctx.s[i - 1].canonical == "于" else { return false }
        let before = ctx.range(max(0, i - 1 - 3), i - 1)
        return !ctx.s.containsAny(obligations, in: before)
    }

    /// The offset after the signing verb that follows the date (directly, or after `在` and a place),
    /// or nil when none does.
    static func verb(after end: Int, _ ctx: ParseContext) -> Int? {
        var i = end
        while i < ctx.s.count, ctx.s[i].isInlineSpace { i += 1 }
        if let v = verbs.first(where: { ctx.s.matches($0, at: i) }) { return i + v.count }
        guard i < ctx.s.count, ctx.s[i].canonical == "在" else { return nil }
        var j = i + 1
        while j < ctx.s.count, j - i <= placeLength {
            // A place of two scalars at least (`在签订合同后` names none).
            if j - i > 2, let v = verbs.first(where: { ctx.s.matches($0, at: j) }) { return j + v.count }
            let c = ctx.s[j].canonical
            if c == "," || c == "\u{3002}" || c == ";" || ctx.s[j].isLineBreak { return nil }
            j += 1
        }
        return nil
    }
}
