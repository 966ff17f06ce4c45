import Testing
import ContractModel

/// A lease's price is its rent over the whole term (our own sentences); a rent per year or month is none.
@Suite struct LeaseRentTotalTests {
    @Test(arguments: [
        ("租金总额为人民币柒万贰仟元整。", "72000.00"),
        ("总租金：¥48,000.00元（大写：肆万捌仟元整）。", "48000.00"),
        ("本合同租赁期两年，租金共计人民币12万元，按季度支付。", "120000.00"),
        ("年租金为4万元，三年租金合计12万元。", "120000.00"),
    ])
    func theRentOverTheTermIsTheTotal(_ text: String, _ total: String) {
        #expect(Parsed(text).contract.totalAmount?.value.description == total, "\(text)")
    }

    @Test(arguments: [
        "年租金总额为人民币5万元，租期三年。",
        "每月租金合计3500元，于每月5日前支付。",
        "一年的租金总计为人民币________元。",
    ])
    func aRentPerPeriodIsNoTotal(_ text: String) {
        #expect(Parsed(text).contract.totalAmount == nil, "\(text)")
    }

    /// A year before the keyword dates it: the price of the 2033 contract is a total.
    @Test func aYearBeforeTheKeywordIsNoPeriod() {
        #expect(Parsed("2033年合同金额为人民币86万元。").contract.totalAmount?.value.description == "860000.00")
    }

    /// One year's rent of several (`第一年租金不含税价…`), computed from a monthly rent, is neither the total nor
    /// the amount excluding tax.
    @Test func oneYearsRentOfSeveral() {
        let c = Parsed("第一年租金不含税价人民币：9800元×12个月= 117,600.00元；第二年租金不含税价人民币：10200元×12个月= 122,400.00元。").contract
        #expect(c.amountExcludingTax == nil)
        #expect(c.totalAmount == nil)
    }
}
