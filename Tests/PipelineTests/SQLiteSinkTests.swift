import Foundation
import Testing
import ContractModel
@testable import Pipeline

/// The database is checked with the real `sqlite3` command-line client, as a data team would query it.
@Suite struct SQLiteSinkTests {
    static func sqlite3(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func temporaryDatabase() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-sqlite-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("hetong.sqlite").path
    }

    static func sampleRecord(path: String, totalYuan: Int64) -> ContractRecord {
        let span = Span(page: 1, start: 10, end: 20)
        var contract = Contract()
        contract.partyA = Party(name: TextValue(value: "北京市交通综合治理事务中心", span: span))
        contract.totalAmount = MoneyValue(
            value: Money(yuan: totalYuan), span: span,
            uppercase: MoneyReading(text: "肆佰柒拾壹万伍仟元整", value: Money(yuan: totalYuan), span: span),
            figures: MoneyReading(text: "¥4,715,000.00元", value: Money(yuan: totalYuan), span: span))
        contract.installments = [
            Installment(sequence: 1, percent: PercentValue(value: FixedDecimal(60), text: "60%", span: span),
                        amount: MoneyValue(value: Money(yuan: 2_829_000), span: span), span: span),
            Installment(sequence: 2, percent: PercentValue(value: FixedDecimal(40), text: "40%", span: span), span: span),
        ]
        let finding = Finding(rule: "installment_percent_sum", severity: .error, message: "分期比例合计 100%",
                              fields: ["contract.installments"], spans: [span])
        let mentions = Mentions(amounts: [contract.totalAmount!],
                                percentages: [PercentValue(value: FixedDecimal(units: 999, scale: 1), text: "≥99.9%", span: span, comparison: .atLeast)])
        return ContractRecord(document: .init(path: path, sha256: "ab", format: .pdf, pages: 3, characters: 100),
                              contract: contract, mentions: mentions, findings: [finding])
    }

    @Test func writesQueryableRowsWithExactMoney() throws {
        let db = Self.temporaryDatabase()
        let sink = try SQLiteSink(path: db)
        try sink.write(Self.sampleRecord(path: "/c/a.pdf", totalYuan: 4_715_000))
        try sink.write(ContractRecord(status: .error, document: .init(path: "/c/b.pdf", sha256: "cd"),
                                      error: .init(code: "encrypted", message: "password required")))
        #expect(try Self.sqlite3(db, "SELECT total_amount, total_amount_fen FROM documents WHERE path='/c/a.pdf'") == "4715000.00|471500000")
        #expect(try Self.sqlite3(db, "SELECT sum(amount_fen) FROM installments") == "282900000")
        #expect(try Self.sqlite3(db, "SELECT error_code FROM documents WHERE status='error'") == "encrypted")
        #expect(try Self.sqlite3(db, "SELECT p.name FROM parties p JOIN documents d ON d.id = p.document_id") == "北京市交通综合治理事务中心")
        #expect(try Self.sqlite3(db, "SELECT rule, severity, page, start, \"end\" FROM findings") == "installment_percent_sum|error|1|10|20")
        #expect(try Self.sqlite3(db, "SELECT kind, value, qualifier FROM mentions ORDER BY kind") == "money|4715000.00|paired\npercent|99.9|at_least")
        #expect(try Self.sqlite3(db, "PRAGMA foreign_key_list(installments)").contains("documents"))
    }

    @Test func rewritingADocumentKeepsItExactlyOnce() throws {
        let db = Self.temporaryDatabase()
        let sink = try SQLiteSink(path: db)
        try sink.write(Self.sampleRecord(path: "/c/a.pdf", totalYuan: 1))
        try sink.write(Self.sampleRecord(path: "/c/a.pdf", totalYuan: 2))
        #expect(try Self.sqlite3(db, "SELECT count(*), total_amount FROM documents") == "1|2.00")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM installments") == "2")
        #expect(try sink.storedDocuments() == ["/c/a.pdf": "ab"])
        // A second sink on the same file (a resumed run) sees the same data and adds nothing twice.
        let again = try SQLiteSink(path: db)
        try again.write(Self.sampleRecord(path: "/c/a.pdf", totalYuan: 2))
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents") == "1")
    }

    @Test func schemaFileMatchesTheCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("Schemas/sqlite.sql"), encoding: .utf8)
        #expect(committed == SQLiteSchema.script, "re-generate Schemas/sqlite.sql from SQLiteSchema.script")
    }
}
