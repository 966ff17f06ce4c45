import Testing
import ContractModel

@Suite struct PenaltyRuleTests {
    @Test func perDayWithCap() {
        let p = Parsed("乙方未按合同规定的条款提供技术服务时，每逾期一日，应按本合同价款的 1% 向甲方支付违约金，此项违约金不超过合同总额的 5%。")
        let x = p.contract.penalties.first
        #expect(p.contract.penalties.count == 1)
        #expect(x?.party == .partyB)
        #expect(x?.per == .day)
        #expect(x?.rate.decimal == "1")
        #expect(x?.cap.decimal == "5")
        #expect(x?.base == "contract_total")
        #expect(x?.trigger.value == "乙方未按合同规定的条款提供技术服务时")
        #expect(p.slice(x?.rate?.span) == "1%")
    }

    @Test func perIncident() {
        let x = Parsed("每发生一次，乙方应支付委托报酬 1% 的违约金，最高不超过合同金额的 10%。").contract.penalties.first
        #expect(x?.per == .incident)
        #expect(x?.party == .partyB)
        #expect(x?.cap.decimal == "10")
    }

    @Test func oneOff() {
        let x = Parsed("如乙方要求解除该合同，乙方应向甲方支付本合同服务费总额 0.5% 的违约金。").contract.penalties.first
        #expect(x?.per == .once)
        #expect(x?.rate.decimal == "0.5")
        #expect(x?.trigger.value == "如乙方要求解除该合同")
    }

    @Test func fixedSum() {
        let x = Parsed("乙方每次未按时提交月报的，应向甲方支付1000元的违约金。").contract.penalties.first
        #expect(x?.fixedAmount.yuan == "1000.00")
        #expect(x?.rate == nil)
        #expect(x?.per == .incident)
        #expect(x?.party == .partyB)
    }

    @Test func lateInterestOfPartyAAfterGrace() {
        let p = Parsed("如果甲方在未征得乙方同意的情况下不按期支付乙方运维服务费，乙方同意给予甲方 15 个工作日的支付宽限期，期间不视为甲方违约。则应从逾期支付 15 个工作日起，每日按迟延支付金额的 5‰ 向乙方支付违约金。此项违约金总额不超过迟延支付价款的 5%。")
        let x = p.contract.penalties.first
        #expect(p.contract.penalties.count == 1)
        #expect(x?.party == .partyA)
        #expect(x?.rate.decimal == "0.5")
        #expect(x?.per == .day)
        #expect(x?.base == "overdue_amount")
        #expect(x?.grace == Quantity(value: FixedDecimal(15), unit: .workingDay))
        #expect(x?.cap.decimal == "5")
        #expect(x?.trigger.value.hasPrefix("如果甲方") == true)
    }

    @Test func eitherParty() {
        let x = Parsed("任何一方未履行本协议项下的任一条款均视为违约，同时还应向守约方支付违约金为合同总金额的5%。").contract.penalties.first
        #expect(x?.party == .either)
        #expect(x?.rate.decimal == "5")
    }

    @Test func ratioTable() {
        let p = Parsed("""
        序号\t问题描述\t违约金 (取费基数：服务协议总金额/服务月数)
        1\t所提供的服务可用性低于 99.9%，出现问题并造成重大损失的\t100%
        2\t连续 3 个月考核得分低于 60 分的\t200%

        注：取费基数为月均合同服务费。
        """)
        let x = p.contract.penalties
        #expect(x.map(\.rate.decimal) == ["100", "200"])
        #expect(x.allSatisfy { $0.base == "monthly_fee" && $0.per == .incident })
        #expect(x.first?.trigger.value == "所提供的服务可用性低于99.9%，出现问题并造成重大损失的")
        #expect(p.contract.installments.isEmpty)
    }

    @Test func withoutRateOrSumNoPenalty() {
        #expect(Parsed("同时还需按照主合同的违约金条款向守约方支付违约金。").contract.penalties.isEmpty)
        #expect(Parsed("如损失数额无法确定的，乙方同意按照人民币 35 万元赔偿甲方的损失。").contract.penalties.isEmpty)
        #expect(Parsed("面向预算单位的财政核心IT系统稳定运行率≥99.9%。").contract.penalties.isEmpty)
    }
}

