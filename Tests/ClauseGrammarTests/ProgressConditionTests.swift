import Testing
import ContractModel

/// A progress reached (`完成工程量50%时`) is the condition of a payment, not a share of the price; our own sentences.
@Suite struct ProgressConditionTests {
    @Test(arguments: [
        ("预付款：合同签订后支付合同价款的20%；进度款：完成工程量50%时支付合同价款的30%。", ["20", "30"]),
        ("完成工程量的60%后支付合同价款的40%，竣工验收合格后支付合同价款的60%。", ["40", "60"]),
        ("工程进度达到70%以后，甲方支付合同价款的25%。", ["25"]),
    ])
    func theProgressIsNoShare(_ text: String, _ shares: [String]) {
        #expect(Parsed(text).contract.installments.map { $0.percent?.value.description } == shares, "\(text)")
    }

    /// A stage named after completion keeps its share (`项目完成后支付…的30%`: the 30% follows the verb).
    @Test func aShareAfterCompletionIsAShare() {
        #expect(Parsed("项目完成后支付合同价款的30%。").contract.installments.map { $0.percent?.value.description } == ["30"])
    }
}
