import ContractModel

// Where a run of Chinese numerals is no amount, or not the whole of one: the tail of a numeral broken by
// one foreign character (OCR), a lone everyday digit that is part of a word (`统一元数据`), and 兆, whose
// value depends on the writer.

extension ScanState {
    /// True when the capital run at `i` follows a capital numeral with one foreign character between
    /// (`壹佰任拾万元整`, `贰拾X伍万元`): the run is the tail of a numeral an OCR or typing error broke,
    /// not an amount. A counter between (`第叁期伍万元整`) or punctuation does not break a numeral.
    func brokenBefore(_ i: Int) -> Bool {
        let p = previousNonSpace(i)
        guard p >= 1, NumeralTables.numeral(v(p)) == nil else { return false }
        let c = v(p)
        if c < 0x2E80 && NumeralTables.isASCIILetter(c) == false { return false } // ASCII punctuation, digits
        switch c {
        case 0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF08, 0xFF09, 0x3010, 0x3011, 0x201C, 0x201D, // 、。，；：（）【】“”
             0x671F, 0x6B21, 0x9879, 0x6761, 0x6B3E, 0x4EFD, 0x4E2A, 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x4EBA, // 期次项条款份个年月日号人
             0x5F20, 0x53F0, 0x5957, 0x4EF6, 0x7B14, 0x6279, 0x7EA7, 0x5C42, 0x680B, 0x6BB5, 0x4F4D, 0x540D, 0x5BB6, // 张台套件笔批级层栋段位名家
             0x5143, 0x5706, 0x5713, 0x89D2, 0x5206, 0x6574, 0x6B63, 0x7B2C, 0x81F3, 0x5230, 0x6216, 0x548C, 0x53CA: // 元圆圓角分整正第至到或和及
            return false
        default:
            break
        }
        let q = p - 1 // adjacent: the foreign character stands inside the numeral
        guard let (_, script) = NumeralTables.numeral(v(q)) else { return false }
        return script != .everyday
    }

    /// True when a lone everyday digit before 元 (`七元`, `押金零元。`) stands alone as an amount: no
    /// ideograph after 元, and before the digit none, or one of the words that introduce an amount
    /// (为 价 付 计 …). Words such as `统一元数据`, `二元论`, `一元化`, `三元组` stay words.
    func loneDigitIsAmount(_ i: Int, yuanAt k: Int) -> Bool {
        let after = v(k + 1)
        if after >= 0x4E00 && after <= 0x9FFF { return false }
        let before = f(i - 1)
        if NumeralTables.asciiDigit(before) != nil || NumeralTables.isASCIILetter(before) || before == 0x2E {
            return false // `2000三元`, `A三元`: glued to a figure or a code
        }
        if before < 0x4E00 || before > 0x9FFF { return true }
        switch before {
        case 0x4E3A, 0x4EF7, 0x4ED8, 0x8BA1, 0x5171, 0x6536, 0x8D39, 0x989D, 0x662F, 0x7F5A, 0x8D54, 0x7F34, 0x4EA4,
             0x9000, 0x6263, 0x5230, 0x81F3, 0x7EA6, 0x4EC5, 0x9700, 0x91D1, 0x503C: // 为 价 付 计 共 收 费 额 是 罚 赔 缴 交 退 扣 到 至 约 仅 需 金 值
            return true
        default:
            return false
        }
    }

    /// A number with 兆 in it (`四十九兆九千五百九十二億元`, `1.5兆元`): 兆 is 10⁶ or 10¹², so an amount
    /// with it is `ambiguous_unit`, reported whole; a number with 兆 and no 元 (`100兆瓦`) is skipped whole.
    mutating func scanZhao(from i: Int, zhaoAt k: Int) -> Int {
        var end = k + 1
        while true {
            let s = skipSpace(end)
            if NumeralTables.numeral(v(s)) != nil { end = lexRun(at: s); continue }
            if NumeralTables.asciiDigit(v(s)) != nil { end = lexNumber(at: s).end; continue }
            if v(s) == 0x5146 { end = s + 1; continue }
            break
        }
        let y = skipSpace(end)
        if NumeralTables.moneyWord(v(y)) == .yuan || currencyPrefix(before: i) != nil {
            let last = NumeralTables.moneyWord(v(y)) == .yuan ? moneyTailEnd(after: y + 1) : end
            reportInvalid(.money, .ambiguousUnit, i, last)
            return last
        }
        return end
    }
}
