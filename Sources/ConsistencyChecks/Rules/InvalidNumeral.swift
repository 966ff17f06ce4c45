import ContractModel

/// `invalid_numeral` (warning): something that reads like an amount, percent, date or duration but
/// cannot be valued without guessing (`壹佰佰元`, `壹佰贰元整`, `2023年2月30日`). The scanner never
/// gives such a mention a value; the reviewer must read it. Tolerance: none.
struct InvalidNumeral: ConsistencyRule {
    let info = RuleInfo(
        id: "invalid_numeral", severities: [.warning],
        summary: "无法确定数值的大写金额、比例、日期或期限（写法不合规范）",
        tolerance: "无：凡无法不经猜测确定数值的写法都报告")

    static let reasons: [String: String] = [
        "repeated_unit": "单位重复",
        "missing_zero": "缺少“零”",
        "unit_order": "单位顺序错误",
        "dangling_unit": "单位后缺少数字或数字后缺少单位",
        "mixed_digits": "大写与小写数字混用",
        "invalid_date": "日期不存在",
        "out_of_range": "数值超出范围",
    ]

    static let kinds: [InvalidMention.Kind: String] = [.money: "金额", .percent: "比例", .date: "日期", .duration: "期限"]

    func check(_ context: CheckContext) -> [Finding] {
        context.mentions.invalid.enumerated().map { i, m in
            let reason = Self.reasons[m.reason].map { "\($0)，\(m.reason)" } ?? m.reason
            let kind = Self.kinds[m.kind] ?? "数值"
            return info.finding("\(kind)「\(m.text)」写法不合规范，无法确定数值（\(reason)），请核对原文",
                                fields: [Paths.invalid(i)], spans: [m.span])
        }
    }
}
