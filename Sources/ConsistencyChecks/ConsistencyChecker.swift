import ContractModel

/// Runs every rule of the registry and reports every finding. (Placeholder API.)
public enum ConsistencyChecker {
    public static func check(_ contract: Contract, mentions: Mentions, text: DocumentText) -> [Finding] { [] }
}
