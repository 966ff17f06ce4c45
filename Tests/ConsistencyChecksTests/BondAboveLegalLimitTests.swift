import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct BondAboveLegalLimitTests {
    let rule = "bond_above_legal_limit"

    @Test func percentAboveTenIsReported() {
        let c = Clause("总价¥1,000,000.00元。乙方提交合同金额15%的履约保证金。")
        let bond = PerformanceBond(kind: "履约保证金", percent: c.percent("15%"), span: c.span("履约保证金"))
        let f = c.check(Contract(totalAmount: c.money("1,000,000.00"), performanceBond: bond)).of(rule)
        #expect(f.map(\.message) == ["履约保证金为合同金额的 15%，超过 10%；政府采购合同的履约保证金不得超过合同金额的 10%（《政府采购法实施条例》第四十八条）"])
        #expect(f.first?.severity == .info)
    }

    @Test func amountAboveTenPercentOfTheTotal() {
        let c = Clause("总价¥3,278,000.00元。履约保函¥327,800.01元。")
        let bond = PerformanceBond(kind: "履约保函", amount: c.money("327,800.01"), span: c.span("履约保函"))
        let f = c.check(Contract(totalAmount: c.money("3,278,000.00"), performanceBond: bond)).of(rule)
        #expect(f.map(\.message) == ["履约保函 327,800.01 为合同总价 3,278,000.00 的 ≈10%，超过 10%；政府采购合同的履约保证金不得超过合同金额的 10%（《政府采购法实施条例》第四十八条）"])
    }

    @Test func exactlyTenPercentIsAllowed() {
        let c = Clause("总价¥3,278,000.00元。履约保函¥327,800.00元，合同金额10%。")
        let byAmount = PerformanceBond(kind: "履约保函", amount: c.money("327,800.00"), span: c.span("履约保函"))
        let byPercent = PerformanceBond(kind: "履约保函", percent: c.percent("10%"), span: c.span("履约保函"))
        #expect(c.check(Contract(totalAmount: c.money("3,278,000.00"), performanceBond: byAmount)).of(rule).isEmpty)
        #expect(c.check(Contract(totalAmount: c.money("3,278,000.00"), performanceBond: byPercent)).of(rule).isEmpty)
    }
}

@Suite struct BondAboveLegalLimitSeedTests {
    @Test func seedTwoBondRaised() throws {
        let p = try Seeds.parse("002_0ad458b6bd88bf67", replacing: "叁拾贰万柒仟捌佰元整（¥327,800.00元）", with: "肆拾玖万壹仟柒佰元整（¥491,700.00元）")
        #expect(p.findings.of("bond_above_legal_limit").map(\.message).first?.hasPrefix("履约保函 491,700.00 为合同总价 3,278,000.00 的 15%，超过 10%") == true)
    }

    @Test func seedsBondsAreAtMostTenPercent() throws {
        for name in Seeds.names { #expect(try Seeds.parse(name).findings.of("bond_above_legal_limit").isEmpty) }
    }
}
