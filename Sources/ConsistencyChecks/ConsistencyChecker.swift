import ContractModel

/// Runs every rule of the registry (`RuleRegistry.all`, the one place rules are listed) and reports
/// every finding, sorted deterministically: by first span (findings without evidence last), then
/// rule id, then message.
public enum ConsistencyChecker {
    public static func check(_ contract: Contract, mentions: Mentions, text: DocumentText) -> [Finding] {
        let context = CheckContext(contract: contract, mentions: mentions, text: text)
        return RuleRegistry.all.flatMap { $0.check(context) }.sorted(by: order)
    }

    /// Id, severities, summary and tolerance of every rule, in registry order.
    public static var rules: [RuleInfo] { RuleRegistry.all.map(\.info) }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        switch (a.spans.first, b.spans.first) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.message != b.message { return a.message < b.message }
        return a.fields.lexicographicallyPrecedes(b.fields)
    }
}
