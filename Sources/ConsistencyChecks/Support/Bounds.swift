import ContractModel

/// The range in which every rule's exact arithmetic is safe from overflow (Int64 sums of fen,
/// Int128 cross-multiplications): amounts up to 10^13 yuan, percents with at most 6 decimals and
/// at most 10^12 units. Values outside it (never seen in a real contract) are left unchecked —
/// `CheckContext` removes them from the contract it hands to the rules — so bad input can never
/// crash the checker.
enum Bounds {
    static let maxFen: Int64 = 1_000_000_000_000_000
    static let maxPercentUnits: Int64 = 1_000_000_000_000
    static let maxPercentScale = 6
    /// Installment numbers, service months and days beyond these are not real.
    static let sequences = 1...999
    static let months = 0...1200
    static let days = 0...36_500

    static func ok(_ m: Money) -> Bool { m.fen >= -maxFen && m.fen <= maxFen }

    static func ok(_ m: MoneyValue?) -> Bool {
        guard let m else { return true }
        return ok(m.value) && (m.uppercase.map { ok($0.value) } ?? true) && (m.figures.map { ok($0.value) } ?? true)
    }

    static func ok(_ p: PercentValue?) -> Bool {
        guard let p else { return true }
        return p.value.scale <= maxPercentScale && p.value.units >= -maxPercentUnits && p.value.units <= maxPercentUnits
    }

    /// `value` when it is in range, else nil.
    static func kept(_ m: MoneyValue?) -> MoneyValue? { ok(m) ? m : nil }
    static func kept(_ p: PercentValue?) -> PercentValue? { ok(p) ? p : nil }

    /// The contract with every out-of-range amount and percent removed.
    static func sanitized(_ c: Contract) -> Contract {
        var c = c
        c.totalAmount = kept(c.totalAmount)
        c.totalAmountStatements = c.totalAmountStatements.filter { ok($0) }
        c.amountExcludingTax = kept(c.amountExcludingTax)
        c.taxRate = kept(c.taxRate)
        for i in c.installments.indices {
            c.installments[i].amount = kept(c.installments[i].amount)
            c.installments[i].percent = kept(c.installments[i].percent)
        }
        if var bond = c.performanceBond {
            bond.amount = kept(bond.amount)
            bond.percent = kept(bond.percent)
            c.performanceBond = bond
        }
        if var period = c.servicePeriod {
            if let m = period.months, !months.contains(m) { period.months = nil }
            if let d = period.days, !days.contains(d) { period.days = nil }
            c.servicePeriod = period
        }
        for i in c.penalties.indices {
            c.penalties[i].rate = kept(c.penalties[i].rate)
            c.penalties[i].cap = kept(c.penalties[i].cap)
            c.penalties[i].fixedAmount = kept(c.penalties[i].fixedAmount)
        }
        return c
    }

    static func sanitized(_ m: Mentions) -> Mentions {
        var m = m
        m.amounts = m.amounts.map { ok($0) ? $0 : MoneyValue(value: .zero, span: $0.span) }
        return m
    }
}
