import ContractModel
import ChineseNumbers

/// Clause rules → contract fields. (Placeholder API.)
public enum ContractParser {
    public static func parse(_ text: DocumentText, mentions: Mentions) -> Contract { Contract() }
}
