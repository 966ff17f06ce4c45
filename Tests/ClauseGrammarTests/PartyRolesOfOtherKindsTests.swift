import Testing
import ContractModel

/// Parties of contract kinds beyond procurement and services, in our own sentences: the role pairs of
/// their model texts, a side named in brackets after any role word, and parties defined in a sentence
/// (`由某某公司(以下简称“甲方”)与…`).
@Suite struct PartyRolesOfOtherKindsTests {
    @Test(arguments: [
        ("托运人：某某乳业有限公司\n承运人：某某冷链运输有限公司", "某某乳业有限公司", "某某冷链运输有限公司"),
        ("用人单位（甲方）：某某酒店管理有限公司\n劳动者（乙方）：周某", "某某酒店管理有限公司", "周某"),
        ("聘用方(甲方)：某某职业技术学院\n受聘方(乙方)：吴某某", "某某职业技术学院", "吴某某"),
        ("转让方（甲方）：某某新材料有限公司\n受让方（乙方）：某某制药有限公司", "某某新材料有限公司", "某某制药有限公司"),
        ("建设单位：某某县水务投资有限公司\n施工单位：某某水利工程有限公司", "某某县水务投资有限公司", "某某水利工程有限公司"),
        ("委托人：某某市住房和城乡建设局\n监理人：某某工程监理咨询有限公司", "某某市住房和城乡建设局", "某某工程监理咨询有限公司"),
        ("顶让方（甲方）：某某小吃店\n承顶方（乙方）：郑某", "某某小吃店", "郑某"),
        ("委托单位：某某区教育局\n受托单位：某某工程造价咨询有限公司", "某某区教育局", "某某工程造价咨询有限公司"),
        ("雇主：某某家政服务有限公司\n雇员：钱某", "某某家政服务有限公司", "钱某"),
        ("许可人：某某软件有限公司\n被许可人：某某信息技术有限公司", "某某软件有限公司", "某某信息技术有限公司"),
        ("甲方：\n某某置业有限公司\n乙方：\n某某商业管理有限公司联系地址：\n某某市高新区", "某某置业有限公司", "某某商业管理有限公司"),
    ])
    func rolesNameTheirSides(_ text: String, _ a: String, _ b: String) {
        Self.expectParties(text, a, b)
    }

    static func expectParties(_ text: String, _ a: String, _ b: String) {
        let contract = Parsed(text).contract
        #expect(contract.partyA?.name.value == a, "\(text)")
        #expect(contract.partyB?.name.value == b, "\(text)")
    }

    /// Which of lender and borrower is 甲方 differs from bank to bank: without a bracketed side they name none.
    @Test func loanRolesNameNoSide() {
        let contract = Parsed("贷款人：某某农村商业银行股份有限公司\n借款人：某某粮油贸易有限公司").contract
        #expect(contract.partyA == nil && contract.partyB == nil)
    }

    /// A signature line is no party: `法定代表人(甲方)` names a person signing.
    @Test func aDetailLabelWithASideIsNoParty() {
        #expect(Parsed("法定代表人（甲方）：钱某\n法定代表人（乙方）：冯某").contract.partyA == nil)
    }

    @Test(arguments: [
        ("本合同由东岭水泥有限公司（以下简称“甲方”）与西川建材贸易有限公司（以下简称“乙方”）共同签订。", "东岭水泥有限公司", "西川建材贸易有限公司"),
        ("本协议由东岭水泥有限公司(以下简称甲方)和西川建材贸易有限公司(以下简称乙方)协商订立。", "东岭水泥有限公司", "西川建材贸易有限公司"),
        ("委托方某某师范大学(下称甲方)与受托方某某环境检测有限公司(下称乙方)经协商一致，订立本合同。", "某某师范大学", "某某环境检测有限公司"),
    ])
    func partiesDefinedInASentence(_ text: String, _ a: String, _ b: String) {
        Self.expectParties(text, a, b)
    }

    /// A short name that is a name defines no side; a role word with its name left blank is no name.
    @Test func definitionsThatNameNoParty() {
        let named = Parsed("本协议由东岭电力股份有限公司（以下简称“东岭电力”）与某某工程有限公司（以下简称“承包人”）签署。").contract
        #expect(named.partyA == nil)
        #expect(named.partyB?.name.value == "某某工程有限公司")
        let blank = Parsed("出租方（以下简称甲方）：________\n承租方（以下简称乙方）：________").contract
        #expect(blank.partyA == nil && blank.partyB == nil)
    }

    /// A Latin name's comma is part of it (`Co., Ltd.`); a comma of a clause is not.
    @Test func aLatinNameKeepsItsComma() {
        #expect(Parsed("乙方：Hangzhou Sample Robotics Co., Ltd").contract.partyB?.name.value == "Hangzhou Sample Robotics Co., Ltd")
        #expect(Parsed("乙方：王某，男，身份证号码略").contract.partyB == nil)
    }

    /// A form's labels run together on one line: the name before the next role label is whole (only the
    /// known role words start a label there, not any word ending in 方).
    @Test func runTogetherLabelsKeepTheNameWhole() {
        let contract = Parsed("委托方(甲方)：某市燃气集团有限公司受托方(乙方)：北辰数据技术有限公司签订地点：某市").contract
        #expect(contract.partyA?.name.value == "某市燃气集团有限公司")
        #expect(contract.partyB?.name.value == "北辰数据技术有限公司")
    }
}

/// A contract may name its supplier 甲方 (`供方：某某公司（以下简称甲方）`): its own naming wins over the role word,
/// for the parties and for who pays a penalty. Our own names.
@Suite struct DefinedSidesWinTests {
    @Test func theSupplierNamedPartyA() {
        let c = Parsed("供方：某某电子科技有限公司（以下简称甲方）\n需方：某某医院（以下简称“乙方”）\n供方逾期交货的，每日按货款的0.3%向需方支付违约金。").contract
        #expect(c.partyA?.name.value == "某某电子科技有限公司")
        #expect(c.partyB?.name.value == "某某医院")
        #expect(c.penalties.first?.party == .partyA)
    }

    @Test func theUsualNamingStays() {
        let c = Parsed("需方：某某医院（以下简称甲方）\n供方：某某电子科技有限公司（以下简称乙方）\n供方逾期交货的，每日按货款的0.3%向需方支付违约金。").contract
        #expect(c.partyA?.name.value == "某某医院")
        #expect(c.penalties.first?.party == .partyB)
    }
}
