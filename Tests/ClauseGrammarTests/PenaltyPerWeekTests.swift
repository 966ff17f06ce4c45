import Testing
import ContractModel

/// A rate per seven days is per week; a count of days before the figure is no unit.
@Suite struct PenaltyPerWeekTests {
    @Test(arguments: ["迟交货赔偿比例为每7天0.6%，最多不超过迟交货部分的6%。", "供方每迟延交货七日，按迟交部分货款的1%支付违约金。"])
    func sevenDaysAreAWeek(_ text: String) {
        let x = Parsed(text).contract.penalties.first
        #expect(x?.per == .week, "\(text)")
    }

    @Test func aRatePerDayStaysPerDay() {
        #expect(Parsed("乙方每逾期一日，应按每日0.5%支付违约金。").contract.penalties.first?.per == .day)
        #expect(Parsed("每延误1天，按合同总价的千分之二支付违约金。").contract.penalties.first?.per == .day)
        // Seventeen days are no week.
        #expect(Parsed("供方每逾期十七日，按迟交部分货款的1%支付违约金。").contract.penalties.first?.per != .week)
    }
}
