import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct InvalidDateTests {
    @Test func dayThatDoesNotExist() {
        let c = Clause("签订日期：2023年2月29日。")
        let f = c.check(Contract(signingDate: c.date("2023年2月29日", "2023-02-29"))).of("invalid_date")
        #expect(f.map(\.message) == ["日期「2023年2月29日」不存在（2023 年 2 月只有 28 天，没有 29 日）"])
        #expect(f.first?.severity == .error)
        #expect(f.first?.fields == ["contract.signing_date"])
    }

    @Test func leapDayIsFine() {
        let c = Clause("签订日期：2024年2月29日。")
        #expect(c.check(Contract(signingDate: c.date("2024年2月29日", "2024-02-29"))).of("invalid_date").isEmpty)
    }
}

@Suite struct InvalidDateSeedTests {
    @Test func signingDateThatDoesNotExist() throws {
        // Either the scanner rejects the date (invalid_numeral) or it keeps the value and the check
        // names it (invalid_date): both must point at the date.
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "签订时间：2025.5.20", with: "签订时间：2025.2.30")
        let f = p.findings.filter { ["invalid_date", "invalid_numeral"].contains($0.rule) }
        #expect(f.count >= 1)
        #expect(f.allSatisfy { p.text.text($0.spans[0]).contains("2025.2.30") })
    }
}
