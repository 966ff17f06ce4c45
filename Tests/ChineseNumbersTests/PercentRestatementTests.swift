import Testing
import ContractModel
import ChineseNumbers

/// A percentage in words restated in figures in brackets is one percentage (the words keep the span).
@Suite struct PercentRestatementTests {
    static func percents(_ s: String) -> [String] {
        MentionScanner.scan(DocumentText(printed: s)).percentages.map { "\($0.value)@\($0.text)" }
    }

    @Test(arguments: [
        ("验收后，甲方支付服务费的百分之四十(40%)；", ["40@百分之四十"]),
        ("首付款为合同价的百分之二十五（25%）。", ["25@百分之二十五"]),
        ("违约金按日千分之三(3‰)计。", ["0.3@千分之三"]),
        ("预付 30% (百分之三十) 的货款", ["30@30%"]),
        ("分别支付百分之三十(30%)、百分之七十(70%)。", ["30@百分之三十", "70@百分之七十"]),
    ])
    func restatedInBracketsIsOne(_ text: String, _ expected: [String]) {
        #expect(Self.percents(text) == expected)
    }

    @Test(arguments: [
        ("第一期30%，第二期30%，第三期40%。", ["30@30%", "30@30%", "40@40%"]),
        ("比例为百分之三十(其中30%为现金)", ["30@百分之三十", "30@30%"]),
        ("百分之三十(35%)", ["30@百分之三十", "35@35%"]),
    ])
    func equalPercentagesThatAreNoRestatementStay(_ text: String, _ expected: [String]) {
        #expect(Self.percents(text) == expected)
    }
}
