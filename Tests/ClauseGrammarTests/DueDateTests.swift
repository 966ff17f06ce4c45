import Testing
import ContractModel

/// A stage's due date: a day followed by 前 (a deadline) or by the paying verb itself (the day of payment);
/// our own sentences.
@Suite struct DueDateTests {
    @Test(arguments: [
        ("第一期款：2035年5月10日支付合同金额的50%；第二期款：2035年12月10日支付剩余50%。", ["2035-05-10", "2035-12-10"]),
        ("甲方于2035年3月31日前支付合同总价的30%；于2035年6月30日前支付合同总价的70%。", ["2035-03-31", "2035-06-30"]),
    ])
    func dueDates(_ text: String, _ dates: [String]) {
        #expect(Parsed(text).contract.installments.map { $0.dueDate?.value.description } == dates, "\(text)")
    }

    /// The signing day is no due date: the payment falls due after it.
    @Test func theSigningDayIsNoDueDate() {
        let installments = Parsed("本合同于2035年5月10日签订，签订后10日内支付合同金额的30%。").contract.installments
        #expect(installments.count == 1 && installments.first?.dueDate == nil)
    }

    /// An ASCII full stop between sentences (a web page's `.`): the next sentence's deadline to open a letter of
    /// credit is no due date of the remainder paid before it.
    @Test func aDeadlineOfTheNextSentenceIsNoDueDate() {
        let installments = Parsed("签约时预付合同总额的20%,发货时凭提单付合同金额的50%,余款在验收合格后支付.信用证应于2034.3.8前开出.").contract.installments
        #expect(installments.count == 3)
        #expect(installments.allSatisfy { $0.dueDate == nil })
    }

    /// A heading of a few characters before `.` stays with its clause (`质保金.为…`).
    @Test func aShortHeadingBeforeAFullStopStaysWithItsClause() {
        #expect(Parsed("质保金.为工程结算总价款的4%,期满后无息退还.").contract.performanceBond?.percent.decimal == "4")
    }
}
