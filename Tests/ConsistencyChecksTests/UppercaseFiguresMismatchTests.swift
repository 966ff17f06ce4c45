import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct UppercaseFiguresMismatchTests {
    let rule = "uppercase_figures_mismatch"

    @Test func totalWhoseReadingsDisagreeIsReportedOnceNamingFieldAndMention() {
        let c = Clause("本合同总额为人民币（大写）叁佰玖拾万元整（¥3,090,000.00元整，含税）。")
        let total = c.paired(upper: "叁佰玖拾万元整", upperValue: "3900000", figures: "3,090,000.00")
        let findings = c.check(Contract(totalAmount: total), mentions: Mentions(amounts: [total])).of(rule)
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.severity == .error)
        #expect(f.fields == ["contract.total_amount", "mentions.amounts[0]"])
        #expect(f.spans == [c.span("叁佰玖拾万元整"), c.span("3,090,000.00")])
        #expect(f.message == "合同总价大写「叁佰玖拾万元整」为 3,900,000.00，小写「3,090,000.00」为 3,090,000.00，两者不一致（差 810,000.00）")
    }

    @Test func installmentAndBondAndStrayMentionsEachReported() throws {
        let c = Clause("第二次付款：即人民币壹佰肆拾壹万肆仟伍佰元整（¥1,441,500.00元）。履约保函肆拾柒万壹仟伍佰元整（¥417,500.00元）。另：伍万元整（¥50,000.00元）。")
        let inst = c.paired(upper: "壹佰肆拾壹万肆仟伍佰元整", upperValue: "1414500", figures: "1,441,500.00")
        let bond = c.paired(upper: "肆拾柒万壹仟伍佰元整", upperValue: "471500", figures: "417,500.00")
        let stray = c.paired(upper: "伍万元整", upperValue: "60000", figures: "50,000.00")
        let contract = Contract(installments: [Installment(sequence: 2, amount: inst, span: inst.span)],
                                performanceBond: PerformanceBond(kind: "履约保函", amount: bond, span: bond.span))
        let findings = c.check(contract, mentions: Mentions(amounts: [inst, bond, stray])).of(rule)
        try #require(findings.count == 3)
        #expect(findings[0].fields == ["contract.installments[0].amount", "mentions.amounts[0]"])
        #expect(findings[0].message.hasPrefix("第2期付款大写"))
        #expect(findings[0].message.hasSuffix("（差 27,000.00）"))
        #expect(findings[1].fields == ["contract.performance_bond.amount", "mentions.amounts[1]"])
        #expect(findings[1].message.hasPrefix("履约保函大写"))
        #expect(findings[2].fields == ["mentions.amounts[2]"])
        #expect(findings[2].message == "金额大写「伍万元整」为 60,000.00，小写「50,000.00」为 50,000.00，两者不一致（差 10,000.00）")
    }

    @Test func silentWhenReadingsAgreeOrOnlyOneReadingExists() {
        let c = Clause("合同价款为：肆佰柒拾壹万伍仟元整（¥4,715,000.00元），其中无税金额为 4,448,113.21 元。")
        let total = c.paired(upper: "肆佰柒拾壹万伍仟元整", upperValue: "4715000", figures: "4,715,000.00")
        let excl = c.money("4,448,113.21")
        let findings = c.check(Contract(totalAmount: total, amountExcludingTax: excl), mentions: Mentions(amounts: [total, excl]))
        #expect(findings.of(rule).isEmpty)
    }
}

@Suite struct UppercaseFiguresMismatchSeedTests {
    @Test func firstInstallmentFiguresMistyped() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "（¥2,829,000.00 元）", with: "（¥2,892,000.00 元）")
        let f = p.findings.of("uppercase_figures_mismatch")
        #expect(f.count == 1)
        #expect(f.first?.fields.first == "contract.installments[0].amount")
        #expect(f.first?.message == "第1期付款大写「贰佰捌拾贰万玖仟元整」为 2,829,000.00，小写「¥2,892,000.00元」为 2,892,000.00，两者不一致（差 63,000.00）")
        #expect(f.first.map { p.text.text($0.spans[0]) } == "贰佰捌拾贰万玖仟元整")
    }

    @Test func strayMentionInTheTextMistyped() throws {
        let p = try Seeds.parse("002_0ad458b6bd88bf67", replacing: "叁拾贰万柒仟捌佰元整（¥327,800.00元）", with: "叁拾贰万柒仟捌佰元整（¥372,800.00元）")
        let f = p.findings.of("uppercase_figures_mismatch")
        #expect(f.count == 1)
        #expect(f.first?.message.hasSuffix("两者不一致（差 45,000.00）") == true)
    }
}
