/// Stage 5: lines that wrap mid-sentence are joined, blank lines collapsed, pages laid out.
///
/// Line A is joined with the line B right below it (no blank line between) when neither is a table
/// row (tab), B does not open a new item (`ItemStart`), A does not end a sentence (its last character,
/// closing quotes and brackets aside, is not one of `。！？!?`), and either
/// - A runs to a margin (`LineWidth`: the page's right margin, or the width of a wrapped table cell or
///   text box): the text wrapped there; or B's first word or number would not have fit after A
///   (`…不得超过` / `30 分钟。`); or
/// - A does not end on `；：;:` and the break splits something that cannot be split: a number and its
///   unit (`至2024年12月31` / `日止`), a 大写 amount (`肆佰柒拾壹万伍` / `仟元整`), a
///   Latin code ending in a hyphen (`TI-LINUXLIC-` / `WAF`: the hyphen stays, no space), or a number
///   after its thousands comma (`4,715,` / `000.00`); or
/// - A is long (30 ideographs or more) and B is the short tail of its sentence (`…Oracle Database` /
///   `19c。`: at most 6 characters, ending with `。！？`).
/// Joined lines meet without a space, except two Latin letters or digits, which get one space
/// (`Windows` / `Server`).
///
/// Across a page break the same rule decides; in addition, a page whose text stops without a line
/// break, on a line at least 12 ideographs wide, continues on the next page (DOCX pages cut mid-paragraph
/// at a rendered page break; and our own output, which keeps joined pages so: this keeps normalization
/// idempotent). A joined break leaves nothing but the `"\u{0C}"` between the two halves. Otherwise every non-empty page ends with one `"\n"`. Blank lines at the top and
/// bottom of a page go, and inside a page at most one blank line is kept between paragraphs.
enum LineJoining {
    static func apply(_ text: TracedText, _ pages: [PageLines], rawEnd: Int) -> TracedText {
        let s = text.scalars
        // Lines that could be joined with the line below, and the margins their widths show.
        var candidateWidths: [Int] = []
        forEachPair(s, pages) { a, b, _ in
            if isCandidate(s, a, b) { candidateWidths.append(LineWidth.width(s, a)) }
        }
        let margin = LineWidth(candidateWidths: candidateWidths)
        var out = TracedText(reservingCapacity: text.count)

        // Whether the last line of page p continues on page p + 1.
        var continues = [Bool](repeating: false, count: pages.count)
        for p in pages.indices.dropLast() {
            guard let a = pages[p].lines.last(where: { !$0.isBlank }),
                  let b = pages[p + 1].lines.first(where: { !$0.isBlank })
            else { continue }
            // A page that does not end with a line break was cut mid-line (or joined by a previous run).
            let endsWithBreak = pages[p].lines.count > 1 && pages[p].lines.last!.isBlank
            continues[p] = shouldJoin(s, a, b, margin, openPageEnd: !endsWithBreak)
        }

        for (p, page) in pages.enumerated() {
            let lines = page.lines
            let firstContent = lines.firstIndex { !$0.isBlank }
            let lastContent = lines.lastIndex { !$0.isBlank }
            if let first = firstContent, let last = lastContent {
                var previous: PageLines.Line? = nil
                var pendingBlank: PageLines.Line? = nil
                for index in first...last {
                    let line = lines[index]
                    if line.isBlank {
                        if previous != nil && pendingBlank == nil { pendingBlank = line }
                        continue
                    }
                    if let a = previous {
                        if let blank = pendingBlank {
                            out.append("\n", from: text.origins[a.end])
                            out.append("\n", from: text.origins[blank.end])
                        } else if shouldJoin(s, a, line, margin, openPageEnd: false) {
                            if needsSpace(s, a, line) { out.append(" ", from: text.origins[a.end]) }
                        } else {
                            out.append("\n", from: text.origins[a.end])
                        }
                    }
                    out.append(from: text, line.start..<line.end)
                    previous = line
                    pendingBlank = nil
                }
                if !continues[p] {
                    // The page's own line break if it has one, else one standing for the page end.
                    let a = lines[last]
                    let origin = a.end < s.count && s[a.end].value == 0x0A
                        ? text.origins[a.end] : (page.separator.map { text.origins[$0] } ?? rawEnd)
                    out.append("\n", from: origin)
                }
            }
            if let separator = page.separator { out.append("\u{0C}", from: text.origins[separator]) }
        }
        return out
    }

