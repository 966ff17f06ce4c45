// The currency of an amount (ISO 4217). An amount is CNY unless another currency is named right before it
// (`新台幣 3萬8,100元`, `新臺幣(下同)4,983,617元`, `USD 9,209.13`, `HK$500`, `港币两千九百六十元`), or the text is
// one of Taiwan's: it names 新台幣 in Taiwan's own script (幣, not the mainland's 币) and never the renminbi
// (人民币, RMB, CNY, ¥), so its bare amounts (`押租金為10萬元` after `新台幣(下同)42,000元`) are New Taiwan dollars
// too. An amount stays unread when its unit is unclear: a currency word ending in 元 or a lone `$` before it
// (`美元5,000元`: is its 元 the yuan?), or a currency named after its 元 (`9000元日币`;
// `foreignCurrency(at:yuanAt:)`).

enum ForeignCurrency {
    static let entries: [(word: [UInt32], code: String)] = [
        ("美元", "USD"), ("美金", "USD"), ("USD", "USD"), ("US$", "USD"), ("日元", "JPY"), ("日币", "JPY"),
        ("日幣", "JPY"), ("JPY", "JPY"), ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("HKD", "HKD"), ("HK$", "HKD"),
        ("欧元", "EUR"), ("歐元", "EUR"), ("EUR", "EUR"), ("英镑", "GBP"), ("英鎊", "GBP"), ("GBP", "GBP"),
        ("韩元", "KRW"), ("韓元", "KRW"), ("台币", "TWD"), ("台幣", "TWD"), ("新台币", "TWD"), ("新台幣", "TWD"),
        ("臺幣", "TWD"), ("新臺幣", "TWD"), ("新臺币", "TWD"), ("TWD", "TWD"), ("NT$", "TWD"), ("澳元", "AUD"),
        ("加元", "CAD"), ("卢布", "RUB"), ("盧布", "RUB"), ("泰铢", "THB"), ("新加坡元", "SGD"), ("瑞士法郎", "CHF"),
    ].map { (Words.w($0.0), $0.1) }
    static let words = entries.map(\.word)
    /// First scalars of the words: most positions are rejected by one set lookup.
    static let firstScalars = Set(words.compactMap(\.first))
    static let lastScalars = Set(words.compactMap(\.last))
    /// `(下同)`: the currency just named holds for the amounts that follow (`新臺幣(下同)335萬元`).
    static let sameBelow = Words.w("下同")

    /// True when a currency word starts at `k`.
    static func named(at k: Int, in state: ScanState) -> Bool {
        guard firstScalars.contains(state.v(k)) else { return false }
        return words.contains { state.matches(k, $0) }
    }
}

extension ScanState {
    /// Another currency named right before `i` (spaces and a `(下同)` between allowed): where its word starts
    /// and its code. A lone `$` names none (`$20，300美圆` is no amount).
    func foreignCurrencyBefore(_ i: Int) -> (start: Int, code: String)? {
        var p = previousNonSpace(i) + 1
        if p >= 1, f(p - 1) == 0x29, p >= 4, f(p - 4) == 0x28, endsWith(p - 1, ForeignCurrency.sameBelow) { // (下同)
            p = previousNonSpace(p - 4) + 1
        }
        guard p >= 1, ForeignCurrency.lastScalars.contains(v(p - 1)),
              let entry = ForeignCurrency.entries.filter({ endsWith(p, $0.word) }).max(by: { $0.word.count < $1.word.count }),
              entry.word.last != 0x5143 else { return nil } // 美元, 日元 … follow their number (`日元5日本銭` is no amount)
        // `XUSD100`, `型号USD1`: letters run into the code, an identifier.
        if NumeralTables.isASCIILetter(entry.word[0]), NumeralTables.isASCIILetter(v(p - entry.word.count - 1)) { return nil }
        return (p - entry.word.count, entry.code)
    }

    /// A currency word ending in 元 (`美元`, `日元`, `港元`) or a lone `$` right before `i`: the amount's unit is unclear.
    func unclearCurrencyBefore(_ i: Int) -> Bool {
        let p = previousNonSpace(i) + 1
        guard p >= 1 else { return false }
        if v(p - 1) == 0x24 { // $ (US$, HK$, NT$ name their currency)
            return !ForeignCurrency.entries.contains { $0.word.count > 1 && $0.word.last == 0x24 && endsWith(p, $0.word) }
        }
        guard v(p - 1) == 0x5143 else { return false } // 元
        return ForeignCurrency.entries.contains { $0.word.last == 0x5143 && endsWith(p, $0.word) }
    }

    /// The currency of an amount read at `start`: the one named before it, CNY after ¥, else the text's.
    mutating func currency(ofAmountAt start: Int) -> String {
        if let named = foreignCurrencyBefore(start) { return named.code }
        if NumeralTables.isYenSign(v(start)) { return "CNY" }
        if let p = currencyPrefix(before: start), p < start { return "CNY" } // 人民币, RMB, CNY
        if textCurrency == nil { textCurrency = Self.findsTaiwanDollarsOnly(buf) ? "TWD" : "CNY" }
        return textCurrency ?? "CNY"
    }

    /// True when the text names the New Taiwan dollar in Taiwan's script (新台幣, 新臺幣; a mainland text mentioning
    /// 新台币 is no Taiwan text) and never the renminbi.
    static func findsTaiwanDollarsOnly(_ buf: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var taiwan = false
        var i = 0
        while i < buf.count {
            let c = buf[i].value
            if NumeralTables.isYenSign(c) { return false }
            if i + 2 < buf.count {
                let d = buf[i + 1].value, e = buf[i + 2].value
                if c == 0x4EBA, d == 0x6C11, e == 0x5E01 || e == 0x5E63 { return false } // 人民币 人民幣
                if c == 0x52, d == 0x4D, e == 0x42 { return false } // RMB
                if c == 0x43, d == 0x4E, e == 0x59 { return false } // CNY
                if c == 0x65B0, d == 0x53F0 || d == 0x81FA, e == 0x5E63 { taiwan = true } // 新台幣 新臺幣
            }
            i += 1
        }
        return taiwan
    }
}
