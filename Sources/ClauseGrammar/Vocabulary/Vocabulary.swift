import Synchronization

/// The words of contracts, by concept: each concept listed once here and read by every rule that needs
/// it. Words are simplified script; rules compare canonical scalars, so traditional-script text
/// (`履約保證金`) and full-width forms match too.
///
/// A user extends a concept for their own template without rebuilding (`--vocabulary FILE`, see
/// `VocabularyExtension`): `install` adds the words once, before the first document is parsed; each
/// concept's list is read (and frozen) the first time a rule needs it.
public enum Vocabulary {
    /// The concepts a vocabulary file may extend, by the name the file uses.
    public enum Concept: String, CaseIterable, Sendable {
        case total, performanceBond = "performance_bond", retentionMoney = "retention_money"
        case servicePeriod = "service_period", contractTerm = "contract_term"
        case paymentStages = "payment_stages", paymentRemainder = "payment_remainder"
        case penalty, partyA = "party_a", partyB = "party_b", hedges, contractFee = "contract_fee"
    }

    public enum InstallError: Error, Equatable {
        /// A document was parsed already: the lists are frozen.
        case tooLate
    }

    private static let installed = Mutex<(words: [Concept: [String]], frozen: Bool)>(([:], false))

    /// Adds `words` to the built-in concepts. Call once, before any parse.
    public static func install(_ words: VocabularyExtension) throws(InstallError) {
        try installed.withLock { (state) throws(InstallError) in
            if state.frozen { throw .tooLate }
            for (concept, list) in words.words { state.words[concept, default: []] += list }
        }
    }

    /// The words a user added to `concept` (freezes the installed vocabulary).
    static func added(_ concept: Concept) -> [String] {
        installed.withLock { state in
            state.frozen = true
            return state.words[concept] ?? []
        }
    }

    /// Security for performance the supplier lodges (`履约保函`, `履约保证金`).
    static let performanceBond = ["履约保函", "履约保证金", "履约担保", "履约保险", "履约金"] + added(.performanceBond)
    /// Retention money held back against defects (`质量保修金`, `质保金`; Taiwan's `保固保證金`).
    static let retentionMoney = ["质量保修金", "工程质量保修金", "质量保证金", "保修金", "质保金", "质量保函", "保修保证金",
                                 "保固保证金", "保固金"] + added(.retentionMoney)
    /// Words that make a statement general rather than this contract's term (`通常…一般为合同金额的10%`).
    static let hedges: [Word] = .init(["通常", "一般为", "一般不", "一般是", "原则上不", "左右", "不少于", "通常为"] + added(.hedges))
    /// Words that name a penalty (`违约金`, `滞纳金`); with a rate or a sum they state one.
    static let penalty = ["违约金", "滞纳金", "罚金", "罚款", "赔偿", "处罚", "扣罚", "违约费"] + added(.penalty)

    /// The period of the service or work itself (`服务期限`, `工期`, `租赁期限`).
    static let servicePeriod = [
        "服务期", "服务期间", "服务期限", "服务的期间", "服务周期", "运维期", "运维服务期", "维护期", "服务时间",
        "服务年限", "履约期限", "合同履行期限", "履行期限", "工期", "总工期", "计划工期", "施工工期", "设计期限",
        "设计周期", "开发周期", "开发期限", "实施周期", "实施期限", "建设工期", "租赁期限", "租赁期", "租期",
        "承租期", "合作期限", "合作期", "委托期限", "委托期", "承包期限", "养护期限", "养护期", "服务年度", "为期",
        "开发时间", "合作开发时间", "开发期间", "合作期间", "履行期间",
        // The terms of other contract kinds: employment, supervision of works, building, loans, licences.
        "聘用期限", "聘用期", "聘期", "劳动合同期限", "监理期限", "监理服务期", "施工期限", "借款期限", "贷款期限",
        "许可期限", "经营期限", "施作期限", "建设期", "项目建设期",
    ] + added(.servicePeriod)
    /// The contract's own validity, read only when no service period is stated (`合同有效期`).
    static let contractTerm = ["合同有效期", "合同期限", "有效期限", "合同期", "有效期", "本合同期限"] + added(.contractTerm)

    /// Words that introduce the contract's total price (`合同总价`, `签约合同价`, `合计金额大写`).
    static let total = [
        "合同价款", "合同总价", "合同总价款", "合同总金额", "合同总额", "服务费总额", "本合同总额", "成交价",
        "成交金额", "成交价格", "中标价", "中标金额", "签约合同价", "合同金额", "合同价格", "总价款", "合同总价格",
        "项目总金额", "总服务费", "服务总费用", "合同总费用", "合计金额", "合计人民币", "总计人民币", "合计价款",
        "总金额", "合同总计", "合计总价", "总计金额", "共计", "暂定总价", "合同暂定总价", "暂定合同价", "合同暂定价",
        "货款总价", "工程总价", "总造价", "合同总造价", "契约金额", "契约总价", "契约价金", "工程总价款", "总费用",
        "开发总费用", "总价", "研究开发经费和报酬", "经费和报酬", "技术服务费总额", "报酬总额",
        // A lease's price is its rent over the whole term (a rent per year or month is no total: `TotalAmountRule`).
        "租金总额", "总租金", "租金总计", "租金合计", "租金共计", "租金总价",
    ] + added(.total)

