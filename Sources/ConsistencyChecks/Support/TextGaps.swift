import ContractModel

/// A sign that text is missing from the input (a lost page, a clause cut off).
struct TextGap: Sendable, Hashable {
    var message: String
    var fields: [String]
    var spans: [Span]
}

/// Detection of missing text. Three signs, each conservative:
/// 1. **Clause numbering that skips**: within one numbering style (`第N条`, `N、`, `N.M`, `一、`, `一 `,
///    `N.`), a heading whose number jumps forward (`4、` → `8、`) while the number just before it
///    (`7、`) never appeared earlier in that style. Restarts (back to 1, a new appendix) and
///    repeats are not gaps; a sub-clause `7.2` after `4.2` is (7.1 is missing), `5.1` after `4.2`
///    is not (chapters without sub-clauses are common). Table rows, lines packing several numbered
///    items, and a skip landing right after a table row (a cell continued on the next page) are
///    not counted.
/// 2. **A sentence cut at a page boundary**: a page ends inside a sentence (no closing punctuation,
///    and the last line is running text: at least 20 characters or a comma, not a title such as
///    `附件2 工作说明书`) and the next page starts with a numbered heading, so it is never finished.
/// 3. **Installment numbering that skips** in the parsed contract (第1期, 第3期).
enum TextGaps {
    static func detect(in text: DocumentText) -> [TextGap] {
        let headings = Headings.scan(text)
        return numberingSkips(headings) + pageCuts(text, headings: headings)
    }

    static func numberingSkips(_ headings: [Heading]) -> [TextGap] {
        var gaps: [TextGap] = []
        var previous: [Heading.Family: Heading] = [:]
        var seen: [Heading.Family: Set<[Int]>] = [:]
        for h in headings {
            defer {
                previous[h.family] = h
                seen[h.family, default: []].insert([h.major, h.minor])
            }
            guard let p = previous[h.family], !h.afterTableRow else { continue }
            let known = seen[h.family, default: []]
            if h.family == .decimal {
                let sameChapterSkip = h.major == p.major && h.minor > p.minor + 1
                let laterChapterMidway = h.major > p.major && h.minor > 1
                guard sameChapterSkip || laterChapterMidway, !known.contains([h.major, h.minor - 1]) else { continue }
                let missing = sameChapterSkip
                    ? range(p.major, p.minor + 1, h.minor - 1)
                    : "\(h.major).1" + (h.minor - 1 > 1 ? "–\(h.major).\(h.minor - 1)" : "")
                gaps.append(skip(from: p, to: h, missing: missing))
            } else {
                guard h.major > p.major + 1, !known.contains([h.major - 1, 0]) else { continue }
                let missing = h.major - 1 == p.major + 1 ? "\(p.major + 1)" : "\(p.major + 1)–\(h.major - 1)"
                gaps.append(skip(from: p, to: h, missing: missing))
            }
        }
        return gaps
    }

    private static func range(_ major: Int, _ from: Int, _ to: Int) -> String {
        from == to ? "\(major).\(from)" : "\(major).\(from)–\(major).\(to)"
    }

    private static func skip(from p: Heading, to h: Heading, missing: String) -> TextGap {
        TextGap(
            message: "条款编号从「\(clip(p.line))」跳到「\(clip(h.line))」，缺少第 \(missing) 项：正文可能缺页或被截断",
            fields: [], spans: [p.span, h.span])
    }

    static func clip(_ line: String, _ limit: Int = 16) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > limit else { return line }
        return String(String.UnicodeScalarView(scalars[0..<limit])) + "…"
    }

    private static let closing: Set<Unicode.Scalar> = ["。", "；", ";", "！", "!", "？", "?", "：", ":", "）", ")", "」", "”", "\"", "》", "]", "】", "…", "—", "-", "_"]

    static func pageCuts(_ text: DocumentText, headings: [Heading]) -> [TextGap] {
        guard text.pageCount > 1 else { return [] }
        var gaps: [TextGap] = []
        let s = text.scalars
        for page in 1..<text.pageCount {
            let separator = text.pageStarts[page] - 1
            // Last visible scalar of this page.
            var e = separator - 1
            while e >= text.pageStarts[page - 1], s[e].properties.isWhitespace { e -= 1 }
            guard e >= text.pageStarts[page - 1] else { continue }
            let last = s[e]
            guard Headings.isCJK(last) || last == "，" || last == "、" || last == "," else { continue }
            // First visible line of the next page must be a numbered heading.
            var b = separator + 1
            while b < s.count, s[b].properties.isWhitespace { b += 1 }
            guard let next = headings.first(where: { $0.span.start == b }) else { continue }
            var lineStart = e
            while lineStart > text.pageStarts[page - 1], s[lineStart - 1] != "\n" { lineStart -= 1 }
            let lastLine = s[lineStart...e]
            guard lastLine.count >= 20 || lastLine.contains("，") || lastLine.contains(",") else { continue }
            let cut = text.span(lineStart, e + 1)
            gaps.append(TextGap(
                message: "第 \(page) 页末句「\(clipTail(text.text(cut)))」未完，第 \(page + 1) 页却以新条款「\(clip(next.line))」开头：中间可能缺页",
                fields: [], spans: [cut, next.span]))
        }
        return gaps
    }

    static func clipTail(_ line: String, _ limit: Int = 16) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > limit else { return line }
        return "…" + String(String.UnicodeScalarView(scalars[(scalars.count - limit)...]))
    }

    static func installmentSkips(in contract: Contract) -> [TextGap] {
        var gaps: [TextGap] = []
        let ordered = contract.installments.enumerated()
            .filter { Bounds.sequences.contains($0.element.sequence) }
            .sorted { $0.element.sequence < $1.element.sequence }
        var expected = 1
        for (index, inst) in ordered {
            if inst.sequence > expected {
                let missing = inst.sequence - 1 == expected ? "第\(expected)期" : "第\(expected)–\(inst.sequence - 1)期"
                gaps.append(TextGap(
                    message: "付款期次从\(expected == 1 ? "开头" : "第\(expected - 1)期")直接到第\(inst.sequence)期，缺少\(missing)：正文可能缺页或被截断",
                    fields: ["contract.installments[\(index)].sequence"], spans: [inst.span]))
            }
            expected = max(expected, inst.sequence + 1)
        }
        return gaps
    }
}
