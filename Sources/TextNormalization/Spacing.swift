/// Stage 3, line by line: the spaces extraction puts around Chinese text.
///
/// - Spaces at the start and end of a line and around a tab go (cell padding); **tabs never go**.
/// - A run of spaces with a Chinese character (see `isCJKSpacingScalar`) on either side goes:
///   `2022 年 7 月 12 日` → `2022年7月12日`, `起 12 个月` → `起12个月`, `(¥4,715,000.00 元)` →
///   `(¥4,715,000.00元)`, `人民币 贰佰` → `人民币贰佰`, and between two Chinese characters too
///   (`伍仟元 整` → `伍仟元整`): a blank inside Chinese running text is never a word separator.
/// - Between two non-Chinese characters a run of spaces becomes one space: `Windows Server 2019`,
///   `TI-LINUX 10`, `7 × 24` keep their blanks; digit–digit and Latin–Latin blanks stay. Except a sign
///   and its number, which are never apart: `¥ 4,715.00` → `¥4,715.00`, `≥ 99.9 %` → `≥99.9%`.
/// - The blank after a clause number at the start of a line stays (one space): `1.1 甲、乙双方`,
///   `一 合同说明条款`, `第一条 合同标的`, `- (1) 数据库` (see `ItemStart`).
enum Spacing {
    static func apply(_ input: TracedText) -> TracedText {
        let s = input.scalars
        let n = s.count
        var out = TracedText(reservingCapacity: n)
        var i = 0
        var atLineStart = true
        var keepSpaceAt = -1  // index where one space after a clause number is kept
        while i < n {
            let c = s[i]
            let v = c.value
            if atLineStart {
                // Skip the indentation, find a clause number at the start of the line.
                while i < n && s[i].isSpaceScalar { i += 1 }
                atLineStart = false
                keepSpaceAt = -1
                if i < n {
                    // Clause numbers are short: look at the first 64 scalars of the line at most.
                    var end = i
                    let limit = min(n, i + 64)
                    while end < limit && s[end].value != 0x0A && s[end].value != 0x0C { end += 1 }
                    if let m = ItemStart.match(s, i, end), let numberEnd = m.numberEnd {
                        // No blank after 、 or a circled number (①应用系统运维), as Chinese typesetting has it.
                        let last = s[numberEnd - 1].value
                        keepSpaceAt = last == 0x3001 || (0x2460...0x24FF).contains(last) ? -1 : numberEnd
                        // A bullet followed by a number: the space after the bullet stays as well.
                        var j = i
                        while j < numberEnd {
                            if s[j].isSpaceScalar {
                                // Copy up to the space; keep one space after a bullet, none inside "第 3 条".
                                out.append(from: input, i..<j)
                                let before = s[j - 1]
                                if !before.isHanScalar && !before.isASCIIDigitScalar {
                                    out.append(" ", from: input.origins[j])
                                }
                                while j < numberEnd && s[j].isSpaceScalar { j += 1 }
                                i = j
                                continue
                            }
                            j += 1
                        }
                    }
                }
                continue
            }
            if v != 0x20 && v != 0x0A && v != 0x0C {
                // Copy the run up to the next space or line break in one go.
                var j = i + 1
                while j < n {
                    let w = s[j].value
                    if w == 0x20 || w == 0x0A || w == 0x0C { break }
                    j += 1
                }
                out.append(from: input, i..<j)
                i = j
                continue
            }
            if v == 0x20 {
                let runStart = i
                while i < n && s[i].isSpaceScalar { i += 1 }
                guard i < n else { break }
                let next = s[i]
                let nv = next.value
                if nv == 0x0A || nv == 0x0C || nv == 0x09 { continue }  // trailing, or before a tab
                guard let prev = out.scalars.last, prev.value != 0x0A, prev.value != 0x0C, prev.value != 0x09 else {
                    continue  // leading in a cell
                }
                if runStart == keepSpaceAt {
                    out.append(" ", from: input.origins[runStart])
                } else if !prev.isCJKSpacingScalar && !next.isCJKSpacingScalar && !bindsNumber(prev, next) {
                    out.append(" ", from: input.origins[runStart])
                }
                continue
            }
            out.append(c, from: input.origins[i])
            if v == 0x0A || v == 0x0C { atLineStart = true }
            i += 1
        }
        return out
    }

    /// A sign and the number it belongs to: `¥ 4,715.00`, `≥ 95%`, `≤ 5`, `95 %`, `3 ‰`.
    @inline(__always)
    private static func bindsNumber(_ prev: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        if next.isASCIIDigitScalar {
            switch prev.value {
            case 0xA5, 0x2265, 0x2264: return true  // ¥ ≥ ≤
            default: return false
            }
        }
        if prev.isASCIIDigitScalar { return next.value == 0x25 || next.value == 0x2030 }  // % ‰
        return false
    }
}
