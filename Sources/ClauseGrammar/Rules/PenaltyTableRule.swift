import ContractModel

/// Tables of penalty ratios (`序号\t问题描述\t违约金 (取费基数：服务协议总金额/服务月数)`, then one row per
/// breach ending in `100%`): each row is a penalty per incident, its rate read from the penalty
/// column, its base from the header (a fee per month → `monthly_fee`). These percentages are
/// penalties, never installments. A row whose rate cell holds no percentage (`200`) keeps a null rate; one
/// whose rate cell holds no number at all (`乙方(盖章)：`) ends the table.
enum PenaltyTableRule {
    static let penaltyHeader = Word("违约金")
    static let monthly: [Word] = .init(["服务月数", "月均", "每月", "月服务费", "/月"])
    static let total: [Word] = .init(["合同总额", "合同总金额", "合同金额", "合同价款", "服务协议总金额"])
    static let sentencePunctuation: [Word] = .init(["。", "，", "；"])
    static let descriptionHeaders: [Word] = .init(["描述", "事项", "情形", "行为", "内容", "违约"])

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var li = 0
        while li < ctx.lines.count {
            guard ctx.s[ctx.lines[li]].contains("\t"), ctx.s.contains(penaltyHeader, in: ctx.lines[li]) else { li += 1; continue }
            let header = ctx.cells(of: ctx.lines[li])
            // A header names columns: a sentence split by a form's blank (`…金额的⇥%支付违约金。`) is no header.
            guard header.count >= 2, !header.contains(where: { ctx.s.containsAny(sentencePunctuation, in: $0) }),
                  let rateColumn = header.firstIndex(where: { ctx.s.contains(penaltyHeader, in: $0) }) else {
                li += 1
                continue
            }
            let base: String? = ctx.s.containsAny(monthly, in: header[rateColumn]) ? "monthly_fee"
                : ctx.s.containsAny(total, in: header[rateColumn]) ? "contract_total" : nil
            let descriptionColumn = header.indices.first { $0 != rateColumn && ctx.s.containsAny(descriptionHeaders, in: header[$0]) }
                ?? (rateColumn > 0 ? rateColumn - 1 : 1)
            li += 1
            var rows = 0
            while li < ctx.lines.count {
                let line = ctx.lines[li]
                // A page break inside the table leaves an empty line before the form feed.
                if ctx.trimmed(line).isEmpty, line.upperBound < ctx.s.count, ctx.s[line.upperBound] == DocumentText.pageSeparator {
                    li += 1
                    continue
                }
                let row = ctx.cells(of: line)
                // A wrapped description cell continues on a line of its own (PDF tables).
                if row.count == 1, rows > 0, let more = continuation(ctx.lines[li], ctx) {
                    let last = contract.penalties.count - 1
                    let joined = contract.penalties[last].trigger.span.union(ctx.span(more))
                    contract.penalties[last].trigger = TextValue(value: contract.penalties[last].trigger.value + ctx.string(more), span: joined)
                    contract.penalties[last].span = contract.penalties[last].span.union(ctx.span(more))
                    li += 1
                    continue
                }
                guard row.count == header.count, !row[rateColumn].isEmpty, descriptionColumn < row.count,
                      row[rateColumn].contains(where: { ctx.s[$0].properties.numericType != nil }),
                      let trigger = ctx.textValue(row[descriptionColumn]) else { break }
                rows += 1
                let rate = ctx.percents(in: row[rateColumn]).first
                contract.penalties.append(Penalty(party: .partyB, trigger: trigger, rate: rate, per: .incident, base: base,
                                                  span: ctx.span(ctx.trimmed(ctx.lines[li]))))
                li += 1
            }
        }
    }

    /// A short line with no cell separator and no note or heading marker: the rest of a wrapped cell.
    static func continuation(_ line: Range<Int>, _ ctx: ParseContext) -> Range<Int>? {
        let r = ctx.trimmed(line)
        guard !r.isEmpty, r.count <= 24 else { return nil }
        if ctx.s.containsAny(.init(["注", "附件", "说明"]), in: r.lowerBound..<min(r.upperBound, r.lowerBound + 2)) { return nil }
        if ctx.enumerator(at: r.lowerBound, limit: r.upperBound) != nil { return nil }
        return r
    }
}
