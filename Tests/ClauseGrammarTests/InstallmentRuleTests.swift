import Testing
import ContractModel

@Suite struct InstallmentRuleTests {
    @Test func ordinalPaymentsWithAmounts() {
        let p = Parsed("""
        第一次付款：双方签署合同后30个工作日内，甲方向乙方支付合同款的60%，即人民币陆万元整（¥60,000.00元）；
        第二次付款：服务满6个月后的30个工作日内，甲方向乙方支付合同款的40%，即人民币肆万元整（¥40,000.00元）。
        """)
        let i = p.contract.installments
        #expect(i.map(\.percent.decimal) == ["60", "40"])
        #expect(i.map(\.amount.yuan) == ["60000.00", "40000.00"])
        #expect(i.map(\.sequence) == [1, 2])
        #expect(i.first?.condition?.value == "双方签署合同后")
        #expect(i.last?.condition?.value == "服务满6个月后")
        #expect(i.first?.dueWithin == Quantity(value: FixedDecimal(30), unit: .workingDay))
        #expect(p.slice(i.last?.percent?.span) == "40%")
    }

    @Test func numberedList() {
        let p = Parsed("""
        付款方式：
        1. 合同签订后10个工作日内，支付合同总价的30%；
        2. 系统上线后，支付合同总价的60%；
        3. 验收合格后，支付合同总价的10%。
        """)
        #expect(p.contract.installments.map(\.percent.decimal) == ["30", "60", "10"])
        #expect(p.contract.installments[1].condition?.value == "系统上线后")
    }

    @Test func datedSentence() {
        let p = Parsed("甲方于2022年5月31日前向乙方支付合同价款的50%，计人民币伍万元整（¥50,000.00元）。")
        let i = p.contract.installments
        #expect(i.count == 1)
        #expect(i.first?.dueDate?.value == CalendarDate(year: 2022, month: 5, day: 31))
        #expect(i.first?.amount.yuan == "50000.00")
    }

    @Test func onlyTheChosenOptionCounts() {
        let p = Parsed("""
        （二）甲方将按以下第 2 种方式向乙方支付服务费：
        1、一次性支付：甲方于本合同签署之日起 / 个工作日内，向乙方付清本合同项下的服务费。
        2、分期支付：
        甲方自本合同签署后的20个工作日内，向乙方支付服务费总额的70%（即人民币70,000.00元）；验收合格后的20个工作日内，甲方向乙方支付服务费的30%（即人民币30,000.00元）。
        （三）乙方应在甲方付款前开具发票。
        """)
        #expect(p.contract.installments.map(\.percent.decimal) == ["70", "30"])
        #expect(p.contract.installments.map(\.amount.yuan) == ["70000.00", "30000.00"])
    }

    @Test func theChosenOneOffOptionIsOneInstallment() {
        let p = Parsed("""
        甲方将按以下第 1 种方式向乙方支付服务费：
        1、一次性支付：甲方于本合同签署之日起 / 个工作日内，向乙方付清本合同项下的服务费。
        2、分期支付：甲方自本合同签署后的20个工作日内，向乙方支付服务费总额的70%；验收合格后支付服务费的30%。
        """)
        // The chosen option states no share: no installment is invented for it.
        #expect(p.contract.installments.isEmpty)
    }

    @Test func bondShareIsNoInstallment() {
        let p = Parsed("在双方签署合同后10个工作日内，乙方向甲方提供项目合同款总额5%的履约保证金后，甲方以支票方式向乙方支付合同款的60%作为项目启动款；")
        #expect(p.contract.installments.map(\.percent.decimal) == ["60"])
    }

    @Test(arguments: [
        "面向预算单位的财政核心IT系统稳定运行率≥99.9%。",
        "依法预留采购项目预算总额的【40%】专门面向中小企业采购，其中预留给小微企业的比例不低于预算总额的【28%】。",
        "企业一体化申报运维：满分10分，其中完成时效占30%，完成质量占50%，文档记录情况占20%；",
        "序号\t问题描述\t违约金 (取费基数：服务协议总金额/服务月数)\n1\t所提供的服务可用性低于99.9%，出现问题并造成重大损失的\t100%",
        "每逾期一日，应按本合同价款的1%向甲方支付违约金，此项违约金不超过合同总额的5%。",
        "所有补充合同的采购金额不得超过原合同采购金额的百分之十。",
    ])
    func percentagesThatAreNotPaymentTerms(text: String) {
        #expect(Parsed(text).contract.installments.isEmpty)
    }

