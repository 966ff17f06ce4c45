import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct InstallmentDueAfterPeriodEndTests {
    let rule = "installment_due_after_period_end"

    func findings(due: (String, String)) -> [Finding] {
        let c = Clause("服务期自2024年1月1日至2024年12月31日。尾款于\(due.0)前支付。")
        let sp = ServicePeriod(start: c.date("2024年1月1日", "2024-01-01"), end: c.date("2024年12月31日", "2024-12-31"), text: "服务期", span: c.span("服务期"))
        let inst = Installment(sequence: 3, dueDate: c.date(due.0, due.1), span: c.span("尾款"))
        return c.check(Contract(installments: [inst], servicePeriod: sp)).of(rule)
    }

    @Test func paymentDueMoreThanSixMonthsAfterTheEnd() {
        let f = findings(due: ("2025年12月31日", "2025-12-31"))
        #expect(f.map(\.message) == ["第3期付款日期 2025-12-31 晚于服务期止日 2024-12-31 超过 6 个月"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.fields == ["contract.installments[0].due_date", "contract.service_period.end"])
    }

    @Test func withinSixMonthsIsNormal() {
        #expect(findings(due: ("2025年6月30日", "2025-06-30")).isEmpty)
        #expect(findings(due: ("2025年7月1日", "2025-07-01")).count == 1)
    }

    @Test func endDerivedFromSigningAndMonths() {
        let c = Clause("签订日期：2025年5月20日。服务期自合同签订之日起12个月。尾款于2027年1月1日前支付。")
        let sp = ServicePeriod(months: 12, startsAtSigning: true, text: "服务期", span: c.span("服务期"))
        let inst = Installment(sequence: 2, dueDate: c.date("2027年1月1日", "2027-01-01"), span: c.span("尾款"))
        let f = c.check(Contract(signingDate: c.date("2025年5月20日", "2025-05-20"), installments: [inst], servicePeriod: sp)).of(rule)
        #expect(f.map(\.message) == ["第2期付款日期 2027-01-01 晚于服务期止日 2026-05-19 超过 6 个月"])
        #expect(f.first?.fields == ["contract.installments[0].due_date", "contract.service_period.months"])
    }
}

@Suite struct InstallmentDueAfterPeriodEndSeedTests {
    @Test func lastPaymentDatedLongAfterTheService() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: [
            ("期间为自合同签订生效之日起 12 个月", "期间为自 2025 年 6 月 1 日起至 2026 年 5 月 31 日止"),
            ("第三次付款：乙方提供运维服务 6 个月后的 30 个工作日内", "第三次付款：2027 年 12 月 31 日前"),
        ])
        #expect(p.findings.of("installment_due_after_period_end").map(\.message) == ["第3期付款日期 2027-12-31 晚于服务期止日 2026-05-31 超过 6 个月"])
    }
}
