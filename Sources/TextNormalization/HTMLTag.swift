/// HTML left in text by converters (`<p>…</p>` inside table cells, `<br>`, check boxes), and a few
/// character entities.
enum HTMLTag {
    enum Replacement { case none, space, scalar(Unicode.Scalar) }

    struct Tag {
        var end: Int
        var replacement: Replacement
    }

    private static let blockTags: Set<String> = [
        "p", "br", "div", "li", "ol", "ul", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "h1", "h2", "h3",
        "h4", "h5", "h6", "hr", "dl", "dt", "dd", "blockquote", "pre", "section", "caption",
    ]
    private static let inlineTags: Set<String> = [
        "b", "i", "u", "s", "em", "strong", "span", "font", "sup", "sub", "a", "small", "big", "center", "mark",
        "del", "ins", "strike", "code", "img", "colgroup", "col", "label",
    ]

    /// A known tag starting at `i` (which holds `<`), at most 300 scalars long.
    static func parse(_ s: [Unicode.Scalar], _ i: Int, _ n: Int) -> Tag? {
        var j = i + 1
        if j < n && s[j].value == 0x2F { j += 1 }  // </
        let nameStart = j
        while j < n && s[j].isASCIIAlnumScalar && j - nameStart < 12 { j += 1 }
        guard j > nameStart, s[nameStart].isASCIILetterScalar, j < n else { return nil }
        var name = ""
        for k in nameStart..<j { name.unicodeScalars.append(Unicode.Scalar(s[k].value | 0x20)!) }
        let isBlock = blockTags.contains(name)
        guard isBlock || inlineTags.contains(name) || name == "input" else { return nil }
        // Attributes up to '>'. A wrapped line may cut a tag (`<ol style="list-style-type:` / `none">`):
        // one line break inside is allowed, a page break or a second line break is not.
        let v = s[j].value
        guard v == 0x3E || v == 0x2F || v == 0x20 || v == 0x0A else { return nil }
        let attributesStart = j
        var lineBreaks = 0
        while j < n && s[j].value != 0x3E {
            let c = s[j].value
            if c == 0x0A { lineBreaks += 1 }
            if lineBreaks > 1 || c == 0x0C || c == 0x3C || j - i > 300 { return nil }
            j += 1
        }
        guard j < n else { return nil }
        let end = j + 1
        if name == "input" {
            let attributes = String(String.UnicodeScalarView(s[attributesStart..<j]))
            guard attributes.contains("checkbox") else { return Tag(end: end, replacement: .none) }
            return Tag(end: end, replacement: .scalar(attributes.contains("checked") ? "\u{2611}" : "\u{2610}"))
        }
        return Tag(end: end, replacement: isBlock ? .space : .none)
    }

    private static let entities: [String: Unicode.Scalar] = [
        "nbsp": " ", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ensp": " ", "emsp": " ", "middot": "\u{B7}",
        "times": "\u{D7}", "yen": "\u{A5}", "le": "\u{2264}", "ge": "\u{2265}", "plusmn": "\u{B1}",
    ]

    /// An entity at `i` (which holds `&`): the scalar it stands for and the index after `;`.
    static func entity(_ s: [Unicode.Scalar], _ i: Int, _ n: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        guard j < n else { return nil }
        if s[j].value == 0x23 {  // &#123; &#x7B;
            j += 1
            var hex = false
            if j < n && (s[j].value | 0x20) == 0x78 { hex = true; j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n && j - digitsStart < 7 {
                let c = s[j].value
                if c &- 0x30 < 10 { value = value * (hex ? 16 : 10) + (c - 0x30) }
                else if hex && (c | 0x20) &- 0x61 < 6 { value = value * 16 + ((c | 0x20) - 0x61 + 10) }
                else { break }
                j += 1
            }
            guard j > digitsStart, j < n, s[j].value == 0x3B, let scalar = Unicode.Scalar(value),
                  value >= 0x20, !(0xE000...0xF8FF).contains(value)
            else { return nil }
            // Folded like any other scalar (`&#65297;` is a full-width `１`).
            guard let folded = CharacterFolding.fold(scalar.value), folded.value >= 0x20 else { return nil }
            return (folded, j + 1)
        }
        let nameStart = j
        while j < n && s[j].isASCIILetterScalar && j - nameStart < 8 { j += 1 }
        guard j > nameStart, j < n, s[j].value == 0x3B else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<j]))
        if name == "amp" {
            // "&amp;lt;" is an escaped entity: decoding it twice would not be idempotent; keep it.
            if entity(s, j, n) != nil { return nil }  // what follows "&amp;" parses as an entity (s[j] is ";")
            return ("&", j + 1)
        }
        guard let scalar = entities[name] else { return nil }
        return (scalar, j + 1)
    }
}
