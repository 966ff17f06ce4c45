import Testing
import ContractModel

/// The whole price paid at once where no stage is stated (our own sentences); a duty stated in general, a
/// blank share and a form's unchosen options are none.
@Suite struct SinglePaymentRuleTests {
    @Test(arguments: [
        "验收合格后，甲方凭发票以转账方式向乙方支付合同款。",
        "乙方交付源代码后，甲方在10个工作日内支付乙方开发费用。",
        "七、结算方式：款到发货。",
        "支付方式：合同签订后5个工作日内，甲方一次性支付全年服务费用。",
    ])
    func theWholePriceOnce(_ text: String) {
        let installments = Parsed(text).contract.installments
        #expect(installments.count == 1, "\(text)")
        #expect(installments.first?.percent == nil && installments.first?.amount == nil)
    }

    @Test func itsTermAndCondition() {
        let i = Parsed("乙方交付源代码后，甲方在10个工作日内支付乙方开发费用。").contract.installments.first
        #expect(i?.dueWithin == Quantity(value: FixedDecimal(10), unit: .workingDay))
    }

    @Test(arguments: [
        "甲方应当按照协议，按时向乙方支付开发费用。",
        "本协议签订之日起____日内，甲方向乙方支付咨询服务费的%，即元。",
        "八、结算方式：先款后货/先货后款。",
        "乙方交付货物后，甲方逾期支付货款的，按日支付违约金。",
    ])
    func noSinglePayment(_ text: String) {
        #expect(Parsed(text).contract.installments.isEmpty, "\(text)")
    }

    /// Stages stated elsewhere win: the single payment is read only when there is none.
    @Test func statedStagesWin() {
        let p = Parsed("合同签订后支付合同款的30%。验收合格后，甲方向乙方支付合同款。")
        #expect(p.contract.installments.map(\.percent.decimal) == ["30"])
    }
}
