/// Character classes the normalizer decides by. All are plain range tests on scalar values.
extension Unicode.Scalar {
    @inline(__always) var isASCIIDigitScalar: Bool { value &- 0x30 < 10 }
    @inline(__always) var isASCIILetterScalar: Bool { (value | 0x20) &- 0x61 < 26 }
    @inline(__always) var isASCIIAlnumScalar: Bool { isASCIIDigitScalar || isASCIILetterScalar }
    @inline(__always) var isSpaceScalar: Bool { value == 0x20 }
    @inline(__always) var isTabScalar: Bool { value == 0x09 }

    // Han ideographs: `isHanScalar` (ContractModel/HanScalars.swift, shared with the grammar).

    /// Characters of Chinese running text for the purpose of spacing: a space next to one of these is
    /// an artefact of extraction, never a word separator. Han, CJK symbols and punctuation (、。〈〉《》
    /// 「」【】〔〕…), kana, the full-width forms that stay full-width (，：；！？), enclosed CJK and
    /// circled numbers, and
    /// the general punctuation Chinese text uses as its own (“ ” ‘ ’ — … ·).
    @inline(__always) var isCJKSpacingScalar: Bool {
        let v = value
        if v < 0x2010 { return v == 0x00B7 }
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        if v >= 0x3000 && v <= 0x33FF { return true }        // CJK punctuation, kana, bopomofo, enclosed, compat
        if v >= 0xFF00 && v <= 0xFFEF { return true }        // full-width forms left after folding
        if v >= 0x2010 && v <= 0x2027 { return v != 0x2022 } // ‐ – — ‘ ’ “ ” … (not the bullet)
        if v >= 0x2460 && v <= 0x24FF { return true }        // ① ⑴ ⒈ Ⓐ
        return isHanScalar || (v >= 0xFE30 && v <= 0xFE4F)
    }

    /// Width of the scalar on a printed line, in half-ideograph units: 2 for ideographs and full-width
    /// forms, 1 otherwise. Used only to tell a line that runs to the right margin from one that stops
    /// short.
    @inline(__always) var displayWidth: Int {
        let v = value
        if v < 0x1100 { return 1 }
        if (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6)
            || (v >= 0x20000 && v <= 0x3FFFF) || (v >= 0x1100 && v <= 0x115F)
        {
            return 2
        }
        if v >= 0x2010 && v <= 0x2027 { return v == 0x2014 || v == 0x2026 ? 2 : 1 }
        return 1
    }

    /// 大写 numeral characters and the units that end an amount (元 圆 角 分 整 正): a line that ends in
    /// one and a line that starts with one are halves of one amount.
    @inline(__always) var isCapitalNumeralScalar: Bool {
        switch value {
        case 0x96F6, 0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396,  // 零壹贰叁肆伍陆柒捌玖
            0x62FE, 0x4F70, 0x4EDF, 0x4E07, 0x4EBF, 0x5146,  // 拾佰仟万亿兆
            0x8CB3, 0x53C3, 0x9678, 0x842C, 0x5104,  // 貳 參 陸 萬 億 (traditional)
            0x5143, 0x5706, 0x89D2, 0x5206, 0x6574, 0x6B63:  // 元圆角分整正
            return true
        default:
            return false
        }
    }

    /// Small Chinese numerals used in clause numbers (一、 第十二条).
    @inline(__always) var isSmallChineseNumeralScalar: Bool {
        switch value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,  // 一二三四五六七八九十
            0x767E, 0x96F6, 0x3007, 0x4E24:  // 百零〇两
            return true
        default:
            return false
        }
    }
}