/// Regressions named after what found them.
@Suite struct PenaltyRegressionTests {
    /// The PDF rendering of seed 002 wraps the first row's description onto a line of its own, on
    /// the next page; the table went on after it.
    @Test func wrappedCellAcrossAPageBreakInARatioTable() {
        let p = Parsed("附件5：重大违约行为\n序号\t问题描述\t违约金(取费基数：服务协议总金额/服务月数)\n"
            + "1\t所提供的服务可用性低于99.9%，出现问题并造成\t100%\n\u{0C}重大损失的\n"
            + "2\t连续3个月考核得分低于60分的\t200%\n注：取费基数为月均合同服务费。")
        let x = p.contract.penalties
        #expect(x.map(\.rate.decimal) == ["100", "200"])
        #expect(x.first?.trigger.value == "所提供的服务可用性低于99.9%，出现问题并造成重大损失的")
    }
}

@Suite struct PenaltyWordingFamilyTests {
    @Test(arguments: [
        ("延误违约金=延误部分货物金额×0.06%×延误天数。", "0.06"),
        ("如逾期交货，供方承担合同总额日千分之三的违约金。", "0.3"),
        ("每逾期一日，甲方应支付未付款的1‰作为违约金。", "0.1"),
        ("并按经审定结算金额的0.3‰/天支付违约金。", "0.03"),
    ])
    func ratePerDayWrittenAtTheFigureOrAsADayCount(text: String, rate: String) {
        let x = Parsed(text).contract.penalties.first
        #expect(x?.rate.decimal == rate)
        #expect(x?.per == .day)
    }

    @Test func fixedSumPerDayWithTheBreachBetween() {
        let x = Parsed("承包人每拖延发包人指令一日，向发包人支付3000元违约金；").contract.penalties.first
        #expect(x?.fixedAmount.yuan == "3000.00")
        #expect(x?.per == .day)
        #expect(x?.party == .partyB)
    }

    @Test func perWeekAndPerMonth() {
        #expect(Parsed("乙方每逾期一周，按合同总价的1%向甲方支付违约金。").contract.penalties.first?.per == .week)
        #expect(Parsed("甲方每迟延付款一个月，按欠付金额的2%向乙方支付违约金。").contract.penalties.first?.per == .month)
    }

    @Test(arguments: [
        ("买方未按约定支付卖方货款的，每逾期一天，应向卖方支付逾期货款的3‰作为违约金。", Penalty.LiableParty.partyA),
        ("承租方逾期交付租金的，每逾期一日按月租金的1%支付滞纳金。", .partyB),
        ("发包人逾期支付进度款的，按欠付金额每日万分之五向承包人支付违约金。", .partyA),
        ("因承包人原因工期延误的，承包人按签约合同价的万分之三/天支付违约金。", .partyB),
    ])
    func liablePartyNamedByAnyRoleWord(text: String, party: Penalty.LiableParty) {
        #expect(Parsed(text).contract.penalties.first?.party == party)
    }

    @Test(arguments: [
        "系统可用性应≥99.9%，故障响应时间不超过2小时。",
        "投标人须提交投标保证金人民币2万元。",
        "如乙方逾期未付，则乙方每逾期一日按逾期金额的___‰承担滞纳金，总额不得超过当年租金的___%。",
        "数量允许正负千分之三的误差。",
    ])
    func noPenaltyInOtherTerms(text: String) {
        #expect(Parsed(text).contract.penalties.isEmpty)
    }
}

@Suite struct PenaltyWordingRegressionTests {
    @Test func fixedSumPerDayWithItsCapOnTheNextLabel() {
        let x = Parsed("逾期竣工违约金：2000 元 /天；逾期竣工违约金限额：5%签约合同价").contract.penalties
        #expect(x.count == 1)
        #expect(x.first?.fixedAmount.yuan == "2000.00")
        #expect(x.first?.per == .day)
        #expect(x.first?.cap.decimal == "5")
    }

    @Test func deductionPerDayOfDelayWithoutAPenaltyWord() {
        let x = Parsed("约定工期为30天。如因乙方原因造成延误工期，每延误一天扣3000元。").contract.penalties.first
        #expect(x?.fixedAmount.yuan == "3000.00")
        #expect(x?.per == .day)
        #expect(x?.party == .partyB)
    }

    @Test func theOneChargedAfterACollectVerbPays() {
        let x = Parsed("如无故拖欠租金，甲方给予乙方5天的宽限期，从第6天开始甲方有权向乙方每天按实欠租金2%加收滞纳金。").contract.penalties.first
        #expect(x?.party == .partyB)
        #expect(x?.rate.decimal == "2")
    }

    @Test func aTemplatesExampleAndItsHeadingAreNoPenalty() {
        #expect(Parsed("2.逾期付款违约金计算标准：\n\na.逾期付款违约金按照逾期付款金额的__%(如：3%)计算。").contract.penalties.isEmpty)
    }
}

