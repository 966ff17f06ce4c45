import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct DateOrderTests {
    let rule = "date_order"

    @Test func endBeforeStartAndSigningAfterEnd() {
        let c = Clause("签订日期：2024年3月1日。服务期自2023年5月1日至2023年1月31日。")
        let sp = ServicePeriod(start: c.date("2023年5月1日", "2023-05-01"), end: c.date("2023年1月31日", "2023-01-31"), text: "服务期", span: c.span("服务期"))
        let f = c.check(Contract(signingDate: c.date("2024年3月1日", "2024-03-01"), servicePeriod: sp)).of(rule)
        #expect(f.map(\.message) == ["合同签订日期 2024-03-01 晚于服务期止日 2023-01-31", "服务期止日 2023-01-31 早于起日 2023-05-01"])
        #expect(f.allSatisfy { $0.severity == .warning })
        #expect(f.first?.fields == ["contract.signing_date", "contract.service_period.end"])
    }

    @Test func paymentsDueBeforeSigningOrOutOfOrder() {
        let c = Clause("签订日期：2024年3月1日。第一期于2024年6月30日前支付，第二期于2024年2月1日前支付。")
        let i1 = Installment(sequence: 1, dueDate: c.date("2024年6月30日", "2024-06-30"), span: c.span("第一期"))
        let i2 = Installment(sequence: 2, dueDate: c.date("2024年2月1日", "2024-02-01"), span: c.span("第二期"))
        let f = c.check(Contract(signingDate: c.date("2024年3月1日", "2024-03-01"), installments: [i1, i2])).of(rule)
        #expect(Set(f.map(\.message)) == ["第2期付款日期 2024-02-01 早于合同签订日期 2024-03-01", "第2期付款日期 2024-02-01 早于第1期的 2024-06-30"])
    }

    @Test func coarserPrecisionIsNotAConflict() {
        let c = Clause("签订日期：2024年3月20日。第一期于2024年3月支付。")
        let i1 = Installment(sequence: 1, dueDate: c.date("2024年3月", "2024-03"), span: c.span("第一期"))
        #expect(c.check(Contract(signingDate: c.date("2024年3月20日", "2024-03-20"), installments: [i1])).of(rule).isEmpty)
    }

    @Test func silentOnOrderedDates() {
        let c = Clause("签订日期：2022年7月12日。服务期自2022年7月12日至2023年7月11日。")
        let sp = ServicePeriod(start: c.date("2022年7月12日", "2022-07-12", occurrence: 1), end: c.date("2023年7月11日", "2023-07-11"), text: "服务期", span: c.span("服务期"))
        #expect(c.check(Contract(signingDate: c.date("2022年7月12日", "2022-07-12"), servicePeriod: sp)).of(rule).isEmpty)
    }
}

@Suite struct DateOrderSeedTests {
    @Test func periodEndingBeforeItStartsAndBeforeSigning() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "期间为自合同签订生效之日起 12 个月", with: "期间为自 2025 年 6 月 1 日起至 2025 年 3 月 31 日止")
        #expect(Set(p.findings.of("date_order").map(\.message)) == [
            "服务期止日 2025-03-31 早于起日 2025-06-01", "合同签订日期 2025-05-20 晚于服务期止日 2025-03-31",
        ])
    }
}
