// `标签：值` pairs on one line: `签订地点：北京市`, `联系电话：010-55573960 邮编：101117`.
// The first label runs from the start of the line (markdown marks and bullets skipped) and may
// hold spaces (`甲 方:`); later labels are the run of non-space scalars before their colon.
// A colon after an ASCII letter or digit (`10:30`, `https:`) separates nothing.

struct LabelPair {
    /// Canonical label text without spaces: `委托人(甲方)`, `甲方`, `联系电话`.
    let key: String
    let labelRange: Range<Int>
    /// Trimmed value range (empty when the label has no value on its line).
    let value: Range<Int>
}

extension ParseContext {
    /// Offset of the first scalar of `line` after spaces, markdown marks (`#`, `*`, `>`) and list
    /// bullets (`- `, `• `).
    func contentStart(of line: Range<Int>) -> Int {
        var i = line.lowerBound
        while i < line.upperBound {
            let c = s[i].canonical
            if c.isInlineSpace || c == "#" || c == "*" || c == ">" || c == "\u{2022}" || c == "\u{25CF}" { i += 1; continue }
            if c == "-" && i + 1 < line.upperBound && s[i + 1].isInlineSpace { i += 2; continue }
            break
        }
        return i
    }

    func labelPairs(in line: Range<Int>) -> [LabelPair] {
        let start = contentStart(of: line)
        if !s[start..<line.upperBound].contains(where: { $0.canonical == ":" }) { return cellPairs(in: line) }
        var colons: [Int] = []
        for i in start..<line.upperBound where s[i].canonical == ":" {
            // Skip colons after ASCII alphanumerics (times, URLs), except `X方:` style CJK labels.
            var j = i - 1
            while j >= start && s[j].isInlineSpace { j -= 1 }
            if j >= start, s[j].isASCII, s[j].properties.isAlphabetic || s[j].isASCIIDigit,
               ParseContext.englishLabel(key(start..<i)) == nil { continue }
            colons.append(i)
        }
        guard !colons.isEmpty else { return [] }
        var labels: [Range<Int>] = []
        for (n, colon) in colons.enumerated() {
            if n == 0 {
                labels.append(start..<colon)
            } else {
                // The run of label scalars (not spaces, ASCII letters/digits or punctuation) before
                // the colon: `010-55573960邮编:` (spaces removed by normalization) labels `邮编`.
                var hi = colon
                while hi > start && s[hi - 1].isInlineSpace { hi -= 1 }
                var lo = hi
                while lo > start && ParseContext.isLabelScalar(s[lo - 1]) { lo -= 1 }
                // A role mark closes the value before (`长沙市档案馆(甲方)中标供应商(全称)：`).
                if let mark = (lo..<max(lo, hi - 1)).last(where: { s[$0].canonical == ")" && $0 > lo && s[$0 - 1] == "方" }) {
                    lo = mark + 1
                }
                labels.append(lo..<hi)
            }
        }
        var valid: [(label: Range<Int>, colon: Int)] = []
        for (n, colon) in colons.enumerated() {
            var label = labels[n]
            guard !label.isEmpty else { continue }
            // A later label must be preceded by a separator; else only a known label ending at the
            // colon counts (lines joined by normalization: `…事务中心地址：…法定代表人：…`).
            // The first label may follow a title on the same line (`…合同协议书政府采购合同编号：`).
            if n > 0 && label.lowerBound > start && !ParseContext.separatesLabel(s[label.lowerBound - 1]) || label.count > 20 {
                guard let known = knownLabel(endingAt: label.upperBound, from: label.lowerBound) else { continue }
                label = known
            }
            if let last = valid.last, label.lowerBound <= last.colon { continue }
            valid.append((label, colon))
        }
        var pairs: [LabelPair] = []
        for (n, item) in valid.enumerated() {
            let valueEnd = n + 1 < valid.count ? valid[n + 1].label.lowerBound : line.upperBound
            pairs.append(LabelPair(key: ParseContext.englishLabel(key(item.label)) ?? key(item.label), labelRange: item.label,
                                   value: trimmed(item.colon + 1..<max(item.colon + 1, valueEnd))))
        }
        return pairs
    }