    @Test func cutOffOrdinalPaymentKeepsANullShare() {
        let p = Parsed("年度运维工作结束且项目终验合格后乙方申请第 3 笔支付款，甲方需对技术服务时间予以确认，在双方确认后 30 个工作日内以支票方式向乙方支付合同尾")
        #expect(p.contract.installments.count == 1)
        #expect(p.contract.installments.first?.percent == nil)
        #expect(p.contract.installments.first?.dueWithin == Quantity(value: FixedDecimal(30), unit: .workingDay))
    }
}

@Suite struct InstallmentWordingFamilyTests {
    func shares(_ text: String) -> [String?] { Parsed(text).contract.installments.map { $0.percent.decimal } }
    func amounts(_ text: String) -> [String?] { Parsed(text).contract.installments.map { $0.amount.yuan } }

    @Test func firstPaymentNamedThenItsShareOfThePrice() {
        let i = Parsed("于2024年3月31日前，甲方向乙方支付本合同首款，本合同总价格的35%，计人民币柒万元整（¥70,000.00）。").contract.installments
        #expect(i.count == 1)
        #expect(i.first?.percent.decimal == "35")
        #expect(i.first?.amount.yuan == "70000.00")
        #expect(i.first?.dueDate?.value.description == "2024-03-31")
    }

    @Test func stagesNamedByTheirNoun() {
        #expect(shares("如40%预付款用于备料，40%按进度支付，20%尾款验收后一次付清。") == ["40", "40", "20"])
        #expect(shares("提货付60%,安装调试付30%,质保期满付清尾款。") == ["60", "30", nil])
    }

    @Test func remainderOfANumberedListHasNoShare() {
        #expect(shares("（1）签订合同后十日内支付总费用40%。\n（2）提交最终报告时支付余款。") == ["40", nil])
    }

    @Test func retainedRemainderIsTheLastStage() {
        #expect(shares("合同签订后买方支付40%的预付款；到货后再支付50%的到货款；余10%质保金，设备运行12个月后付清。") == ["40", "50", "10"])
    }

    @Test func amountsOnly() {
        #expect(amounts("本合同生效后7个工作日内支付合同金额：￥45,000.00元。余款￥15,000.00元在项目通过验收后10个工作日内付清。") == ["45000.00", "15000.00"])
    }

    @Test(arguments: [
        "甲方每月10日前支付当月服务费6900元，余款于次月结清。",
        "人工、材料价差按85%纳入当期进度支付。",
        "进度款最多支付至合同价格的85%。",
        "本工程无预付款，进度款支付比例为_______%。",
        "3.3 余款人民币    元作为质量保证金，待保修期满后无息支付。",
        "八、违约责任：任何一方违约的，应按合同总额的10%向对方支付",
    ])
    func notInstallments(text: String) {
        #expect(Parsed(text).contract.installments.isEmpty)
    }
}

@Suite struct PaymentTableAndOptionTests {
    func pairs(_ text: String) -> [[String?]] {
        Parsed(text).contract.installments.map { [$0.percent.decimal, $0.amount.yuan] }
    }

    @Test func tabTableWithRatioAndAmountColumns() {
        let text = "付款次数\t付款比例\t付款金额(元)\t付款说明\n第一次付款\t40%\t48,000.00\t合同签订后\n第二次付款\t60%\t72,000.00\t验收合格后"
        #expect(pairs(text) == [["40", "48000.00"], ["60", "72000.00"]])
        #expect(Parsed(text).contract.installments.first?.condition?.value == "合同签订后")
    }

    @Test func tableWithAmountsInTenThousandsAndDates() {
        let i = Parsed("序号\t项目阶段\t付款金额(万元)\t计划支付时间\n1\t首付款\t12.5\t2024年3月1日\n2\t尾款\t7.5\t2024年9月1日").contract.installments
        #expect(i.map { $0.amount.yuan } == ["125000.00", "75000.00"])
        #expect(i.first?.dueDate?.value.description == "2024-03-01")
    }

    @Test func tableFlattenedToOneCellPerLine() {
        let text = "付款次数\n付款比例\n付款费用\n付款说明\n第一次付款\n20%\n¥16,000.00\n合同签订后\n第二次付款\n80%\n¥64,000.00\n验收合格后"
        #expect(pairs(text) == [["20", "16000.00"], ["80", "64000.00"]])
    }

