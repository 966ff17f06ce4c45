import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct TotalAmountConflictTests {
    let rule = "total_amount_conflict"

    @Test func bodyAndAwardNoticeDisagree() {
        let c = Clause("合同总价：¥3,278,000.00元。\u{0C}中标通知书：中标金额 ¥3,287,000.00元。\u{0C}签署页：合同金额 ¥3,278,000.00元。")
        let body = c.money("3,278,000.00"), notice = c.money("3,287,000.00"), signature = c.money("3,278,000.00", occurrence: 1)
        let findings = c.check(Contract(totalAmount: body, totalAmountStatements: [notice, signature])).of(rule)
        #expect(findings.count == 1)
        #expect(findings[0].severity == .error)
        #expect(findings[0].message == "合同总价在此处写为 3,287,000.00，与首处写明的 3,278,000.00 不一致（差 9,000.00）")
        #expect(findings[0].fields == ["contract.total_amount", "contract.total_amount_statements[0]"])
        #expect(findings[0].spans == [c.span("3,278,000.00"), c.span("3,287,000.00")])
        #expect(findings[0].spans[1].page == 2)
    }

    @Test func silentWhenEveryStatementAgrees() {
        let c = Clause("合同总价：¥3,278,000.00元。签署页：¥3,278,000.00元。")
        let findings = c.check(Contract(totalAmount: c.money("3,278,000.00"), totalAmountStatements: [c.money("3,278,000.00", occurrence: 1)]))
        #expect(findings.of(rule).isEmpty)
    }
}

@Suite struct TotalAmountConflictSeedTests {
    @Test func secondStatementOfTheTotalDisagrees() throws {
        let p = try Seeds.parse("001_c648c82cf455f662", replacing: "前述合同价款为含税价", with: "前述合同价款为人民币 3,090,000.00 元，为含税价")
        let f = p.findings.of("total_amount_conflict")
        #expect(f.map(\.message) == ["合同总价在此处写为 3,090,000.00，与首处写明的 3,900,000.00 不一致（差 810,000.00）"])
        #expect(f.first?.fields == ["contract.total_amount", "contract.total_amount_statements[0]"])
    }
}
