import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct MissingTotalAmountTests {
    @Test func reportedWhenNoTotalAndNamesWhatCannotBeChecked() {
        let c = Clause("甲方向乙方支付合同款的60%。")
        let inst = Installment(sequence: 1, percent: c.percent("60%"), span: c.span("甲方"))
        let f = c.check(Contract(installments: [inst])).of("missing_total_amount")
        #expect(f.map(\.message) == ["未找到合同总价，分期付款比例无法核对"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.fields == ["contract.total_amount"])
    }

    @Test func silentWhenTheTotalIsKnown() {
        let c = Clause("合同总价¥100.00元。")
        #expect(c.check(Contract(totalAmount: c.money("100.00"))).of("missing_total_amount").isEmpty)
    }
}

@Suite struct MissingTotalAmountSeedTests {
    @Test func totalRemovedFromSeedTwo() throws {
        let p = try Seeds.parse("002_0ad458b6bd88bf67", replacing: "本合同项下服务费总额为人民币 3,278,000.00 元，大写：叁佰贰拾柒万捌仟元整。", with: "本合同项下服务费总额见报价单。")
        #expect(p.findings.of("missing_total_amount").map(\.message) == ["未找到合同总价，分期付款比例无法核对"])
    }

    @Test func everySeedStatesItsTotal() throws {
        for name in Seeds.names { #expect(try Seeds.parse(name).findings.of("missing_total_amount").isEmpty, "\(name)") }
    }
}