    @Test func onlyTheTickedOptionCounts() {
        #expect(pairs("付款方式：☑分期付款：签订后支付35%，验收后支付65%。☐一次性付款：验收合格后支付100%。") == [["35", nil], ["65", nil]])
        #expect(pairs("□一次性付款：验收后付100%。 ■分期付款：签订后付25%，验收后付75%。") == [["25", nil], ["75", nil]])
        let s = Parsed("（ ）服务期限为一年，自2021年1月1日至2021年12月31日。\n（√）服务期限为两年。").contract.servicePeriod
        #expect(s?.months == 24)
    }

    @Test func noBoxTickedKeepsEveryOption() {
        #expect(pairs("□一次性付款：验收后付100%。 □分期付款：签订后付30%，验收后付70%。").count == 3)
    }
}

@Suite struct InstallmentRegressionTests {
    func shares(_ text: String) -> [String?] { Parsed(text).contract.installments.map { $0.percent.decimal } }

    @Test func paymentAfterTheBondIsReceivedIsAShare() {
        #expect(shares("中标人缴纳合同总金额的 5 %履约保证金给采购人。采购人收到履约保证金并收到发票后支付合同总价 40 %的款项。验收合格后，采购人支付合同总价 60 %的款项。") == ["40", "60"])
    }

    @Test func aWeightRestatingTheShareIsNotASecondInstallment() {
        let i = Parsed("第1次分期支付金额为******元，所占总合同金额百分之60，说明：验收合格后支付合同金额的60%。\n第2次分期支付金额为52310元，所占总合同金额百分之40，说明：质保期满后支付合同金额的40%。").contract.installments
        #expect(i.map { $0.percent.decimal } == ["60", "40"])
        #expect(i.map { $0.amount.yuan } == [nil, "52310.00"])
    }

    @Test func retainedRemainderPaidInTheNextSentence() {
        #expect(shares("1.預付款：買方預付合同總價的30%。\n2.驗收付款：買方支付合同總價的65%。\n3.質量保證金：剩余的5%作為質量保證金，質保期為壹年。期滿後買方無息支付保修款。") == ["30", "65", "5"])
    }

    @Test func remainderWordedAsTheRestOrAllPaid() {
        #expect(shares("合同生效后10日内甲方预付40%，剩余部分验收合格后一次性付清。") == ["40", nil])
        #expect(shares("进场前支付合同总价的60%，完工验收后支付合同总价的30%，保修期满后六十日内全部付清所有工程款项。") == ["60", "30", nil])
    }
}

@Suite struct PaymentTableSumRowTests {
    @Test func theSumRowIsTheTotalNotAnInstallment() {
        let c = Parsed("序号\t项目里程碑\t结算金额(元)\t付款及备注\n1\t预付款\t120,000.00\t签署后5个工作日内付款\n2\t验收款\t80,000.00\t验收通过后付款\n合计\t\t200,000.00\t").contract
        #expect(c.installments.map { $0.amount.yuan } == ["120000.00", "80000.00"])
        #expect(c.totalAmount.yuan == "200000.00")
    }
}

@Suite struct ConstructionStageTests {
    @Test func retentionClosingAListOfStagesIsTheLastStage() {
        let text = "1.预付款：合同签订后7日内，发包人支付签约合同价的15%作为预付款。\n2.进度款：每月按当月完成工程量的75%支付。\n3.结算款：竣工结算审定后支付至结算价的97%。\n4.质保金：结算价的3%作为质量保证金，缺陷责任期满后无息退还。"
        #expect(Parsed(text).contract.installments.map { $0.percent.decimal } == ["15", "75", "97", "3"])
    }

    @Test func retentionAloneIsNoInstallment() {
        #expect(Parsed("质保金：结算价的3%作为质量保证金，缺陷责任期满后无息退还。").contract.installments.isEmpty)
    }
}

@Suite struct NonPaymentTextStaysSilentTests {
    @Test(arguments: [
        "本项目预留采购份额的40%专门面向中小企业采购。",
        "投标保证金为人民币2万元，中标后五个工作日内无息退还。",
        "系统可用性≥99.9%，响应时间不超过30分钟。",
        "交付数量允许正负千分之三的误差。",
        "进度款支付比例为______%，竣工后支付至______%。",
        "乙方交付比例不低于合同数量的30%。",
    ])
    func noInstallmentNoBondNoPenaltyNoTotal(text: String) {
        let c = Parsed(text).contract
        #expect(c.installments.isEmpty, "\(text)")
        #expect(c.performanceBond == nil, "\(text)")
        #expect(c.penalties.isEmpty, "\(text)")
        #expect(c.totalAmount == nil, "\(text)")
    }
}

