import Testing
import ContractModel

/// The bond's amount is the one stated after its keyword: an amount before it in the same sub-clause belongs to
/// another deposit.
@Suite struct BondAmountAfterKeywordTests {
    @Test func anotherDepositBeforeTheBondIsNotTheBond() {
        let b = Parsed("中标人已缴纳差额保证金人民币156万元及履约保证金人民币32万8000元，合计188万8000元。").contract.performanceBond
        #expect(b?.amount?.value.description == "328000.00")
    }

    @Test func anAmountBeforeAGuaranteeNameIsItsAmount() {
        let b = Parsed("乙方应于签约前提交金额为人民币（大写）壹拾贰万元整（¥120,000.00元）的履约保函。").contract.performanceBond
        #expect(b?.amount?.value.description == "120000.00")
    }
}
