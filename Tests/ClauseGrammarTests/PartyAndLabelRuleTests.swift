import Testing
import ContractModel

@Suite struct PartyRuleTests {
    @Test func headerBlockWithDetails() {
        let p = Parsed("""
        甲方：北京市应急指挥保障中心
        地址：北京市通州区运河东大街 57 号院 4 号楼
        法定代表人：陆金周
        联系电话：010-55573960 邮编：101117

        乙方：太极计算机股份有限公司
        法定代表人：肖益
        """)
        let a = p.contract.partyA, b = p.contract.partyB
        #expect(a?.name.value == "北京市应急指挥保障中心")
        #expect(a?.legalRepresentative?.value == "陆金周")
        #expect(a?.phone?.value == "010-55573960")
        #expect(a?.address?.value == "北京市通州区运河东大街57号院4号楼")
        #expect(b?.name.value == "太极计算机股份有限公司")
        #expect(b?.legalRepresentative?.value == "肖益")
        #expect(b?.address == nil)
        #expect(p.slice(a?.name.span) == "北京市应急指挥保障中心")
    }

    @Test func roleLabels() {
        let p = Parsed("委托人（甲方）：北京市交通综合治理事务中心\n被委托人（乙方）：太极计算机股份有限公司")
        #expect(p.contract.partyA?.name.value == "北京市交通综合治理事务中心")
        #expect(p.contract.partyB?.name.value == "太极计算机股份有限公司")
    }

    @Test func signatureBlockDecorationsRemoved() {
        let p = Parsed("（以下无正文）\n甲方（盖章）：某某市数据局\n乙方（盖章）：某某科技有限公司")
        #expect(p.contract.partyA?.name.value == "某某市数据局")
        #expect(p.contract.partyB?.name.value == "某某科技有限公司")
    }

    @Test func table() {
        let p = Parsed("甲方\t某某市数据局\t乙方\t某某科技有限公司\n联系人：\t张三\t联系人：\t李四\n电话：\t010-12345678\t电话：\t13800000000")
        #expect(p.contract.partyA?.name.value == "某某市数据局")
        #expect(p.contract.partyB?.phone?.value == "13800000000")
    }

    @Test func sentencesNamingAPartyAreNoLabels() {
        let p = Parsed("甲方的联络员为：徐跃，联系方式：18515206586")
        #expect(p.contract.partyA == nil)
    }
}

@Suite struct LabeledFieldRuleTests {
    @Test func markdownTitleAndNumber() {
        let p = Parsed("# 技术服务合同\n\n合同编号：HT-2025-017\n项目名称：数据中心运维\n签订日期：2025年3月4日\n签订地点：北京市海淀区")
        let c = p.contract
        #expect(c.title?.value == "技术服务合同")
        #expect(c.contractNumber?.value == "HT-2025-017")
        #expect(c.projectName?.value == "数据中心运维")
        #expect(c.signingDate?.value == CalendarDate(year: 2025, month: 3, day: 4))
        #expect(c.signingPlace?.value == "北京市海淀区")
    }

    @Test func blankLabelsAreNull() {
        let c = Parsed("合同编号：\n\n采购合同\n签订地点：").contract
        #expect(c.contractNumber == nil)
        #expect(c.signingPlace == nil)
        #expect(c.title?.value == "采购合同")
    }

    @Test func citedTitleIsNoTitle() {
        #expect(Parsed("（本页无正文，为《采购合同》签署页）").contract.title == nil)
    }
}

/// Regressions named after what found them.
@Suite struct PartyRegressionTests {
    /// Line joining in normalization ran a header block into one line (seed 001):
    /// `甲方：…中心地址：…4号楼法定代表人：陆金周` and `010-55573960邮编：101117`.
    @Test func labelsRunTogetherByLineJoining() {
        let p = Parsed("甲方：北京市应急指挥保障中心地址：北京市通州区运河东大街57号院4号楼法定代表人：陆金周\n联系电话：010-55573960邮编：101117")
        let a = p.contract.partyA
        #expect(a?.name.value == "北京市应急指挥保障中心")
        #expect(a?.address?.value == "北京市通州区运河东大街57号院4号楼")
        #expect(a?.legalRepresentative?.value == "陆金周")
        #expect(a?.phone?.value == "010-55573960")
    }
}

