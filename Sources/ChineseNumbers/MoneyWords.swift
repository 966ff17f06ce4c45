import ContractModel

// The money words after an amount's number, shared by 大写, everyday numerals, figures and chains:
// `[元] ([零] digit 角|分)* [整|正]`, a fraction digit written as a figure (`50元6角三分`), a place written as
// zero (`零角零分`), 厘 (finer than money is written), and a digit left without its unit (`伍元伍`).

extension ScanState {
    /// Feeds the money words at `k` and the fraction after them, `[元] ([零] digit 角|分)* [整|正]`, into
    /// `acc`; returns their end and whether 整/正 closed them. A fraction digit may be Chinese or a
    /// single figure written right after its unit's predecessor (`50元6角三分`).
    mutating func readMoneyWords(from k: Int, into acc: inout MoneyAccumulator,
                                 failure: inout InvalidReason?) -> (end: Int, sawWhole: Bool) {
        var end = k
        var j = k
        var sawWhole = false
        func feed(_ t: NumeralToken) { if failure == nil { failure = acc.feed(t) } }
        if let first = NumeralTables.moneyWord(v(j)) { feed(first); j += 1; end = j; sawWhole = first == .whole }
        while !sawWhole {
            let s = skipSpace(j)
            let c = v(s)
            if let w = NumeralTables.moneyWord(c), w == .whole {
                if c == 0x6B63 { // 正 only when no word continues (正式, 正常 …)
                    let after = v(s + 1)
                    if after >= 0x4E00 && after <= 0x9FFF { break }
                }
                feed(.whole); end = s + 1; sawWhole = true; break
            }
            guard let d = fractionDigit(at: s) else { break }
            if NumeralTables.asciiDigit(c) != nil && s != j { break } // a figure only right after the previous word
            var u = skipSpace(s + 1)
            var digit = d
            var zeroFirst = false
            if d == 0, let w = NumeralTables.moneyWord(v(u)), w == .jiao || w == .fen, !(w == .fen && v(u + 1) == 0x949F) {
                // `壹拾元零角零分`: a place written as zero.
                feed(.digit(0)); feed(w)
                j = u + 1; end = j
                continue
            }
            if d == 0 {
                guard let d2 = fractionDigit(at: u), d2 > 0 else { break }
                zeroFirst = true
                digit = d2
                u = skipSpace(u + 1)
            }
            guard let unit = NumeralTables.moneyWord(v(u)), unit == .jiao || unit == .fen else { break }
            if unit == .fen && v(u + 1) == 0x949F { break } // 分钟
            if zeroFirst { feed(.digit(0)) }
            feed(.digit(digit))
            feed(unit)
            j = u + 1
            end = j
        }
        // 厘 (a tenth of a fen) after the fraction: finer than money is written here.
        let s = skipSpace(end)
        if !sawWhole, end > k, let d = fractionDigit(at: s), v(skipSpace(s + 1)) == 0x5398 { // 厘
            if d != 0 && failure == nil { failure = .excessPrecision }
            end = skipSpace(s + 1) + 1
        } else if !sawWhole, let dangling = danglingDigit(at: end) {
            if failure == nil { failure = .missingUnit }
            end = dangling
        }
        return (end, sawWhole)
    }

    /// The end of a digit standing after an amount's last money word with no unit of its own, the way
    /// speech drops 角 (`伍元伍` for 5.50, `5元5`): a capital digit, or a figure or everyday digit at the
    /// end of a phrase. An everyday digit before a word (`五元一次`, `五元一张`) is that word's.
    func danglingDigit(at j: Int) -> Int? {
        let c = v(j)
        let after = f(j + 1)
        let phraseEnds = !(after >= 0x4E00 && after <= 0x9FFF) && NumeralTables.asciiDigit(after) == nil
            && !NumeralTables.isASCIILetter(after) && after != 0x2E && after != 0x25
        if NumeralTables.asciiDigit(c) != nil { return phraseEnds ? j + 1 : nil }
        guard let (t, script) = NumeralTables.numeral(c), case .digit = t else { return nil }
        return script == .capital || phraseEnds ? j + 1 : nil
    }

    /// A single digit of a 角/分 fraction at `s`: a Chinese digit, or one figure not followed by another.
    func fractionDigit(at s: Int) -> Int64? {
        let c = v(s)
        if let d = NumeralTables.asciiDigit(c) { return NumeralTables.asciiDigit(v(s + 1)) == nil ? d : nil }
        if let (t, _) = NumeralTables.numeral(c), case .digit(let d) = t { return d }
        return nil
    }

    /// True when a 角/分 fraction starts right after 元 at `j` (`元1角`, `元三分`).
    func fractionFollows(_ j: Int) -> Bool {
        var s = skipSpace(j)
        guard fractionDigit(at: s) != nil else { return false }
        if fractionDigit(at: s) == 0 { s = skipSpace(s + 1); guard fractionDigit(at: s) != nil else { return false } }
        let u = skipSpace(s + 1)
        let w = NumeralTables.moneyWord(v(u))
        return (w == .jiao || (w == .fen && v(u + 1) != 0x949F))
    }

    /// The end of the money words after 元 (its fraction and 整), for reporting an invalid amount whole.
    func moneyTailEnd(after j: Int) -> Int {
        var end = j
        while true {
            let k = skipSpace(end)
            if v(k) == 0x6574 { return k + 1 } // 整
            guard fractionFollows(end) else { return end }
            var t = skipSpace(end)
            if fractionDigit(at: t) == 0 { t = skipSpace(t + 1) }
            end = skipSpace(t + 1) + 1
        }
    }
}
