import ContractModel

/// What the report and the docs show about one rule: its stable id, the most severe finding it can
/// emit, what it checks and how much slack it allows (both in Chinese, for reviewers).
public struct RuleInfo: Sendable, Hashable, Codable {
    /// Stable English id, part of the output contract (`Finding.rule`).
    public var id: String
    /// The most severe finding the rule emits (some rules also emit milder ones, see `severities`).
    public var severity: Finding.Severity
    /// Every severity the rule can emit, mildest first.
    public var severities: [Finding.Severity]
    /// One sentence: what the rule checks.
    public var summary: String
    /// The documented tolerance (what the rule forgives and why).
    public var tolerance: String

    public init(id: String, severities: [Finding.Severity], summary: String, tolerance: String) {
        precondition(!severities.isEmpty)
        self.id = id
        self.severities = severities.sorted()
        self.severity = severities.max()!
        self.summary = summary
        self.tolerance = tolerance
    }

    /// A finding of this rule (at its main severity unless told otherwise).
    func finding(_ message: String, fields: [String], spans: [Span], severity: Finding.Severity? = nil) -> Finding {
        let chosen = severity ?? self.severity
        precondition(severities.contains(chosen), "rule \(id) does not declare severity \(chosen)")
        return Finding(rule: id, severity: chosen, message: message, fields: fields, spans: spans)
    }
}

/// One consistency rule: data (`info`) plus a pure check over the parsed document.
protocol ConsistencyRule: Sendable {
    var info: RuleInfo { get }
    func check(_ context: CheckContext) -> [Finding]
}
