import Testing
import ContractModel

/// The three seed contracts end to end (normalize → scan → parse). Expected values were read in
/// the contracts themselves, clause by clause (the comments quote where).
@Suite struct SeedZongzhiTests {
    let p: Parsed
    init() throws { p = Parsed(try Repo.seed("zongzhi-yunwei-2025")) }

    @Test func header() {
        let c = p.contract
        #expect(c.title?.value == "采购合同")
        #expect(c.contractNumber == nil)                        // 合同登记编号: (blank)
        #expect(c.projectName?.value == "综治中心信息系统运行维护费")
        #expect(c.signingPlace?.value == "北京市——通州区")
        #expect(c.signingDate?.value == CalendarDate(year: 2025, month: 5, day: 20))   // 签订时间：2025.5.20
        #expect(p.slice(c.projectName?.span) == "综治中心信息系统运行维护费")
    }

    @Test func parties() {
        let c = p.contract
        #expect(c.partyA?.name.value == "北京市交通综合治理事务中心")  // 委托人（甲方）：
        #expect(c.partyB?.name.value == "太极计算机股份有限公司")      // 被委托人（乙方）：
        #expect(c.partyA?.phone?.value == "010-55531202")              // table 1.2: 电话 row
        #expect(c.partyB?.address?.value.hasPrefix("北京市朝阳区容达路7号") == true)
        #expect(c.partyA?.legalRepresentative == nil)                  // signature lines left blank
    }

    @Test func money() {
        let c = p.contract
        #expect(c.totalAmount.yuan == "4715000.00")                    // 肆佰柒拾壹万伍仟元 整（¥4,715,000.00 元）
        #expect(c.amountExcludingTax.yuan == "4448113.21")             // 其中无税金额为：…
        #expect(c.totalAmountStatements.isEmpty)
        #expect(c.taxIncluded == true)                                 // 其中无税金额: the total includes tax
        #expect(c.taxRate == nil)
    }

    @Test func installments() {
        let i = p.contract.installments
        #expect(i.map(\.percent.decimal) == ["60", "30", "10"])
        #expect(i.map(\.amount.yuan) == ["2829000.00", "1414500.00", "471500.00"])
        #expect(i.map(\.sequence) == [1, 2, 3])
        #expect(i.allSatisfy { $0.dueWithin == Quantity(value: FixedDecimal(30), unit: .workingDay) })
        #expect(i.first?.condition?.value == "双方签署合同后")           // the term is due_within
        #expect(i[1].condition?.value == "乙方提供运维服务3个月后")
        #expect(p.slice(i.first?.percent?.span) == "60%")
    }

    @Test func bondAndPeriod() {
        let c = p.contract
        #expect(c.performanceBond?.kind == "履约保函")
        #expect(c.performanceBond?.percent.decimal == "10")
        #expect(c.performanceBond?.amount.yuan == "471500.00")
        #expect(c.servicePeriod?.months == 12)                         // 自合同签订生效之日起 12 个月
        #expect(c.servicePeriod?.startsAtSigning == true)
    }

    @Test func penalties() {
        let pen = p.contract.penalties
        // 5.1 每逾期一日 1% … 不超过合同总额的 5%
        let daily = pen.first { $0.party == .partyB && $0.per == .day }
        #expect(daily?.rate.decimal == "1")
        #expect(daily?.cap.decimal == "5")
        #expect(daily?.base == "contract_total")
        // 5.1 每发生一次 … 委托报酬 1% 的违约金，最高不超过合同金额的 10%
        let incident = pen.first { $0.per == .incident }
        #expect(incident?.rate.decimal == "1")
        #expect(incident?.cap.decimal == "10")
        // 5.2 甲方: 15 个工作日宽限期, 每日 5‰ of the overdue amount, total ≤ 5%
        let late = pen.first { $0.party == .partyA }
        #expect(late?.rate.decimal == "0.5")
        #expect(late?.per == .day)
        #expect(late?.base == "overdue_amount")
        #expect(late?.grace == Quantity(value: FixedDecimal(15), unit: .workingDay))
        #expect(late?.cap.decimal == "5")
    }
}

@Suite struct SeedYingjiTests {
    let p: Parsed
    init() throws { p = Parsed(try Repo.seed("yingji-yewu-yunwei-2022")) }

    @Test func header() {
        let c = p.contract
        #expect(c.title?.value == "信息化基础运维服务项目--2022年业务系统运维项目合同")
        #expect(c.signingDate?.value == CalendarDate(year: 2022, month: 7, day: 12))
        #expect(c.signingPlace?.value == "北京市通州区运河东大街57号")
        // No 项目名称 label: the recital 就甲方委托乙方提供…运维服务事宜 names the project.
        #expect(c.projectName?.value == "信息化基础运维服务项目-2022年业务系统运维项目")
    }

    @Test func parties() {
        let c = p.contract
        #expect(c.partyA?.name.value == "北京市应急指挥保障中心")
        #expect(c.partyA?.legalRepresentative?.value == "陆金周")
        #expect(c.partyA?.phone?.value == "010-55573960")      // 联系电话：010-55573960 邮编：101117
        #expect(c.partyB?.legalRepresentative?.value == "肖益")
        #expect(c.partyB?.address?.value == "北京市朝阳区容达路7号")
    }

