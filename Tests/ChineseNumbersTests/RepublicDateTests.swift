import Testing
import ContractModel
import ChineseNumbers

/// Dates in the Republic of China calendar (year + 1911) where the text says so; a short year that cannot be
/// told is neither a date nor a duration of years.
@Suite struct RepublicDateTests {
    static func scan(_ s: String) -> (dates: [String], durations: [String]) {
        let m = MentionScanner.scan(DocumentText(printed: s))
        return (m.dates.map { "\($0.value)" }, m.durations.map { "\($0.value)\($0.unit)" })
    }

    @Test(arguments: [
        ("租期自民國109年3月1日起至112年2月28日止", ["2020-03-01", "2023-02-28"]),
        ("自民国(以下同)98 年 7月1日起", ["2009-07-01"]),
        ("每月租金新臺幣35,000元，租賃期間自96年5月1日起至99年4月30日止", ["2007-05-01", "2010-04-30"]),
        ("雙方於104年10月8日簽訂契約", ["2015-10-08"]),
        ("民國108年6月", ["2019-06"]),
    ])
    func republicYears(_ text: String, _ expected: [String]) {
        let found = Self.scan(text)
        #expect(found.dates == expected, "\(text)")
        #expect(!found.durations.contains { $0.hasSuffix("year") }, "\(found.durations)")
    }

    @Test func aShortYearWithNothingToTellTheCalendarIsNoValue() {
        let found = Self.scan("服务期自24年3月1日起至25年2月28日止")
        #expect(found.dates.isEmpty)
        #expect(found.durations.isEmpty, "24年 is no duration of 24 years: \(found.durations)")
    }

    @Test func yearsAsDurationsStay() {
        #expect(Self.scan("合同期限为3年，自2024年1月1日起").durations == ["3year"])
        #expect(Self.scan("质保期2年。").durations == ["2year"])
    }
}