@Suite struct PartyWordingFamilyTests {
    @Test func roleMarksAfterTheNameOnOneLine() {
        let p = Parsed("采购人(全称): 岳阳市图书馆 (甲方)中标(成交)供应商(全称): 湖南某科技有限公司 (乙方)")
        #expect(p.contract.partyA?.name.value == "岳阳市图书馆")
        #expect(p.contract.partyB?.name.value == "湖南某科技有限公司")
        #expect(p.slice(p.contract.partyA?.name.span) == "岳阳市图书馆")
    }

    @Test(arguments: [
        ("买方：昆明某商贸有限公司\t卖方：大理某农业有限责任公司", "昆明某商贸有限公司", "大理某农业有限责任公司"),
        ("发包人：某市第三中学\n承包人：某建设集团有限公司", "某市第三中学", "某建设集团有限公司"),
        ("出租方：张某某\n承租方：某餐饮管理有限公司", "张某某", "某餐饮管理有限公司"),
        ("需方：无锡某生物科技有限公司\n供方：济南某医药有限公司", "无锡某生物科技有限公司", "济南某医药有限公司"),
        ("甲方(需方)：深圳某科技股份有限公司乙方(供方)：青岛某科技有限公司", "深圳某科技股份有限公司", "青岛某科技有限公司"),
    ])
    func everyRolePair(text: String, a: String, b: String) {
        let c = Parsed(text).contract
        #expect(c.partyA?.name.value == a)
        #expect(c.partyB?.name.value == b)
    }

    @Test func nameInTheNextCell() {
        let c = Parsed("甲方(需方)\t重庆某大学\n乙方(供方)\t西安某软件股份有限公司").contract
        #expect(c.partyA?.name.value == "重庆某大学")
        #expect(c.partyB?.name.value == "西安某软件股份有限公司")
    }

    @Test(arguments: ["甲方：${clientName}\n乙方：________", "供方：\tLIVE_CODE\t合同编号：\t##{合同编号-1}"])
    func templatePlaceholdersAreNoValues(text: String) {
        let c = Parsed(text).contract
        #expect(c.partyA == nil)
        #expect(c.partyB == nil)
        #expect(c.contractNumber == nil)
    }

    @Test func contractNumberLabels() {
        #expect(Parsed("甲方合同编号：ZY-2022-0718").contract.contractNumber?.value == "ZY-2022-0718")
        #expect(Parsed("政府采购合同编号：岳财采计[2021]000123号").contract.contractNumber?.value == "岳财采计[2021]000123号")
        #expect(Parsed("采购计划编号：HNZC-2021-0456").contract.contractNumber == nil)
    }
}

@Suite struct PartyNameRegressionTests {
    @Test func shortNameAfterTheFullNameIsDropped() {
        let c = Parsed("甲方：佛山市某新材料科技有限公司(以下简称“某新材料”)\n乙方：某信息技术(佛山)有限公司（以下简称“某信息”）").contract
        #expect(c.partyA?.name.value == "佛山市某新材料科技有限公司")
        #expect(c.partyB?.name.value == "某信息技术(佛山)有限公司")
    }

    @Test func maskedNamesAreNoNames() {
        let c = Parsed("采购人(甲方):******农业农村局 采购人地址:******农业农村局 供应商(乙方):******有限公司").contract
        #expect(c.partyA == nil)
        #expect(c.partyB == nil)
    }

    @Test func aClauseAfterTheRoleIsNoName() {
        #expect(Parsed("甲方:乙方:根据2019年7月31日签订的绿化养护合同(以下简称原合同)，双方达成如下补充协议：").contract.partyB == nil)
    }

    @Test func signingPlaceLabelEndsTheName() {
        let c = Parsed("乙方：某国际信息技术(厦门)有限公司合同签订地：福建省厦门市").contract
        #expect(c.partyB?.name.value == "某国际信息技术(厦门)有限公司")
        #expect(c.signingPlace?.value == "福建省厦门市")
    }

    @Test func aFormsBlankDateIsNoSigningDate() {
        #expect(Parsed("签订日期：2025年   月   日").contract.signingDate == nil)
        #expect(Parsed("签订日期：\t2020\t年\t2\t月\t29\t日").contract.signingDate?.value.description == "2020-02-29")
    }
}

@Suite struct PartyOnTheNextLineTests {
    @Test func nameUnderItsLabel() {
        let c = Parsed("甲方：\n杭州某科技发展有限公司\n乙方：\n宁波某信息技术有限公司").contract
        #expect(c.partyA?.name.value == "杭州某科技发展有限公司")
        #expect(c.partyB?.name.value == "宁波某信息技术有限公司")
    }

