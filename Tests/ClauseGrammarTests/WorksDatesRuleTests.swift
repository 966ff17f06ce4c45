import Testing
import ContractModel

/// The start and end of works stated as dates of their own complete the period, or are the period.
@Suite struct WorksDatesRuleTests {
    static func period(_ text: String) -> String? {
        Parsed(text).contract.servicePeriod.map { p in
            [p.days.map { "\($0)d" }, p.start.map { "\($0.value)" }, p.end.map { "\($0.value)" }].map { $0 ?? "-" }.joined(separator: " ")
        }
    }

    @Test(arguments: [
        ("计划开工日期：2032年3月10日\n计划竣工日期：2032年9月30日\n工期总日历天数：205天", "205d 2032-03-10 2032-09-30"),
        ("本工程开工日期为2032年5月1日，完工期限为2032年6月15日。", "- 2032-05-01 2032-06-15"),
        ("双方商定于2032年8月8日开工，工期为40个日历天。", "40d 2032-08-08 -"),
    ])
    func worksDates(_ text: String, _ expected: String) {
        #expect(Self.period(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "计划开工日期：____年__月__日\n计划竣工日期：____年__月__日",
        "承包人应在开工日期前7天向监理人提交施工组织设计。",
        "如因发包人原因致使开工日期延期超过30天，承包人有权解除合同。",
    ])
    func noDatesNoPeriod(_ text: String) {
        #expect(Self.period(text) == nil, "\(text)")
    }
}