    /// `乙方(供方)⇥西安某公司`, `签订日期⇥2024年3月1日`: a table row whose cells alternate a known label
    /// and its value, with no colon (a label in one cell, its value in the next).
    func cellPairs(in line: Range<Int>) -> [LabelPair] {
        guard s[line].contains("\t") else { return [] }
        let cells = cells(of: line)
        var pairs: [LabelPair] = []
        var n = 0
        while n + 1 < cells.count {
            let k = key(cells[n])
            guard !cells[n].isEmpty, ParseContext.knownLabels.contains(k) || PartyVocabulary.side(ofLabel: k) != nil else { break }
            pairs.append(LabelPair(key: k, labelRange: cells[n], value: cells[n + 1]))
            n += 2
        }
        return pairs
    }

    /// The Chinese label a bilingual or English label stands for: `甲方/PartyA` → `甲方`, `PartyA` → `甲方`,
    /// `Lessor(PartyA)` → `出租方`; nil for any other key.
    static func englishLabel(_ key: String) -> String? {
        if let slash = key.firstIndex(of: "/"), key[..<slash].unicodeScalars.contains(where: { !$0.isASCII }),
           key[key.index(after: slash)...].unicodeScalars.allSatisfy(\.isASCII), !key[key.index(after: slash)...].isEmpty {
            return String(key[..<slash])
        }
        guard key.unicodeScalars.allSatisfy(\.isASCII), key.unicodeScalars.contains(where: \.properties.isAlphabetic) else { return nil }
        let lower = key.lowercased()
        if let label = Vocabulary.englishLabels[lower] { return label }
        // `Lessor(PartyA)`: the word outside the brackets, else the one inside.
        if let open = lower.firstIndex(of: "("), lower.hasSuffix(")") {
            return Vocabulary.englishLabels[String(lower[..<open])]
                ?? Vocabulary.englishLabels[String(lower[lower.index(after: open)..<lower.index(before: lower.endIndex)])]
        }
        return nil
    }

    /// A role word and one of its details run together (`采购人地址`, `甲方联系电话`).
    static func isRoleDetail(_ key: String) -> Bool {
        PartyVocabulary.details.keys.contains { detail in
            key.hasSuffix(detail) && key.count > detail.count && PartyVocabulary.roles[String(key.dropLast(detail.count))] != nil
        }
    }

    /// Labels the rules know (fields, party roles, party details), for splitting run-together lines.
    static let knownLabels: Set<String> = Set(LabeledFieldRules.labels.keys)
        .union(LabeledFieldRules.signatureDateLabels)
        .union(PartyVocabulary.details.keys)
        .union(PartyVocabulary.roles.keys.filter { $0.count >= 2 })
    static let knownLabelLengths: ClosedRange<Int> = 2...12

    /// The longest known label that ends at `end` and starts at or after `lower`.
    func knownLabel(endingAt end: Int, from lower: Int) -> Range<Int>? {
        for length in ParseContext.knownLabelLengths.reversed() where end - length >= lower {
            let r = end - length..<end
            let k = key(r)
            // A known label, a role with its other name (`乙方(供方)`), or a role's detail (`采购人地址`, `乙方联系电话`).
            if ParseContext.knownLabels.contains(k) || (k.hasSuffix(")") && PartyVocabulary.side(ofLabel: k, anyRoleWord: false) != nil)
                || ParseContext.isRoleDetail(k) { return r }
        }
        return nil
    }

    static func isLabelScalar(_ c: Unicode.Scalar) -> Bool {
        let k = c.canonical
        if k.isInlineSpace || k.isLineBreak { return false }
        if k.isASCII { return k == "(" || k == ")" }
        return !(k == "\u{3001}" || k == "\u{3002}" || k == "\u{FF1B}")
    }

    /// What may precede a later label of any wording: a space or a clause separator. After
    /// anything else (`010-55573960邮编：`) only a known label counts.
    static func separatesLabel(_ c: Unicode.Scalar) -> Bool {
        let k = c.canonical
        if k.isInlineSpace { return true }
        if k.isASCII { return k == "," || k == ";" || k == ")" }
        return k == "\u{3001}" || k == "\u{3002}"
    }

    /// Canonical text of `r` without spaces.
    func key(_ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for c in s[r] where !c.isInlineSpace { v.append(c.canonical) }
        return String(v)
    }

    /// Cells of a tab-separated table row (trimmed, empty cells kept).
    func cells(of line: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = line.lowerBound
        for i in line where s[i] == "\t" {
            result.append(trimmed(start..<i))
            start = i + 1
        }
        result.append(trimmed(start..<line.upperBound))
        return result
    }
}
