import Testing
import ContractModel

/// A bond's share restated as its sum in the next sub-clause (`…的10%，即人民币贰拾万元整`), in our own sentences.
@Suite struct BondRestatedSumTests {
    @Test(arguments: [
        ("履约担保金额为签约合同价的10%，即人民币叁拾贰万元整。", "10", "320000.00"),
        ("乙方应提交合同总价5%的履约保证金，计人民币4.5万元。", "5", "45000.00"),
    ])
    func theSumRestatesTheShare(_ text: String, _ percent: String, _ amount: String) {
        let bond = Parsed(text).contract.performanceBond
        #expect(bond?.percent?.value.description == percent, "\(text)")
        #expect(bond?.amount?.value.description == amount, "\(text)")
    }

    /// A sum in the next sub-clause that does not restate the share is another matter.
    @Test func aLaterSumThatRestatesNothingIsNoBondSum() {
        let bond = Parsed("乙方应提交合同总价5%的履约保证金，甲方于验收后支付货款人民币30万元。").contract.performanceBond
        #expect(bond?.percent?.value.description == "5")
        #expect(bond?.amount == nil)
    }
}
