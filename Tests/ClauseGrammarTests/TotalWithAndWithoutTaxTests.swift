import Testing
import ContractModel

/// A price stated without tax and then with it: the total is the price with tax, the other the amount excluding tax.
@Suite struct TotalWithAndWithoutTaxTests {
    @Test func thePriceWithTaxIsTheTotal() {
        let c = Parsed("双方确认总价3,600万元(未税)。采购单另加6%税金后，总价计为3,816万元(含税)。").contract
        #expect(c.totalAmount?.value.description == "38160000.00")
        #expect(c.amountExcludingTax?.value.description == "36000000.00")
        #expect(c.taxIncluded == true)
    }

    @Test func aSinglePriceWithoutTaxStaysTheTotal() {
        let c = Parsed("本合同总价为人民币50万元（不含税）。").contract
        #expect(c.totalAmount?.value.description == "500000.00")
        #expect(c.taxIncluded == false)
    }

    /// The tax named with its rate (`含13%增值税`, `不含6%增值税`) says whether the total includes it, also when the
    /// figure is left blank.
    @Test(arguments: [
        ("合同总金额为人民币(含13%增值税)______元。", true),
        ("合同总价为人民币8.6万元（含6%的增值税）。", true),
        ("合同总价为人民币8.6万元（不含6%增值税）。", false),
    ])
    func theTaxNamedWithItsRate(_ text: String, _ included: Bool) {
        #expect(Parsed(text).contract.taxIncluded == included, "\(text)")
    }
}