    @Test func aSentenceUnderTheLabelIsNoName() {
        #expect(Parsed("甲方：\n根据双方协商，达成如下协议。").contract.partyA == nil)
    }
}

/// A bilingual form (our own names): item marks and the English label stand between the Chinese label and
/// the name, which a form writes in fill marks `【…】`; an item mark is never a name.
@Suite struct BilingualFormPartyTests {
    @Test func theNameAfterAnItemMarkInFillMarks() {
        let c = Parsed("(1) 出租方（甲方）：\n(1)\n【宁波某某精工机械有限公司】\n【Ningbo Example Machinery Co., Ltd】\n(2) 承租方（乙方）：\n(2)\n【杭州某某动力科技有限公司】").contract
        #expect(c.partyA?.name.value == "宁波某某精工机械有限公司")
        #expect(c.partyB?.name.value == "杭州某某动力科技有限公司")
    }

    @Test func anItemMarkIsNoName() {
        #expect(Parsed("出租方（甲方）：\n(1)\n法定地址：").contract.partyA == nil)
    }
}

/// A contract number ends where a bracket it did not open closes, or where its annotation starts.
@Suite struct ContractNumberExtentTests {
    @Test(arguments: [
        ("双方于2031年签订之《设备承揽契约书》(契约编号:QX-2031-S07)(下称系争合约)。", "QX-2031-S07"),
        ("合同编号：NB-HT-2031-015（以下简称本合同）", "NB-HT-2031-015"),
        ("合同编号：甬采(2031)58号", "甬采(2031)58号"),
        ("合同编号：〔2031〕第19号", "〔2031〕第19号"),
    ])
    func theCodeAlone(_ text: String, _ number: String) {
        #expect(Parsed(text).contract.contractNumber?.value == number, "\(text)")
    }
}

@Suite struct SignatureMarkTests {
    /// A reference to the name given elsewhere (`同上`, `见首页`) is no name; a name that begins alike is one.
    @Test func aReferenceIsNoName() {
        #expect(Parsed("甲方：同上\n乙方：见首页").contract.partyA == nil)
        #expect(Parsed("甲方：同上\n乙方：见首页").contract.partyB == nil)
        #expect(Parsed("甲方：同方股份有限公司").contract.partyA?.name.value == "同方股份有限公司")
    }

    /// A signature block's instruction in brackets is no name.
    @Test func anInstructionIsNoName() {
        let c = Parsed("甲方：(签字盖章)\t乙方：(签名或盖章)").contract
        #expect(c.partyA == nil && c.partyB == nil)
        #expect(Parsed("甲方：宁波某某贸易有限公司(签字盖章)").contract.partyA?.name.value == "宁波某某贸易有限公司")
    }
}

/// Labels of bilingual and English contracts stand for the Chinese ones (our own names); times and addresses
/// with colons after Latin letters stay no labels.
@Suite struct BilingualLabelTests {
    @Test func chineseAndEnglishLabels() {
        let c = Parsed("甲方/Party A：宁波某某科技有限公司\n乙方/Party B：杭州某某贸易有限公司\n合同编号/Contract No.：NB-2031-0042").contract
        #expect(c.partyA?.name.value == "宁波某某科技有限公司")
        #expect(c.partyB?.name.value == "杭州某某贸易有限公司")
        #expect(c.contractNumber?.value == "NB-2031-0042")
    }

    @Test func englishLabelsAndLatinNames() {
        let c = Parsed("Contract No. : HZ2031-ZL-0107\nParty A: Hangzhou Example Property Co. , Ltd.\nParty B: Ningbo Example Trading Co., Ltd.").contract
        #expect(c.contractNumber?.value == "HZ2031-ZL-0107")
        #expect(c.partyA?.name.value == "Hangzhou Example Property Co. , Ltd.")
        #expect(c.partyB?.name.value == "Ningbo Example Trading Co., Ltd.")
    }

    @Test func timesAndLinksAreNoLabels() {
        let c = Parsed("开会时间 10:30\n网址 https://example.com\nNote: 甲方另行通知").contract
        #expect(c.partyA == nil && c.contractNumber == nil)
    }
}

/// A role and its detail run together (`采购人地址：`) end the value before them.
@Suite struct RoleDetailLabelTests {
    @Test func aRolesDetailEndsTheName() {
        let c = Parsed("采购人(甲方): 宁波市某某区数据局 采购人地址: 宁波市某某路18号").contract
        #expect(c.partyA?.name.value == "宁波市某某区数据局")
    }
}
