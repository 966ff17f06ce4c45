import ContractModel

/// A numbered line start: `第五条`, `4.2`, `4、`, `四、`, `四 合同价款`, `4.`. Table rows (lines with a
/// tab) are never headings: their numbering belongs to the table; nor are lines that pack several
/// numbered items (`13、提示短信统计14、各区数据统计`: a table cell continued on a new page).
struct Heading: Sendable, Hashable {
    enum Family: Sendable, Hashable { case article, decimal, arabicComma, arabicDot, chineseComma, chineseSpace }
    var family: Family
    /// Number (for `decimal`: the chapter).
    var major: Int
    /// For `decimal` only: the sub-clause number.
    var minor: Int
    /// The marker as written (`4、`, `第五条`, `7.2`).
    var marker: String
    /// The whole line, for quoting.
    var line: String
    var span: Span
    /// The line follows a table row, possibly through lines that continue its cells (no heading,
    /// no sentence end): it may itself be a cell's continuation.
    var afterTableRow = false
}

enum Headings {
    /// Every heading in text order.
    static func scan(_ text: DocumentText) -> [Heading] {
        var result: [Heading] = []
        let s = text.scalars
        var lineStart = 0
        var i = 0
        var inTable = false
        let count = s.count
        var hasTab = false
        while i <= count {
            let v = i == count ? 0x0A : s[i].value
            if v == 0x09 { hasTab = true }
            if v == 0x0A || v == 0x0C {
                let line = s[lineStart..<i]
                defer { hasTab = false }
                if hasTab {
                    inTable = true
                } else if var h = parse(line: line, start: lineStart, text: text) {
                    h.afterTableRow = inTable
                    result.append(h)
                    inTable = false
                } else if let last = line.last(where: { !$0.properties.isWhitespace }), sentenceEnds.contains(last) {
                    inTable = false
                }
                lineStart = i + 1
            }
            i += 1
        }
        return result
    }

    private static func parse(line raw: ArraySlice<Unicode.Scalar>, start: Int, text: DocumentText) -> Heading? {
        var i = raw.startIndex
        while i < raw.endIndex, raw[i] == " " || raw[i] == "\u{3000}" { i += 1 }
        guard i < raw.endIndex else { return nil }
        // Only lines that start with a number (or 第) can be headings.
        let first = raw[i]
        guard first == "第" || isDigit(first) || chineseDigits[first] != nil || first == "十" else { return nil }
        let begin = i
        var end = raw.endIndex
        while end > begin, raw[end - 1] == " " || raw[end - 1] == "\r" || raw[end - 1] == "\u{3000}" { end -= 1 }
        func make(_ f: Heading.Family, _ major: Int, _ minor: Int, _ markerEnd: Int) -> Heading? {
            if f != .article, packsItems(raw[markerEnd..<end]) { return nil }
            let line = String(String.UnicodeScalarView(raw[begin..<end]))
            let span = text.span(start + (begin - raw.startIndex), start + (end - raw.startIndex))
            let marker = String(String.UnicodeScalarView(raw[begin..<markerEnd]))
            return Heading(family: f, major: major, minor: minor, marker: marker, line: line, span: span)
        }
        // The marker, as `ClauseNumber` (the one numbering parser) reads it; what counts as a heading
        // for the numbering checks is decided here.
        let scalars = text.scalars
        guard let n = ClauseNumber.parse(scalars, from: begin, limit: end) else { return nil }
        let after = n.end < end ? scalars[n.end] : nil
        switch n.kind {
        case .article(let unit):
            return unit == "条" ? make(.article, n.major, 0, n.end) : nil
        case .arabic:
            if n.separator == "、" { return make(.arabicComma, n.major, 0, n.end) }
            // `4.` then a Chinese heading (blanks allowed).
            var j = n.end
            while j < end, raw[j] == " " { j += 1 }
            return n.separator != ")" && j < end && isCJK(raw[j]) ? make(.arabicDot, n.major, 0, n.end) : nil
        case .decimal:
            // `4.2` only: a third level (`4.2.1`) or a number (`1.5倍`, `3.5万元`) is not a chapter.sub-clause.
            guard n.numbers.count == 2, n.separator == nil else { return nil }
            if let after, ClauseNumber.isUnitAfterDecimal(after) { return nil }
            return make(.decimal, n.numbers[0], n.numbers[1], n.end)
        case .chinese:
            if n.separator == "、" { return make(.chineseComma, n.major, 0, n.end) }
            if n.separator == nil, end - begin <= 30 { return make(.chineseSpace, n.major, 0, n.end) }
            return nil
        case .parenthesized, .circled, .roman:
            return nil
        }
    }

    /// Another numbered item inside the line: `14、`, `9.停车场`, `二、`.
    private static func packsItems(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = rest.startIndex
        while i < rest.endIndex {
            let c = rest[i]
            let startsNumber = (isDigit(c) || chineseDigits[c] != nil || c == "十")
                && (i == rest.startIndex || !(isDigit(rest[i - 1]) || chineseDigits[rest[i - 1]] != nil || rest[i - 1] == "十" || rest[i - 1] == "."))
            if startsNumber {
                var j = i
                while j < rest.endIndex, isDigit(rest[j]) == isDigit(c), isDigit(c) || chineseDigits[rest[j]] != nil || rest[j] == "十" { j += 1 }
                if j < rest.endIndex, rest[j] == "、" { return true }
                if isDigit(c), j + 1 < rest.endIndex, rest[j] == ".", isCJK(rest[j + 1]) { return true }
                i = j
                continue
            }
            i += 1
        }
        return false
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "！", "？"]


    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isCJK(_ c: Unicode.Scalar) -> Bool { c.value >= 0x4E00 && c.value <= 0x9FFF }

    private static let chineseDigits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
}
