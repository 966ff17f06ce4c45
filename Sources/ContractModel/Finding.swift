/// A cross-field inconsistency a reviewer should see (JSON "findings" entries).
public struct Finding: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case info, warning, error
        private var rank: Int { switch self { case .info: 0; case .warning: 1; case .error: 2 } }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable English rule id, part of the output contract (`installment_percent_sum`).
    public var rule: String
    public var severity: Severity
    /// Chinese message for reviewers, with the numbers that disagree and the difference.
    public var message: String
    /// JSON paths of the fields involved (`contract.installments[1].amount`).
    public var fields: [String]
    /// Evidence in the document text.
    public var spans: [Span]

    public init(rule: String, severity: Severity, message: String, fields: [String] = [], spans: [Span] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.fields = fields
        self.spans = spans
    }
}

extension Finding: RecordObject {
    public static let recordDescription = RecordDescription<Finding>(
        "Finding", blank: Finding(rule: "", severity: .info, message: ""), [
        .field("rule", \.rule, "Stable English rule id: installment_percent_sum, total_amount_conflict, uppercase_figures_mismatch, …"),
        .field("severity", \.severity),
        .field("message", \.message, "Chinese message for reviewers, with the figures that disagree."),
        .field("fields", \.fields, "JSON paths of the fields involved: contract.installments[1].amount."),
        .field("spans", \.spans),
    ])
}
