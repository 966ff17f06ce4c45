import ContractModel
import Foundation
import Testing

/// `hetong load FILE.jsonl --sqlite FILE`: JSON lines into the batch's SQLite tables (no server needed).
@Suite struct LoadEndToEndTests {
    @Test func loadsJSONLinesOnceWhateverTheRuns() throws {
        let directory = Fixtures.temporaryDirectory("load")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let failed = ContractRecord(status: .error, document: .init(path: "/in/x.pdf", sha256: ""),
                                    error: .init(HetongError(.encrypted, "需要密码")))
        let lines = [RecordExample.full, failed].map { String(decoding: RecordJSONWriter.encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\r\n") + "\n").write(toFile: directory + "/a.jsonl", atomically: true, encoding: .utf8)
        let database = directory + "/loaded.sqlite"
        for _ in 0..<2 {
            let load = try HetongBinary.run(["load", directory + "/a.jsonl", "--sqlite", database])
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("2 records into sqlite:"), "\(load.stderr)")
        }
        #expect(try BatchEndToEndTests.sqlite3(database, "SELECT count(*), count(DISTINCT path), sum(total_amount_fen) FROM documents")
                == "2|2|12345678")
        #expect(try BatchEndToEndTests.sqlite3(database, "SELECT count(*) FROM installments") == "1")
        #expect(try BatchEndToEndTests.sqlite3(database, "SELECT record_json FROM documents WHERE status = 'error'") == lines[1])

        // A line that is not a record is named (file:line) and skipped; the others load; exit 1.
        try (lines[1] + "\n{\"schema_version\":\"1\"}\n").write(toFile: directory + "/b.jsonl", atomically: true, encoding: .utf8)
        let bad = try HetongBinary.run(["load", directory + "/b.jsonl", "--sqlite", database])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("b.jsonl:2: invalid record JSON"), "\(bad.stderr)")
        #expect(try BatchEndToEndTests.sqlite3(database, "SELECT count(*) FROM documents") == "2")

        let usage = try HetongBinary.run(["load", directory + "/a.jsonl"], environment: ["HETONG_POSTGRES_URL": ""])
        #expect(usage.status == 2, "no database named: \(usage.stderr)")
    }
}
