/// Pinyin that web pages put after characters (`質(zhì)保金`, `預(yù)付款`, `價(jià)款`), dropped: the annotation is no
/// part of the text and breaks every keyword it stands in. An annotation is a bracketed syllable of 1 to 6
/// lowercase letters right after a Han character, in a text that holds at least two with tone marks (such a page
/// annotates throughout; elsewhere `(a)` may be an item and `咖啡(café)` a word); then those without a tone mark
/// (`年(nian)`) go too.
enum PinyinAnnotations {
    static let toneMarked: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".unicodeScalars)

    static func drop(_ text: TracedText) -> TracedText {
        let s = text.scalars
        var marked: [Range<Int>] = [], plain: [Range<Int>] = []
        var i = 1
        while i < s.count {
            guard s[i] == "(", s[i - 1].isHanScalar else { i += 1; continue }
            var j = i + 1
            var tone = false
            while j < s.count, j - i <= 7, s[j].value >= 0x61 && s[j].value <= 0x7A || s[j] == "ü" || toneMarked.contains(s[j]) {
                if toneMarked.contains(s[j]) { tone = true }
                j += 1
            }
            if j > i + 1, j - i <= 7, j < s.count, s[j] == ")" {
                if tone { marked.append(i..<j + 1) } else { plain.append(i..<j + 1) }
                i = j + 1
            } else {
                i += 1
            }
        }
        // One tone-marked bracket alone may be a word (`咖啡(café)`): a page that annotates has several.
        guard marked.count >= 2 else { return text }
        let dropped = (marked + plain).sorted { $0.lowerBound < $1.lowerBound }
        guard !dropped.isEmpty else { return text }
        var out = TracedText(reservingCapacity: s.count)
        var k = 0
        for r in dropped {
            out.append(from: text, k..<r.lowerBound)
            k = r.upperBound
        }
        out.append(from: text, k..<s.count)
        return out
    }
}
