import ContractModel

/// Finds and values every money, percentage, date and duration mention in normalized text. (Placeholder API.)
public enum MentionScanner {
    public static func scan(_ text: DocumentText) -> Mentions { Mentions() }
}
