/// A payment clause that offers alternatives and chooses one: `甲方将按以下第 2 种方式向乙方支付服务费：
/// 1、一次性支付：… 2、分期支付：…`. Only the chosen option counts; the text of every other
/// option is excluded from installment rules (a blank `/ 个工作日` option is no installment).
enum PaymentOptionsRule {
    static let choiceMarkers = KeywordSet(["按以下第", "按下列第", "按如下第", "选择第", "采用第", "按照以下第", "按照下列第"])
    static let paymentWords: [Word] = .init(["支付", "付款", "付清"])
    static let maxOptionLines = 12

    /// Ranges of the options not chosen.
    static func excludedRanges(_ ctx: ParseContext) -> [Range<Int>] {
        var excluded: [Range<Int>] = []
        for hit in ctx.hits(.paymentChoice) {
            guard let li = ctx.lineIndex(containing: hit.offset) else { continue }
            let line = ctx.lines[li]
            guard ctx.s.containsAny(paymentWords, in: line) else { continue }
            let (chosen, after, _) = ctx.numeral(from: skipSpaces(hit.end, ctx), limit: line.upperBound)
            let unit = skipSpaces(after, ctx)
            guard let chosen, unit < line.upperBound, ctx.s[unit] == "种" || ctx.s[unit] == "类" else { continue }
            excluded += optionRanges(after: li, chosen: chosen, ctx)
        }
        return excluded
    }

    static func skipSpacesBackward(_ i: Int, _ ctx: ParseContext) -> Int {
        var i = i
        while i > 0 && ctx.s[i - 1].isInlineSpace { i -= 1 }
        return i
    }

    static func skipSpaces(_ i: Int, _ ctx: ParseContext) -> Int {
        var i = i
        while i < ctx.s.count && ctx.s[i].isInlineSpace { i += 1 }
        return i
    }

    /// The options listed on the lines after `line`: each runs from its marker to the next marker
    /// of the same style; the last ends at the next line with a different marker.
    static func optionRanges(after line: Int, chosen: Int, _ ctx: ParseContext) -> [Range<Int>] {
        var options: [(number: Int, start: Int)] = []
        var style: Enumerator.Style?
        var end: Int?
        var li = line + 1
        while li < ctx.lines.count && li <= line + maxOptionLines {
            let l = ctx.lines[li]
            let start = ctx.contentStart(of: l)
            if let e = ctx.enumerator(at: start, limit: l.upperBound) {
                if style == nil || e.style == style {
                    style = e.style
                    options.append((e.number, l.lowerBound))
                } else {
                    end = l.lowerBound
                    break
                }
            } else if options.isEmpty, !ctx.trimmed(l).isEmpty {
                return []
            }
            li += 1
        }
        let last = end ?? (li < ctx.lines.count ? ctx.lines[li].lowerBound : ctx.s.count)
        var ranges: [Range<Int>] = []
        for (k, option) in options.enumerated() where option.number != chosen {
            let upper = k + 1 < options.count ? options[k + 1].start : last
            ranges.append(option.start..<upper)
        }
        return ranges
    }
}
