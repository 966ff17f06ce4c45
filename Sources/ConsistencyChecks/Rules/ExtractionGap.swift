import ContractModel

/// `extraction_gap` (warning): the text shows signs of missing pages or cut-off clauses (see
/// `TextGaps` for the three signs and their safeguards), so that findings caused by bad input are
/// labelled as such. Other rules append a note to their messages when a gap exists.
struct ExtractionGap: ConsistencyRule {
    let info = RuleInfo(
        id: "extraction_gap", severities: [.warning],
        summary: "正文疑似缺页或截断（条款编号跳号、页末句子未完而下页另起新条款、付款期次跳号）",
        tolerance: "编号重新从 1 开始、重复编号、无子条款的章节不算跳号；表格行不参与")

    func check(_ context: CheckContext) -> [Finding] {
        context.gaps.map { info.finding($0.message, fields: $0.fields, spans: $0.spans) }
    }
}
