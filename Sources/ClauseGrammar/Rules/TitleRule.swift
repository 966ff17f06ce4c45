import ContractModel

/// The contract's title when no `合同名称：` label states it: the first line near the top of the
/// document that names a contract (`采购合同`, `# 技术服务协议书`), markdown marks removed. A
/// subtitle line starting with a dash (`--2022 年业务系统运维项目合同`) is joined to the line above.
enum TitleRule {
    static let endings: [Word] = .init(["合同", "协议", "协议书", "合同书", "契约"])
    static let headerLines = 40
    static let maxLength = 80

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        guard contract.title == nil else { return }
        var seen = 0
        for (index, line) in ctx.lines.enumerated() {
            let content = ctx.trimmed(ctx.contentStart(of: line)..<line.upperBound)
            guard !content.isEmpty else { continue }
            seen += 1
            if seen > headerLines { return }
            guard content.count <= maxLength, isTitle(content, ctx) else { continue }
            var range = content
            if isDash(ctx.s[content.lowerBound]), let previous = previousContent(before: index, ctx),
               !ctx.s[previous].contains(where: { $0.canonical == ":" }) {
                range = previous.lowerBound..<content.upperBound
            }
            contract.title = value(range, ctx)
            return
        }
    }

    static func isTitle(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        let first = ctx.s[r.lowerBound].canonical
        if first == "(" || first == "\u{300A}" { return false }  // (本页无正文…) 《…》 citations
        if ctx.s[r].contains(where: { let c = $0.canonical; return c == ":" || c == "\t" || c == "\u{3002}" || c == "," }) {
            return false
        }
        return endsLikeTitle(r, ctx)
    }

    static func endsLikeTitle(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        endings.contains { w in r.count >= w.count && ctx.s.matches(w, at: r.upperBound - w.count) }
    }

    /// A line starting with a label this grammar knows (`项目名称：`, `甲方：`).
    static func isLabelLine(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        guard let first = ctx.labelPairs(in: r).first else { return false }
        return LabeledFieldRules.labels[first.key] != nil || PartyVocabulary.side(ofLabel: first.key) != nil
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool { c.canonical == "-" || c == "\u{2014}" || c == "\u{2013}" }

    static func previousContent(before index: Int, _ ctx: ParseContext) -> Range<Int>? {
        var i = index - 1
        while i >= 0 {
            let r = ctx.trimmed(ctx.contentStart(of: ctx.lines[i])..<ctx.lines[i].upperBound)
            if !r.isEmpty { return r }
            i -= 1
        }
        return nil
    }

    /// A `合同名称：` value, joined with the next line when the name wraps onto it (the value does not
    /// yet end like a title and the next line does).
    static func continued(_ valueRange: Range<Int>, line: Int, _ ctx: ParseContext) -> TextValue? {
        var range = valueRange
        if !endings.contains(where: { w in range.count >= w.count && ctx.s.matches(w, at: range.upperBound - w.count) }),
           line + 1 < ctx.lines.count {
            let next = ctx.trimmed(ctx.lines[line + 1])
            if !next.isEmpty, next.count <= maxLength, endsLikeTitle(next, ctx), !isLabelLine(next, ctx) {
                range = range.lowerBound..<next.upperBound
            }
        }
        return value(range, ctx)
    }

    /// The text of `r` with line breaks removed (a wrapped title reads as one line).
    static func value(_ r: Range<Int>, _ ctx: ParseContext) -> TextValue? {
        let t = ctx.trimmed(r)
        guard !t.isEmpty else { return nil }
        var v = String.UnicodeScalarView()
        for c in ctx.s[t] where !c.isLineBreak { v.append(c) }
        return TextValue(value: String(v), span: ctx.span(t))
    }
}
