/// Words of the penalty clauses, one table per question a rule asks.
enum PenaltyVocabulary {
    /// A sentence with one of these (and a rate or a sum) states a penalty.
    static let keywords = KeywordSet(Vocabulary.penalty)
    /// Keywords that only count with a rate (`按合同金额的 10% 给予赔偿`), never with a sum of damages.
    static let rateOnly: Set<String> = ["赔偿"]
    /// What may stand between 赔偿 and the sum agreed as the compensation (`赔偿甲方经济损失人民币3万元`).
    static let compensationObjects: [Word] = .init(["对方", "守约方", "另一方", "经济损失", "损失", "金", "费", "给"])

    static let perDay: [Word] = .init([
        "每逾期一日", "每逾期一天", "每逾期1日", "每逾期1天", "每日", "每天", "每延迟一日", "每延迟一天", "每延期一日",
        "每延期一天", "每迟延一日", "每迟延一天", "逾期一日", "逾期一天", "按日", "每逾期",
    ])
    static let perIncident: [Word] = .init(["每发生一次", "每次", "每出现一次", "每发现一次", "每例", "每起", "每项", "每发生", "单次", "/人", "/次", "·次", "•次"])
    /// A sum charged once (`一次性扣罚20万元`).
    static let once: [Word] = .init(["一次性"])
    /// Rates per year (interest), which no penalty unit (day, week, month, incident, once) states.
    static let annualRates: [Word] = .init(["年利率", "年息", "年化", "年率", "年利息", "每年"])
    static let capWords: [Word] = .init(["不超过", "不得超过", "最高", "最多", "上限", "为限", "封顶", "不高于", "限额"])
    static let conditionWords: [Word] = .init(["如果", "如", "若", "因", "由于", "未", "凡", "当", "一旦"])
    /// A sentence continuing the previous one's penalty (`则应…`, `此项违约金…`).
    static let continuations: [Word] = .init(["则", "此项", "此", "每", "并", "且"])

    /// What a rate is applied to; the keyword nearest before the rate wins.
    static let bases: [(Word, String)] = [
        ("合同价款", "contract_total"), ("合同总价", "contract_total"), ("合同总额", "contract_total"),
        ("合同金额", "contract_total"), ("合同总金额", "contract_total"), ("委托报酬", "contract_total"),
        ("服务费总额", "contract_total"), ("合同款", "contract_total"), ("合同价", "contract_total"),
        ("总价款", "contract_total"), ("合同总价款", "contract_total"), ("服务费用总额", "contract_total"),
        ("合同总费用", "contract_total"), ("成交金额", "contract_total"),
        ("迟延支付金额", "overdue_amount"), ("逾期支付金额", "overdue_amount"), ("逾期金额", "overdue_amount"),
        ("逾期付款金额", "overdue_amount"), ("迟延支付价款", "overdue_amount"), ("未支付金额", "overdue_amount"),
        ("应付未付", "overdue_amount"), ("欠付", "overdue_amount"), ("逾期未付", "overdue_amount"),
        ("未付款项", "overdue_amount"), ("逾期付款", "overdue_amount"), ("迟延付款", "overdue_amount"),
        ("逾期部分", "overdue_amount"), ("延迟部分", "overdue_amount"),
        ("月服务费", "monthly_fee"), ("月均", "monthly_fee"), ("服务月数", "monthly_fee"), ("当月服务费", "monthly_fee"),
        ("月度服务费", "monthly_fee"),
        ("服务费", "service_fee"), ("已付款", "paid_amount"), ("已支付", "paid_amount"),
    ].map { (Word($0.0), $0.1) }

    /// Who pays: a role after these is paid (`向甲方…支付`, `付给卖方`) → the other side; subjects;
    /// `任何一方` / `违约方` → either.
    static let payeeMarkers: [Word] = .init(["支付给", "付给", "赔偿", "偿付", "向", "给"])
    /// After `向乙方` these make 乙方 the one who pays (`甲方有权向乙方…加收滞纳金`).
    static let collectVerbs: [Word] = .init(["加收", "收取", "索取", "追偿", "追讨", "追缴", "索赔", "扣收", "计收", "收缴"])
    /// A right held by the role before it (`甲方有权…加收`): the holder collects, the other side pays.
    static let entitled = Word("有权")
    /// What the holder of that right does to the paying side: collects, deducts, demands.
    static let rightsOverPayer: [Word] = collectVerbs + deductions + .init(["扣留", "扣款", "要求", "责令"])
    /// Deducting from what the paying side is owed (`扣除合同款的1%`).
    static let deductions: [Word] = .init(["扣除", "扣减", "扣罚", "扣发"])
    /// Breaches by delay, for deductions named without a penalty keyword (`每延误一天扣5000元`).
    static let delays: [Word] = .init(["延误", "逾期", "延迟", "迟延", "拖延", "延期"])
    /// A penalty multiplied by a count of days (`×延迟交货天数`).
    static let dayCounts: [Word] = .init(["天数", "日数"])
    static let payeeEither: [Word] = .init(["向守约方", "向对方", "向另一方", "守约方"])
    static let either: [Word] = .init(["任何一方", "违约方", "任一方", "一方违约", "双方"])
}