    /// The fee of the contract's own work (`设计费`, `监理服务费`, `技术服务费`): the total where a sentence states it
    /// whole (`本项目设计服务费暂定为…元`) and no total keyword does (`FeeTotalRule`).
    static let contractFee = [
        "设计费", "设计服务费", "设计费用", "监理费", "监理服务费", "咨询费", "咨询服务费", "咨询费用", "服务费", "服务费用",
        "技术服务费", "技术服务费用", "开发费", "开发费用", "软件开发费", "审计费", "审计服务费", "代理费", "代理服务费",
        "培训费", "维保费", "维护费", "运维费", "运维服务费", "勘察费", "勘察设计费", "测绘费", "检测费", "评估费",
        "造价咨询费", "广告费", "制作费", "承包费", "承包金", "货款", "工程款", "工程价款", "项目费用", "项目经费",
        "开发经费", "技术开发经费", "研究开发经费", "经费总额",
    ] + added(.contractFee)

    /// Labels of bilingual and English contracts, by the Chinese label they stand for (lower case, no spaces):
    /// `Party A:` is `甲方：`, `Contract No.:` is `合同编号：` (`ParseContext.englishLabel`).
    static let englishLabels: [String: String] = [
        "partya": "甲方", "partyb": "乙方", "lessor": "出租方", "lessee": "承租方", "buyer": "买方", "seller": "卖方",
        "contractno.": "合同编号", "contractno": "合同编号", "contractnumber": "合同编号", "agreementno.": "合同编号",
        "dateofsigning": "签订日期", "signingdate": "签订日期", "signedon": "签订日期",
        "placeofsigning": "签订地点", "signingplace": "签订地点", "legaladdress": "地址", "address": "地址",
        "legalrepresentative": "法定代表人", "tel": "电话", "telephone": "电话",
    ]

    /// Periods a sum or a payment is stated per (`每月 6900元`, `按季支付`): no stage, no total.
    static let perPeriod = ["每月", "每年", "每季", "每季度", "每半年", "按月", "按年", "按季"]

    /// The words that name each side of the contract: the buyer, client, employer or lessor is party A,
    /// the supplier, contractor or lessee party B (`采购人…（甲方）`, `发包人`/`承包人`, `出租方`/`承租方`).
    static let partyRoles: [String: PartyVocabulary.Side] = [
        "甲方": .a, "甲": .a, "委托人": .a, "委托方": .a, "采购人": .a, "采购方": .a, "采购单位": .a, "买方": .a,
        "买受人": .a, "发包人": .a, "发包方": .a, "需方": .a, "招标人": .a, "建设单位": .a, "用户方": .a,
        "出租方": .a, "出租人": .a, "业主": .a, "定作人": .a, "订购方": .a, "购买方": .a, "购货方": .a,
        "乙方": .b, "乙": .b, "被委托人": .b, "受托人": .b, "受托方": .b, "供应商": .b, "中标人": .b,
        "成交供应商": .b, "中标供应商": .b, "中标(成交)供应商": .b, "卖方": .b, "出卖人": .b, "承包人": .b,
        "承包方": .b, "供方": .b, "服务方": .b, "承租方": .b, "承租人": .b, "租户": .b, "研究开发人": .b,
        "承揽人": .b, "执行方": .b, "销售方": .b, "供货方": .b, "服务商": .b,
        // Pairs of the model texts of other contract kinds: carriage, works, transfer, employment,
        // gift, supervision and design of works, property services, licences.
        "托运人": .a, "托运方": .a, "承运人": .b, "承运方": .b, "施工单位": .b, "施工方": .b,
        "转让方": .a, "转让人": .a, "让与人": .a, "出让人": .a, "出让方": .a, "受让方": .b, "受让人": .b,
        "聘用方": .a, "聘方": .a, "受聘方": .b, "受聘人": .b, "应聘方": .b, "用人单位": .a, "劳动者": .b,
        "赠与人": .a, "受赠人": .b, "监理人": .b, "设计人": .b, "勘察人": .b,
        "物业服务人": .b, "物业服务企业": .b, "许可方": .a, "被许可方": .b, "许可人": .a, "被许可人": .b,
        "委托单位": .a, "受托单位": .b, "发包单位": .a, "承包单位": .b, "购货单位": .a, "供货单位": .b, "出租单位": .a,
        "承租单位": .b, "雇主": .a, "雇员": .b, "雇佣方": .a, "受雇方": .b, "建设方": .a, "监理单位": .b, "设计单位": .b,
    ].merging(added(.partyA).map { ($0, .a) } + added(.partyB).map { ($0, .b) }) { _, user in user }
    /// Role words a clause names a liable party by (`承包人按…支付违约金`, `向卖方支付`); the
    /// one-character labels `甲`/`乙` are read as `甲方`/`乙方` only.
    static let actorRoles: [(Word, PartyVocabulary.Side)] = partyRoles
        .filter { $0.key.unicodeScalars.count >= 2 }
        .sorted { $0.key.unicodeScalars.count != $1.key.unicodeScalars.count ? $0.key.unicodeScalars.count > $1.key.unicodeScalars.count : $0.key < $1.key }
        .map { (Word($0.key), $0.value) }

    /// Stages of a payment scheme, named by their noun (`30%预付款`, `进度款`).
    static let paymentStages = [
        "预付款", "首付款", "首款", "首期款", "进度款", "到货款", "验收款", "结算款", "定金", "第一笔款", "中期款",
    ] + added(.paymentStages)
    /// The remainder of the price paid last (`余款`, `尾款`; `剩余` only right before its amount: `剩余80万元`).
    static let paymentRemainder = [
        "余款", "尾款", "剩余款项", "剩余款", "剩余合同款", "余额", "剩余价款", "剩余费用", "剩余部分", "余下部分", "其余款项",
        "余下款项", "全部付清", "付清所有", "付清全部", "全部结清", "剩余",
    ] + added(.paymentRemainder)
}
