import Testing
import ContractModel

@Suite struct BondRuleTests {
    @Test func shareAndAmount() {
        let p = Parsed("支付第一笔合同款后的30日内，乙方向甲方缴纳合同总价款10%即人民币肆拾柒万壹仟伍佰元整（¥471,500.00元）的履约保函。")
        let b = p.contract.performanceBond
        #expect(b?.kind == "履约保函")
        #expect(b?.percent.decimal == "10")
        #expect(b?.amount.yuan == "471500.00")
    }

    @Test func amountOnly() {
        let p = Parsed("（一）乙方应于本合同签署之日起20个工作日内向甲方提交（大写）叁拾贰万柒仟捌佰元整（¥327,800.00元）履约保函。")
        #expect(p.contract.performanceBond?.percent == nil)
        #expect(p.contract.performanceBond?.amount.yuan == "327800.00")
    }

    @Test func waivedOrAbsentBondIsNull() {
        #expect(Parsed("本项目不收取履约保证金。").contract.performanceBond == nil)
        #expect(Parsed("甲方向乙方支付合同款的60%。").contract.performanceBond == nil)
    }

    @Test func requiredWithoutFigures() {
        let b = Parsed("乙方应在合同签订前向甲方提交履约保函。").contract.performanceBond
        #expect(b?.kind == "履约保函")
        #expect(b?.percent == nil && b?.amount == nil)
    }
}

@Suite struct ServicePeriodRuleTests {
    @Test func monthsFromSigning() {
        let s = Parsed("乙方为甲方提供运行维护服务的期间为自合同签订生效之日起 12 个月。").contract.servicePeriod
        #expect(s?.months == 12)
        #expect(s?.startsAtSigning == true)
    }

    @Test func oneYearFromSigning() {
        let s = Parsed("本项目运行维护服务期为 自合同签订之日起一年。").contract.servicePeriod
        #expect(s?.months == 12)
        #expect(s?.startsAtSigning == true)
    }

    @Test func datedRange() {
        let s = Parsed("服务期限：自2022年3月1日起至2023年2月28日止。").contract.servicePeriod
        #expect(s?.start?.value == CalendarDate(year: 2022, month: 3, day: 1))
        #expect(s?.end?.value == CalendarDate(year: 2023, month: 2, day: 28))
        #expect(s?.months == nil)
    }

    @Test func relativeDeadlinesAreNoPeriod() {
        #expect(Parsed("本合同服务期届满后1个月内，由甲方组织验收。").contract.servicePeriod == nil)
        #expect(Parsed("本合同服务项目的保证期为 1 年。").contract.servicePeriod == nil)
    }

    @Test func validityOnlyWhenNoServicePeriod() {
        let s = Parsed("本合同有效期限为 24 个月。乙方为甲方提供服务的期间为 12 个月。").contract.servicePeriod
        #expect(s?.months == 12)
        #expect(Parsed("本合同有效期限为 24 个月。").contract.servicePeriod?.months == 24)
    }
}

@Suite struct ServicePeriodBothFormsTests {
    @Test func monthsAndRangeAreBothKept() {
        let s = Parsed("乙方为甲方提供运行维护服务的期间为 12 个月，自 2022 年 3 月 1 日起至 2023 年 4 月 30 日止。").contract.servicePeriod
        #expect(s?.months == 12)
        #expect(s?.start?.value == CalendarDate(year: 2022, month: 3, day: 1))
        #expect(s?.end?.value == CalendarDate(year: 2023, month: 4, day: 30))
        #expect(s?.startsAtSigning == false)
    }

    @Test func monthsFromSigningWithAnEnd() {
        let s = Parsed("服务期自合同签订之日起12个月，至2026年6月30日止。").contract.servicePeriod
        #expect(s?.months == 12)
        #expect(s?.start == nil)
        #expect(s?.end?.value == CalendarDate(year: 2026, month: 6, day: 30))
        #expect(s?.startsAtSigning == true)
    }
}
