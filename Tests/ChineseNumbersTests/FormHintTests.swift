import Testing
import ContractModel
import ChineseNumbers

/// A model text's hint between a filled figure and its unit (`10000(5000~50000)元/天`: the range the form
/// suggested) leaves the figure its unit; the hint itself is no value. Our own figures.
@Suite struct FormHintTests {
    static func amounts(_ s: String) -> [String] {
        MentionScanner.scan(DocumentText(printed: s)).amounts.map { "\($0.value)" }
    }

    @Test(arguments: [
        ("每延误1天，承包人按20000(5000~50000)元/天计算逾期竣工违约金。", ["20000.00"]),
        ("每延误1天，承包人按 8000 （1000～10000） 元/天计算违约金。", ["8000.00"]),
        ("暂列金额为 35（10-50）万元。", ["350000.00"]),
    ])
    func theFigureKeepsItsUnit(_ text: String, _ expected: [String]) {
        #expect(Self.amounts(text) == expected, "\(text)")
    }

    /// Brackets with words are no hint: 大写 numerals, a tax note, a blank.
    @Test(arguments: ["合同总价为5000（伍仟）元。", "按3000(含税)元计。", "按____(5000~50000)元/天计算。"])
    func otherBracketsAreNoHint(_ text: String) {
        #expect(Self.amounts(text).isEmpty, "\(text): \(Self.amounts(text))")
    }
}
