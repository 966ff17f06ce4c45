import ContractModel
import Foundation
import Testing

/// `--postgres` and `hetong load` against a real PostgreSQL server (Scripts/test starts a throwaway
/// cluster with Scripts/postgres and exports its URL as HETONG_TEST_POSTGRES_URL), read back with `psql`.
/// Without a server these tests are skipped with that message, except in CI (CI=true), where they fail.
@Suite(.serialized) struct PostgresEndToEndTests {
    static let url = ProcessInfo.processInfo.environment["HETONG_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let unavailable = "no PostgreSQL server: run the tests through Scripts/test, or set HETONG_TEST_POSTGRES_URL (Scripts/postgres start)"

    /// The server's URL, or a recorded failure in CI.
    static func server() -> String? {
        if url == nil { Issue.record("CI=true but \(unavailable)") }
        return url
    }

    static func psql(_ url: String, schema: String, _ sql: String) throws -> String {
        let result = try HetongBinary.start(["psql", url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                                             "-c", "SET search_path TO \"\(schema)\"", "-c", sql], executable: "/usr/bin/env").wait()
        if result.status != 0 { Issue.record("psql: \(sql): \(result.stderr)") }
        return result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func freshSchema() -> String { "t_" + UUID().uuidString.prefix(8).lowercased() }

    /// The same content from both databases: SQLite holds a document per path, PostgreSQL per sha256,
    /// so rows are compared as distinct (sha256, …) tuples.
    static let comparisons = [
        "SELECT DISTINCT sha256, status, coalesce(error_code, ''), coalesce(CAST(total_amount_fen AS TEXT), ''), coalesce(party_a_name, '') "
            + "FROM documents ORDER BY 1, 2, 3, 4, 5",
        "SELECT DISTINCT d.sha256, i.position, i.sequence, coalesce(CAST(i.amount_fen AS TEXT), ''), coalesce(CAST(i.percent AS TEXT), '') "
            + "FROM installments i JOIN documents d ON d.id = i.document_id ORDER BY 1, 2, 3, 4, 5",
        "SELECT DISTINCT d.sha256, p.position, p.party, coalesce(CAST(p.rate AS TEXT), ''), coalesce(p.per, ''), coalesce(CAST(p.fixed_amount_fen AS TEXT), '') "
            + "FROM penalties p JOIN documents d ON d.id = p.document_id ORDER BY 1, 2, 3, 4, 5, 6",
        "SELECT DISTINCT d.sha256, f.position, f.rule, f.severity FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY 1, 2, 3, 4",
        "SELECT sum(fen) FROM (SELECT DISTINCT sha256, total_amount_fen AS fen FROM documents) AS t",
    ]

    static let counted = ["documents", "installments", "penalties", "findings", "warnings", "pages", "mention_amounts"]

    @Test(.enabled(if: url != nil || required, Comment(rawValue: unavailable)))
    func batchIntoPostgresHoldsWhatSQLiteHoldsAndLoadingAgainChangesNothing() throws {
        guard let url = Self.server() else { return }
        let schema = Self.freshSchema()
        let directory = Fixtures.temporaryDirectory("postgres")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/out"
        let inputs = [HetongBinary.corpus + "/contracts", HetongBinary.corpus + "/hostile"]
        let batch = try HetongBinary.run(["batch"] + inputs + ["--out", out, "--ocr", "never", "--jobs", "2", "--timeout", "45",
                                                               "--postgres", url, "--postgres-schema", schema])
        #expect(batch.status == 1, "hostile files fail, nothing else: \(batch.stderr)")
        #expect(batch.stderr.contains("postgres:\(schema)"), "the summary names the database sink")

        let sqlite = out + "/hetong.sqlite"
        for query in Self.comparisons {
            let fromSQLite = try BatchEndToEndTests.sqlite3(sqlite, query)
            let fromPostgres = try Self.psql(url, schema: schema, query)
            #expect(!fromPostgres.isEmpty, "\(query)")
            #expect(fromPostgres == fromSQLite, "\(query)")
        }

        // One row per document content; the sum of the totals is the JSONL's.
        let records = try HetongBinary.lines(out + "/contracts.jsonl").map { try RecordJSONReader.record(Array($0.utf8)) }
        var totals: [String: Int64] = [:]
        for record in records { totals[record.document.sha256] = record.contract?.totalAmount?.value.fen ?? 0 }
        #expect(try Self.psql(url, schema: schema, "SELECT count(*) FROM documents") == String(totals.count))
        #expect(try Self.psql(url, schema: schema, "SELECT coalesce(sum(total_amount_fen), 0) FROM documents")
                == String(totals.values.reduce(0, +)))
        #expect(try Self.psql(url, schema: schema, "SELECT count(*) FROM documents WHERE record_json->'document'->>'sha256' <> sha256") == "0")

        // Loading again (the same JSON lines, then a resumed batch) leaves every table as it was.
        let before = try Self.counted.map { try Self.psql(url, schema: schema, "SELECT count(*) FROM \($0)") }
        let load = try HetongBinary.run(["load", out + "/contracts.jsonl", "--postgres", url, "--postgres-schema", schema])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stderr.contains("\(records.count) records"), "\(load.stderr)")
        #expect(try Self.counted.map { try Self.psql(url, schema: schema, "SELECT count(*) FROM \($0)") } == before)
        let resumed = try HetongBinary.run(["batch"] + inputs + ["--out", out, "--ocr", "never", "--resume",
                                                                 "--postgres", url, "--postgres-schema", schema])
        #expect(resumed.status == 1, "\(resumed.stderr)")
        #expect(try Self.counted.map { try Self.psql(url, schema: schema, "SELECT count(*) FROM \($0)") } == before)
    }

