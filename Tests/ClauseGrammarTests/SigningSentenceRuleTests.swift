import Testing
import ContractModel

/// The signing date stated in a sentence (our own sentences): after 于, before the signing verb, a
/// place between them allowed; never a contract referred to, a deadline, or a supplement's original.
@Suite struct SigningSentenceRuleTests {
    @Test(arguments: [
        ("本合同由东岭水泥有限公司（以下简称“甲方”）与西川建材贸易有限公司（以下简称“乙方”）于2032年6月8日签订。", "2032-06-08"),
        ("本合同于2032年3月15日在杭州市西湖区签订，自签订之日起生效。", "2032-03-15"),
        ("兩造於110年7月14日簽訂「某某國小校舍補強工程採購契約」。", "2021-07-14"),
        ("甲乙双方于2032年1月9日签署本合同。", "2032-01-09"),
    ])
    func aSigningSentenceDatesTheContract(_ text: String, _ iso: String) {
        #expect(Parsed(text).contract.signingDate?.value.description == iso, "\(text)")
    }

    @Test(arguments: [
        "根据2032年7月31日签订的绿化养护合同，双方达成如下补充约定。",
        "甲乙双方于2032年5月1日签订了《设备采购合同》（以下简称原合同），现就付款事宜补充约定如下。",
        "中标人应于2032年6月8日前签订合同。",
        "双方应于2032年6月8日签订正式合同。",
        "乙方于2032年6月8日在签订合同后支付履约保证金。",
        "甲方于2032年6月8日签订合同后十日内支付预付款。",
    ])
    func otherDatesAreNoSigningDate(_ text: String) {
        #expect(Parsed(text).contract.signingDate == nil, "\(text)")
    }

    @Test func aLabelledSigningDateComesFirst() {
        let text = "合同签订日期：2032年4月2日\n双方于2032年4月5日签署补充条款。"
        #expect(Parsed(text).contract.signingDate?.value.description == "2032-04-02")
    }
}
