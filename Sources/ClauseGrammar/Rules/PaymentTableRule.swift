import ContractModel

/// Payment schedules set out as tables: `付款次数⇥付款比例⇥付款金额(元)⇥付款说明`, `序号⇥项目阶段⇥…⇥付款金额(元)⇥
/// 计划支付时间`, or the same flattened one cell per line. Each row is an installment: its share from
/// the ratio column, its amount from the amount column (figures in a cell under `金额(元)` or `(万元)`
/// are yuan or ten-thousands of yuan), its due date from a date in the row. A table's installments
/// replace what the prose rule read inside the table's range.
enum PaymentTableRule {
    static let ratioHeaderWords = ["付款比例", "支付比例", "比例", "百分比"]
    static let amountHeaderWords = ["付款金额", "支付金额", "付款费用", "付款额", "金额", "款额"]
    static let ratioHeaders: [Word] = .init(ratioHeaderWords)
    static let amountHeaders: [Word] = .init(amountHeaderWords)
    /// A payment table names payments in its header (a ratio table of penalties or weights does not).
    static let paymentHeaders: [Word] = .init(["付款", "支付", "付费", "阶段", "期次"])
    /// The header words a payment table is found by (one anchor of `AnchorIndex`).
    static let headerKeywords = KeywordSet(ratioHeaderWords + amountHeaderWords)
    static let sumRows: Set<String> = ["合计", "总计", "小计", "合计金额", "总价", "合计(元)"]

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var tableInstallments: [Installment] = []
        var ranges: [Range<Int>] = []
        for table in ctx.tables(withHeader: .paymentTableHeader) {
            guard table.header.contains(where: { ctx.s.containsAny(paymentHeaders, in: $0) }),
                  !ctx.isUnread(table.range.lowerBound) else { continue }
            let ratio = table.column(ctx, where: ratioHeaders)
            let amount = table.column(ctx, where: amountHeaders)
            guard ratio != nil || amount != nil else { continue }
            let scale = amount.flatMap { ctx.s.contains(Word("万元"), in: table.header[$0]) ? 10_000 : nil } ?? 1
            var found: [Installment] = []
            for row in table.rows {
                // `合计⇥⇥359,500.00`: the sum of the rows, no installment; the total when none is stated.
                if let first = row.first, sumRows.contains(ctx.key(first)) || (row.count > 1 && sumRows.contains(ctx.key(row[1])) && ctx.key(first).isEmpty) {
                    if contract.totalAmount == nil, let c = amount, let m = Self.money(in: row[c], times: scale, ctx) { contract.totalAmount = m }
                    continue
                }
                let share: PercentValue? = ratio.flatMap { c in ctx.percents(in: row[c]).first { $0.comparison == .exact } }
                let money: MoneyValue? = amount.flatMap { c in Self.money(in: row[c], times: scale, ctx) }
                guard share != nil || money != nil else { continue }
                found.append(installment(row, share: share, amount: money, ctx))
            }
            guard !found.isEmpty else { continue }
            tableInstallments += found
            ranges.append(table.range)
        }
        guard !tableInstallments.isEmpty else { return }
        var all = contract.installments.filter { i in !ranges.contains { $0.contains(i.span.start) } } + tableInstallments
        all.sort { $0.span.start < $1.span.start }
        for i in all.indices { all[i].sequence = i + 1 }
        contract.installments = all
    }

    static func installment(_ row: [Range<Int>], share: PercentValue?, amount: MoneyValue?, _ ctx: ParseContext) -> Installment {
        let whole = row[0].lowerBound..<row[row.count - 1].upperBound
        let described = row.first { cell in
            !cell.isEmpty && !isOrdinal(cell, ctx) && ctx.percents(in: cell).isEmpty && ctx.amounts(in: cell).isEmpty
                && ctx.dates(in: cell).isEmpty && !ctx.s[cell].allSatisfy({ $0.canonical.isASCIIDigit || $0.canonical == "," || $0.canonical == "." })
        }
        return Installment(sequence: 0, percent: share, amount: amount, condition: described.flatMap { ctx.textValue($0) },
                           dueDate: ctx.dates(in: whole).first, span: ctx.span(whole))
    }

    /// `第一次付款`, `1`: the cell that numbers the row, not its condition.
    static func isOrdinal(_ cell: Range<Int>, _ ctx: ParseContext) -> Bool {
        let text = ctx.string(cell)
        return text.allSatisfy(\.isNumber) || (text.hasPrefix("第") && text.count <= 6)
    }

    /// The amount in a cell: an amount mention, else bare figures (`30,000.00`) in the header's unit.
    static func money(in cell: Range<Int>, times scale: Int, _ ctx: ParseContext) -> MoneyValue? {
        if let m = ctx.amounts(in: cell).first { return m }
        var digits = ""
        for c in ctx.s[cell] {
            let k = c.canonical
            if k.isASCIIDigit || k == "." { digits.unicodeScalars.append(k) } else if k == "," || k == "¥" || c == "元" || k.isInlineSpace { continue } else { return nil }
        }
        guard !digits.isEmpty, let d = FixedDecimal(digits) else { return nil }
        // Yuan carry at most two decimals; ten-thousands of yuan at most six (one fen).
        let fenScale = scale == 1 ? 2 : 6
        guard d.scale <= fenScale else { return nil }
        let fen = d.scaled(to: fenScale)
        guard let value = Int64(exactly: fen), fen > 0 else { return nil }
        let text = ctx.string(cell)
        let span = ctx.span(cell)
        return MoneyValue(value: Money(fen: value), span: span, figures: MoneyReading(text: text, value: Money(fen: value), span: span))
    }
}
