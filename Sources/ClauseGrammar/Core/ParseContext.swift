import ContractModel

/// Everything a rule reads: the scalars, their layout, the mentions (each list in text order) and
/// helpers to slice them by range. Built once per document; rules never rescan the whole text
/// more than once.
struct ParseContext {
    let text: DocumentText
    let s: [Unicode.Scalar]
    let layout: Layout
    let amounts: [MoneyValue]
    let percents: [PercentValue]
    let dates: [DateValue]
    let durations: [DurationValue]
    let dateRanges: [DateRangeValue]
    /// Ranges of a model contract's general conditions (see `GeneralConditions`), of options left
    /// unticked (see `OptionMarks`) and of a template's examples (see `Examples`): no mention or
    /// keyword there is read.
    let unreadRanges: [Range<Int>]
    /// `标签：值` pairs of every line with a colon, and label⇥value pairs of table rows, by line index
    /// (see `LabelPair`).
    private(set) var labeled: [Int: [LabelPair]] = [:]
    /// Keyword hits per `Anchor`, in text order.
    let anchorHits: [[KeywordSet.Hit]]
    /// Role words this contract gives the other side (`供方：某某公司（以下简称甲方）`: 供方 is 甲方 here), by the
    /// label they head (see `PartyRules.definedRoleSides`).
    private(set) var roleSides: [String: PartyVocabulary.Side] = [:]

    init(_ text: DocumentText, mentions: Mentions) {
        self.text = text
        self.s = text.scalars
        self.layout = Layout(text.scalars)
        // The general conditions of a model contract state defaults, never this contract's values;
        // nor does an option left unticked or a template's example: no rule reads there.
        let unread = GeneralConditions.ranges(text.scalars, lines: layout.lines)
            + OptionMarks.uncheckedRanges(text.scalars, lines: layout.lines)
            + Examples.ranges(text.scalars, lines: layout.lines)
        func isRead(_ offset: Int) -> Bool { !unread.contains { $0.contains(offset) } }
        func kept<T>(_ list: [T], _ span: KeyPath<T, Span>) -> [T] {
            let ordered = ParseContext.ordered(list, span)
            return unread.isEmpty ? ordered : ordered.filter { isRead($0[keyPath: span].start) }
        }
        self.unreadRanges = unread
        self.amounts = kept(mentions.amounts, \.span)
        self.percents = kept(mentions.percentages, \.span)
        self.dates = kept(mentions.dates, \.span)
        self.durations = kept(mentions.durations, \.span)
        self.dateRanges = kept(mentions.dateRanges, \.span)
        let hits = AnchorIndex.shared.hits(in: text.scalars)
        self.anchorHits = unread.isEmpty ? hits : hits.map { list in list.filter { isRead($0.offset) } }
        for (i, line) in layout.lines.enumerated() where s[line].contains(where: { $0 == ":" || $0 == "\u{FF1A}" || $0 == "\t" }) {
            let pairs = labelPairs(in: line)
            if !pairs.isEmpty { labeled[i] = pairs }
        }
        roleSides = PartyRules.definedRoleSides(self)
    }

    /// True inside a range no rule reads (general conditions, an unticked option, an example).
    func isUnread(_ offset: Int) -> Bool { unreadRanges.contains { $0.contains(offset) } }

    /// The label pairs of line `index` (empty when it has none).
    func pairs(ofLine index: Int) -> [LabelPair] { labeled[index] ?? [] }

    private static func ordered<T>(_ list: [T], _ span: KeyPath<T, Span>) -> [T] {
        var sorted = true
        for i in list.indices.dropFirst() where list[i - 1][keyPath: span].start > list[i][keyPath: span].start {
            sorted = false
            break
        }
        return sorted ? list : list.sorted { $0[keyPath: span].start < $1[keyPath: span].start }
    }

    var lines: [Range<Int>] { layout.lines }
    var sentences: [Range<Int>] { layout.sentences }

    // MARK: Ranges

    /// `a..<b`, empty when `b` is before `a` (a mention may straddle a cut sentence).
    @inline(__always) func range(_ a: Int, _ b: Int) -> Range<Int> { a..<Swift.max(a, b) }

    func line(containing offset: Int) -> Range<Int> {
        Layout.index(of: offset, in: layout.lines).map { layout.lines[$0] } ?? (offset..<offset)
    }

    func lineIndex(containing offset: Int) -> Int? { Layout.index(of: offset, in: layout.lines) }

    func sentence(containing offset: Int) -> Range<Int> {
        guard let i = Layout.index(of: offset, in: layout.sentences), layout.sentences[i].contains(offset) else {
            return offset..<offset
        }
        return layout.sentences[i]
    }

    func sentenceIndex(containing offset: Int) -> Int? {
        guard let i = Layout.index(of: offset, in: layout.sentences), layout.sentences[i].contains(offset) else { return nil }
        return i
    }