    /// Calls `body(a, b, acrossPages)` for every line directly followed by another (no blank line
    /// between), including the last line of a page and the first of the next.
    private static func forEachPair(
        _ s: [Unicode.Scalar], _ pages: [PageLines], _ body: (PageLines.Line, PageLines.Line, Bool) -> Void
    ) {
        for (p, page) in pages.enumerated() {
            let lines = page.lines
            var k = 0
            while k + 1 < lines.count {
                if !lines[k].isBlank && !lines[k + 1].isBlank { body(lines[k], lines[k + 1], false) }
                k += 1
            }
            if p + 1 < pages.count, let a = lines.last(where: { !$0.isBlank }),
               let b = pages[p + 1].lines.first(where: { !$0.isBlank })
            {
                body(a, b, true)
            }
        }
    }

    /// Neither a table row, B not an item, A not the end of a sentence (。！？).
    private static func isCandidate(_ s: [Unicode.Scalar], _ a: PageLines.Line, _ b: PageLines.Line) -> Bool {
        if hasTab(s, a) || hasTab(s, b) { return false }
        if ItemStart.match(s, b.start, b.end) != nil { return false }
        guard let last = lastSignificant(s, a) else { return false }
        return !isSentenceEnd(last.value)
    }

    static func shouldJoin(
        _ s: [Unicode.Scalar], _ a: PageLines.Line, _ b: PageLines.Line, _ margin: LineWidth, openPageEnd: Bool
    ) -> Bool {
        guard isCandidate(s, a, b) else { return false }
        let width = LineWidth.width(s, a)
        // A line that ran into the margin continues, even after ；or ：(a clause goes on after them).
        if margin.isFull(width) || margin.pushedDown(width, nextChunk: LineWidth.firstChunk(s, b)) { return true }
        if isClauseEnd(lastSignificant(s, a)!.value) { return false }
        if unsplittable(s, a, b) { return true }
        if openPageEnd { return width >= 24 }
        // The last few characters of a long sentence pushed onto a line of their own (`…Oracle Database`
        // / `19c。`), in text too short to show its margin.
        if width >= 60, b.end - b.start <= 6, isSentenceEnd(s[b.end - 1].value) { return true }
        return false
    }

    /// The last character of the line, closing quotes and brackets skipped.
    private static func lastSignificant(_ s: [Unicode.Scalar], _ a: PageLines.Line) -> Unicode.Scalar? {
        var i = a.end - 1
        while i >= a.start {
            switch s[i].value {
            case 0x201D, 0x2019, 0x22, 0x27, 0x29, 0x300D, 0x300F, 0x3011, 0x300B, 0x3009, 0x5D: i -= 1
            default: return s[i]
            }
        }
        return nil
    }

    @inline(__always)
    private static func isSentenceEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: return true  // 。！？!?
        default: return false
        }
    }

    /// ；：;: end a line that stops short of the margin: a list item, a label.
    @inline(__always)
    private static func isClauseEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0xFF1B, 0xFF1A, 0x3B, 0x3A: return true
        default: return false
        }
    }

    /// A 大写 amount, a hyphenated Latin code or a grouped number cut in two by the line break.
    private static func unsplittable(_ s: [Unicode.Scalar], _ a: PageLines.Line, _ b: PageLines.Line) -> Bool {
        let x = s[a.end - 1], y = s[b.start]
        if x.isCapitalNumeralScalar && x.value != 0x6574 && x.value != 0x6B63 && y.isCapitalNumeralScalar
            && a.end - a.start >= 2
            && s[a.end - 2].isCapitalNumeralScalar
        {
            return true
        }
        // A number and its unit: `至2024年12月31` / `日止`, `共 12` / `个月`.
        if x.isASCIIDigitScalar && isNumberUnit(y.value) { return true }
        if a.end - a.start >= 2 {
            let w = s[a.end - 2]
            if x.value == 0x2D && w.isASCIIAlnumScalar && y.isASCIIAlnumScalar { return true }
            if x.value == 0x2C && w.isASCIIDigitScalar && y.isASCIIDigitScalar { return true }
        }
        return false
    }

    /// Units that follow a number: 年 月 日 号 时 点 分 秒 个 天 周 元 万 亿 % ‰.
    private static func isNumberUnit(_ v: UInt32) -> Bool {
        switch v {
        case 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x65F6, 0x70B9, 0x5206, 0x79D2, 0x4E2A, 0x5929, 0x5468, 0x5143, 0x4E07,
            0x4EBF, 0x25, 0x2030:
            return true
        default:
            return false
        }
    }

    private static func needsSpace(_ s: [Unicode.Scalar], _ a: PageLines.Line, _ b: PageLines.Line) -> Bool {
        s[a.end - 1].isASCIIAlnumScalar && s[b.start].isASCIIAlnumScalar
    }

    private static func hasTab(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> Bool {
        for i in line.start..<line.end where s[i].isTabScalar { return true }
        return false
    }
}
