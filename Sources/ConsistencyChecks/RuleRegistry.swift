/// The registry: every rule, listed here and nowhere else. Adding a rule = one file in Rules/ and
/// one line here (and its test file).
enum RuleRegistry {
    static let all: [any ConsistencyRule] = [
        MissingTotalAmount(),
        UppercaseFiguresMismatch(),
        TotalAmountConflict(),
        InvalidNumeral(),
        InstallmentPercentSum(),
        InstallmentAmountVsPercent(),
        InstallmentAmountsSum(),
        BondAmountVsPercent(),
        BondAboveLegalLimit(),
        TaxAmountVsRate(),
        TaxRateNotVAT(),
        PeriodMonthsVsDates(),
        InvalidDate(),
        DateOrder(),
        InstallmentDueAfterPeriodEnd(),
        PenaltyCapBelowRate(),
        PenaltyCapReachedQuickly(),
        ExtractionGap(),
    ]
}
