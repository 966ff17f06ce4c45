import ContractModel

/// Parties from `甲方：名称` blocks (header or signature block) and the detail lines under them
/// (`法定代表人：…`, `地址：…`, `联系电话：…`), then from tables (see `PartyTableRules`). The first
/// block of a side names it; details are taken from any block of that side, first found first.
enum PartyRules {
    static let maxNameLength = 60
    static let sentenceOpeners: [Word] = .init(["根据", "鉴于", "经", "为了", "按照", "依据"])
    static let recitalOpeners: [Word] = .init(["鉴于", "根据《", "依据《", "经甲乙双方", "甲乙双方", "双方经"])
    static let references: [Word] = .init(["同上", "见首页", "见上", "同首页", "略", "见合同首页", "见合同首部", "见前", "同前"])
    static let shortNameMarkers: [Word] = .init(["(以下简称", "(下称", "(简称", "(以下称", "以下简称", "(下简称"])

    struct Found {
        var name: TextValue?
        var legalRepresentative: TextValue?
        var address: TextValue?
        var phone: TextValue?

        mutating func merge(detail: PartyVocabulary.Detail, _ value: TextValue) {
            switch detail {
            case .legalRepresentative: if legalRepresentative == nil { legalRepresentative = value }
            case .address: if address == nil { address = value }
            case .phone: if phone == nil { phone = value }
            case .other: break
            }
        }

