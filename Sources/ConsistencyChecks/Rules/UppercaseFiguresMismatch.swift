import ContractModel

/// `uppercase_figures_mismatch` (error): one money mention whose 大写 (capital numerals) and
/// figures readings differ. Checked for the total, its other statements, the amount excluding tax,
/// each installment, the bond, fixed penalties and every paired mention anywhere in the text; a
/// mention that is also a contract field is reported once, naming every field it fills.
/// Tolerance: none — both readings are exact to the fen, any difference is reported.
struct UppercaseFiguresMismatch: ConsistencyRule {
    let info = RuleInfo(
        id: "uppercase_figures_mismatch", severities: [.error],
        summary: "同一金额的大写与小写不一致",
        tolerance: "无：大写与小写都精确到分，任何差额都报告")

    private struct Key: Hashable { var upper: Span; var figures: Span }

    func check(_ context: CheckContext) -> [Finding] {
        var order: [Key] = []
        var found: [Key: (value: MoneyValue, label: String?, fields: [String])] = [:]
        func add(_ value: MoneyValue?, _ label: String?, _ field: String) {
            guard let value, value.readingsDisagree, let u = value.uppercase, let f = value.figures else { return }
            let key = Key(upper: u.span, figures: f.span)
            if var entry = found[key] {
                entry.fields.append(field)
                if entry.label == nil { entry.label = label }
                found[key] = entry
            } else {
                order.append(key)
                found[key] = (value, label, [field])
            }
        }
        let c = context.contract
        add(c.totalAmount, "合同总价", Paths.totalAmount)
        for (i, s) in c.totalAmountStatements.enumerated() { add(s, "合同总价", Paths.statement(i)) }
        add(c.amountExcludingTax, "不含税金额", Paths.amountExcludingTax)
        for (i, inst) in c.installments.enumerated() { add(inst.amount, "第\(inst.sequence)期付款", Paths.installment(i, "amount")) }
        add(c.performanceBond?.amount, c.performanceBond?.kind, Paths.bondAmount)
        for (i, p) in c.penalties.enumerated() { add(p.fixedAmount, "违约金", Paths.penalty(i, "fixed_amount")) }
        for (i, m) in context.mentions.amounts.enumerated() { add(m, nil, Paths.mentionAmount(i)) }

        return order.map { key in
            let entry = found[key]!
            let u = entry.value.uppercase!, f = entry.value.figures!
            let label = entry.label ?? "金额"
            let diff = u.value > f.value ? u.value - f.value : f.value - u.value
            let message = "\(label)大写「\(u.text)」为 \(Show.money(u.value))，小写「\(f.text)」为 \(Show.money(f.value))，两者不一致（差 \(Show.money(diff))）"
            return info.finding(message, fields: entry.fields, spans: [u.span, f.span].sorted())
        }
    }
}
