import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct BondAmountVsPercentTests {
    let rule = "bond_amount_vs_percent"

    func findings(_ text: String, percent: String, amount: String) -> (Clause, [Finding]) {
        let c = Clause(text)
        let bond = PerformanceBond(kind: "履约保函", percent: c.percent(percent), amount: c.money(amount), span: c.span("履约保函"))
        return (c, c.check(Contract(totalAmount: c.money("4,715,000.00"), performanceBond: bond)).of(rule))
    }

    @Test func bondAmountNotTenPercentIsReported() {
        let (c, f) = findings("总价¥4,715,000.00元。乙方缴纳合同总价款10%即人民币¥417,500.00元的履约保函。", percent: "10%", amount: "417,500.00")
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "履约保函 10% × 合同总价 4,715,000.00 = 471,500.00，但写明金额为 417,500.00（差 54,000.00）")
        #expect(f.first?.fields == ["contract.performance_bond.amount", "contract.performance_bond.percent", "contract.total_amount"])
        #expect(f.first?.spans == [c.span("10%"), c.span("417,500.00"), c.span("4,715,000.00")])
    }

    @Test func toleranceFollowsThePercentsPrecision() {
        // 10% (a whole percentage) is exact: a bond a few thousand yuan off 10 % is reported.
        #expect(findings("总价¥4,715,000.00元。10%即¥471,500.00元的履约保函。", percent: "10%", amount: "471,500.00").1.isEmpty)
        #expect(findings("总价¥4,715,000.00元。10%即¥474,500.00元的履约保函。", percent: "10%", amount: "474,500.00").1.count == 1)
        #expect(findings("总价¥4,715,000.00元。10%即¥471,500.01元的履约保函。", percent: "10%", amount: "471,500.01").1.count == 1)
        // 10.0% (one decimal): 0.05% × 4,715,000.00 + 0.005 = 2,357.505.
        #expect(findings("总价¥4,715,000.00元。10.0%即¥473,857.50元的履约保函。", percent: "10.0%", amount: "473,857.50").1.isEmpty)
        #expect(findings("总价¥4,715,000.00元。10.0%即¥473,857.51元的履约保函。", percent: "10.0%", amount: "473,857.51").1.count == 1)
    }

    @Test func silentOnTheSeedsBond() {
        #expect(findings("总价¥4,715,000.00元。合同总价款10%即人民币¥471,500.00元的履约保函。", percent: "10%", amount: "471,500.00").1.isEmpty)
    }
}

@Suite struct BondAmountVsPercentSeedTests {
    @Test func bondPercentChanged() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "合同总价款 10% 即", with: "合同总价款 5% 即")
        let f = p.findings.of("bond_amount_vs_percent")
        #expect(f.count == 1)
        #expect(f.first?.message.hasSuffix("5% × 合同总价 4,715,000.00 = 235,750.00，但写明金额为 471,500.00（差 235,750.00）") == true)
    }

    @Test func seedOneBondHasNoAmountSoNothingToCompare() throws {
        #expect(try Seeds.parse("001_c648c82cf455f662").findings.of("bond_amount_vs_percent").isEmpty)
    }
}
