/// A record with every field set: every optional present, every list non-empty, every kind of
/// mention, a failed-document error beside an ok contract (impossible in a real batch, which is why
/// it guards every field). ClauseGrammarTests/RecordDescriptionTests compares its JSON with the
/// golden file, validates it against the schema and requires every key of the schema to appear in
/// it; PipelineTests and the PostgreSQL tests load it and require every column to be filled. A new
/// field in the record description fails those tests until it is set here.
public enum RecordExample {
    public static var full: ContractRecord {
        func span(_ start: Int, _ end: Int, page: Int = 1) -> Span { Span(page: page, start: start, end: end) }
        func text(_ value: String, _ start: Int) -> TextValue { TextValue(value: value, span: span(start, start + value.unicodeScalars.count)) }
        func money(_ fen: Int64, _ start: Int) -> MoneyValue {
            MoneyValue(value: Money(fen: fen), span: span(start, start + 20),
                       uppercase: MoneyReading(text: "人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分", value: Money(fen: fen), span: span(start, start + 19)),
                       figures: MoneyReading(text: "¥123,456.78", value: Money(fen: fen), span: span(start + 19, start + 20)))
        }
        func percent(_ units: Int64, scale: Int, _ start: Int, _ comparison: Comparison = .exact) -> PercentValue {
            PercentValue(value: FixedDecimal(units: units, scale: scale), text: "百分之三十", span: span(start, start + 5), comparison: comparison)
        }
        func date(_ value: CalendarDate, _ start: Int) -> DateValue { DateValue(value: value, text: "2025年5月20日", span: span(start, start + 11)) }
        let party = Party(name: text("北京某某科技有限公司", 10), legalRepresentative: text("张三", 30), address: text("北京市海淀区", 40),
                          phone: text("010-12345678", 50))
        let contract = Contract(
            title: text("技术服务合同", 0), contractNumber: text("HT-2025-001", 6), projectName: text("数据平台建设项目", 70),
            partyA: party, partyB: Party(name: text("上海\"引号\"\\有限公司", 90), legalRepresentative: text("李四", 100),
                                         address: text("上海市/浦东新区\t", 110), phone: text("021-87654321", 120)),
            signingDate: date(CalendarDate(year: 2025, month: 5, day: 20), 130), signingPlace: text("北京", 141),
            totalAmount: money(12_345_678, 150), totalAmountStatements: [money(12_345_678, 900)],
            amountExcludingTax: money(11_646_866, 180), taxRate: percent(6, scale: 0, 200), taxIncluded: true,
            installments: [Installment(sequence: 1, percent: percent(30, scale: 0, 210), amount: money(3_703_703, 220),
                                       condition: text("合同签订后", 240), dueDate: date(CalendarDate(year: 2025, month: 6), 250),
                                       dueWithin: Quantity(value: FixedDecimal(30), unit: .workingDay), span: span(210, 270))],
            performanceBond: PerformanceBond(kind: "履约保函", percent: percent(10, scale: 0, 280), amount: money(1_234_567, 290),
                                             span: span(280, 310)),
            servicePeriod: ServicePeriod(months: 12, days: 365, start: date(CalendarDate(year: 2025, month: 6, day: 1), 320),
                                         end: date(CalendarDate(year: 2026), 335), startsAtSigning: true,
                                         text: "服务期自合同签订之日起一年", span: span(320, 350)),
            penalties: [Penalty(party: .partyB, trigger: text("逾期交付", 360), rate: percent(5, scale: 1, 370), per: .day,
                                base: "contract_total", cap: percent(10, scale: 0, 380, .atMost), fixedAmount: money(100_000, 390),
                                grace: Quantity(value: FixedDecimal(units: 15, scale: 0), unit: .day), span: span(360, 420, page: 2))])
        let mentions = Mentions(
            amounts: [money(12_345_678, 150)], percentages: [percent(30, scale: 0, 210, .atLeast)],
            dates: [date(CalendarDate(year: 2025, month: 5, day: 20), 130)],
            durations: [DurationValue(value: FixedDecimal(units: 15, scale: 1), unit: .month, text: "1.5个月", span: span(430, 435))],
            dateRanges: [DateRangeValue(start: date(CalendarDate(year: 2025, month: 6, day: 1), 440),
                                        end: date(CalendarDate(year: 2026, month: 5, day: 31), 452), text: "自2025年6月1日起至2026年5月31日止",
                                        span: span(439, 465))],
            invalid: [InvalidMention(kind: .money, text: "壹佰佰元", reason: "repeated_unit", span: span(470, 474))])
        let document = ContractRecord.DocumentInfo(
            path: "Corpus/合同 \"样例\"/a\\b.pdf", sha256: String(repeating: "ab", count: 32), format: .pdf, pages: 2, characters: 480,
            extractor: "poppler-glib 22.12.0", metadata: DocumentMetadata(title: "技术服务合同", creationDate: "D:20250520"),
            pageInfo: [.init(page: 1, characters: 300, ocr: true, ocrEngine: "tesseract 5.3.0", ocrConfidence: 91)],
            warnings: [ExtractionWarning(.ocrUsed, page: 1, "第1页\t使用OCR\n\u{01}")])
        return ContractRecord(
            status: .ok, document: document, contract: contract, mentions: mentions,
            findings: [Finding(rule: "installment_percent_sum", severity: .warning, message: "付款比例合计30%，不是100%",
                               fields: ["contract.installments"], spans: [span(210, 270)])],
            error: ContractRecord.ErrorInfo(code: HetongError.Code.internalError.rawValue, message: "示例"))
    }
}
