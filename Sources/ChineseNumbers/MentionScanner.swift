import ContractModel

/// Finds and values every money, percentage, date and duration mention in normalized text.
///
/// One pass over the Unicode scalars: a number in figures goes to `scanFigures` (date, percent,
/// money, duration), a Chinese numeral character to `scanChineseRun` (大写 or everyday money,
/// 百分之, Chinese dates, durations); every other scalar is skipped. Then amounts written both in
/// 大写 and in figures are paired (Pairing.swift) and adjacent dates joined into ranges.
/// The scanner accepts raw text too: spaces and line breaks between CJK and digits, full-width
/// digits and punctuation. It never traps on any input and always advances.
public enum MentionScanner {
    public static func scan(_ text: DocumentText) -> Mentions {
        text.scalars.withUnsafeBufferPointer { buf in
            var state = ScanState(buf: buf, text: text)
            state.scanAll()
            state.markPercentRanges()
            return Mentions(amounts: state.pairedAmounts(), percentages: state.percentagesStatedOnce(), dates: state.dates,
                            durations: state.durations, dateRanges: state.dateRanges(),
                            invalid: state.invalid.sorted { $0.span < $1.span })
        }
    }

    /// Convenience for a single page of text.
    public static func scan(_ string: String) -> Mentions { scan(DocumentText(pages: [string])) }
}

extension ScanState {
    mutating func scanAll() {
        var i = 0
        while i < n {
            let c = buf[i].value
            if c < 0x30 || (c > 0x39 && c < 0x3007) {
                i += 1
            } else if NumeralTables.asciiDigit(c) != nil {
                i = max(i + 1, scanFigures(at: i))
            } else if NumeralTables.numeral(c) != nil {
                i = max(i + 1, scanChineseRun(at: i))
            } else {
                i += 1
            }
        }
    }
}