    /// Every field of the record reaches a column: the fully populated example (quotes, backslashes,
    /// tabs in its strings) loaded with `hetong load` fills every column of every table.
    @Test(.enabled(if: url != nil || required, Comment(rawValue: unavailable)))
    func fullExampleFillsEveryColumn() throws {
        guard let url = Self.server() else { return }
        let schema = Self.freshSchema()
        let directory = Fixtures.temporaryDirectory("postgres-full")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let full = RecordExample.full
        let json = String(decoding: RecordJSONWriter.encode(full), as: UTF8.self)
        try (json + "\n").write(toFile: directory + "/full.jsonl", atomically: true, encoding: .utf8)
        let load = try HetongBinary.run(["load", directory + "/full.jsonl", "--postgres", url, "--postgres-schema", schema,
                                         "--sqlite", directory + "/full.sqlite"])
        #expect(load.status == 0, "\(load.stderr)")

        let tables = try Self.psql(url, schema: schema, "SELECT table_name FROM information_schema.tables WHERE table_schema = '\(schema)' "
                                   + "AND table_name <> 'hetong_meta' ORDER BY 1").split(separator: "\n")
        #expect(tables.count >= 12, "\(tables)")
        for table in tables {
            let columns = try Self.psql(url, schema: schema, "SELECT column_name FROM information_schema.columns "
                                        + "WHERE table_schema = '\(schema)' AND table_name = '\(table)'").split(separator: "\n")
            let nulls = columns.map { "(\"\($0)\" IS NULL)::int" }.joined(separator: " + ")
            #expect(try Self.psql(url, schema: schema, "SELECT count(*), sum(\(nulls)) FROM \(table)") == "1|0", "\(table): an empty column")
        }
        #expect(try Self.psql(url, schema: schema, "SELECT party_b_name, path FROM documents")
                == "\(full.contract!.partyB!.name.value)|\(full.document.path)")
        #expect(try Self.psql(url, schema: schema, "SELECT total_amount, total_amount_fen, signing_date, service_end, tax_included FROM documents")
                == "123456.78|12345678|2025-05-20|2026-01-01|t")
        let escaped = json.replacingOccurrences(of: "'", with: "''")
        #expect(try Self.psql(url, schema: schema, "SELECT record_json = '\(escaped)'::jsonb FROM documents") == "t")
    }

    /// A database that refuses records in the middle of a batch: exit 3 with the server's message, the
    /// journal keeps every document, and `--resume` finishes the load once the database accepts them.
    @Test(.enabled(if: url != nil || required, Comment(rawValue: unavailable)))
    func refusedRecordsStayInTheJournalAndResumeFinishesTheLoad() throws {
        guard let url = Self.server() else { return }
        let schema = Self.freshSchema()
        let directory = Fixtures.temporaryDirectory("postgres-refused")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let create = try HetongBinary.run(["load", "/dev/null", "--postgres", url, "--postgres-schema", schema])
        #expect(create.status == 0, "an empty load creates the tables: \(create.stderr)")
        _ = try Self.psql(url, schema: schema, "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                          + "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$; "
                          + "CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW WHEN (NEW.path LIKE '%yingji%') "
                          + "EXECUTE FUNCTION refuse()")
        let out = directory + "/out"
        let contracts = HetongBinary.corpus + "/contracts"
        let documents = Fixtures.corpusDocuments("contracts")
        let refused = try HetongBinary.run(["batch", contracts, "--out", out, "--ocr", "never", "--postgres", url, "--postgres-schema", schema])
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(refused.stderr.contains("refused by the test"), "\(refused.stderr)")
        let journal = try HetongBinary.run(["journal", out])
        #expect(journal.text.split(separator: "\n").count == documents.count, "the journal keeps every document")

        _ = try Self.psql(url, schema: schema, "DROP TRIGGER refuse ON documents")
        let resumed = try HetongBinary.run(["batch", contracts, "--out", out, "--ocr", "never", "--resume",
                                            "--postgres", url, "--postgres-schema", schema])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let hashes = Set(try documents.map { try Self.sha256($0) })
        #expect(try Self.psql(url, schema: schema, "SELECT count(*) FROM documents WHERE path LIKE '%yingji%'") != "0")
        #expect(try Self.psql(url, schema: schema, "SELECT count(DISTINCT sha256) FROM documents") == String(hashes.count))
    }

    static func sha256(_ path: String) throws -> String {
        String(try HetongBinary.start([path], executable: "/usr/bin/sha256sum").wait().text.prefix(64))
    }

    /// Loaders running at once (Spark partitions, two batches) into one schema: the tables are made
    /// once and each document is there once.
    @Test(.enabled(if: url != nil || required, Comment(rawValue: unavailable)))
    func concurrentLoadersNeverDuplicate() throws {
        guard let url = Self.server() else { return }
        let schema = Self.freshSchema()
        let directory = Fixtures.temporaryDirectory("postgres-concurrent")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lines = (0..<20).map { i -> String in
            var record = RecordExample.full
            record.document.sha256 = String(format: "%064x", i)
            record.document.path = "/in/\(i).pdf"
            return String(decoding: RecordJSONWriter.encode(record), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: directory + "/all.jsonl", atomically: true, encoding: .utf8)
        let loaders = try (0..<3).map { _ in
            try HetongBinary.start(["load", directory + "/all.jsonl", "--postgres", url, "--postgres-schema", schema])
        }
        for loader in loaders {
            let result = loader.wait()
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Self.psql(url, schema: schema, "SELECT count(*), count(DISTINCT sha256) FROM documents") == "20|20")
        #expect(try Self.psql(url, schema: schema, "SELECT count(*) FROM installments") == "20")
        #expect(try Self.psql(url, schema: schema, "SELECT value FROM hetong_meta") == "2")
    }

    /// PostgreSQL text cannot hold NUL and jsonb refuses `\u0000`: both become U+FFFD, the record still loads.
    @Test(.enabled(if: url != nil || required, Comment(rawValue: unavailable)))
    func nulCharactersBecomeReplacementCharacters() throws {
        guard let url = Self.server() else { return }
        let schema = Self.freshSchema()
        let directory = Fixtures.temporaryDirectory("postgres-nul")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let record = ContractRecord(status: .error, document: .init(path: "/in/a\u{0}b.pdf", sha256: ""),
                                    error: .init(code: "corrupt", message: "x\u{0}y \\u0000 z"))
        let line = String(decoding: RecordJSONWriter.encode(record), as: UTF8.self)
        #expect(line.contains(#"x\u0000y \\u0000 z"#))
        try (line + "\n").write(toFile: directory + "/nul.jsonl", atomically: true, encoding: .utf8)
        let load = try HetongBinary.run(["load", directory + "/nul.jsonl", "--postgres", url, "--postgres-schema", schema])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(try Self.psql(url, schema: schema, "SELECT error_message, record_json->'error'->>'message', path FROM documents")
                == "x\u{FFFD}y \\u0000 z|x\u{FFFD}y \\u0000 z|/in/a\u{FFFD}b.pdf")
    }

    /// A schema an older hetong made (here: without a column and a table the description now has)
    /// gains them on the next load, and the rows loaded then fill them.
    @Test(.enabled(if: url != nil || required, Comment(rawValue: unavailable)))
    func olderSchemaGainsTheNewColumns() throws {
        guard let url = Self.server() else { return }
        let schema = Self.freshSchema()
        let directory = Fixtures.temporaryDirectory("postgres-older")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try (String(decoding: RecordJSONWriter.encode(RecordExample.full), as: UTF8.self) + "\n")
            .write(toFile: directory + "/full.jsonl", atomically: true, encoding: .utf8)
        let arguments = ["load", directory + "/full.jsonl", "--postgres", url, "--postgres-schema", schema]
        #expect(try HetongBinary.run(arguments).status == 0)
        _ = try Self.psql(url, schema: schema, "ALTER TABLE documents DROP COLUMN metadata_title; DROP TABLE mention_invalid")
        let again = try HetongBinary.run(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.psql(url, schema: schema, "SELECT metadata_title FROM documents") == "技术服务合同")
        #expect(try Self.psql(url, schema: schema, "SELECT reason FROM mention_invalid") == "repeated_unit")
    }

    /// A server that cannot be reached: the documented message and exit status 3, before any document
    /// is processed; no server needed.
    @Test func unreachableServerIsExitThree() throws {
        let directory = Fixtures.temporaryDirectory("postgres-down")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bad = "postgresql://hetong@127.0.0.1:1/hetong?connect_timeout=5"
        let document = Fixtures.corpusDocuments("contracts")[0]
        let batch = try HetongBinary.run(["batch", document, "--out", directory + "/out", "--postgres", bad])
        #expect(batch.status == 3, "\(batch.stderr)")
        #expect(batch.stderr.contains("hetong: cannot connect to PostgreSQL"), "\(batch.stderr)")
        #expect(batch.stdout.isEmpty)
        let load = try HetongBinary.run(["load", "-", "--postgres", bad], stdin: Data())
        #expect(load.status == 3, "\(load.stderr)")
        let viaEnvironment = try HetongBinary.run(["batch", document, "--out", directory + "/out2"],
                                                  environment: ["HETONG_POSTGRES_URL": bad])
        #expect(viaEnvironment.status == 3, "HETONG_POSTGRES_URL is --postgres: \(viaEnvironment.stderr)")
    }
}
