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

    /// Other names of retention money: `保修保证金`, Taiwan's `保固保證金` (with its share in brackets).
    @Test func retentionMoneyOfOtherNames() {
        let taiwan = Parsed("保固保證金：新台幣 5 萬 1,300 元整(契約價金百分之三)。").contract.performanceBond
        #expect(taiwan?.amount?.value.description == "51300.00")
        #expect(taiwan?.amount?.currency == "TWD")
        #expect(taiwan?.percent.decimal == "3")
        #expect(Parsed("保修保证金：人民币2.4万元，保修期满后无息退还。").contract.performanceBond?.amount?.value.description == "24000.00")
    }

    @Test func retentionMoneyShareWhenNoPerformanceBond() {
        #expect(Parsed("本项目约定的质量保修金为竣工结算价的4%。保修金不计利息。").contract.performanceBond?.percent.decimal == "4")
        #expect(Parsed("双方约定承包人预留质量保修金金额为审定结算款的百分之六(大写)。").contract.performanceBond?.percent.decimal == "6")
        #expect(Parsed("竣工验收合格后付至结算价的 96 %，剩余 4 %作为质量保修金，保修期满后无息付清。").contract.performanceBond?.percent.decimal == "4")
    }

    @Test func performanceBondWinsOverRetentionMoney() {
        let b = Parsed("质保金为结算价的3%。乙方应提交合同总价8%的履约保证金。").contract.performanceBond
        #expect(b?.kind == "履约保证金")
        #expect(b?.percent.decimal == "8")
    }

    @Test func shareAndAmountFromTwoStatementsOfOneKind() {
        let b = Parsed("质量保修金一般不超过合同价款的5%，本工程约定的质量保修金为合同价款的2%。承包人向发包人预留质量保修金金额为 41230.50 元。").contract.performanceBond
        #expect(b?.percent.decimal == "2")
        #expect(b?.amount.yuan == "41230.50")
    }

    @Test func generalStatementsAndSharesOfTheBondAreNoBond() {
        #expect(Parsed("通常履约保函金额一般为合同金额的5%。").contract.performanceBond?.percent == nil)
        #expect(Parsed("乙方每违反一次须扣除履约保证金的20%作为违约金。").contract.performanceBond?.percent == nil)
        #expect(Parsed("本工程约定的质量保修金为合同价款的 %。").contract.performanceBond == nil)
        #expect(Parsed("按工程价款结算总额3%左右的比例预留保证金。").contract.performanceBond == nil)
    }

    @Test func aBondNamedWithoutFiguresStatesNoValue() {
        #expect(Parsed("乙方应在合同签订前向甲方提交履约保函。").contract.performanceBond == nil)
        #expect(Parsed("采购文件要求中标供应商提交履约保证金的，供应商应当以非现金形式提交。履约保证金的数额不得超过政府采购合同金额的10%。").contract.performanceBond == nil)
    }
}

@Suite struct ServicePeriodFamilyTests {
    @Test func constructionDurationInCalendarDays() {
        #expect(Parsed("合同工期：总日历天数为365日历天。").contract.servicePeriod?.days == 365)
    }

    @Test func leaseTermWrittenInCapitalDigits() {
        let s = Parsed("租期为  贰  年，自______年____月_____日至______年____月____日。").contract.servicePeriod
        #expect(s?.months == 24)
        #expect(s?.start == nil && s?.end == nil)
    }

    @Test func traditionalScriptLabel() {
        #expect(Parsed("服務期限：兩年。").contract.servicePeriod?.months == 24)
    }

    @Test func labelWithItsValueOnTheNextLine() {
        #expect(Parsed("2、开发周期：\n半年期为6个月，自签约之日起算。").contract.servicePeriod?.months == 6)
    }

    @Test func forATermOfTheServiceWithItsDates() {
        let s = Parsed("乙方提供为期18个月的运维服务，自2024年2月1日起，至2025年7月31日止。").contract.servicePeriod
        #expect(s?.months == 18)
        #expect(s?.start?.value.description == "2024-02-01")
        #expect(s?.end?.value.description == "2025-07-31")
    }

    @Test func validityFromTo() {
        let s = Parsed("有效期限：2021年5月1日至2021年11月30日").contract.servicePeriod
        #expect(s?.start?.value.description == "2021-05-01")
        #expect(s?.end?.value.description == "2021-11-30")
    }

    @Test func delaysRenewalLimitsTrainingAndBlankDatesAreNoPeriod() {
        #expect(Parsed("每延误工期一天，承包人向发包人支付违约金800元。").contract.servicePeriod == nil)
        #expect(Parsed("续签后本协议最长有效期两年。").contract.servicePeriod == nil)
        #expect(Parsed("乙方为甲方人员提供为期五天的培训。").contract.servicePeriod == nil)
        #expect(Parsed("质保期为验收后24个月。").contract.servicePeriod == nil)
        let s = Parsed("委托期为2019 年月日至2020年__月__ 日。").contract.servicePeriod
        #expect(s?.start == nil && s?.end == nil)
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

@Suite struct PeriodAndBondRegressionTests {
    @Test func startDateWithAnEventForItsEnd() {
        let s = Parsed("本补充合同服务期限自2024年7月1日至甲方新一轮采购完成之日止。").contract.servicePeriod
        #expect(s?.start?.value.description == "2024-07-01")
        #expect(s?.end == nil)
    }

    @Test func datesInTheNextSentence() {
        let s = Parsed("第二条 租赁期限共三年。租赁从2019年3月1日至2022年2月28日止。").contract.servicePeriod
        #expect(s?.months == 36)
        #expect(s?.start?.value.description == "2019-03-01")
        #expect(s?.end?.value.description == "2022-02-28")
    }

    @Test func aDelayCountedAfterTheKeywordIsNoPeriod() {
        #expect(Parsed("工期为 天。工期每延误一天处罚 元。").contract.servicePeriod == nil)
    }

    @Test func aBondWithABlankSumIsNone() {
        #expect(Parsed("乙方应缴纳xxx万元之履约保证金，合约期满后无息退还。").contract.performanceBond == nil)
    }
}