        var party: Party? { name.map { Party(name: $0, legalRepresentative: legalRepresentative, address: address, phone: phone) } }
    }

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var a = Found(), b = Found()
        var current: PartyVocabulary.Side?
        for (index, line) in ctx.lines.enumerated() {
            let pairs = ctx.pairs(ofLine: index)
            guard let first = pairs.first,
                  first.labelRange.lowerBound == ctx.contentStart(of: line) || ParseContext.knownLabels.contains(first.key) else {
                if !ctx.trimmed(line).isEmpty { current = nil }
                continue
            }
            // Every pair may name a side (`买方：…⇥卖方：…`) or give a detail of the side named last.
            var recognised = false
            var sidesNamed = 0
            for pair in pairs {
                if var side = PartyVocabulary.side(ofLabel: pair.key) {
                    // `供方：某某公司（以下简称甲方）`: the side the contract names the party by wins over its role word.
                    if let defined = definedSide(in: pair.value, ctx) { side = defined }
                    current = side
                    sidesNamed += 1
                    recognised = true
                    // `甲方：` with the name on the next line (a form's label and value on two lines).
                    // `出租方（甲方）：` / `Lessor (Party A):` / `【名称】`: a bilingual form's English label between.
                    // A blank left for the name (`乙方：__________`) is no name: the next line is not read for it.
                    let bare = pair.value.isEmpty || isItemMark(pair.value, ctx) || isEnglishLabel(pair.value, ctx)
                    let value = bare && pairs.count == 1 ? nextLineValue(after: index, ctx) ?? pair.value : pair.value
                    if let name = name(value, ctx) {
                        if side == .a, a.name == nil { a.name = name }
                        if side == .b, b.name == nil { b.name = name }
                    }
                    continue
                }
                guard let side = current, let detail = PartyVocabulary.details[pair.key] else { continue }
                recognised = true
                guard let value = detailValue(detail, pair.value, ctx) else { continue }
                if side == .a { a.merge(detail: detail, value) } else { b.merge(detail: detail, value) }
            }
            // A line naming both sides (`甲方⇥…⇥乙方⇥…`) heads columns: the rows below belong to
            // them by column (`PartyTableRules`), not to the side named last.
            if !recognised || sidesNamed > 1 { current = nil }
        }
        PartyTableRules.apply(ctx, a: &a, b: &b)
        PartyDefinitionRule.apply(ctx, a: &a, b: &b)
        contract.partyA = a.party
        contract.partyB = b.party
    }

    /// Role words whose party the contract names by the other side (`供方：…（以下简称甲方）`), by role word.
    static func definedRoleSides(_ ctx: ParseContext) -> [String: PartyVocabulary.Side] {
        var sides: [String: PartyVocabulary.Side] = [:]
        for pairs in ctx.labeled.values {
            for pair in pairs {
                guard PartyVocabulary.roles[pair.key] != nil, let side = PartyVocabulary.side(ofLabel: pair.key),
                      let defined = definedSide(in: pair.value, ctx), defined != side else { continue }
                sides[pair.key] = defined
            }
        }
        return sides
    }

    /// The side a value names its party by (`某某公司（以下简称“甲方”）`, `(下称乙方)`), or nil.
    static func definedSide(in r: Range<Int>, _ ctx: ParseContext) -> PartyVocabulary.Side? {
        for marker in shortNameMarkers {
            guard let o = ctx.s.firstOffset(of: marker, in: r) else { continue }
            var i = o + marker.count
            while i < r.upperBound, ["\u{201C}", "\"", "\u{300C}", "\u{2018}", ":", " "].contains(ctx.s[i].canonical) { i += 1 }
            if ctx.s.matches(Word("甲方"), at: i) { return .a }
            if ctx.s.matches(Word("乙方"), at: i) { return .b }
        }
        return nil
    }

    /// The next line when it is a bare value (no label of its own, no sentence): the name a form put
    /// under its label.
    /// A bilingual form's English label (`Lessor (Party A):`) or a bare item mark (`(1)`, `|(2)`) on the lines
    /// between is skipped.
    static func nextLineValue(after index: Int, _ ctx: ParseContext) -> Range<Int>? {
        var j = index + 1
        while j < ctx.lines.count, j <= index + 3 {
            let next = ctx.trimmed(ctx.lines[j])
            guard !next.isEmpty else { return nil }
            if isItemMark(next, ctx) || isEnglishLabel(next, ctx) { j += 1; continue }
            // `第一条 项目概况`, `一、…`: the body begins, no name.
            if ctx.enumerator(at: ctx.contentStart(of: next), limit: next.upperBound) != nil || ctx.s.matches(Word("第"), at: next.lowerBound) {
                return nil
            }
            // `某某商业管理有限公司联系地址:`: the name run into the label of its first detail.
            if let first = ctx.pairs(ofLine: j).first, let cut = nameBeforeDetail(first, ctx) { return cut }
            guard ctx.pairs(ofLine: j).isEmpty,
                  !ctx.s[next].contains(where: { [":", ",", ";", "\u{3002}", "\t"].contains($0.canonical) }) else { return nil }
            return next
        }
        return nil
    }

    /// The name before a detail label it ran into (`…有限公司联系地址：`): at least four characters before a detail label
    /// that ends the pair's label.
    static func nameBeforeDetail(_ pair: LabelPair, _ ctx: ParseContext) -> Range<Int>? {
        guard let detail = PartyVocabulary.details.keys.filter({ pair.key.hasSuffix($0) && $0 != pair.key })
                .max(by: { $0.count < $1.count }), pair.key.count - detail.count >= 4 else { return nil }
        let end = pair.labelRange.upperBound - detail.unicodeScalars.count
        guard end > pair.labelRange.lowerBound, ctx.key(pair.labelRange.lowerBound..<end).count == pair.key.count - detail.count else { return nil }
        return ctx.trimmed(pair.labelRange.lowerBound..<end)
    }

    /// A bilingual form's English label (`Party B:`, `Lessor (Party A):`): ASCII letters ending with a colon.
    static func isEnglishLabel(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        let line = ctx.s[r].map(\.canonical)
        return line.allSatisfy(\.isASCII) && line.last == ":" && letters(r, ctx) >= 2
    }

    /// An item mark alone (`(1)`, `|(2)`, `3.`): one or two digits in brackets or before a full stop, table bars around.
    static func isItemMark(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        let line = ctx.s[r].map(\.canonical).filter { $0 != "|" && $0 != " " }
        let digits = line.filter(\.isASCIIDigit).count
        guard (1...2).contains(digits) else { return false }
        let rest = line.filter { !$0.isASCIIDigit }
        return rest == ["(", ")"] || rest == ["."] || rest == [")"]
    }

    /// Letters (CJK or Latin) in `r`: a name has at least two.
    static func letters(_ r: Range<Int>, _ ctx: ParseContext) -> Int {
        ctx.s[r].reduce(0) { $0 + ($1.canonical.properties.isAlphabetic ? 1 : 0) }
    }

    /// A party name: the value without a trailing `(盖章)`-style decoration or `(以下简称“…”)`; 2…60 scalars.
    static func name(_ r: Range<Int>, _ ctx: ParseContext) -> TextValue? {
        // `******农村局`: masked by the publisher (trimming would drop the mask, not the doubt).
        if ctx.hasMask(r) || ctx.maskRun(endingAt: r.lowerBound) >= 2 { return nil }
        var r = ctx.trimmed(r)
        // `Example Co., Ltd.`: a Latin abbreviation keeps its full stop (the value ends with the line or a blank).
        let stop = r.upperBound
        if stop < ctx.s.count, ctx.s[stop] == ".", let last = r.last, ctx.s[last].isASCII, ctx.s[last].properties.isAlphabetic,
           stop + 1 == ctx.s.count || ctx.s[stop + 1].isInlineSpace || ctx.s[stop + 1].isLineBreak { r = r.lowerBound..<stop + 1 }
        // `【某某有限公司】`: a form's fill marks around the name.
        if r.count > 2, ctx.s[r.lowerBound].canonical == "【", ctx.s[r.upperBound - 1].canonical == "】" {
            r = ctx.trimmed(r.lowerBound + 1..<r.upperBound - 1)
        }
        // `某某有限公司(以下简称“某某”)`: the short name the contract uses is not part of the name.
        if let o = shortNameMarkers.compactMap({ ctx.s.firstOffset(of: $0, in: r) }).min() { r = ctx.trimmed(r.lowerBound..<o) }
        // `…有限公司(南京)鉴于甲乙双方签订…`: a recital run into the name line.
        if r.count > 2, let o = recitalOpeners.compactMap({ ctx.s.firstOffset(of: $0, in: r.lowerBound + 2..<r.upperBound) }).min() {
            r = ctx.trimmed(r.lowerBound..<o)
        }
        if let last = r.last, ctx.s[last].canonical == ")",
           let open = (r.lowerBound..<last).last(where: { ctx.s[$0].canonical == "(" }) {
            let inner = ctx.key(open + 1..<last)
            // `(盖章)` decorations and role marks (`长沙市档案馆(甲方)`) are not part of the name.
            if isSignatureMark(inner) || PartyVocabulary.side(ofLabel: inner) != nil {
                r = ctx.trimmed(r.lowerBound..<open)
            }
        }
        guard r.count >= 2, r.count <= maxNameLength, letters(r, ctx) >= 2 else { return nil }  // `(1)` is an item mark
        // `同上`, `见首页`, `详见合同首部`: a reference to the name given elsewhere (the whole value; `略阳县…` is a name).
        if references.contains(where: { $0.count == r.count && ctx.s.matches($0, at: r.lowerBound) })
            || ctx.s.matches(Word("详见"), at: r.lowerBound) { return nil }
        if ctx.s[r].allSatisfy({ $0.canonical == "_" || $0.isInlineSpace || $0.canonical == "/" }) { return nil }
        if ctx.isPlaceholder(r) || ctx.hasMask(r) { return nil }
        // A clause is no name: `根据2020年7月31日签订的保洁服务合同`.
        if !ctx.dates(in: r).isEmpty || hasClauseComma(r, ctx) || sentenceOpeners.contains(where: { ctx.s.matches($0, at: r.lowerBound) }) { return nil }
        return TextValue(value: ctx.string(r), span: ctx.span(r))  // trimmed above; `Ltd.` keeps its stop
    }

    /// `(盖章)`, `(签字盖章)`, `(签名或盖章)`, `(公章)`: a signature block's instruction, at most 8 characters of 签/章/字/名
    /// and their joiners.
    static func isSignatureMark(_ inner: String) -> Bool {
        let allowed: Set<Character> = ["签", "章", "字", "名", "盖", "公", "或", "及", "并", "和", "/", "、", "处", "手", "印", "捺"]
        return !inner.isEmpty && inner.count <= 8 && inner.allSatisfy(allowed.contains) && (inner.contains("章") || inner.contains("签"))
    }

    /// A comma of a clause, not of a Latin name (`Example Technology Co., Ltd.`: a comma between Latin
    /// letters, a blank after it or not, is part of the name).
    static func hasClauseComma(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        func isLatin(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || c == ".") }
        return r.contains { i in
            guard ctx.s[i].canonical == "," else { return false }
            var next = i + 1
            while next < r.upperBound, ctx.s[next].isInlineSpace { next += 1 }
            var previous = i - 1  // `Co. , Ltd.`: blanks on either side
            while previous > r.lowerBound, ctx.s[previous].isInlineSpace { previous -= 1 }
            return !(previous >= r.lowerBound && isLatin(ctx.s[previous].canonical) && next < r.upperBound && isLatin(ctx.s[next].canonical))
        }
    }

    static func detailValue(_ detail: PartyVocabulary.Detail, _ r: Range<Int>, _ ctx: ParseContext) -> TextValue? {
        guard !r.isEmpty, detail != .other else { return nil }
        if detail == .phone {
            guard ctx.s[r].contains(where: { $0.canonical.isASCIIDigit }) else { return nil }
        }
        if ctx.s[r].allSatisfy({ $0.canonical == "_" || $0.isInlineSpace || $0.canonical == "/" }) { return nil }
        return ctx.textValue(r)
    }
}
