import Testing
import ContractModel
import ChineseNumbers

/// The currency of each amount (ISO 4217): CNY unless another is named right before the amount, or the
/// text is Taiwan's (新台幣 named, the renminbi never). Our own sentences.
@Suite struct CurrencyTests {
    static func amounts(_ s: String) -> [String] {
        MentionScanner.scan(DocumentText(printed: s)).amounts.map { "\($0.value) \($0.currency)" }
    }

    @Test(arguments: [
        ("合同总价为人民币12,500.00元。", ["12500.00 CNY"]),
        ("合同总价为¥12,500.00元。", ["12500.00 CNY"]),
        ("保固保證金：新台幣 4 萬 2,600 元整。", ["42600.00 TWD"]),
        ("契約總價為新臺幣(下同)7,315,000元。", ["7315000.00 TWD"]),
        ("合同总金额：CIF 宁波 USD 捌仟叁佰元整", ["8300.00 USD"]),
        ("每台售价 HK$ 2,400，运费另计。", ["2400.00 HKD"]),
        ("代理费为港币叁仟伍佰元。", ["3500.00 HKD"]),
    ])
    func aCurrencyNamedBeforeTheAmountIsItsCurrency(_ text: String, _ expected: [String]) {
        #expect(Self.amounts(text) == expected, "\(text)")
    }

    /// After `新臺幣(下同)…`, a bare amount of the same text is a New Taiwan dollar amount too; one
    /// renminbi sign anywhere makes the bare amounts renminbi.
    @Test func aTaiwanTextsBareAmountsAreNewTaiwanDollars() {
        #expect(Self.amounts("雙方約定月租金為新臺幣(下同)36,000元，押租金為7萬元。") == ["36000.00 TWD", "70000.00 TWD"])
        #expect(Self.amounts("報價單另附新台幣參考價，本合同押金為人民币7万元，租金为3万元。") == ["70000.00 CNY", "30000.00 CNY"])
        #expect(Self.amounts("押金为7万元，租金为3万元。") == ["70000.00 CNY", "30000.00 CNY"])
    }

    /// A mainland text that mentions 新台币 in its own script is no Taiwan text: its bare amounts stay CNY.
    @Test func aMainlandTextMentioningTaiwanDollars() {
        #expect(Self.amounts("合同总价为50000元。乙方在台湾地区的关联公司以新台币结算的费用由乙方承担。") == ["50000.00 CNY"])
    }

    /// Figures and 大写 pair only within one currency.
    @Test func readingsOfTwoCurrenciesDoNotPair() {
        let m = MentionScanner.scan(DocumentText(printed: "货款USD 1,000.00(人民币柒仟元整)"))
        #expect(m.amounts.map { "\($0.value) \($0.currency)" } == ["1000.00 USD", "7000.00 CNY"])
    }

    /// A currency named after the amount's 元 leaves the amount unread; codes run into letters are identifiers.
    @Test(arguments: ["折合12000元日币。", "型号ZUSD300", "型号XCNY100", "合同总价为美元5,000元", "欧元 10万元", "日元300万元",
                      "港元500,000元", "$5,000元"])
    func unclearCurrenciesAreNoAmounts(_ text: String) {
        #expect(Self.amounts(text).isEmpty, "\(text): \(Self.amounts(text))")
    }
}
