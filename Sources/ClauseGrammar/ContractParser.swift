import ContractModel
import ChineseNumbers

/// Clause rules → contract fields. Each rule reads the normalized text and the mentions through
/// one `ParseContext` and fills its fields; a field no rule finds stays null (never guessed).
/// Adding a template's wording is a row in a rule's table; adding a field is one more rule here.
public enum ContractParser {
    typealias Rule = @Sendable (ParseContext, inout Contract) -> Void

    /// In order: the printed title (a `合同名称：` label only without one), labels (and a signing date
    /// stated in a sentence when no label gives one), the project named
    /// in the recital when no label names it, parties, money, payment terms (a single payment of the whole price
    /// when no stage is stated; the fee of the work as the total when nothing named one), period, penalties.
    static let rules: [Rule] = [
        TitleRule.apply,
        LabeledFieldRules.apply,
        SigningSentenceRule.apply,
        ProjectNameRule.apply,
        PartyRules.apply,
        TotalAmountRule.apply,
        InstallmentRule.apply,
        PaymentTableRule.apply,
        SinglePaymentRule.apply,
        FeeTotalRule.apply,
        BondRule.apply,
        ServicePeriodRule.apply,
        WorksDatesRule.apply,
        PenaltyRule.apply,
        PenaltyTableRule.apply,
    ]

    public static func parse(_ text: DocumentText, mentions: Mentions) -> Contract {
        let ctx = ParseContext(text, mentions: mentions)
        var contract = Contract()
        for rule in rules { rule(ctx, &contract) }
        contract.penalties.sort { $0.span.start < $1.span.start }
        return contract
    }
}
