import ContractModel

/// Repairs OCR confusions in 大写 amounts (仟↔什, 贰↔吉/武, 壹↔喜/查, 叁↔参, ¥↔羊/半 …) on OCR'd
/// pages, and only where it is safe:
/// - only inside a money pattern: a run of Han characters ending in 元/圆 (+整/正) directly followed by
///   figures in parentheses, `…元整(¥4,715,000.00元)`;
/// - only when the figures' own 大写 spelling (`UppercaseRenderer`) has exactly the run's length, every
///   character that differs is *not* a numeral or unit character in the OCR text (so a real 伍 is
///   never overwritten by 肆: that mismatch stays for `uppercase_figures_mismatch` to report), and at
///   least half the characters already agree;
/// - the parenthesis and currency sign as OCR read them (`〈Y#4,715,000.00元)`, `(至2,829,000.00元)`, even
///   `(84,448,113.21元)` where 8 is the sign) become `(¥` only when the 大写 agrees with the figures;
/// - one character replaced by one character, so every offset and span stays valid.
/// Every repair is returned as a warning with both readings; nothing is changed silently.
public enum NumeralRepair {
    /// Characters a 大写 amount is made of; OCR output of these is trusted, never overwritten.
    static let numeralCharacters: Set<Unicode.Scalar> = Set("零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正貳參陸萬億圓两一二三四五六七八九十百千".unicodeScalars)
    /// Han characters OCR makes of the currency sign before the figures (seen on the Corpus scans);
    /// any non-Han scalar there (`Y`, `#`, `f`) is taken as a misread sign too, Han text never.
    static let currencySignConfusions: Set<Unicode.Scalar> = ["羊", "半", "辛", "至", "儿", "双", "对"]

    public struct Repair: Sendable, Hashable {
        public var span: Span
        public var original: String
        public var repaired: String
        public var figures: String
    }

    /// Repairs amounts on the given 1-based pages; returns the text (same length) and the repairs.
    public static func repair(_ text: DocumentText, pages: Set<Int>) -> (text: DocumentText, repairs: [Repair]) {
        guard !pages.isEmpty else { return (text, []) }
        var scalars = text.scalars
        var repairs: [Repair] = []
        var i = 0
        while i < scalars.count {
            guard Figures.openings.contains(scalars[i]), pages.contains(text.pageNumber(at: i)) else { i += 1; continue }
            // The figures as read; else with their first digit taken as a misread currency sign.
            var accepted: (figures: Figures.Match, amount: AmountCheck)?
            for leadingDigitIsSign in [false, true] {
                guard let figures = Figures.read(scalars, from: i + 1, leadingDigitIsSign: leadingDigitIsSign) else { continue }
                let check = checkAmount(scalars, openParen: i, figures: figures)
                if check != .disagrees { accepted = (figures, check); break }
            }
            guard let (figures, check) = accepted else { i += 1; continue }
            if case .repairable(let positions, let target) = check {
                let original = String(String.UnicodeScalarView(positions.map { scalars[$0] }))
                for (offset, position) in positions.enumerated() { scalars[position] = target[offset] }
                repairs.append(Repair(span: text.span(positions.first!, positions.last! + 1), original: original,
                                      repaired: String(String.UnicodeScalarView(target)), figures: figures.text))
            }
            // The parenthesis and the sign as OCR read them, once the amount agrees: `〈Y#4,715,000.00` → `(¥ 4,715,000.00`.
            let signRange = figures.signIndex.map { $0..<($0 + figures.signLength) }
            let parenIsMisread = scalars[i] != "(" && scalars[i] != "（"
            let signIsMisread = signRange.map { !($0.count == 1 && (scalars[$0.lowerBound] == "¥" || scalars[$0.lowerBound] == "￥")) } ?? false
            if parenIsMisread || signIsMisread {
                let end = signRange?.upperBound ?? (i + 1)
                let original = String(String.UnicodeScalarView(scalars[i..<end]))
                if parenIsMisread { scalars[i] = "(" }
                if signIsMisread, let range = signRange {
                    scalars[range.lowerBound] = "¥"
                    for extra in range.dropFirst() { scalars[extra] = " " }
                }
                repairs.append(Repair(span: text.span(i, end), original: original,
                                      repaired: String(String.UnicodeScalarView(scalars[i..<end])), figures: figures.text))
            }
            i = figures.end
        }
        repairs += repairFiguresFirst(&scalars, text: text, pages: pages)
        var pagesText: [String] = []
        for (index, start) in text.pageStarts.enumerated() {
            let end = index + 1 < text.pageStarts.count ? text.pageStarts[index + 1] - 1 : scalars.count
            pagesText.append(String(String.UnicodeScalarView(scalars[start..<end])))
        }
        return (DocumentText(pages: pagesText), repairs)
    }

    /// The warning a repair is reported as.
    public static func warning(_ repair: Repair) -> ExtractionWarning {
        ExtractionWarning(.ocrRepair, page: repair.span.page,
                          "OCR 读作「\(repair.original)」，与小写金额 \(repair.figures) 对照修正为「\(repair.repaired)」")
    }

    enum AmountCheck: Equatable {
        /// The 大写 before the parenthesis spells the figures exactly.
        case agrees
        /// It does after replacing the (non-numeral) characters at `positions` with `target`.
        case repairable(positions: [Int], target: [Unicode.Scalar])
        case disagrees
    }

    /// Compares the Han run before the parenthesis with the figures' own 大写 spelling.
    static func checkAmount(_ scalars: [Unicode.Scalar], openParen: Int, figures: Figures.Match) -> AmountCheck {
        // Han characters before the parenthesis, skipping whitespace (OCR lines wrap inside amounts).
        var positions: [Int] = []
        var k = openParen - 1
        while k >= 0, positions.count < 40 {
            let s = scalars[k]
            if s == " " || s == "\n" || s == "\t" || s == DocumentText.pageSeparator { k -= 1; continue }
            guard s.properties.isIdeographic else { break }
            positions.append(k)
            k -= 1
        }
        positions.reverse()
        guard let expected = UppercaseRenderer.render(figures.value) else { return .disagrees }
        var target = Array(expected.unicodeScalars)
        // The OCR run may end with 元 (no 整) where the canonical form has 元整.
        if let last = positions.last, scalars[last] != "整" && scalars[last] != "正", target.last == "整" { target.removeLast() }
        guard positions.count >= target.count, target.count >= 3 else { return .disagrees }
        let candidate = Array(positions.suffix(target.count))
        var differing = 0
        for (offset, position) in candidate.enumerated() where scalars[position] != target[offset] {
            // A numeral the OCR did read is trusted: never overwrite it.
            if numeralCharacters.contains(scalars[position]) { return .disagrees }
            differing += 1
        }
        // The amount must start here: the character before it is not a numeral (no partial amounts).
        if candidate.count < positions.count, numeralCharacters.contains(scalars[positions[positions.count - candidate.count - 1]]) {
            return .disagrees
        }
        if differing == 0 { return .agrees }
        guard differing * 2 <= target.count else { return .disagrees }
        return .repairable(positions: candidate, target: target)
    }
}
