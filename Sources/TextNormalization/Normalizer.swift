import ContractModel

/// Raw extracted pages → the normalized text that `hetong extract` prints, with an exact offset map
/// back to the raw text.
///
/// The stages, in order, each a file of its own, each reading and writing a `TracedText` (scalars
/// plus the raw offset each came from):
/// 1. `CharacterFolding`: line ends, invisible characters, Unicode spaces, private-use bullet glyphs,
///    full-width forms (the folding rule is documented there: full-width ASCII folds, `，：；！？` stay).
/// 2. `MarkupCleanup`: markdown marks, HTML tags and entities, LaTeX fragments (after `PinyinAnnotations`: a web
///    page's pinyin after characters, `質(zhì)保金`, dropped).
/// 3. `Spacing`: the blanks extraction puts around Chinese text; tabs are never touched.
/// 4. `PageFurniture`: running headers/footers and page numbers.
/// 5. `LineJoining`: lines wrapped mid-sentence joined, also across a page break; blank lines collapsed.
///    Markup cleanup and spacing run again when the joined text may hold markup a line break had cut.
/// 6. `DigitSeparators`: `，` and `：` between digits folded (`1，234` → `1,234`).
/// 7. `FormFields`: values a filled-in form split across cells joined (`2020⇥年⇥2⇥月` → `2020年2月`).
/// 8. `FillMarks`: a form's fill marks around a filled figure dropped (`【2019】年【7】月` → `2019年7月`).
///
/// Stages 2–8 run again until the text no longer changes (usually one extra pass): so normalization
/// is idempotent, normalizing the pages of a normalized text gives the same text.
/// Pages stay pages: the output has exactly as many pages as the input, separated by one `"\u{0C}"`.
public enum Normalizer {
    public static func normalize(_ document: ExtractedDocument) -> NormalizedDocument {
        normalize(pages: document.pages.map(\.text))
    }

    public static func normalize(pages: [String]) -> NormalizedDocument {
        let raw = rawText(pages)
        var text = pass(CharacterFolding.fold(raw), rawEnd: max(raw.count - 1, 0))
        // Run to a fixed point, so that normalizing the output again changes nothing: joining lines
        // changes the widths the margins are read from, and removing a header uncovers the next line.
        for _ in 0..<maximumPasses {
            let again = pass(text, rawEnd: max(raw.count - 1, 0))
            if again.scalars == text.scalars { break }
            text = again
        }
        var starts = [0]
        for (i, s) in text.scalars.enumerated() where s.value == 0x0C { starts.append(i + 1) }
        return NormalizedDocument(text: DocumentText(scalars: text.scalars, pageStarts: starts), raw: raw, origins: text.origins)
    }

    /// Passes after the first, at most: text that has not settled by then is returned as it is.
    static let maximumPasses = 4

    /// Stages 2–8 over folded text.
    static func pass(_ folded: TracedText, rawEnd: Int) -> TracedText {
        var text = MarkupCleanup.apply(PinyinAnnotations.drop(folded))
        text = Spacing.apply(text)
        var pageLines = PageLines.split(text)
        PageFurniture.remove(text, &pageLines)
        text = LineJoining.apply(text, pageLines, rawEnd: rawEnd)
        // Markup that a line break had cut in two (`</` / `p>`) is whole again after joining.
        if joinedMarkup(text) {
            text = MarkupCleanup.apply(text)
            text = Spacing.apply(text)
        }
        DigitSeparators.fold(&text)
        text = FormFields.join(text)
        text = FillMarks.drop(text)
        return text
    }

    /// Normalizes one page of text on its own (a convenience for tests and tools).
    public static func normalize(_ text: String) -> String {
        normalize(pages: [text]).text.string
    }

    /// Whether the joined text may still hold markup (`<` before a letter or `/`, `$`, `\\`, `**`, `&`
    /// before a letter or `#`, `__` before a letter): a cheap test, usually false.
    private static func joinedMarkup(_ text: TracedText) -> Bool {
        let s = text.scalars
        var i = 0
        let n = s.count
        while i < n - 1 {
            let next = s[i + 1]
            switch s[i].value {
            case 0x3C: if next.isASCIILetterScalar || next.value == 0x2F { return true }
            case 0x26: if next.isASCIILetterScalar || next.value == 0x23 { return true }
            case 0x24, 0x5C: return true
            case 0x2A: if next.value == 0x2A { return true }
            case 0x5F: if next.value == 0x5F, i + 2 < n, s[i + 2].value != 0x5F, i == 0 || s[i - 1].value != 0x5F { return true }
            default: break
            }
            i += 1
        }
        return false
    }

    /// The raw pages joined by form feeds, as `DocumentText(pages:)` would build them, decoded once.
    static func rawText(_ pages: [String]) -> DocumentText {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(pages.reduce(0) { $0 + $1.utf8.count } + pages.count)
        var starts: [Int] = []
        for (index, page) in pages.enumerated() {
            if index > 0 { scalars.append(DocumentText.pageSeparator) }
            starts.append(scalars.count)
            for scalar in page.unicodeScalars { scalars.append(scalar) }
        }
        if starts.isEmpty { starts = [0] }
        return DocumentText(scalars: scalars, pageStarts: starts)
    }
}
