/// JSON paths of contract fields, as findings name them (snake_case keys, 0-based indexes).
enum Paths {
    static let totalAmount = "contract.total_amount"
    static let amountExcludingTax = "contract.amount_excluding_tax"
    static let taxRate = "contract.tax_rate"
    static let signingDate = "contract.signing_date"
    static let bondAmount = "contract.performance_bond.amount"
    static let bondPercent = "contract.performance_bond.percent"
    static let periodMonths = "contract.service_period.months"
    static let periodDays = "contract.service_period.days"
    static let periodStart = "contract.service_period.start"
    static let periodEnd = "contract.service_period.end"
    static func statement(_ i: Int) -> String { "contract.total_amount_statements[\(i)]" }
    static func installment(_ i: Int, _ key: String) -> String { "contract.installments[\(i)].\(key)" }
    static func penalty(_ i: Int, _ key: String) -> String { "contract.penalties[\(i)].\(key)" }
    static func mentionAmount(_ i: Int) -> String { "mentions.amounts[\(i)]" }
    static func invalid(_ i: Int) -> String { "mentions.invalid[\(i)]" }
}
