/// The words of contracts, by concept: each concept listed once here and read by every rule that needs
/// it. Words are simplified script; rules compare canonical scalars, so traditional-script text
/// (`履約保證金`) and full-width forms match too.
enum Vocabulary {
    /// Security for performance the supplier lodges (`履约保函`, `履约保证金`).
    static let performanceBond = ["履约保函", "履约保证金", "履约担保", "履约保险", "履约金"]
    /// Retention money held back against defects (`质量保修金`, `质保金`).
    static let retentionMoney = ["质量保修金", "工程质量保修金", "质量保证金", "保修金", "质保金", "质量保函"]
    /// Words that make a statement general rather than this contract's term (`通常…一般为合同金额的10%`).
    static let hedges: [Word] = .init(["通常", "一般为", "一般不", "一般是", "原则上不", "左右", "不少于", "通常为"])

    /// The period of the service or work itself (`服务期限`, `工期`, `租赁期限`).
    static let servicePeriod = [
        "服务期", "服务期间", "服务期限", "服务的期间", "服务周期", "运维期", "运维服务期", "维护期", "服务时间",
        "服务年限", "履约期限", "合同履行期限", "履行期限", "工期", "总工期", "计划工期", "施工工期", "设计期限",
        "设计周期", "开发周期", "开发期限", "实施周期", "实施期限", "建设工期", "租赁期限", "租赁期", "租期",
        "承租期", "合作期限", "合作期", "委托期限", "委托期", "承包期限", "养护期限", "养护期", "服务年度", "为期",
    ]
    /// The contract's own validity, read only when no service period is stated (`合同有效期`).
    static let contractTerm = ["合同有效期", "合同期限", "有效期限", "合同期", "有效期", "本合同期限"]

    /// Words that introduce the contract's total price (`合同总价`, `签约合同价`, `合计金额大写`).
    static let total = [
        "合同价款", "合同总价", "合同总价款", "合同总金额", "合同总额", "服务费总额", "本合同总额", "成交价",
        "成交金额", "成交价格", "中标价", "中标金额", "签约合同价", "合同金额", "合同价格", "总价款", "合同总价格",
        "项目总金额", "总服务费", "服务总费用", "合同总费用", "合计金额", "合计人民币", "总计人民币", "合计价款",
        "总金额", "合同总计", "合计总价", "总计金额", "共计",
    ]
}
