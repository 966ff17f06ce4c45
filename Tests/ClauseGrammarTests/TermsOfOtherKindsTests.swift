import Testing
import ContractModel

/// The term of contracts of other kinds (employment, loans, supervision of works), in our own sentences;
/// a probation period is no term.
@Suite struct TermsOfOtherKindsTests {
    @Test(arguments: [
        ("聘用期限自2034年9月1日至2037年8月31日。", nil, "2034-09-01", "2037-08-31"),
        ("劳动合同期限：固定期限，自2034年3月1日起至2037年2月28日止，其中试用期2个月。", nil, "2034-03-01", "2037-02-28"),
        ("借款期限为12个月，自2034年1月10日至2035年1月9日。", 12, "2034-01-10", "2035-01-09"),
        ("监理服务期：自开工之日起至竣工验收合格之日止，暂定18个月。", 18, nil, nil),
    ] as [(String, Int?, String?, String?)])
    func theTermIsRead(_ text: String, _ months: Int?, _ start: String?, _ end: String?) {
        let period = Parsed(text).contract.servicePeriod
        #expect(period?.months == months, "\(text)")
        #expect(period?.start?.value.description == start)
        #expect(period?.end?.value.description == end)
    }

    /// Taiwan's works contracts: `施作期限` in calendar days (`日曆天`).
    @Test func aWorksTermInCalendarDays() {
        #expect(Parsed("本工程之施作期限自甲方通知開工之日起240日曆天。").contract.servicePeriod?.days == 240)
    }

    /// The day the contract takes effect starts its term (`自…生效，有效期为三年`); a signing day does not.
    @Test func theDayOfEffectStartsTheTerm() {
        let period = Parsed("本协议自2036年4月9日起生效，有效期为两年。").contract.servicePeriod
        #expect(period?.months == 24)
        #expect(period?.start?.value.description == "2036-04-09")
        #expect(Parsed("本协议于2036年4月9日签订，有效期为两年。").contract.servicePeriod?.start == nil)
    }

    @Test func aProbationIsNoTerm() {
        #expect(Parsed("试用期为3个月，试用期工资为转正工资的80%。").contract.servicePeriod == nil)
    }
}

/// A length counted from the end of the work (a non-compete after leaving) is no term; one counted from
/// signing is. Our own sentences.
@Suite struct LengthsAfterTheEndTests {
    @Test func aLengthAfterLeavingIsNoTerm() {
        #expect(Parsed("竞业限制的期限：本劳动合同期间及乙方离职后的两年。").contract.servicePeriod?.months == nil)
    }

    @Test func aLengthAfterSigningIsTheTerm() {
        #expect(Parsed("本合同有效期为合同签订后的两年。").contract.servicePeriod?.months == 24)
    }
}

/// A term of a kind no keyword names (`孵化期限`, `托管期限`) is read where its length and whole dates are stated
/// together; terms of other things (`付款期限`, `质保期限`) are not. Our own sentences.
@Suite struct TermsNamedOtherwiseTests {
    @Test func aTermWithItsLengthAndDates() {
        let period = Parsed("第二条 孵化期限\n孵化期限为18个月，自2039年2月11日起至2040年8月11日止。").contract.servicePeriod
        #expect(period?.months == 18)
        #expect(period?.start?.value.description == "2039-02-11")
        #expect(period?.end?.value.description == "2040-08-11")
    }

    @Test(arguments: ["付款期限为30天，自2039年1月1日起至2039年1月31日止。", "质保期限为12个月，自2039年1月1日起至2039年12月31日止。",
                      "托管期限为两年。"])
    func otherTermsOrNoDates(_ text: String) {
        #expect(Parsed(text).contract.servicePeriod == nil, "\(text)")
    }

    /// Sentences shorter than a term word (`甲。期限。`) are read without fault (a range bound once crashed here).
    @Test func shortSentences() {
        #expect(Parsed("甲。期限。|；* ；乙方期限\n限。").contract.servicePeriod == nil)
    }
}

/// The length counted right after the dates (`…至…止，计3年`) is the term's length however far from its keyword.
@Suite struct LengthAfterTheDatesTests {
    @Test func theLengthAfterTheDates() {
        let period = Parsed("第三条 租赁期限\n一、自民国(以下同)127年3月1日起至130年2月28日止，计3年。").contract.servicePeriod
        #expect(period?.months == 36)
        #expect(period?.start?.value.description == "2038-03-01")
    }
}

/// A project's building period within a length from signing is its term; the after-sales service or warranty
/// after the work is another period. Our own sentences.
@Suite struct BuildingPeriodAndAfterSalesTests {
    @Test func aBuildingPeriodFromSigning() {
        let period = Parsed("4.1 本项目建设期：乙方应于合同签订后4个月内完成系统集成并通过验收。").contract.servicePeriod
        #expect(period?.months == 4)
        #expect(period?.startsAtSigning == true)
    }

    @Test(arguments: ["售后服务有效期自终验合格之日起算，免费有效期为两年。", "质保服务期为验收合格后12个月。"])
    func afterSalesAndWarrantyAreNoTerm(_ text: String) {
        #expect(Parsed(text).contract.servicePeriod == nil, "\(text)")
    }

    @Test func aDeadlineAfterTheTermIsNoLength() {
        #expect(Parsed("服务期届满后1个月内，乙方应移交全部资料。").contract.servicePeriod == nil)
    }
}
