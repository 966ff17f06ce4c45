/// Stage 2: what document converters leave behind in the text.
///
/// - Markdown: heading marks at the start of a line (`## 三、付款方式` → `三、付款方式`), bold marks
///   `**投标无效**` → `投标无效` (exactly two asterisks: `****` masking digits stays, `7*24` stays), and
///   `__bold__` pairs on one line (fill-in blanks `______` stay).
/// - HTML: tags of a known set (`<p>`, `</td>`, `<br/>`, `<ol style="…">` …) are removed; block tags
///   leave one space where they stood (spacing then removes it next to Chinese text), inline tags leave
///   nothing; check boxes become `☐` / `☑`. `&nbsp; &lt; &gt; &quot; &#…;` and `&amp;` are decoded.
///   A `<` that does not open a known tag (`延迟<2小时`) stays.
/// - LaTeX: `$…$` on one line whose content holds a command (`\`, `^`, `_`, `{`) is rewritten without
///   delimiters, braces or spaces: `$\geq 95\%$` → `≥95%`, `$\leq 5\%$` → `≤5%`. Outside math, the
///   known commands and escapes are rewritten too (`\%` → `%`, `\times` → `×`). A lone `$` stays.
enum MarkupCleanup {
    static func apply(_ input: TracedText) -> TracedText {
        let s = input.scalars
        let n = s.count
        var out = TracedText(reservingCapacity: n)
        var i = 0
        var lineStart = true
        while i < n {
            if lineStart {
                lineStart = false
                if let end = headingMarksEnd(s, i, n) {
                    i = end
                    continue
                }
            }
            // Copy the plain run up to the next character markup could start with, in one go.
            var j = i
            while j < n && !isSpecial(s[j].value) { j += 1 }
            if j > i {
                out.append(from: input, i..<j)
                i = j
                if i == n { break }
            }
            let v = s[i].value
            switch v {
            case 0x0A, 0x0C:
                lineStart = true
                out.append(s[i], from: input.origins[i])
                i += 1
            case 0x2A:  // *
                var j = i
                while j < n && s[j].value == 0x2A { j += 1 }
                if j - i != 2 { out.append(from: input, i..<j) }
                i = j
            case 0x5F:  // _
                if let close = underscorePairClose(s, i, n) {
                    out.append(from: input, (i + 2)..<close)
                    i = close + 2
                } else {
                    var j = i
                    while j < n && s[j].value == 0x5F { j += 1 }
                    out.append(from: input, i..<j)
                    i = j
                }
            case 0x3C:  // <
                if let tag = HTMLTag.parse(s, i, n) {
                    switch tag.replacement {
                    case .none: break
                    case .space:
                        if let last = out.scalars.last, last.value != 0x20, last.value != 0x0A, last.value != 0x09, last.value != 0x0C {
                            out.append(" ", from: input.origins[i])
                        }
                    case .scalar(let r): out.append(r, from: input.origins[i])
                    }
                    i = tag.end
                } else {
                    out.append(s[i], from: input.origins[i])
                    i += 1
                }
            case 0x26:  // &
                if let (scalar, end) = HTMLTag.entity(s, i, n) {
                    out.append(scalar, from: input.origins[i])
                    i = end
                } else {
                    out.append(s[i], from: input.origins[i])
                    i += 1
                }
            case 0x24:  // $
                if let close = LaTeX.mathClose(s, i, n) {
                    LaTeX.rewrite(input, (i + 1)..<close, into: &out, inMath: true)
                    i = close + 1
                } else {
                    out.append(s[i], from: input.origins[i])
                    i += 1
                }
            case 0x5C:  // \
                i = LaTeX.rewriteCommand(input, at: i, into: &out, inMath: false)
            default:
                out.append(s[i], from: input.origins[i])
                i += 1
            }
        }
        return out
    }

    /// Line breaks and the characters markup starts with: * _ < & $ \\
    @inline(__always)
    private static func isSpecial(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0C, 0x2A, 0x5F, 0x3C, 0x26, 0x24, 0x5C: return true
        default: return false
        }
    }

    /// `#`…`######` then at least one space, at the start of a line (after indentation).
    private static func headingMarksEnd(_ s: [Unicode.Scalar], _ start: Int, _ n: Int) -> Int? {
        var i = start
        while i < n && s[i].isSpaceScalar { i += 1 }
        let marks = i
        while i < n && s[i].value == 0x23 { i += 1 }
        let count = i - marks
        guard count >= 1, count <= 6, i < n, s[i].isSpaceScalar else { return nil }
        while i < n && s[i].isSpaceScalar { i += 1 }
        return i
    }

    /// For `__x__` at `i` (exactly two underscores each side, non-space inside, one line): the index of
    /// the closing pair.
    private static func underscorePairClose(_ s: [Unicode.Scalar], _ i: Int, _ n: Int) -> Int? {
        guard i + 4 < n, s[i + 1].value == 0x5F, s[i + 2].value != 0x5F, !s[i + 2].isSpaceScalar else { return nil }
        if i > 0 && s[i - 1].value == 0x5F { return nil }
        var j = i + 2
        while j + 1 < n && j - i < 200 {
            let v = s[j].value
            if v == 0x0A || v == 0x0C { return nil }
            if v == 0x5F {
                guard s[j + 1].value == 0x5F, !s[j - 1].isSpaceScalar else { return nil }
                if j + 2 < n && s[j + 2].value == 0x5F { return nil }
                return j
            }
            j += 1
        }
        return nil
    }
}
