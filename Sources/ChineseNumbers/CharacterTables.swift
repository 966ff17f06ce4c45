// Character tables of the numeral grammar: which scalars are digits, units, money words, spaces.
//
// Hot paths switch on the scalar's code point (an integer switch compiles to a jump table or a
// binary search); the character each code point stands for is written beside it.

/// One lexical element of a Chinese numeral.
enum NumeralToken: Equatable {
    /// 0...9; `0` is 零 / 〇.
    case digit(Int64)
    /// 拾/十 = 1, 佰/百 = 2, 仟/千 = 3 (the exponent of ten).
    case small(Int)
    /// 万/萬 = 4, 亿/億 = 8.
    case big(Int)
    case yuan   // 元 圆 圓
    case jiao   // 角
    case fen    // 分
    case whole  // 整 正
}

/// Which writing a numeral character belongs to.
enum NumeralScript: UInt8 {
    /// 壹贰叁 … 拾佰仟: the capital (大写) forms of financial writing.
    case capital
    /// 一二三 … 十百千 两 〇: everyday forms.
    case everyday
    /// 零 万 亿 (and 萬 億): shared by both.
    case shared
}

enum NumeralTables {
    /// The numeral meaning of a scalar, excluding money words (元角分整), or nil.
    @inline(__always)
    static func numeral(_ v: UInt32) -> (token: NumeralToken, script: NumeralScript)? {
        switch v {
        case 0x96F6: return (.digit(0), .shared)     // 零
        case 0x3007: return (.digit(0), .everyday)   // 〇
        case 0x4E00: return (.digit(1), .everyday)   // 一
        case 0x4E8C: return (.digit(2), .everyday)   // 二
        case 0x4E24, 0x5169: return (.digit(2), .everyday) // 两 兩
        case 0x4E09: return (.digit(3), .everyday)   // 三
        case 0x56DB: return (.digit(4), .everyday)   // 四
        case 0x4E94: return (.digit(5), .everyday)   // 五
        case 0x516D: return (.digit(6), .everyday)   // 六
        case 0x4E03: return (.digit(7), .everyday)   // 七
        case 0x516B: return (.digit(8), .everyday)   // 八
        case 0x4E5D: return (.digit(9), .everyday)   // 九
        case 0x58F9: return (.digit(1), .capital)    // 壹
        case 0x8D30, 0x8CB3, 0x5F10: return (.digit(2), .capital) // 贰 貳 弐
        case 0x53C1, 0x53C3, 0x53C4: return (.digit(3), .capital) // 叁 參 叄
        case 0x8086: return (.digit(4), .capital)    // 肆
        case 0x4F0D: return (.digit(5), .capital)    // 伍
        case 0x9646, 0x9678: return (.digit(6), .capital) // 陆 陸
        case 0x67D2: return (.digit(7), .capital)    // 柒
        case 0x634C: return (.digit(8), .capital)    // 捌
        case 0x7396: return (.digit(9), .capital)    // 玖
        case 0x62FE: return (.small(1), .capital)    // 拾
        case 0x5341: return (.small(1), .everyday)   // 十
        case 0x4F70: return (.small(2), .capital)    // 佰
        case 0x767E: return (.small(2), .everyday)   // 百
        case 0x4EDF: return (.small(3), .capital)    // 仟
        case 0x5343: return (.small(3), .everyday)   // 千
        case 0x4E07, 0x842C: return (.big(4), .shared) // 万 萬
        case 0x4EBF, 0x5104: return (.big(8), .shared) // 亿 億
        default: return nil
        }
    }

    /// 元 圆 圓 角 分 整 正 as tokens.
    @inline(__always)
    static func moneyWord(_ v: UInt32) -> NumeralToken? {
        switch v {
        case 0x5143, 0x5706, 0x5713: return .yuan // 元 圆 圓
        case 0x89D2: return .jiao                 // 角
        case 0x5206: return .fen                  // 分
        case 0x6574, 0x6B63: return .whole        // 整 正
        default: return nil
        }
    }

    /// Any token of a 大写 money string.
    @inline(__always)
    static func token(_ v: UInt32) -> NumeralToken? {
        if let n = numeral(v) { return n.token }
        return moneyWord(v)
    }

    /// Spaces, line breaks, the page separator, ideographic and no-break spaces: what may stand
    /// inside a numeral or between a number and its unit. Not the tab, which separates table cells
    /// (`1\t日常运维` is a row number and a cell, not "1 day").
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// ASCII or full-width decimal digit value.
    @inline(__always)
    static func asciiDigit(_ v: UInt32) -> Int64? {
        if v >= 0x30 && v <= 0x39 { return Int64(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int64(v - 0xFF10) }
        return nil
    }

    @inline(__always)
    static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// ¥ ￥
    @inline(__always)
    static func isYenSign(_ v: UInt32) -> Bool { v == 0xA5 || v == 0xFFE5 }

    /// Folds the full-width forms of ASCII punctuation to ASCII (`（` → `(`), leaves the rest.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v >= 0xFF01 && v <= 0xFF5E { return v - 0xFF01 + 0x21 }
        return v
    }
}
