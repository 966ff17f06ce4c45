/// What a line that opens a new item looks like: a bullet, a clause number (`第十二条`, `一、`, `(三)`,
/// `1.1`, `2、`, `①`), or a label such as `附件` / `注：`. Such a line is never glued to the line before it,
/// and the space after its number is kept (`1.1 甲、乙双方…`, `一 合同说明条款`) while other spaces
/// next to Chinese characters go.
enum ItemStart {
    struct Match {
        /// Index just after the bullet / number (where a following space is kept), or nil when the
        /// line opens with a label only.
        var numberEnd: Int?
    }

    /// Matches at `start` (the first non-space scalar of a line), looking no further than `end`.
    static func match(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Match? {
        guard start < end else { return nil }
        var i = start
        var matched: Int? = nil
        // Bullet, then optional spaces.
        if let b = bulletEnd(s, i, end) {
            matched = b
            i = b
            while i < end && s[i].isSpaceScalar { i += 1 }
        }
        if let n = numberEnd(s, i, end) {
            return Match(numberEnd: n)
        }
        if let m = matched { return Match(numberEnd: m) }
        if isLabel(s, i, end) { return Match(numberEnd: nil) }
        return nil
    }

    private static func bulletEnd(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        switch s[i].value {
        case 0x2D, 0x2A, 0x2B:  // - * + : only when a space follows (not "-5%", "*注")
            return i + 1 < end && s[i + 1].isSpaceScalar ? i + 1 : nil
        case 0x2022, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7, 0x2605, 0x2606, 0x203B, 0x00B7,
            0x2610, 0x2611, 0x2612, 0x25AA, 0x25BA, 0x27A2, 0x2713, 0x221A, 0x25B6, 0x2666, 0x25C9:
            // • ● ○ ■ □ ◆ ◇ ★ ☆ ※ · ☐ ☑ ☒ ▪ ► ➢ ✓ √ ▶ ♦ ◉
            return i + 1
        default:
            return nil
        }
    }

    /// End of a clause number at `i`, or nil.
    static func numberEnd(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard start < end else { return nil }
        let first = s[start].value
        // 第…条 / 章 / 节 / 款 / 项 / 篇 / 部分, with digits or small numerals, spaces allowed inside.
        if first == 0x7B2C {  // 第
            var i = start + 1
            while i < end && s[i].isSpaceScalar { i += 1 }
            let digitsStart = i
            while i < end && (s[i].isASCIIDigitScalar || s[i].isSmallChineseNumeralScalar) { i += 1 }
            guard i > digitsStart, i - digitsStart <= 6 else { return nil }
            while i < end && s[i].isSpaceScalar { i += 1 }
            guard i < end else { return nil }
            switch s[i].value {
            case 0x6761, 0x7AE0, 0x8282, 0x6B3E, 0x9879, 0x7BC7: return i + 1  // 条章节款项篇
            case 0x90E8: return i + 1 < end && s[i + 1].value == 0x5206 ? i + 2 : nil  // 部分
            default: return nil
            }
        }
        // Circled and parenthesized numbers ① ⑴ ⒈, Roman numerals Ⅰ–Ⅻ followed by 、 or .
        if (0x2460...0x249B).contains(first) { return start + 1 }
        if (0x2160...0x216B).contains(first) {
            return start + 1 < end && (s[start + 1].value == 0x3001 || s[start + 1].value == 0x2E) ? start + 2 : nil
        }
        // (1) (一)
        if first == 0x28 {
            var i = start + 1
            while i < end && (s[i].isASCIIDigitScalar || s[i].isSmallChineseNumeralScalar) && i - start <= 3 { i += 1 }
            guard i > start + 1, i < end, s[i].value == 0x29 else { return nil }
            return i + 1
        }
        // 一、 十二. 三 标题
        if s[start].isSmallChineseNumeralScalar {
            var i = start
            while i < end && s[i].isSmallChineseNumeralScalar && i - start < 4 { i += 1 }
            guard i < end else { return nil }
            let v = s[i].value
            if v == 0x3001 || v == 0x2E { return i + 1 }  // 、 .
            if s[i].isSpaceScalar {
                var j = i
                while j < end && s[j].isSpaceScalar { j += 1 }
                if j < end && s[j].isHanScalar { return i }
            }
            return nil
        }
        // 1、 1. 1) 1.1 1.2.3
        if first >= 0x31 && first <= 0x39 {
            var i = start
            var groups = 0
            while true {
                let g = i
                while i < end && s[i].isASCIIDigitScalar && i - g < 4 { i += 1 }
                if i == g || i - g > 3 { return nil }
                groups += 1
                guard i < end else { return nil }
                if i < end && s[i].isASCIIDigitScalar { return nil }
                let v = s[i].value
                if v == 0x3001 { return i + 1 }  // 、
                if v == 0x29 { return groups == 1 ? i + 1 : nil }  // 1)
                if v == 0x2E && i + 1 < end && s[i + 1].isASCIIDigitScalar && groups < 4 {
                    i += 1
                    continue
                }
                if groups == 1 {
                    // "1." then a space or a non-digit; "1.5万" was caught above as a second group.
                    if v == 0x2E, i + 1 < end, !s[i + 1].isASCIIDigitScalar, s[i + 1].value != 0x2E { return i + 1 }
                    return nil
                }
                // 1.1 followed by a space, or directly by a Chinese heading that is not a unit.
                if s[i].isSpaceScalar { return i }
                if s[i].isHanScalar && !isUnit(v) { return i }
                return nil
            }
        }
        return nil
    }

    /// Characters that follow a decimal number rather than a clause number (`12.5万元`, `1.5倍`).
    private static func isUnit(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E07, 0x4EBF, 0x5143, 0x500D, 0x4E2A, 0x5E74, 0x6708, 0x65E5, 0x5929, 0x5C0F, 0x65F6, 0x5206, 0x79D2,
            0x7C73, 0x5428, 0x53F0, 0x5957, 0x4EBA, 0x6B21, 0x6298, 0x4EF6, 0x9879, 0x5BF8, 0x5E73, 0x516C,
            0x5343, 0x5468, 0x5B57, 0x9875, 0x6761, 0x79CD, 0x5EA6, 0x6210:
            // 万亿元倍个年月日天小时分秒米吨台套人次折件项元寸平公千周字页条种度成
            return true
        default:
            return false
        }
    }

    /// 附件 (alone or numbered) / 注： / 注: / 说明： / 备注：
    private static func isLabel(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard i + 1 < end else { return false }
        let a = s[i].value, b = s[i + 1].value
        if a == 0x9644 && b == 0x4EF6 {  // 附件, 附件3：, 附件一 安全保密协议; not "附件7)进行考核"
            var j = i + 2
            while j < end && (s[j].isASCIIDigitScalar || s[j].isSmallChineseNumeralScalar) { j += 1 }
            guard j < end else { return true }
            let c = s[j].value
            return c == 0xFF1A || c == 0x3A || c == 0x20 || c == 0x3001 || c == 0x2E || s[j].isHanScalar
        }
        if a == 0x6CE8 && (b == 0xFF1A || b == 0x3A) { return true }  // 注：
        if i + 2 < end, (a == 0x8BF4 && b == 0x660E) || (a == 0x5907 && b == 0x6CE8) {  // 说明 备注
            let c = s[i + 2].value
            return c == 0xFF1A || c == 0x3A
        }
        return false
    }
}
