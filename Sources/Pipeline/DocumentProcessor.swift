import ContractModel
import Extraction
import TextNormalization
import ChineseNumbers
import ClauseGrammar
import ConsistencyChecks

/// One document, file → record. (Placeholder API.)
public enum DocumentProcessor {
    public static func parse(text: DocumentText, document: ContractRecord.DocumentInfo) -> ContractRecord {
        let mentions = MentionScanner.scan(text)
        let contract = ContractParser.parse(text, mentions: mentions)
        let findings = ConsistencyChecker.check(contract, mentions: mentions, text: text)
        return ContractRecord(document: document, contract: contract, mentions: mentions, findings: findings)
    }
}
