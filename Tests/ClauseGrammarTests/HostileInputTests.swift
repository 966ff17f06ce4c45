import Testing
import ContractModel
import ClauseGrammar

/// Inputs no contract looks like: the parser returns (null fields), never traps or hangs.
@Suite struct HostileInputTests {
    @Test func emptyAndBlankDocuments() {
        for text in ["", " ", "\n", "\u{0C}", "甲", "甲方：", "按以下第", "按以下第 2", "第", "服务期为99999999999999999年"] {
            let c = ContractParser.parse(DocumentText(printed: text), mentions: Mentions())
            #expect(c.totalAmount == nil)
            #expect(c.installments.isEmpty)
        }
    }

    @Test func longTextWithoutPunctuation() {
        // One 200 000-scalar line full of shares and keywords: sentences are bounded, rules stay linear.
        let unit = "甲方向乙方支付合同款的10%每逾期一日1%合同总价人民币100元服务期12个月"
        let p = Parsed(String(repeating: unit, count: 200_000 / unit.count))
        #expect(p.text.count >= 190_000)
        #expect(p.contract.installments.count > 1000)
        #expect(p.contract.totalAmount?.value == Money(yuan: 100))
    }
}
