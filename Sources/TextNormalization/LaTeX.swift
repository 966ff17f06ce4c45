/// LaTeX fragments that converters (OCR-to-markdown tools in particular) leave in contract text:
/// `$\geq 95\%$` → `≥95%`.
enum LaTeX {
    private static let symbols: [String: Unicode.Scalar] = [
        "geq": "\u{2265}", "ge": "\u{2265}", "geqslant": "\u{2265}", "leq": "\u{2264}", "le": "\u{2264}",
        "leqslant": "\u{2264}", "neq": "\u{2260}", "ne": "\u{2260}", "times": "\u{D7}", "div": "\u{F7}",
        "pm": "\u{B1}", "cdot": "\u{B7}", "approx": "\u{2248}", "sim": "~", "circ": "\u{B0}", "degree": "\u{B0}",
        "infty": "\u{221E}", "lt": "<", "gt": ">", "rightarrow": "\u{2192}", "to": "\u{2192}",
        "leftarrow": "\u{2190}", "checkmark": "\u{2713}", "yen": "\u{A5}", "permil": "\u{2030}",
        "ldots": "\u{2026}", "cdots": "\u{22EF}", "quad": " ", "qquad": " ",
    ]
    /// Commands that only wrap their argument: the name goes, the argument stays.
    private static let wrappers: Set<String> = [
        "text", "mathrm", "textrm", "textbf", "mathbf", "rm", "bf", "mbox", "operatorname", "left", "right",
        "displaystyle", "textstyle", "mathit", "textit", "underline", "boldsymbol",
    ]

    /// For a `$` at `i`: the index of the closing `$` on the same line when the content is LaTeX.
    static func mathClose(_ s: [Unicode.Scalar], _ i: Int, _ n: Int) -> Int? {
        var j = i + 1
        var hasCommand = false
        while j < n && j - i < 200 {
            switch s[j].value {
            case 0x24: return hasCommand && j > i + 1 ? j : nil
            case 0x0A, 0x0C: return nil
            case 0x5C, 0x5E, 0x5F, 0x7B: hasCommand = true
            default: break
            }
            j += 1
        }
        return nil
    }

    /// Rewrites math content: commands to symbols, braces, `^`, `_` and spaces dropped.
    static func rewrite(_ input: TracedText, _ range: Range<Int>, into out: inout TracedText, inMath: Bool) {
        let s = input.scalars
        var i = range.lowerBound
        while i < range.upperBound {
            switch s[i].value {
            case 0x5C: i = min(rewriteCommand(input, at: i, into: &out, inMath: true, limit: range.upperBound), range.upperBound)
            case 0x7B, 0x7D, 0x5E, 0x5F, 0x20, 0x7E: i += 1
            default:
                out.append(s[i], from: input.origins[i])
                i += 1
            }
        }
    }

    /// Rewrites the command or escape at `i` (which holds `\`); returns the index after it.
    static func rewriteCommand(_ input: TracedText, at i: Int, into out: inout TracedText, inMath: Bool, limit: Int? = nil) -> Int {
        let s = input.scalars
        let n = limit ?? s.count
        let origin = input.origins[i]
        guard i + 1 < n else {
            out.append(s[i], from: origin)
            return i + 1
        }
        let next = s[i + 1]
        switch next.value {
        case 0x25, 0x24, 0x23, 0x26, 0x5F, 0x7B, 0x7D:  // \% \$ \# \& \_ \{ \}
            out.append(next, from: origin)
            return i + 2
        case 0x2C, 0x3B, 0x21, 0x20, 0x3A:  // \, \; \! \  \:  (spacing)
            if inMath { return i + 2 }
        default: break
        }
        var j = i + 1
        while j < n && s[j].isASCIILetterScalar && j - i < 16 { j += 1 }
        guard j > i + 1 else {
            out.append(s[i], from: origin)
            return i + 1
        }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        if let symbol = symbols[name] {
            out.append(symbol, from: origin)
            return j
        }
        if inMath {
            if !wrappers.contains(name) {
                out.append(from: input, (i + 1)..<j)  // unknown command: keep its name, lose the backslash
            }
            return j
        }
        out.append(s[i], from: origin)  // not LaTeX we know, outside math: leave it
        return i + 1
    }
}