@Suite struct PenaltyTierAndListTests {
    func sums(_ text: String) -> [[String?]] {
        Parsed(text).contract.penalties.map { [$0.rate.decimal, $0.fixedAmount.yuan, $0.per?.rawValue] }
    }

    @Test func tiersOfASumPerDayAndItsCap() {
        #expect(sums("3. 工期处罚：乙方原因延误，1个月内每日扣3万元；1~2个月每日6万元；超2个月每日12万元，最高扣罚300万元；甲方原因工期顺延。")
                == [[nil, "30000.00", "day"], [nil, "60000.00", "day"], [nil, "120000.00", "day"]])
    }

    @Test func itemsListedUnderAPenaltyHeading() {
        let text = "三、现场安全考核处罚标准\n1. 未戴安全帽：单次罚款300元/人；\n2. 无证特种作业：单次1500元；\n3. 发生轻伤事故：一次性扣罚10万元；\n四、环保要求\n1. 车辆出入口洗车：每日一次。"
        #expect(sums(text) == [[nil, "300.00", "incident"], [nil, "1500.00", "incident"], [nil, "100000.00", "once"]])
    }

    @Test func aLaterConditionWithItsOwnRateIsASecondPenalty() {
        let p = Parsed("若乙方未按约定完成实施的，每逾期一日，应按合同总额的万分之五支付违约金，逾期满二十日的，甲方有权解除合同，乙方应按合同总额的15%支付违约金。").contract.penalties
        #expect(p.map { $0.rate.decimal } == ["0.05", "15"])
        #expect(p.map { $0.per } == [.day, .once])
    }

    @Test func aMultipleOfTheContractAmount() {
        #expect(Parsed("否则应按合同金额的五倍支付违约金。").contract.penalties.first?.rate.decimal == "500")
        #expect(Parsed("应当按照合同标的额的同期银行贷款利率的四倍承担违约责任。").contract.penalties.isEmpty)
    }
}

@Suite struct DamagesAreNoPenaltySumTests {
    @Test func aSumOfDamagesPerDayIsNoPenalty() {
        #expect(Parsed("因乙方原因造成停工的，乙方应赔偿甲方每日损失费用8000元。").contract.penalties.isEmpty)
    }

    /// A rate per year (an interest rate) is stated by no penalty unit: never read as a rate charged once.
    @Test(arguments: ["逾期付款的，乙方按年利率6.5%向甲方支付违约金。", "甲方逾期付款的，应按照同期LPR的1.5倍即年利率5.25%计付违约金。"])
    func anAnnualRateIsNoPenaltyChargedOnce(_ text: String) {
        #expect(Parsed(text).contract.penalties.allSatisfy { $0.per != .once }, "\(text)")
    }

    /// `额外支付乙方…`: the role right after 支付 is paid; the other side pays, per day of the delay.
    @Test func aChargePerDayPaidToTheOtherSide() {
        let p = Parsed("如因甲方原因未能按时验收，则每延期一天，甲方将额外支付乙方总费用的2%作为补偿。").contract.penalties
        #expect(p.count == 1)
        #expect(p.first?.rate?.value.description == "2")
        #expect(p.first?.per == .day)
        #expect(p.first?.party == .partyA)
    }

    /// The amount a rate is applied to (`以…元为基数`) is no sum charged.
    @Test func theBaseOfARateIsNoSum() {
        let p = Parsed("被告应支付逾期付款违约金(以1,284,600.00元为基数,自2031年3月1日起按年利率6%计算至实际支付之日止)。").contract.penalties
        #expect(p.allSatisfy { $0.fixedAmount == nil }, "\(p)")
    }

    /// Months of the rent or fee as the penalty (`支付2个月的租金作为违约金`): a penalty charged once on the monthly fee;
    /// the months are no term of the lease.
    @Test(arguments: ["租赁期间任何一方违反本合同约定的，应向对方支付 2 个月 的租金作为违约金。",
                      "若承租方违反本合同约定的义务，应承担相当于当期两个月租金的违约金。"])
    func monthsOfTheRent(_ text: String) {
        let c = Parsed(text).contract
        #expect(c.penalties.count == 1, "\(text)")
        #expect(c.penalties.first?.base == "monthly_fee")
        #expect(c.penalties.first?.per == .once)
        #expect(c.penalties.first?.rate == nil && c.penalties.first?.fixedAmount == nil)
        #expect(c.servicePeriod == nil)
    }
}