    /// The sentence containing `offset`, joined with the first sentence of the next line when the
    /// value of a label ends the line (`签约合同价(含税)为：` / `人民币(大写)…`): one labelled field
    /// across two lines.
    func sentenceWithValue(containing offset: Int) -> Range<Int> {
        let sentence = sentence(containing: offset)
        var end = sentence.upperBound
        while end > sentence.lowerBound && s[end - 1].isInlineSpace { end -= 1 }
        guard end > offset else { return sentence }
        // The label ends its line: a colon last, or a short rest that states nothing (`服务期限`).
        let labelOnly = s[end - 1].canonical == ":"
            || (end - offset <= 16 && amounts(in: offset..<end).isEmpty && durations(in: offset..<end).isEmpty
                && dates(in: offset..<end).isEmpty && percents(in: offset..<end).isEmpty)
        guard labelOnly, let li = lineIndex(containing: offset), lines[li].upperBound <= sentence.upperBound,
              li + 1 < lines.count, let next = sentences(in: lines[li + 1]).first else { return sentence }
        return sentence.lowerBound..<next.upperBound
    }

    /// Sentences of one line, in order.
    func sentences(in line: Range<Int>) -> ArraySlice<Range<Int>> {
        let lo = lowerIndex(layout.sentences.count) { layout.sentences[$0].lowerBound >= line.lowerBound }
        let hi = lowerIndex(layout.sentences.count) { layout.sentences[$0].lowerBound >= line.upperBound }
        return layout.sentences[lo..<hi]
    }

    /// The sub-clauses (split at ，, and tabs) of `range`, empty ones dropped.
    func subclauses(of range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where Layout.isSubclauseBreak(s, i) {
            if start < i { result.append(start..<i) }
            start = i + 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    /// The sub-clause of its sentence that contains `offset`.
    func subclause(containing offset: Int) -> Range<Int> {
        let sentence = sentence(containing: offset)
        return subclauses(of: sentence).first { $0.contains(offset) } ?? sentence
    }

    /// Hits of an anchor's keywords starting in `r` (the whole document by default).
    func hits(_ anchor: Anchor, in r: Range<Int>? = nil) -> ArraySlice<KeywordSet.Hit> {
        let list = anchorHits[anchor.rawValue]
        guard let r else { return list[...] }
        let lo = lowerIndex(list.count) { list[$0].offset >= r.lowerBound }
        var hi = lo
        while hi < list.count && list[hi].offset < r.upperBound { hi += 1 }
        return list[lo..<hi]
    }

    /// The keyword text of a hit.
    func word(_ anchor: Anchor, _ hit: KeywordSet.Hit) -> Word { AnchorIndex.sets[anchor]!.words[hit.word] }

    // MARK: Mentions by range (binary search on the start offset)

    func amounts(in r: Range<Int>) -> ArraySlice<MoneyValue> { slice(amounts, \.span, r) }
    func percents(in r: Range<Int>) -> ArraySlice<PercentValue> { slice(percents, \.span, r) }
    func dates(in r: Range<Int>) -> ArraySlice<DateValue> { slice(dates, \.span, r) }
    func durations(in r: Range<Int>) -> ArraySlice<DurationValue> { slice(durations, \.span, r) }
    func dateRanges(in r: Range<Int>) -> ArraySlice<DateRangeValue> { slice(dateRanges, \.span, r) }

    private func slice<T>(_ list: [T], _ span: KeyPath<T, Span>, _ r: Range<Int>) -> ArraySlice<T> {
        let lo = lowerIndex(list.count) { list[$0][keyPath: span].start >= r.lowerBound }
        var hi = lo
        while hi < list.count && list[hi][keyPath: span].start < r.upperBound { hi += 1 }
        return list[lo..<hi]
    }

    /// Smallest index in 0..<count for which `isAtOrAfter` holds (monotone predicate).
    private func lowerIndex(_ count: Int, _ isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    // MARK: Text

    func string(_ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[r])
        return String(v)
    }

    /// `r` without surrounding spaces, line breaks and the punctuation that separates clauses.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && ParseContext.isTrimmable(s[lo]) { lo += 1 }
        while hi > lo && ParseContext.isTrimmable(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    static func isTrimmable(_ c: Unicode.Scalar) -> Bool {
        if c.isInlineSpace || c.isLineBreak { return true }
        switch c.canonical {
        case ",", ";", ":", ".", "*", "#", ">", "|", "\u{3001}", "\u{3002}": return true
        default: return false
        }
    }

    func span(_ r: Range<Int>) -> Span { text.span(r.lowerBound, r.upperBound) }

    /// The trimmed text of `r` as a located value; nil when nothing is left.
    func textValue(_ r: Range<Int>) -> TextValue? {
        let t = trimmed(r)
        guard !t.isEmpty else { return nil }
        return TextValue(value: string(t), span: span(t))
    }
}
