import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct RegistryTests {
    @Test func everyRuleIsListedOnceWithItsDocumentation() {
        let ids = ConsistencyChecker.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == [
            "uppercase_figures_mismatch", "total_amount_conflict", "installment_percent_sum", "installment_amount_vs_percent",
            "installment_amounts_sum", "bond_amount_vs_percent", "tax_amount_vs_rate", "period_months_vs_dates", "date_order",
            "penalty_cap_below_rate", "penalty_cap_reached_quickly", "missing_total_amount", "extraction_gap", "invalid_numeral",
            "invalid_date", "installment_due_after_period_end", "tax_rate_not_vat", "bond_above_legal_limit",
        ])
        for rule in ConsistencyChecker.rules {
            #expect(!rule.summary.isEmpty && !rule.tolerance.isEmpty, "\(rule.id)")
            #expect(rule.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") }, "\(rule.id)")
        }
        let tax = ConsistencyChecker.rules.first { $0.id == "tax_amount_vs_rate" }
        #expect(tax?.severity == .error)
        #expect(tax?.severities == [.error])
    }

    @Test func findingsAreSortedByFirstSpanThenRule() {
        let c = Clause("合同总价¥100.00元。首付60%，即¥70.00元。")
        let inst = Installment(sequence: 1, percent: c.percent("60%"), amount: c.money("70.00"), span: c.span("首付"))
        let contract = Contract(totalAmount: c.money("100.00"), installments: [inst])
        let findings = c.check(contract)
        #expect(findings.map(\.rule) == ["installment_amounts_sum", "installment_amount_vs_percent", "installment_percent_sum"])
        #expect(findings == c.check(contract))
        // Findings without evidence come last.
        let none = c.check(Contract(installments: [inst]))
        #expect(none.last?.rule == "missing_total_amount")
    }
}
