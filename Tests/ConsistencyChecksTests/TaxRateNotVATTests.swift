import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct TaxRateNotVATTests {
    func findings(_ rate: String, comparison: Comparison = .exact) -> [Finding] {
        let c = Clause("合同总价¥1,170,000.00元（含税，税率\(rate)）。")
        return c.check(Contract(totalAmount: c.money("1,170,000.00"), taxRate: c.percent(rate, comparison: comparison))).of("tax_rate_not_vat")
    }

    @Test func outdatedRateIsReported() {
        let f = findings("17%")
        #expect(f.map(\.message) == ["写明的税率 17% 不是现行增值税税率（13%、9%、6%、5%、3%、1%、0%）之一"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.fields == ["contract.tax_rate"])
    }

    @Test func currentRatesAndBoundsAreSilent() {
        for rate in ["13%", "9%", "6%", "6.00%", "5%", "3%", "1%", "0%"] { #expect(findings(rate).isEmpty, "\(rate)") }
        #expect(findings("17%", comparison: .atMost).isEmpty)
    }
}

@Suite struct TaxRateNotVATSeedTests {
    @Test func seedZeroWithAnOutdatedRate() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "（¥4,448,113.21 元）。", with: "（¥4,448,113.21 元），税率为 16%。")
        #expect(p.findings.of("tax_rate_not_vat").map(\.message) == ["写明的税率 16% 不是现行增值税税率（13%、9%、6%、5%、3%、1%、0%）之一"])
    }

    @Test func seedsStateNoOddRate() throws {
        for name in Seeds.names { #expect(try Seeds.parse(name).findings.of("tax_rate_not_vat").isEmpty) }
    }
}
