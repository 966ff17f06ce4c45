import ContractModel

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

    /// End of a clause number at `i`, or nil: the marker `ClauseNumber` reads, as far as normalization
    /// takes it for an item start (a number in round brackets only, no number starting with 0, no
    /// decimal followed by a unit: `12.5万元`).
    static func numberEnd(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard let n = ClauseNumber.parse(s, from: start, limit: end) else { return nil }
        switch n.kind {
        case .parenthesized:
            guard s[start].value == 0x28 else { return nil }
        case .arabic, .decimal:
            guard s[start].value != 0x30 else { return nil }
            // `2. 2服务承诺`: the item number is `2.`; the space after it is kept.
            if let dotEnd = n.dotEnd { return dotEnd }
            if n.kind == .decimal, n.separator == nil, n.end < end, ClauseNumber.isUnitAfterDecimal(s[n.end]) { return nil }
        case .article, .circled, .roman, .chinese:
            break
        }
        return n.end
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