/// A percentage of the retention or of a bond (`质保金总金额的2.5%`) is no share of the price: the retention is the
/// stage, its refunds are not more stages.
@Suite struct RetentionSharesTests {
    @Test func refundsOfTheRetentionAreNoStages() {
        let c = Parsed("""
            ①签约后支付至合同价的30%；
            ②竣工验收合格后28天内支付至结算价的95%；5%留做质保金，1年质保期满后支付质保金总金额的60%，3年质保期满后支付质保金余额的40%。
            """).contract
        #expect(c.installments.compactMap { $0.percent?.value.description } == ["30", "95", "5"])
    }
}

/// Shares that pay no stage: the sum of the stages listed before it (`合计`), a discount (`折扣`); and the
/// remainder named by its fee (`支付全部剩余设计费`) is the last stage. Our own sentences.
@Suite struct SumsDiscountsAndNamedRemaindersTests {
    @Test func aSumOfTheStagesBeforeIsNoStage() {
        let p = Parsed("(1) 签约当日支付10%之订金。\n(2) 自签约日起五日内支付20%之备料款。\n(3) 合计30%为开工前应付之款项。")
        #expect(p.contract.installments.map(\.percent.decimal) == ["10", "20"])
    }

    @Test(arguments: ["如果预付全部货款，则享有8%的折扣。", "如甲方预付全部货款，可享受5%优惠。",
                      "Full payment within 30 days earns a 12% discount for cash in advance.买方须在30天内付清全部货款。"])
    func aDiscountIsNoStage(_ text: String) {
        #expect(Parsed(text).contract.installments.isEmpty, "\(text)")
    }

    @Test func theRemainderNamedByItsFee() {
        let p = Parsed("""
        1. 提交方案设计文件后7天内，支付设计费总额的30%。
        2. 提交施工图设计文件后7天内，支付设计费总额的50%。
        3. 工程竣工验收后7天内，支付全部剩余设计费。
        """)
        #expect(p.contract.installments.map(\.percent.decimal) == ["30", "50", nil])
    }

    @Test func aRemainingTermIsNoStage() {
        #expect(Parsed("合同签订后支付合同款的40%，剩余工期内按进度支付。").contract.installments.map(\.percent.decimal) == ["40"])
    }

    /// A share charged per day of a delay is a penalty however it is named (`作为补偿`); a share of wages pays no stage.
    @Test(arguments: ["如因甲方原因未能按时验收，则每延期一天，甲方将额外支付乙方总费用的2%作为补偿。",
                      "作为补偿，甲方按月支付竞业限制补偿金：乙方离职前12个月月平均工资的30%。"])
    func chargesAndWagesAreNoStages(_ text: String) {
        #expect(Parsed(text).contract.installments.isEmpty, "\(text)")
    }
}

/// Several shares in one sentence: each has the condition and term of its own part of the sentence, not the
/// share's before it. Our own sentence.
@Suite struct SharesOfOneSentenceTests {
    @Test func eachShareItsOwnConditionAndTerm() {
        let i = Parsed("合同签订后5日内甲方支付货款总额的20%作为预付款，货到验收合格后支付70%，余款10%作为质保金，质保期满后支付。").contract.installments
        #expect(i.map(\.percent.decimal) == ["20", "70", "10"])
        #expect(i[0].dueWithin == Quantity(value: FixedDecimal(5), unit: .day))
        #expect(i[1].condition?.value == "货到验收合格后")
        #expect(i[1].dueWithin == nil)
        #expect(i[2].dueWithin == nil)
    }

    /// The price stated before the shares (`咨询服务费为人民币…，…支付50%`) is neither a share's amount nor its condition.
    @Test func thePriceStatedBeforeIsNoSharesAmount() {
        let c = Parsed("咨询服务费为人民币陆万元整，签订合同后5个工作日内支付50%，提交咨询报告后支付剩余50%。").contract
        #expect(c.totalAmount?.value.description == "60000.00")
        #expect(c.installments.map(\.percent.decimal) == ["50", "50"])
        #expect(c.installments.allSatisfy { $0.amount == nil })
        #expect(c.installments.first?.condition?.value == "签订合同后")
    }
}
