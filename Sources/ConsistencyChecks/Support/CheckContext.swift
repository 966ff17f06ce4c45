import ContractModel

/// Everything a rule may look at, plus facts computed once and shared by several rules.
struct CheckContext {
    let contract: Contract
    let mentions: Mentions
    let text: DocumentText
    /// Signs of missing text (see `TextGaps`), computed once: `extraction_gap` reports them and other
    /// rules label their findings when the input itself looks incomplete.
    let gaps: [TextGap]

    init(contract: Contract, mentions: Mentions, text: DocumentText) {
        // Out-of-range values are dropped so that no rule's arithmetic can overflow (see `Bounds`).
        self.contract = Bounds.sanitized(contract)
        self.mentions = Bounds.sanitized(mentions)
        self.text = text
        self.gaps = TextGaps.detect(in: text) + TextGaps.installmentSkips(in: contract)
    }

    /// Suffix added to findings that missing text may explain.
    var gapNote: String {
        gaps.isEmpty ? "" : "（注意：正文疑似有缺失或截断，见 extraction_gap，此项可能由输入不完整导致）"
    }

    /// Text of a span, for quoting in messages.
    func quote(_ span: Span) -> String { text.text(span) }
}
