import Testing
import ContractModel
@testable import ConsistencyChecks

/// Bad input never crashes the checker: absurd amounts, percents and dates are left unchecked.
@Suite struct HostileValuesTests {
    @Test func extremeValuesDoNotTrap() {
        let c = Clause("合同总价¥1.00元，首付60%，即¥1.00元，税率6%。\u{0C}服务期自2024年1月1日至9999年12月31日。")
        let span = c.span("合同总价")
        let huge = MoneyValue(value: Money(fen: .max), span: span,
                              uppercase: MoneyReading(text: "x", value: Money(fen: .max), span: span),
                              figures: MoneyReading(text: "y", value: Money(fen: .min), span: span))
        let tiny = PercentValue(value: FixedDecimal(units: .max, scale: 18), text: "z", span: span)
        let big = PercentValue(value: FixedDecimal(units: .max, scale: 0), text: "w", span: span)
        let date = DateValue(value: CalendarDate(year: 9999, month: 12, day: 31), text: "9999年12月31日", span: c.span("9999年12月31日"))
        let contract = Contract(
            signingDate: date, totalAmount: huge, totalAmountStatements: [huge, c.money("1.00")], amountExcludingTax: huge, taxRate: tiny,
            installments: [Installment(sequence: 1, percent: big, amount: huge, dueDate: date, span: span),
                           Installment(sequence: Int.max, percent: tiny, amount: c.money("1.00", occurrence: 1), span: span)],
            performanceBond: PerformanceBond(kind: "履约保函", percent: big, amount: huge, span: span),
            servicePeriod: ServicePeriod(months: Int.max / 2, days: Int.max / 2, start: c.date("2024年1月1日", "2024-01-01"), end: date, text: "服务期", span: span),
            penalties: [Penalty(party: .partyB, trigger: TextValue(value: "t", span: span), rate: tiny, per: .day, cap: big, span: span)])
        let findings = c.check(contract, mentions: Mentions(amounts: [huge, huge]))
        // Nothing out of range is reported as if it were checked; the run itself is the test.
        #expect(findings.of("uppercase_figures_mismatch").isEmpty)
        #expect(findings.of("installment_amount_vs_percent").isEmpty)
    }
}

/// Zero and negative values where rules divide: never a trap, never a finding computed from a
/// divisor of 0 (found by Scripts/fuzz FuzzText: a 0.00 total beside a bond amount trapped).
@Suite struct ZeroDivisorTests {
    @Test func bondBesideAZeroTotal() {
        let c = Clause("合同总价：人民币0.00元。履约保证金：人民币1,000.00元。")
        let bond = PerformanceBond(kind: "履约保证金", amount: c.money("1,000.00"), span: c.span("履约保证金"))
        let findings = c.check(Contract(totalAmount: c.money("0.00"), performanceBond: bond))
        #expect(findings.of("bond_above_legal_limit").isEmpty)
    }

    @Test func aTaxRateOfMinusOneHundredPercent() {
        let c = Clause("合同总价¥1,000.00元，不含税金额¥900.00元，税率-100%。")
        let rate = PercentValue(value: FixedDecimal(-100), text: "-100%", span: c.span("-100%"))
        let findings = c.check(Contract(totalAmount: c.money("1,000.00"), amountExcludingTax: c.money("900.00"), taxRate: rate, taxIncluded: true))
        #expect(findings.of("tax_amount_vs_rate").isEmpty)
    }
}
