/// Table borders in Tesseract's text. Tesseract reads a vertical cell border as a bar, often with a
/// quotation mark it invents beside it (`序号“|服务项目`, `-网页|天融信`, `法定代表|仲恺` on the Corpus
/// scans). A bar has no other use in a Chinese contract (none of the seed contracts contains one), so
/// on an OCR page a bar is a cell border: it becomes the cell separator the text layer would give
/// (a tab), and a quotation mark touching it goes with it. Erasing the borders from the image before
/// OCR was tried and measured worse: Tesseract's layout analysis needs them to keep cells apart.
enum CellBorders {
    static let bars: Set<Unicode.Scalar> = ["|", "｜", "丨", "¦"]
    static let quotes: Set<Unicode.Scalar> = ["“", "”", "\"", "‘", "’", "'"]

    /// The text of one OCR word split at its borders: the non-empty pieces between them, and whether
    /// a border opened or closed the word.
    static func split(_ word: String) -> (parts: [String], startsWithBorder: Bool, endsWithBorder: Bool) {
        let scalars = Array(word.unicodeScalars)
        guard scalars.contains(where: { bars.contains($0) }) else { return ([word], false, false) }
        // Mark each bar and the quotation marks directly beside it.
        var border = [Bool](repeating: false, count: scalars.count)
        for i in scalars.indices where bars.contains(scalars[i]) {
            border[i] = true
            var j = i - 1
            while j >= 0, quotes.contains(scalars[j]) { border[j] = true; j -= 1 }
            j = i + 1
            while j < scalars.count, quotes.contains(scalars[j]) { border[j] = true; j += 1 }
        }
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for i in scalars.indices {
            if border[i] {
                if !current.isEmpty { parts.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalars[i])
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        return (parts, border.first ?? false, border.last ?? false)
    }
}
