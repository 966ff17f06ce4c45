import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct PeriodMonthsVsDatesTests {
    let rule = "period_months_vs_dates"

    func findings(months: Int? = nil, days: Int? = nil, start: (String, String), end: (String, String)) -> [Finding] {
        let c = Clause("服务期为\(months.map { "\($0)个月" } ?? "")\(days.map { "\($0)天" } ?? "")，自\(start.0)起至\(end.0)止。")
        let sp = ServicePeriod(months: months, days: days, start: c.date(start.0, start.1), end: c.date(end.0, end.1),
                               text: "服务期", span: c.span("服务期"))
        return c.check(Contract(servicePeriod: sp)).of(rule)
    }

    @Test func fourteenMonthsFromMarchToApril() {
        #expect(findings(months: 14, start: ("2022年3月1日", "2022-03-01"), end: ("2023年4月30日", "2023-04-30")).isEmpty)
        let f = findings(months: 12, start: ("2022年3月1日", "2022-03-01"), end: ("2023年4月30日", "2023-04-30"))
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "服务期写明 12 个月，但 2022-03-01 至 2023-04-30（含首尾）为 14 个月（差 2 个月）")
        #expect(f.first?.fields == ["contract.service_period.months", "contract.service_period.start", "contract.service_period.end"])
    }

    @Test func monthCountingIsEndInclusiveAndClamped() {
        #expect(Days.monthsAndDays(from: CalendarDate(iso: "2022-03-01")!, through: CalendarDate(iso: "2023-04-30")!) == (14, 0))
        #expect(Days.monthsAndDays(from: CalendarDate(iso: "2024-01-15")!, through: CalendarDate(iso: "2025-01-14")!) == (12, 0))
        #expect(Days.monthsAndDays(from: CalendarDate(iso: "2024-01-01")!, through: CalendarDate(iso: "2024-12-25")!) == (11, 25))
        #expect(Days.monthsAndDays(from: CalendarDate(iso: "2024-01-31")!, through: CalendarDate(iso: "2024-02-28")!) == (1, 0))
        #expect(Days.monthsAndDays(from: CalendarDate(iso: "2024-05-20")!, through: CalendarDate(iso: "2024-05-20")!) == (0, 1))
    }

    @Test func partialMonthIsReported() {
        let f = findings(months: 12, start: ("2024年1月1日", "2024-01-01"), end: ("2024年12月25日", "2024-12-25"))
        #expect(f.map(\.message) == ["服务期写明 12 个月，但 2024-01-01 至 2024-12-25（含首尾）为 11 个月 25 天"])
    }

    @Test func endWrittenAsNextPeriodsFirstDayIsAccepted() {
        #expect(findings(months: 12, start: ("2024年1月1日", "2024-01-01"), end: ("2025年1月1日", "2025-01-01")).isEmpty)
        #expect(!findings(months: 12, start: ("2024年1月1日", "2024-01-01"), end: ("2025年1月2日", "2025-01-02")).isEmpty)
    }

    @Test func monthPrecisionCountsCalendarMonths() {
        #expect(findings(months: 14, start: ("2022年3月", "2022-03"), end: ("2023年4月", "2023-04")).isEmpty)
        #expect(findings(months: 12, start: ("2022年3月", "2022-03"), end: ("2023年4月", "2023-04")).map(\.message)
                == ["服务期写明 12 个月，但 2022-03 至 2023-04（含首尾）为 14 个月（差 2 个月）"])
    }

    @Test func statedDaysAreChecked() {
        #expect(findings(days: 366, start: ("2024年1月1日", "2024-01-01"), end: ("2024年12月31日", "2024-12-31")).isEmpty)
        #expect(findings(days: 365, start: ("2024年1月1日", "2024-01-01"), end: ("2024年12月31日", "2024-12-31")).isEmpty) // end-exclusive reading
        #expect(findings(days: 300, start: ("2024年1月1日", "2024-01-01"), end: ("2024年12月31日", "2024-12-31")).map(\.message)
                == ["服务期写明 300 天，但 2024-01-01 至 2024-12-31（含首尾）为 366 天（差 66 天）"])
    }

    @Test func signingDateServesAsStartWhenThePeriodRunsFromSigning() {
        let c = Clause("签订时间：2025年5月20日。服务期自合同签订之日起12个月，至2026年6月30日止。")
        let sp = ServicePeriod(months: 12, end: c.date("2026年6月30日", "2026-06-30"), startsAtSigning: true, text: "服务期", span: c.span("服务期"))
        let f = c.check(Contract(signingDate: c.date("2025年5月20日", "2025-05-20"), servicePeriod: sp)).of(rule)
        #expect(f.map(\.fields) == [["contract.service_period.months", "contract.signing_date", "contract.service_period.end"]])
        #expect(f.first?.message == "服务期写明 12 个月，但 2025-05-20 至 2026-06-30（含首尾）为 13 个月 11 天")
    }
}

@Suite struct PeriodMonthsVsDatesSeedTests {
    @Test func statedMonthsDisagreeWithTheDates() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "期间为自合同签订生效之日起 12 个月", with: "期间为 12 个月，自 2022 年 3 月 1 日起至 2023 年 4 月 30 日止")
        #expect(p.contract.servicePeriod?.start?.value == CalendarDate(iso: "2022-03-01"))
        #expect(p.contract.servicePeriod?.end?.value == CalendarDate(iso: "2023-04-30"))
        #expect(p.findings.of("period_months_vs_dates").map(\.message) == ["服务期写明 12 个月，但 2022-03-01 至 2023-04-30（含首尾）为 14 个月（差 2 个月）"])
    }

    @Test func fourteenMonthsAgree() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "期间为自合同签订生效之日起 12 个月", with: "期间为 14 个月，自 2022 年 3 月 1 日起至 2023 年 4 月 30 日止")
        #expect(p.contract.servicePeriod?.months == 14)
        #expect(p.findings.of("period_months_vs_dates").isEmpty)
    }
}
