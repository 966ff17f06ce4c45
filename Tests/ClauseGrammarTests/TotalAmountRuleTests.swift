import Testing
import ContractModel

@Suite struct TotalAmountRuleTests {
    @Test(arguments: [
        ("合同总价为人民币壹拾贰万元整（¥120,000.00元）。", "120000.00"),
        ("本合同总额为人民币（大写）叁佰玖拾万元整（¥3,900,000.00 元整，含税）。", "3900000.00"),
        ("本合同项下服务费总额为人民币 3,278,000.00 元，大写：叁佰贰拾柒万捌仟元整。", "3278000.00"),
        ("成交价：¥58,000.00元", "58000.00"),
        ("## 三、合同价款\n合同价款为：伍万元整（¥50,000.00元）。", "50000.00"),
    ])
    func totalKeywords(text: String, expected: String) {
        let p = Parsed(text)
        #expect(p.contract.totalAmount.yuan == expected)
        #expect(p.contract.totalAmountStatements.isEmpty)
    }

    @Test(arguments: [
        ("合计金额大写：贰佰零叁万肆仟伍佰元陆角整", "2034500.60"),
        ("合計金額小寫: ****** 元 合計金額大寫:肆拾伍萬陸仟元整", "456000.00"),
        ("合计金额小写：****275.40 元\n合计金额大写：叁万贰仟贰佰柒拾伍元肆角", "32275.40"),
        ("签约合同价(含税)为：\n人民币(大写)贰拾万零叁佰元整(¥200300.00元)。", "200300.00"),
        ("合同总价（含9%增值税）：¥218,000.00元，大写：人民币贰拾壹万捌仟元整", "218000.00"),
        ("场地使用期间费用为每日 80 元，共计 4800 元，付款方式为 转账 。", "4800.00"),
    ])
    func totalWordingFamilies(text: String, expected: String) {
        #expect(Parsed(text).contract.totalAmount.yuan == expected)
    }

    @Test func maskedFiguresAreNoTotal() {
        // The masked figure leaves `275.40`: never a total, the 大写 states it.
        let c = Parsed("合计金额小写：****275.40 元").contract
        #expect(c.totalAmount == nil)
    }

    @Test func blankTotalStillSaysTaxIncluded() {
        let c = Parsed("签约合同总价(含税)为：人民币(大写)        (¥    元)。").contract
        #expect(c.totalAmount == nil)
        #expect(c.taxIncluded == true)
    }

    @Test func taxRateNamedByTheInvoice() {
        #expect(Parsed("供方应向需方开具9%的增值税专用发票。").contract.taxRate.decimal == "9")
        #expect(Parsed("可用性不低于99.9%，响应时间不超过2小时。").contract.taxRate == nil)
    }

    @Test(arguments: [
        "合同总价：人民币________元（大写：_________元整）。",
        "订购单价：48元/公斤，48000.00元/吨。",
        "预算金额：210万元\n最高限价：210万元",
        "服务费总金额为元 （大写： 圆整）。",
    ])
    func noTotal(text: String) {
        #expect(Parsed(text).contract.totalAmount == nil)
    }

    @Test func taxStatements() {
        let included = Parsed("合同总价为人民币10,000.00元（含税），其中不含税金额为人民币9,433.96元，税率6%。").contract
        #expect(included.totalAmount.yuan == "10000.00")
        #expect(included.taxIncluded == true)
        #expect(included.amountExcludingTax.yuan == "9433.96")
        #expect(included.taxRate.decimal == "6")
        let excluded = Parsed("合同总价为人民币10,000.00元（不含税）。").contract
        #expect(excluded.taxIncluded == false)
        let unstated = Parsed("合同总价为人民币10,000.00元。").contract
        #expect(unstated.taxIncluded == nil)
        #expect(unstated.taxRate == nil)
    }

    @Test func shareOfTheTotalIsNoStatementOfIt() {
        // `合同款的 60%，即人民币…` states an installment, `合同总价款 10% 即人民币…` a bond.
        let p = Parsed("甲方向乙方支付合同款的60%，即人民币陆万元整（¥60,000.00元）。乙方缴纳合同总价款10%即人民币壹万元整（¥10,000.00元）的履约保函。")
        #expect(p.contract.totalAmount == nil)
    }

    @Test func laterStatementsAreKept() {
        let p = Parsed("""
        合同总价：人民币壹拾万元整（¥100,000.00元）。
        中标通知书
        中标金额：¥100,500.00元
        """)
        #expect(p.contract.totalAmount.yuan == "100000.00")
        #expect(p.contract.totalAmountStatements.map(\.value.description) == ["100500.00"])
    }

    @Test func absentTotalIsNull() {
        let p = Parsed("乙方应按时完成服务，服务费按月结算。")
        #expect(p.contract.totalAmount == nil)
        #expect(p.contract.amountExcludingTax == nil)
    }
}

@Suite struct TotalAmountRegressionTests {
    @Test func maskedIntegerPartBeforeTheDecimals() {
        #expect(Parsed("合计金额小写: *******.48 元 合计金额大写:贰拾万零叁佰元肆角捌分").contract.totalAmount.yuan == "200300.48")
    }

    @Test func provisionalTotalInTenThousands() {
        #expect(Parsed("1、合同暂定总价：1200.00万元（大写：壹仟贰佰万元）。").contract.totalAmount.yuan == "12000000.00")
    }

    @Test func aNumeralGluedToTemplateBlanksIsNoTotal() {
        #expect(Parsed("总金额(人民币)：拾_____万_______仟_______佰_______拾元整。").contract.totalAmount == nil)
    }

    /// A price per person, month or year (`每人…元/月`, `…万元/年`) is a rate, not the contract's total.
    @Test(arguments: ["合同价款：按照每人4200元/月包干，加班另计。", "合同价款为人民币4.5万元/年。", "合同金额为3800元每月，按季支付。"])
    func aPricePerUnitOrPeriodIsNoTotal(_ text: String) {
        #expect(Parsed(text).contract.totalAmount == nil, "\(text)")
    }

    @Test func aTotalPaidByTheYearIsStillATotal() {
        #expect(Parsed("合同价款为人民币4.5万元，按年支付。").contract.totalAmount?.value.description == "45000.00")
    }

    /// An amount in another currency named before it keeps that currency (`新臺幣`, Taiwan's contracts).
    @Test func aTotalInNewTaiwanDollars() {
        let total = Parsed("契約總價為新臺幣(下同)1,260萬元，含營業稅。").contract.totalAmount
        #expect(total?.value.description == "12600000.00")
        #expect(total?.currency == "TWD")
    }
}
