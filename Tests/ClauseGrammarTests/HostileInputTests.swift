import Testing
import ContractModel
import ClauseGrammar

/// Inputs no contract looks like: the parser returns (null fields), never traps or hangs.
@Suite struct HostileInputTests {
    /// Through the real path (normalizer, mention scanner, parser): with empty mentions handed in, as
    /// this test once did, no field could ever be found and the test could not fail.
    @Test func emptyAndBlankDocuments() {
        for text in ["", " ", "\n", "\u{0C}", "甲", "甲方：", "按以下第", "按以下第 2", "第", "服务期为99999999999999999年"] {
            let p = Parsed(text)
            #expect(p.contract.totalAmount == nil, "\(text)")
            #expect(p.contract.installments.isEmpty, "\(text)")
            #expect(p.contract.partyA == nil, "\(text)")
            if text.hasPrefix("服务期") {
                // Read as written, exactly: 10^17 - 1 years is 12 × as many months, no overflow, no rounding.
                #expect(p.contract.servicePeriod?.months == 99_999_999_999_999_999 * 12, "\(text)")
            } else {
                #expect(p.contract.servicePeriod == nil, "\(text)")
            }
        }
        // The same path does find a field when there is one: the loop above can fail.
        #expect(Parsed("合同总价：人民币壹万元整（¥10,000.00）").contract.totalAmount?.value == Money(yuan: 10_000))
    }

    @Test func longTextWithoutPunctuation() {
        // One 200 000-scalar line full of shares and keywords: sentences are bounded, rules stay linear. Each bounded
        // sentence charges a rate per day of a delay (`每逾期一日1%`), so its shares are the penalty's, no stages.
        let unit = "甲方向乙方支付合同款的10%每逾期一日1%合同总价人民币100元服务期12个月"
        let p = Parsed(String(repeating: unit, count: 200_000 / unit.count))
        #expect(p.text.count >= 190_000)
        #expect(p.contract.penalties.count > 1000)
        #expect(p.contract.installments.isEmpty)
        #expect(p.contract.totalAmount?.value == Money(yuan: 100))
    }
}
