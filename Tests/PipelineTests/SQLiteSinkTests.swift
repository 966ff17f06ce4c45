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
        #expect(try Self.sqlite3(db, "SELECT total_amount_currency FROM documents WHERE path='/c/a.pdf'") == "CNY")
        #expect(try Self.sqlite3(db, "SELECT sum(amount_fen) FROM installments") == "282900000")
        #expect(try Self.sqlite3(db, "SELECT error_code FROM documents WHERE status='error'") == "encrypted")
        #expect(try Self.sqlite3(db, "SELECT party_a_name FROM documents WHERE path='/c/a.pdf'") == "北京市交通综合治理事务中心")
        #expect(try Self.sqlite3(db, "SELECT rule, severity, fields, spans FROM findings")
                == "installment_percent_sum|error|[\"contract.installments\"]|[{\"end\":20,\"page\":1,\"start\":10}]")
        #expect(try Self.sqlite3(db, "SELECT value, value_fen, uppercase_fen, figures FROM mention_amounts") == "4715000.00|471500000|471500000|4715000.00")
        #expect(try Self.sqlite3(db, "SELECT value, comparison, page, start, \"end\" FROM mention_percentages") == "99.9|at_least|1|10|20")
        #expect(try Self.sqlite3(db, "SELECT group_concat(sequence || ':' || position) FROM installments") == "1:0,2:1")
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

    /// The record JSON column holds the bytes it was given, and the fully populated example fills
    /// every column of every table (a field the description adds shows up here, or this fails).
    @Test func fullExampleFillsEveryColumn() throws {
        let db = Self.temporaryDatabase()
        let sink = try SQLiteSink(path: db)
        let full = RecordExample.full
        let json = RecordJSONWriter.encode(full)
        try sink.write([(full, json)])
        #expect(try Self.sqlite3(db, "SELECT record_json FROM documents") == String(decoding: json, as: UTF8.self))
        for table in ["documents"] + RecordTables.children.map(\.name) {
            let columns = try Self.sqlite3(db, "SELECT name FROM pragma_table_info('\(table)')").split(separator: "\n")
            #expect(columns.count >= 3, "\(table)")
            let nulls = columns.map { "sum(\"\($0)\" IS NULL)" }.joined(separator: " + ")
            #expect(try Self.sqlite3(db, "SELECT count(*), \(nulls) FROM \(table)") == "1|0", "\(table): a column the full example leaves empty")
        }
        #expect(try Self.sqlite3(db, "PRAGMA user_version") == "\(RecordSQLSchema.layoutVersion)")
    }

    /// A file an older hetong made (here: without a column and a table the description now has)
    /// gains them when opened, and the full example fills them.
    @Test func olderFileGainsTheNewColumns() throws {
        let db = Self.temporaryDatabase()
        _ = try SQLiteSink(path: db)
        _ = try Self.sqlite3(db, "ALTER TABLE documents DROP COLUMN metadata_title; DROP TABLE mention_invalid;")
        #expect(try !Self.sqlite3(db, "SELECT name FROM pragma_table_info('documents')").contains("metadata_title"))
        let sink = try SQLiteSink(path: db)
        try sink.write(RecordExample.full)
        #expect(try Self.sqlite3(db, "SELECT metadata_title FROM documents") == "技术服务合同")
        #expect(try Self.sqlite3(db, "SELECT reason FROM mention_invalid") == "repeated_unit")
    }

    /// Schemas/sqlite.sql and Schemas/postgres.sql are the generated DDL (RECORD_SCHEMA=1 re-records them).
    @Test func schemaFilesMatchTheCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for (file, dialect) in [("Schemas/sqlite.sql", RecordSQLSchema.Dialect.sqlite), ("Schemas/postgres.sql", .postgres)] {
            let url = root.appendingPathComponent(file)
            if ProcessInfo.processInfo.environment["RECORD_SCHEMA"] == "1" {
                try RecordSQLSchema.script(dialect).write(to: url, atomically: true, encoding: .utf8)
            }
            let committed = try String(contentsOf: url, encoding: .utf8)
            #expect(committed == RecordSQLSchema.script(dialect), "re-record \(file) with RECORD_SCHEMA=1")
        }
    }

    /// A Taiwan contract's amounts are New Taiwan dollars in every table: sums in SQL can keep currencies apart.
    @Test func amountsKeepTheirCurrency() throws {
        let db = Self.temporaryDatabase()
        let sink = try SQLiteSink(path: db)
        var record = Self.sampleRecord(path: "/c/tw.pdf", totalYuan: 3_350_000)
        record.contract!.totalAmount!.currency = "TWD"
        record.contract!.installments[0].amount!.currency = "TWD"
        try sink.write(record)
        #expect(try Self.sqlite3(db, "SELECT total_amount_fen, total_amount_currency FROM documents") == "335000000|TWD")
        #expect(try Self.sqlite3(db, "SELECT amount_currency FROM installments WHERE amount IS NOT NULL") == "TWD")
    }
}
