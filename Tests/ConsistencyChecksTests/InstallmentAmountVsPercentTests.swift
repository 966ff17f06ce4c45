import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct InstallmentAmountVsPercentTests {
    let rule = "installment_amount_vs_percent"

    /// Total 1,130,000.00; installment 2 at `percent` with `amount`.
    func check(percent: String, amount: String) -> (Clause, [Finding]) {
        let c = Clause("合同总价为人民币1,130,000.00元。第二期付款：支付合同总价的\(percent)，即人民币\(amount)元。")
        let inst2 = Installment(sequence: 2, percent: c.percent(percent), amount: c.money(amount), span: c.span("第二期付款"))
        let inst1 = Installment(sequence: 1, span: c.span("合同总价为"))
        return (c, c.check(Contract(totalAmount: c.money("1,130,000.00"), installments: [inst1, inst2])).of(rule))
    }

    @Test func percentStatedToTwoDecimalsAllowsItsOwnRounding() {
        #expect(check(percent: "21.43%", amount: "242,159.00").1.isEmpty)
        // Tolerance = 0.005% × 1,130,000.00 + 0.005 = 56.505: 56.50 away passes, 56.51 away does not.
        #expect(check(percent: "21.43%", amount: "242,215.50").1.isEmpty)
        #expect(check(percent: "21.43%", amount: "242,102.50").1.isEmpty)
        #expect(check(percent: "21.43%", amount: "242,215.51").1.count == 1)
        #expect(check(percent: "21.43%", amount: "242,102.49").1.count == 1)
    }

    @Test func aWholePercentageIsExact() {
        #expect(check(percent: "30%", amount: "339,000.00").1.isEmpty)
        // 30% of 1,130,000.00 is 339,000.00: 3,000.00 off is an error, not 0.5 % of slack.
        #expect(check(percent: "30%", amount: "342,000.00").1.count == 1)
        #expect(check(percent: "30%", amount: "339,000.01").1.count == 1)
    }

    @Test func wrongPercentIsReportedWithTheIssueMessage() {
        let (c, f) = check(percent: "21.34%", amount: "242,159.00")
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "第2期付款 21.34% × 合同总价 1,130,000.00 = 241,142.00，但写明金额为 242,159.00（差 1,017.00）")
        #expect(f.first?.fields == ["contract.installments[1].amount", "contract.installments[1].percent", "contract.total_amount"])
        #expect(f.first?.spans == [c.span("21.34%"), c.span("242,159.00"), c.span("1,130,000.00")])
    }

    @Test func productsAreComputedExactly() {
        let (_, f) = check(percent: "33.3%", amount: "300,000.00")
        #expect(f.first?.message == "第2期付款 33.3% × 合同总价 1,130,000.00 = 376,290.00，但写明金额为 300,000.00（差 76,290.00）")
        let (_, h) = check(percent: "0.007%", amount: "90.00")
        #expect(h.first?.message == "第2期付款 0.007% × 合同总价 1,130,000.00 = 79.10，但写明金额为 90.00（差 10.90）")
    }

    @Test func inexactProductIsMarkedApproximate() {
        let c = Clause("合同总价为人民币1,000,000.01元。第一期付款：33.33%，即人民币300,000.00元。")
        let inst = Installment(sequence: 1, percent: c.percent("33.33%"), amount: c.money("300,000.00"), span: c.span("第一期付款"))
        let f = c.check(Contract(totalAmount: c.money("1,000,000.01"), installments: [inst])).of(rule)
        #expect(f.map(\.message) == ["第1期付款 33.33% × 合同总价 1,000,000.01 ≈ 333,300.00，但写明金额为 300,000.00（差 ≈33,300.00）"])
    }

    @Test func boundsAndMissingTotalAreNotChecked() {
        let c = Clause("支付不超过30%，即人民币100.00元。")
        let inst = Installment(sequence: 1, percent: c.percent("30%", comparison: .atMost), amount: c.money("100.00"), span: c.span("支付"))
        #expect(c.check(Contract(totalAmount: nil, installments: [inst])).of(rule).isEmpty)
    }
}

@Suite struct InstallmentAmountVsPercentSeedTests {
    @Test func secondShareChanged() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "支付合同款的 30%", with: "支付合同款的 35%")
        let f = p.findings.of("installment_amount_vs_percent")
        #expect(f.map(\.message) == ["第2期付款 35% × 合同总价 4,715,000.00 = 1,650,250.00，但写明金额为 1,414,500.00（差 235,750.00）"])
        #expect(f.first?.fields == ["contract.installments[1].amount", "contract.installments[1].percent", "contract.total_amount"])
        #expect(f.first.map { p.text.text($0.spans[0]) } == "35%")
    }

    @Test func bothReadingsOfAnAmountChanged() throws {
        let p = try Seeds.parse("002_0ad458b6bd88bf67", replacing: "2,294,600.00元，大写贰佰贰拾玖万肆仟陆佰元整", with: "2,249,600.00元，大写贰佰贰拾肆万玖仟陆佰元整")
        #expect(p.findings.of("installment_amount_vs_percent").map(\.message)
                == ["第1期付款 70% × 合同总价 3,278,000.00 = 2,294,600.00，但写明金额为 2,249,600.00（差 45,000.00）"])
    }
}