    @Test func moneyAndTerms() {
        let c = p.contract
        #expect(c.totalAmount.yuan == "3900000.00")             // 本合同总额为人民币（大写）叁佰玖拾万元整
        #expect(c.taxIncluded == true)                          // 含税
        #expect(c.performanceBond?.kind == "履约保证金")
        #expect(c.performanceBond?.percent.decimal == "5")
        #expect(c.performanceBond?.amount == nil)
        // 60%, 30%, and a third payment whose clause is cut off in the text (no share stated).
        #expect(c.installments.map(\.percent.decimal) == ["60", "30", nil])
        #expect(c.installments.allSatisfy { $0.amount == nil })
        #expect(c.servicePeriod?.months == 12)
        #expect(c.servicePeriod?.startsAtSigning == false)
    }

    @Test func penalties() {
        let pen = p.contract.penalties
        // 12.1 乙方应向甲方支付本合同服务费总额 0.5% 的违约金 (one-off)
        let exit = pen.first { $0.rate.decimal == "0.5" }
        #expect(exit?.party == .partyB)
        #expect(exit?.per == .once)
        #expect(exit?.base == "contract_total")
        // 附件3 第七条: 任何一方 … 向守约方支付违约金为合同总金额的5%
        let secrecy = pen.first { $0.rate.decimal == "5" }
        #expect(secrecy?.party == .either)
        // SLA thresholds (≥96%, ≥99.9%) are no penalties and no installments.
        #expect(pen.count == 2)
    }
}

@Suite struct SeedJingxinTests {
    let p: Parsed
    init() throws { p = Parsed(try Repo.seed("jingxin-pingtai-yunwei")) }

    @Test func header() {
        let c = p.contract
        // The printed heading is the title; 合同名称 only stands in when there is none.
        #expect(c.title?.value.filter { !$0.isWhitespace } == "北京市经济和信息化局综合事务中心运维服务合同")
        #expect(c.projectName?.value.filter { !$0.isWhitespace } == "北京市中小企业公共服务平台网络市级枢纽平台信息化运维服务采购项目第一包：系统运维")
        #expect(c.contractNumber == nil)                         // 合同编号：(blank)
        #expect(c.signingDate?.value == CalendarDate(year: 2016, month: 3, day: 3))  // 日期: 2016年3月3日
        #expect(c.signingPlace == nil)
        #expect(c.partyA?.name.value == "北京市经济和信息化局综合事务中心")
        #expect(c.partyA?.legalRepresentative?.value == "盛景涛")
        #expect(c.partyB?.legalRepresentative?.value == "仲恺")
        #expect(c.partyB?.phone?.value == "010-57702896")
    }

    @Test func chosenPaymentOption() {
        let c = p.contract
        #expect(c.totalAmount.yuan == "3278000.00")              // 服务费总额为人民币 3,278,000.00 元
        // 按以下第 2 种方式: the 一次性支付 option (`/ 个工作日`) is no installment.
        #expect(c.installments.map(\.percent.decimal) == ["70", "30"])
        #expect(c.installments.map(\.amount.yuan) == ["2294600.00", "983400.00"])
        #expect(c.installments.allSatisfy { $0.dueWithin == Quantity(value: FixedDecimal(20), unit: .workingDay) })
    }

    @Test func bondPeriodAndPenaltyTables() {
        let c = p.contract
        #expect(c.performanceBond?.kind == "履约保函")
        #expect(c.performanceBond?.percent == nil)               // stated only as an amount
        #expect(c.performanceBond?.amount.yuan == "327800.00")
        #expect(c.servicePeriod?.months == 12)                   // 自合同签订之日起一年
        #expect(c.servicePeriod?.startsAtSigning == true)
        // 第十四条(五): 按照扣分比例乘以合同总额计算违约金, no fixed rate.
        let computed = c.penalties.first
        #expect(computed?.rate == nil)
        #expect(computed?.base == "contract_total")
        #expect(computed?.party == .partyB)                       // 经甲方年度考核: 甲方 assesses
        #expect(computed?.trigger.value == "经甲方年度考核不合格")
        // 附件5 (10 rows) and 附件6 (11 rows): ratios of the monthly fee, per incident.
        let table = c.penalties.dropFirst()
        #expect(table.count == 21)
        #expect(table.allSatisfy { $0.base == "monthly_fee" && $0.per == .incident && $0.party == .partyB })
        #expect(table.first?.rate.decimal == "100")
        #expect(table.last?.rate.decimal == "40")
        // The 99.9% availability in the first row's description is not its rate.
        #expect(!c.penalties.contains { $0.rate.decimal == "99.9" })
    }

    @Test func nonPaymentPercentagesAreNotInstallments() {
        // Scoring weights 30%/50%/20%, 99.9% availability, 90% satisfaction, table ratios.
        let percents = Set(p.mentions.percentages.map(\.value.description))
        #expect(percents.isSuperset(of: ["30", "50", "20", "99.9", "100", "200"]))
        #expect(p.contract.installments.count == 2)
    }
}
