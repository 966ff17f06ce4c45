/// Just enough of Unicode line breaking (UAX #14) to tell how wide the first unbreakable chunk of
/// a line is: the piece that did not fit on the line above when the text wrapped.
enum LineBreaks {
    /// Width from the fragment's left edge to the end of its first chunk: one ideograph with the
    /// closing punctuation glued to it (kinsoku), or a Latin word / number, or a quoted run.
    static func leadingChunkWidth(of fragment: Fragment, in page: PageGlyphs) -> Double {
        let scalars = page.scalars
        var end = fragment.start
        var previous = scalars[end]
        var index = fragment.start + 1
        while index < fragment.end {
            let scalar = scalars[index]
            if Fragments.isBlank(scalar) || breaks(between: previous, and: scalar) { break }
            end = index
            previous = scalar
            index += 1
        }
        return page.boxes[end].x1 - fragment.box.x0
    }

    /// A line may break between `left` and `right`.
    static func breaks(between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
        if isClosing(right) || isQuote(left) || isQuote(right) || isOpening(left) { return false }
        if isWordCharacter(left) && isWordCharacter(right) { return false }
        return true
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2D, 0x2F, 0x5F, 0x40, 0x23, 0x26, 0x2B, 0x3D, 0xC0...0x24F:
            return true
        default:
            return false
        }
    }

    /// Punctuation that may not start a line.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "，", "。", "、", "；", "：", "？", "！", "）", "】", "》",
             "」", "』", "〉", "〕", "％", "…", "—", "·", "・", "～":
            return true
        default:
            return false
        }
    }

    /// Punctuation that may not end a line.
    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "（", "【", "《", "「", "『", "〈", "〔", "￥", "$", "¥":
            return true
        default:
            return false
        }
    }

    /// Quotation marks: UAX #14 breaks neither before nor after them.
    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "”", "‘", "’":
            return true
        default:
            return false
        }
    }
}
