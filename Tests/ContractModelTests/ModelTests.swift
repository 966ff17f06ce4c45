import Testing
import Foundation
@testable import ContractModel

@Suite struct MoneyTests {
    @Test func decimalStrings() {
        #expect(Money(fen: 471_500_000).description == "4715000.00")
        #expect(Money(fen: 5).description == "0.05")
        #expect(Money(fen: -120).description == "-1.20")
        #expect(Money("4448113.21") == Money(fen: 444_811_321))
        #expect(Money("12.5") == Money(fen: 1250))
        #expect(Money("1.234") == nil)
        #expect(Money(fen: 471_500_000).grouped == "4,715,000.00")
        #expect(Money(fen: 99).grouped == "0.99")
    }
}

@Suite struct FixedDecimalTests {
    @Test func parseAndPrint() {
        #expect(FixedDecimal("21.43")!.description == "21.43")
        #expect(FixedDecimal("0.50")!.description == "0.5")
        #expect(FixedDecimal("100")!.description == "100")
        #expect(FixedDecimal("0.05")!.description == "0.05")
        #expect(FixedDecimal("1.2.3") == nil)
        #expect(FixedDecimal("") == nil)
    }
    @Test func exactComparison() {
        #expect(FixedDecimal("1.50")! == FixedDecimal("1.5")!)
        #expect(FixedDecimal("60")! + FixedDecimal("30")! + FixedDecimal("10")! == .hundred)
        #expect(FixedDecimal("21.43")! < FixedDecimal("21.5")!)
        #expect(Set([FixedDecimal("1.50")!, FixedDecimal("1.5")!]).count == 1)
    }
}

@Suite struct CalendarDateTests {
    @Test func isoAndValidity() {
        #expect(CalendarDate(year: 2025, month: 5, day: 20).description == "2025-05-20")
        #expect(CalendarDate(year: 2025, month: 3).description == "2025-03")
        #expect(CalendarDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2023, month: 2, day: 29).isValid)
        #expect(CalendarDate(year: 1970, month: 1, day: 2).dayNumber == 1)
        #expect(CalendarDate(year: 2023, month: 4, day: 30).dayNumber - CalendarDate(year: 2022, month: 3, day: 1).dayNumber == 425)
    }
}

@Suite struct DocumentTextTests {
    @Test func pagesAndSpans() {
        let text = DocumentText(pages: ["甲方：北京", "合同价款 1 元"])
        #expect(text.string == "甲方：北京\u{0C}合同价款 1 元")
        #expect(text.pageStarts == [0, 6])
        #expect(text.pageNumber(at: 0) == 1)
        #expect(text.pageNumber(at: 5) == 1)
        #expect(text.pageNumber(at: 6) == 2)
        #expect(text.span(6, 10) == Span(page: 2, start: 6, end: 10))
        #expect(text.text(6, 10) == "合同价款")
        #expect(text.page(2) == "合同价款 1 元")
        #expect(DocumentText(printed: text.string) == text)
    }
}

@Suite struct JSONTests {
    @Test func absentFieldsAreNullAndKeysSnakeCase() throws {
        let json = try HetongJSON.encode(Contract())
        #expect(json.contains("\"total_amount\":null"))
        #expect(json.contains("\"installments\":[]"))
        #expect(json.contains("\"party_a\":null"))
    }
    @Test func recordRoundTrips() throws {
        let span = Span(page: 1, start: 3, end: 9)
        var contract = Contract()
        contract.totalAmount = MoneyValue(value: Money(yuan: 4_715_000), span: span,
                                          uppercase: MoneyReading(text: "肆佰柒拾壹万伍仟元整", value: Money(yuan: 4_715_000), span: span))
        contract.taxRate = PercentValue(value: FixedDecimal("6")!, text: "6%", span: span)
        let record = ContractRecord(document: .init(path: "a.pdf", sha256: "00"), contract: contract)
        let data = try HetongJSON.encoder().encode(record)
        let back = try HetongJSON.decoder().decode(ContractRecord.self, from: data)
        #expect(back == record)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"value\":\"4715000.00\""))
        #expect(text.contains("\"schema_version\":\"1\""))
    }
}
