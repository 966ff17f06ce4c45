import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct InstallmentAmountsSumTests {
    let rule = "installment_amounts_sum"

    func contract(_ c: Clause, total: String, amounts: [String?]) -> Contract {
        Contract(totalAmount: c.money(total), installments: amounts.enumerated().map { i, a in
            Installment(sequence: i + 1, amount: a.map { c.money($0) }, span: c.span("期", occurrence: i))
        })
    }

    @Test func amountsThatMissTheTotalAreReported() {
        let c = Clause("总价3,278,000.00元；一期2,294,600.00元；二期938,400.00元。")
        let f = c.check(contract(c, total: "3,278,000.00", amounts: ["2,294,600.00", "938,400.00"])).of(rule)
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "各期付款金额合计 2,294,600.00 + 938,400.00 = 3,233,000.00，与合同总价 3,278,000.00 不一致（少 45,000.00）")
        #expect(f.first?.fields == ["contract.installments[0].amount", "contract.installments[1].amount", "contract.total_amount"])
        #expect(f.first?.spans == [c.span("3,278,000.00"), c.span("2,294,600.00"), c.span("938,400.00")])
    }

    @Test func oneFenOffIsReported() {
        let c = Clause("总价100.00元；一期60.00元；二期40.01元。")
        #expect(c.check(contract(c, total: "100.00", amounts: ["60.00", "40.01"])).of(rule).first?.message.hasSuffix("（多 0.01）") == true)
    }

    @Test func partialScheduleOnlyReportedWhenItAlreadyExceedsTheTotal() {
        let c = Clause("总价100.00元；一期60.00元；二期50.00元；三期尾款。")
        #expect(c.check(contract(c, total: "100.00", amounts: ["60.00", "50.00", nil])).of(rule).first?.message
                == "已写明金额的各期合计 60.00 + 50.00 = 110.00，已超过合同总价 100.00（多 10.00）")
        let d = Clause("总价100.00元；一期60.00元；二期30.00元；三期尾款。")
        #expect(d.check(contract(d, total: "100.00", amounts: ["60.00", "30.00", nil])).of(rule).isEmpty)
    }

    @Test func silentWhenAmountsAddUp() {
        let c = Clause("总价3,278,000.00元；一期2,294,600.00元；二期983,400.00元。")
        #expect(c.check(contract(c, total: "3,278,000.00", amounts: ["2,294,600.00", "983,400.00"])).of(rule).isEmpty)
    }
}

@Suite struct InstallmentAmountsSumSeedTests {
    @Test func secondAmountChanged() throws {
        let p = try Seeds.parse("002_0ad458b6bd88bf67", replacing: "983,400.00元，大写玖拾捌万叁仟肆佰元整", with: "938,400.00元，大写玖拾叁万捌仟肆佰元整")
        #expect(p.findings.of("installment_amounts_sum").map(\.message)
                == ["各期付款金额合计 2,294,600.00 + 938,400.00 = 3,233,000.00，与合同总价 3,278,000.00 不一致（少 45,000.00）"])
    }

    @Test func thirdAmountChangedInSeedZero() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: [
            ("10%，即人民币 肆拾柒万壹仟伍佰元整（¥471,500.00 元）", "10%，即人民币 肆拾柒万伍仟元整（¥475,000.00 元）"),
        ])
        #expect(p.findings.of("installment_amounts_sum").first?.message.hasSuffix("与合同总价 4,715,000.00 不一致（多 3,500.00）") == true)
    }
}
