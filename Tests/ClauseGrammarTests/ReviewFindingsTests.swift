import Testing
import ContractModel

/// Wordings a review of this grammar found to crash or to invent (our own sentences): each is read without fault
/// and gives no value it does not state.
@Suite struct ValuesPastTheirSentenceTests {
    /// A 大写 amount paired with its figures on the next line, a date range wrapped at its 至, a paying verb cut by
    /// the longest sentence: a value's span may end past its sentence.
    @Test(arguments: [
        "技术服务费：伍万元整\n(小写)¥50,000元",
        "本项目设计服务费为人民币伍万元整\n（¥50,000.00）",
        "租赁期限：自2038年2月1日起至\n2041年1月31日止，计3年。",
        String(repeating: "甲", count: 599) + "支付合同款。",
    ])
    func readWithoutFault(_ text: String) {
        _ = Parsed(text).contract
    }

    @Test func theFeeWithItsFiguresOnTheNextLine() {
        #expect(Parsed("技术服务费：伍万元整\n(小写)¥50,000元").contract.totalAmount?.value.description == "50000.00")
    }
}

@Suite struct FeesThatAreNoTotalTests {
    @Test(arguments: [
        "劳动合同\n乙方参加甲方组织的培训，培训费为2万元，乙方服务期未满离职的应返还。",
        "房屋租赁合同\n租金为每月3000元。中介代理费：1500元，由乙方承担。",
        "本合同价款包括：设计费20万元；监理费10万元。",
        "其中培训费为2万元。",
        "服务费：人民币5000元（每年）",
        "上门维修服务费：200元，按次结算。",
    ])
    func noTotal(_ text: String) {
        #expect(Parsed(text).contract.totalAmount == nil, "\(text)")
    }

    /// A fee of a service of its own is the total where the title names that service.
    @Test func theFeeOfTheTitlesService() {
        #expect(Parsed("广告发布合同\n广告费为人民币8万元。").contract.totalAmount?.value.description == "80000.00")
    }
}

@Suite struct PaymentsThatAreNoSinglePaymentTests {
    @Test(arguments: [
        "甲方应在收到乙方发票后15个工作日内支付当月服务费。",
        "验收不合格的，甲方有权在整改完成前拒绝支付货款。",
        "合同签订后，甲方应按照本合同约定支付合同款。",
    ])
    func noInstallment(_ text: String) {
        #expect(Parsed(text).contract.installments.isEmpty, "\(text)")
    }
}

@Suite struct BlankFormsTests {
    /// A printed capital unit between blanks is an empty field, not 拾元.
    @Test func anEmptyUppercaseFieldIsNoAmount() {
        #expect(Parsed("合同总价款为人民币____拾____元。").contract.totalAmount == nil)
    }

    /// A blank left for a name does not make the next line, a heading or a date, the name.
    @Test func aBlankNameReadsNoHeading() {
        #expect(Parsed("乙方：__________\n第一条 项目概况").contract.partyB == nil)
        #expect(Parsed("甲方（盖章）：\n2034-01-01\n第一条 项目概况").contract.partyA == nil)
    }

    /// A name that begins like a reference (`略阳县…`) is a name.
    @Test func aCountyNamedLikeAReference() {
        #expect(Parsed("甲方：略阳县教育局").contract.partyA?.name.value == "略阳县教育局")
    }

    /// A bracketed small number opening a line numbers an item: `【2】月租金…` keeps its brackets.
    @Test func anItemNumberBeforeMonthIsNoFillMark() {
        #expect(Parsed("【2】月租金为5000元").text.string.hasPrefix("【2】月租金"))
    }

    /// Terms of other things (training, rent-free, fitting out) are no service period.
    @Test(arguments: ["培训期限为3个月，自2038年1月1日起至2038年3月31日止。", "免租期限为2个月，自2038年1月1日起至2038年2月28日止。"])
    func otherThingsTerms(_ text: String) {
        #expect(Parsed(text).contract.servicePeriod == nil, "\(text)")
    }
}
