import ContractModel

/// Parties introduced in a sentence rather than under labels: `本合同由某某公司(以下简称“甲方”)与某某公司
/// (以下简称“乙方”)签订`, `委托方某某大学(下称甲方)`. A short name that is a role (`甲方`, `乙方`, or a
/// role word such as `采购人`) defines the side of the name before it; a short name that is a name
/// (`(以下简称“华电公司”)`) defines no side. Labels come first: a side they named is kept.
enum PartyDefinitionRule {
    /// Where a name before a definition starts: after one of these (or at a line start).
    static let nameBoundaries: Set<Unicode.Scalar> = [",", ";", ":", "\u{3001}", "\u{3002}", ")", "由", "与", "经", "\t"]
    /// Words joining the second party to the first's definition (`…(以下简称甲方)和某某公司…`).
    static let connectives: Set<Unicode.Scalar> = ["和", "及", "同", "与"]
    /// Quotation marks around the short name.
    static let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\"", "\u{300C}", "\u{300D}", "'", "\u{2018}", "\u{2019}"]
    /// Role words, longest first, so that `采购人` is not read as a shorter word.
    static let roles: [(Word, PartyVocabulary.Side)] = Vocabulary.actorRoles

    static func apply(_ ctx: ParseContext, a: inout PartyRules.Found, b: inout PartyRules.Found) {
        guard a.name == nil || b.name == nil else { return }
        for marker in PartyRules.shortNameMarkers {
            var from = 0
            while a.name == nil || b.name == nil, let at = ctx.s.firstOffset(of: marker, in: from..<ctx.s.count) {
                from = at + marker.count
                guard let side = definedSide(after: from, ctx), let name = name(before: at, ctx) else { continue }
                if side == .a, a.name == nil { a.name = name }
                if side == .b, b.name == nil { b.name = name }
            }
        }
    }

    /// The side a short name defines: a role (in quotes or not) and then the closing bracket.
    static func definedSide(after start: Int, _ ctx: ParseContext) -> PartyVocabulary.Side? {
        var i = start
        while i < ctx.s.count, ctx.s[i].isInlineSpace || quotes.contains(ctx.s[i].canonical) || ctx.s[i].canonical == ":"
                || ctx.s[i] == "为" { i += 1 }
        guard let (word, side) = roles.first(where: { ctx.s.matches($0.0, at: i) }) else { return nil }
        var end = i + word.count
        while end < ctx.s.count, ctx.s[end].isInlineSpace || quotes.contains(ctx.s[end].canonical) { end += 1 }
        guard end < ctx.s.count, ctx.s[end].canonical == ")" else { return nil }
        // `出租方(以下简称甲方)：____`: a label, whose value is after its colon (`PartyRules`).
        var next = end + 1
        while next < ctx.s.count, ctx.s[next].isInlineSpace { next += 1 }
        guard next >= ctx.s.count || ctx.s[next].canonical != ":" else { return nil }
        return side
    }

    /// The name right before a definition: back to a clause boundary, at most a name's length.
    static func name(before definition: Int, _ ctx: ParseContext) -> TextValue? {
        let line = ctx.line(containing: definition)
        var end = definition
        while end > line.lowerBound, ctx.s[end - 1].isInlineSpace || ctx.s[end - 1].canonical == "(" { end -= 1 }
        var start = end
        while start > line.lowerBound, end - start <= PartyRules.maxNameLength, !nameBoundaries.contains(ctx.s[start - 1].canonical) {
            start -= 1
        }
        guard end - start <= PartyRules.maxNameLength else { return nil }
        // `(以下简称“甲方”)和某某公司(以下简称“乙方”)`: the connective after the first definition is no part of the name.
        if start > line.lowerBound, ctx.s[start - 1].canonical == ")", start < end, connectives.contains(ctx.s[start]) { start += 1 }
        // `委托方某某大学(下称甲方)`: the role word before the name is no part of it.
        if let (role, _) = roles.first(where: { ctx.s.matches($0.0, at: start) }), end - start - role.count >= 2 { start += role.count }
        // A role is no name (`顶让方(以下简称乙方)` with the name left blank).
        let key = ctx.key(start..<end)
        guard PartyVocabulary.roles[key] == nil, !(PartyVocabulary.isRoleWord(key) && key.unicodeScalars.count <= 4) else { return nil }
        return PartyRules.name(start..<end, ctx)
    }
}
