import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct TaxAmountVsRateTests {
    let rule = "tax_amount_vs_rate"

    func findings(excluding: String, rate: String? = nil) -> (Clause, [Finding]) {
        let c = Clause("合同价款为¥4,715,000.00元，其中无税金额为¥\(excluding)元\(rate.map { "，税率\($0)" } ?? "")。")
        let contract = Contract(totalAmount: c.money("4,715,000.00"), amountExcludingTax: c.money(excluding),
                                taxRate: rate.map { c.percent($0) }, taxIncluded: true)
        return (c, c.check(contract).of(rule))
    }

    @Test func seedAmountsAreSixPercentWithinAFen() {
        // 4,715,000.00 ÷ 1.06 = 4,448,113.2075…
        #expect(findings(excluding: "4,448,113.21").1.isEmpty)
        #expect(findings(excluding: "4,448,113.21", rate: "6%").1.isEmpty)
        #expect(findings(excluding: "4,448,113.20", rate: "6%").1.isEmpty)
    }

    @Test func statedRateThatDoesNotFitIsAnError() {
        let (c, f) = findings(excluding: "4,448,113.23", rate: "6%")
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "含税总价 4,715,000.00 ÷ (1 + 6%) ≈ 4,448,113.21，但写明不含税金额为 4,448,113.23（差 ≈0.02）")
        #expect(f.first?.fields == ["contract.amount_excluding_tax", "contract.tax_rate", "contract.total_amount"])
        #expect(f.first?.spans == [c.span("4,715,000.00"), c.span("4,448,113.23"), c.span("6%")])
        #expect(findings(excluding: "4,448,113.21", rate: "9%").1.first?.message
                == "含税总价 4,715,000.00 ÷ (1 + 9%) ≈ 4,325,688.07，但写明不含税金额为 4,448,113.21（差 ≈122,425.14）")
    }

    @Test func impliedRateThatIsNoVATRateIsAnErrorNamingTheNearestRate() {
        let f = findings(excluding: "4,400,000.00").1
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "未写明税率；含税总价 4,715,000.00 与不含税金额 4,400,000.00 隐含税率 ≈7.16%，不是增值税税率（13%、9%、6%、5%、3%、1%、0%）之一；最接近的 6% 应得 ≈4,448,113.21，差 ≈48,113.21")
    }

    @Test func aFewFenOffTheNearestRateIsAnError() {
        // 4,715,000.00 ÷ 1.06 = 4,448,113.2075…: 4,448,113.25 is 4 fen off, more than the fen rounding allows.
        let f = findings(excluding: "4,448,113.25").1
        #expect(f.map(\.severity) == [.error])
        #expect(f.first?.message.hasSuffix("最接近的 6% 应得 ≈4,448,113.21，差 ≈0.04") == true)
    }

    @Test func everyVATRateIsAccepted() {
        // 4,715,000.00 ÷ 1.13, 1.09, 1.05, 1.03, 1.01, 1.00, rounded to the fen.
        for excl in ["4,172,566.37", "4,325,688.07", "4,490,476.19", "4,577,669.90", "4,668,316.83", "4,715,000.00"] {
            #expect(findings(excluding: excl).1.isEmpty, "\(excl)")
        }
    }

    @Test func excludingAboveTotalIsAnError() {
        let f = findings(excluding: "4,800,000.00").1
        #expect(f.map(\.severity) == [.error])
        #expect(f.first?.message == "不含税金额 4,800,000.00 大于含税总价 4,715,000.00（多 85,000.00）")
    }
}

@Suite struct TaxAmountVsRateSeedTests {
    @Test func seedZeroIsSixPercent() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59")
        #expect(p.contract.amountExcludingTax?.value == Money("4448113.21"))
        #expect(p.findings.of("tax_amount_vs_rate").isEmpty)
    }

    @Test func amountExcludingTaxChanged() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分（¥4,448,113.21 元）", with: "肆佰肆拾万元整（¥4,400,000.00 元）")
        let f = p.findings.of("tax_amount_vs_rate")
        #expect(f.map(\.severity) == [.error])
        #expect(f.first?.message.contains("隐含税率 ≈7.16%") == true)
    }

    @Test func statedRateDisagrees() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "（¥4,448,113.21 元）。", with: "（¥4,448,113.21 元），税率为 9%。")
        #expect(p.findings.of("tax_amount_vs_rate").map(\.severity) == [.error])
    }
}
