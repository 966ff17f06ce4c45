import ContractModel

/// Stage 1, scalar by scalar: line ends, invisible characters, spaces, private-use glyphs and
/// full-width forms.
///
/// **Full-width folding, the rule.** Every full-width form U+FF01–U+FF5E folds to its ASCII twin
/// (`１２３`→`123`, `ＡＢＣ`→`ABC`, `％`→`%`, `（）`→`()`, `．`→`.`, `－`→`-`, `～`→`~`), *except* the five
/// marks that are ordinary Chinese clause punctuation in running text: `，` `：` `；` `！` `？` stay as
/// they are (like 、 and 。, which are not full-width forms at all). The comma and colon between digits
/// are the exception to the exception and fold at the very end (`DigitSeparators`): `１，２３４．５６`
/// → `1,234.56`, `９：３０` → `9:30`. U+FFE0–U+FFE6 fold to their Latin-1 signs (`￥`→`¥`). All other
/// CJK punctuation (U+3000–U+303F: 、。《》「」【】…) is kept, except the ideographic space U+3000,
/// which becomes a plain space like NBSP and the other Unicode spaces.
///
/// Dropped: zero-width characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen, variation selectors),
/// C0/C1 controls other than tab and line ends, and private-use code points (U+E000–U+F8FF and planes
/// 15–16): PDF converters leave bullet glyphs there (U+F0B7, U+F0A7, U+F06C). CRLF, CR, VT, NEL, LS,
/// PS and a form feed inside a page become `"\n"`. Tabs (table cell separators) are kept, always.
enum CharacterFolding {
    static func fold(_ raw: DocumentText) -> TracedText {
        let source = raw.scalars
        var out = TracedText(reservingCapacity: source.count)
        // Offsets of the page separators, in order.
        var separators = raw.pageStarts.dropFirst().map { $0 - 1 }.makeIterator()
        var nextSeparator = separators.next() ?? Int.max
        let n = source.count
        var i = 0
        while i < n {
            let s = source[i]
            let v = s.value
            if i == nextSeparator {
                out.append(s, from: i)
                nextSeparator = separators.next() ?? Int.max
                i += 1
                continue
            }
            if v >= 0x20 && v < 0x7F {
                out.append(s, from: i)
            } else if v >= 0x3400 && v <= 0x9FFF {
                out.append(s, from: i)
            } else if let folded = fold(v) {
                if folded.value == 0x0D {  // CR: CRLF becomes the LF, a lone CR becomes LF
                    if i + 1 < n && source[i + 1].value == 0x0A && i + 1 != nextSeparator {
                        i += 1
                        continue
                    }
                    out.append("\n", from: i)
                } else {
                    out.append(folded, from: i)
                }
            }
            i += 1
        }
        return out
    }

    /// The folded scalar, or nil when the scalar is dropped. CR is returned as CR (handled by caller).
    @inline(__always)
    static func fold(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x09, 0x0A: return Unicode.Scalar(v)
        case 0x0D: return "\r"
        case 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return "\n"
        case 0x00..<0x20, 0x7F..<0xA0: return nil
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0xAD, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0xFE00...0xFE0F: return nil
        case 0xE000...0xF8FF, 0xF0000...0x10FFFF: return nil
        case 0xFF01, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F: return Unicode.Scalar(v)  // ！，：；？ kept
        case 0xFF02...0xFF5E: return Unicode.Scalar(v - 0xFEE0)
        case 0xFFE0: return "\u{A2}"  // ￠
        case 0xFFE1: return "\u{A3}"  // ￡
        case 0xFFE2: return "\u{AC}"  // ￢
        case 0xFFE3: return "\u{AF}"  // ￣
        case 0xFFE4: return "\u{A6}"  // ￤
        case 0xFFE5: return "\u{A5}"  // ￥
        case 0xFFE6: return "\u{20A9}"  // ￦
        default: return Unicode.Scalar(v)
        }
    }
}
