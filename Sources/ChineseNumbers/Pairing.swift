import ContractModel

// One amount written both ways is one `MoneyValue` with two readings:
//   大写 then figures: `肆佰柒拾壹万伍仟元整（¥4,715,000.00元）`, `叁佰玖拾万元整（¥3,900,000.00 元整，含税）`,
//                     `（大写）叁万元整（小写）人民币30000元`
//   figures then 大写: `3,278,000.00 元，大写：叁佰贰拾柒万捌仟元整`, `2,294,600.00元，大写贰佰…元整`,
//                     `（￥123,456.78元），大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分`,
//                     `¥1,234,000 元人民币（大写：壹佰贰拾叁万肆仟元整）`
// Between the two only spaces and the connector words below may stand. The 大写 reading is the
// value (financial practice makes the capital form authoritative); a disagreement is kept.

enum PairingWords {
    static let w = Words.w
    /// Optional slots, in order, between a 大写 amount and its figures.
    static let uppercaseThenFigures: [[[UInt32]]] = [
        [w(","), w("，")], [w("("), w("【"), w("[")], [w("小写")], [w(")"), w("】"), w("]")],
        [w(":")], [w("即")], [w("人民币"), w("RMB"), w("CNY")], [w(":")],
    ]
    /// Optional slots between figures and the 大写 amount after them.
    static let figuresThenUppercase: [[[UInt32]]] = [
        [w("人民币")], [w(")"), w("】"), w("]")], [w(","), w("，")], [w("(")], [w("大写")], [w(")")], [w(":")], [w("人民币")], [w(":")],
    ]
    static let daXie = w("大写")
}

extension ScanState {
    /// The connector between `start` and `end` with spaces removed and full-width forms folded,
    /// matched against `slots`; true when it is non-empty and made of the slots only.
    func connects(_ start: Int, _ end: Int, _ slots: [[[UInt32]]], requireOpening: Bool) -> Bool {
        if end - start > 24 { return false }
        var text: [UInt32] = []
        for k in start..<end {
            let c = f(k)
            if !NumeralTables.isSpace(c) { text.append(c) }
        }
        if text.isEmpty { return false }
        var pos = 0
        var opened = false
        for slot in slots {
            for word in slot where pos + word.count <= text.count && Array(text[pos..<(pos + word.count)]) == word {
                pos += word.count
                if word == [0x28] || word == PairingWords.daXie { opened = true }
                break
            }
        }
        return pos == text.count && (!requireOpening || opened)
    }

    func reading(_ m: RawMoney) -> MoneyReading {
        MoneyReading(text: string(m.start, m.end), value: m.value, span: span(m.start, m.end))
    }

    /// Pairs adjacent readings; returns the amounts in text order.
    func pairedAmounts() -> [MoneyValue] {
        let raw = money.sorted { $0.start < $1.start }
        var out: [MoneyValue] = []
        out.reserveCapacity(raw.count)
        var k = 0
        while k < raw.count {
            let a = raw[k]
            if k + 1 < raw.count {
                let b = raw[k + 1]
                if a.isUppercase && !b.isUppercase && a.currency == b.currency
                    && connects(a.end, b.start, PairingWords.uppercaseThenFigures, requireOpening: false) {
                    out.append(MoneyValue(value: a.value, currency: a.currency, span: span(a.start, b.end), uppercase: reading(a), figures: reading(b)))
                    k += 2
                    continue
                }
                if !a.isUppercase && b.isUppercase && a.currency == b.currency
                    && connects(a.end, b.start, PairingWords.figuresThenUppercase, requireOpening: true) {
                    out.append(MoneyValue(value: b.value, currency: b.currency, span: span(a.start, b.end), uppercase: reading(b), figures: reading(a)))
                    k += 2
                    continue
                }
            }
            out.append(a.isUppercase
                ? MoneyValue(value: a.value, currency: a.currency, span: span(a.start, a.end), uppercase: reading(a))
                : MoneyValue(value: a.value, currency: a.currency, span: span(a.start, a.end), figures: reading(a)))
            k += 1
        }
        return out
    }
}
