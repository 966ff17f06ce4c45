import Testing
import ContractModel
@testable import ConsistencyChecks

/// `penalty_cap_below_rate` and `penalty_cap_reached_quickly`.
@Suite struct PenaltyTests {
    func findings(_ text: String, rate: String, cap: String, per: Penalty.Per = .day) -> [Finding] {
        let c = Clause(text)
        let p = Penalty(party: .partyB, trigger: TextValue(value: "逾期", span: c.span("逾期")), rate: c.percent(rate), per: per,
                        base: "contract_total", cap: c.percent(cap, comparison: .atMost), span: c.span("逾期"))
        return c.check(Contract(penalties: [p]))
    }

    @Test func capBelowOneDaysRate() {
        let f = findings("每逾期一日，按合同价款的1%支付违约金，违约金总额不超过合同总额的0.5%。", rate: "1%", cap: "0.5%").of("penalty_cap_below_rate")
        #expect(f.map(\.message) == ["违约金每日 1%，上限却为 0.5%，低于一日的违约金（差 0.5%）"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.fields == ["contract.penalties[0].rate", "contract.penalties[0].cap"])
    }

    @Test func capBelowOneIncident() {
        let f = findings("每逾期发生一次，支付合同金额2%的违约金，最高不超过合同金额的1%。", rate: "2%", cap: "1%", per: .incident)
        #expect(f.of("penalty_cap_below_rate").map(\.message) == ["违约金每次 2%，上限却为 1%，低于一次的违约金（差 1%）"])
        #expect(f.of("penalty_cap_reached_quickly").isEmpty)
    }

    @Test func seedZeroZeroZeroDailyOnePercentCappedAtFive() {
        let f = findings("每逾期一日，应按本合同价款的 1% 向甲方支付违约金，此项违约金不超过合同总额的 5%。", rate: "1%", cap: "5%")
        #expect(f.of("penalty_cap_below_rate").isEmpty)
        let quick = f.of("penalty_cap_reached_quickly")
        #expect(quick.map(\.message) == ["违约金每日 1%，上限 5%，违约 5 天即达上限，此后继续违约不再增加违约金"])
        #expect(quick.first?.severity == .info)
    }

    @Test func slowDailyRatesAreNotReported() {
        // 5‰ a day up to 5%: ten days, beyond a week.
        #expect(findings("逾期每日按迟延支付金额的 5‰ 支付违约金，总额不超过迟延支付价款的 5%。", rate: "5‰", cap: "5%").filter { $0.rule.hasPrefix("penalty") }.isEmpty)
        // 1% a day to 7%: exactly a week, reported; 0.9% a day to 7%: ⌈7.78⌉ = 8 days, not.
        #expect(findings("逾期每日1%，不超过7%。", rate: "1%", cap: "7%").of("penalty_cap_reached_quickly").count == 1)
        #expect(findings("逾期每日0.9%，不超过7%。", rate: "0.9%", cap: "7%").of("penalty_cap_reached_quickly").isEmpty)
    }
}

@Suite struct PenaltySeedTests {
    @Test func seedZeroDailyPenaltyIsCappedWithinAWeek() throws {
        let f = try Seeds.parse("000_9fb00753f40daf59").findings
        #expect(f.of("penalty_cap_reached_quickly").map(\.message) == ["违约金每日 1%，上限 5%，违约 5 天即达上限，此后继续违约不再增加违约金"])
        #expect(f.of("penalty_cap_below_rate").isEmpty)
    }

    @Test func capLoweredBelowOneDay() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "此项违约金不超过合同总额的 5%。", with: "此项违约金不超过合同总额的 0.5%。")
        #expect(p.findings.of("penalty_cap_below_rate").map(\.message) == ["违约金每日 1%，上限却为 0.5%，低于一日的违约金（差 0.5%）"])
    }
}
