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
