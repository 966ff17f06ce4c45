import ContractModel
import Foundation
import Testing

/// `hetong batch` through the built binary on the Corpus mixed with hostile files.
@Suite(.serialized) struct BatchEndToEndTests {
    /// What the issue requires of named hostile inputs (by file name); Corpus/contracts documents are all `ok`.
    static let expectedOutcome: [String: String] = [
        "encrypted.pdf": "encrypted",
        "truncated.pdf": "corrupt",
        "empty.pdf": "empty_file",
        "empty.txt": "empty_file",
        "zip-bomb.docx": "zip_bomb",
        "xxe.docx": "forbidden_xml_entity",
        "docx-named.pdf": "ok",  // wrong extension: detected by content
        "hang-hook.txt": "timeout",
        "crash-hook.txt": "crashed",
        "loop-a.pdf": "symlink_loop",
        "loop-b.pdf": "symlink_loop",
    ]

    static func outcome(_ record: ContractRecord) -> String { record.error?.code ?? record.status.rawValue }

    @Test func hostileMixGivesEveryInputExactlyOneRecordEqualToParse() throws {
        let directory = Fixtures.temporaryDirectory("hostile")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let made = try Fixtures.makeHookFolder(in: directory)
        let contracts = HetongBinary.corpus + "/contracts", hostile = HetongBinary.corpus + "/hostile"
        let out = directory + "/out"
        // OCR is off here: its speed is the OCR tests' business, and a slow scan on a loaded machine
        // must not turn into a timeout that the hang hook is meant to produce. 45 s: a debug build
        // on a loaded machine takes ~11 s on the largest Corpus PDF.
        let result = try HetongBinary.run(["batch", contracts, hostile, made, "--out", out, "--timeout", "45", "--jobs", "2",
                                           "--ocr", "never"], environment: Fixtures.hookEnvironment)
        #expect(result.status == 1, "documents failed, so exit 1; stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty, "stdout stays clean")
        #expect(result.stderr.contains("failures:"))

        let lines = try HetongBinary.lines(out + "/contracts.jsonl")
        let records = try lines.map { try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8)) }
        let expectedPaths = (Fixtures.corpusDocuments("contracts") + Fixtures.corpusDocuments("hostile")
                             + ["crash-hook.txt", "hang-hook.txt", "loop-a.pdf", "loop-b.pdf"].map { made + "/" + $0 })
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(records.map(\.document.path) == expectedPaths, "every input exactly once, in path order")

        for (line, record) in zip(lines, records) {
            #expect(Data(line.utf8) == (try HetongJSON.encoder().encode(record)), "a line is the HetongJSON bytes of its record")
            let name = (record.document.path as NSString).lastPathComponent
            if record.document.path.hasPrefix(contracts) {
                #expect(Self.outcome(record) == "ok", "\(name): \(record.error?.message ?? "")")
            } else if let expected = Self.expectedOutcome[name] {
                #expect(Self.outcome(record) == expected, "\(name): \(record.error?.message ?? "")")
            }
            #expect((record.status == .error) == (record.error != nil))
            if record.status == .error && !name.hasPrefix("loop-") {
                #expect(record.document.sha256.count == 64, "\(name): a readable file's error record has its hash")
            }
        }

        // Each record equals what `hetong parse` prints for that document alone (hooks aside).
        for (line, record) in zip(lines, records) where !record.document.path.contains("-hook") {
            let single = try HetongBinary.run(["parse", record.document.path, "--ocr", "never"])
            #expect(single.text == line + "\n", "\(record.document.path)")
            #expect(single.status == (record.status == .ok ? 0 : 1))
        }

        // Every record, failed ones included, is valid against the published schema (independent validator).
        let validation = try Self.validateAgainstSchema(out + "/contracts.jsonl")
        #expect(validation.isEmpty, "\(validation)")

        // The database holds the same documents (queried with the sqlite3 client).
        let count = try Self.sqlite3(out + "/hetong.sqlite", "SELECT count(*), count(DISTINCT path) FROM documents")
        #expect(count == "\(records.count)|\(records.count)")
        #expect(FileManager.default.fileExists(atPath: out + "/report.html"))
    }

    /// Output order and bytes do not depend on scheduling: one worker or several, run twice.
    @Test func outputIsDeterministicWhateverTheJobs() throws {
        let directory = Fixtures.temporaryDirectory("order")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let inputs = Fixtures.corpusDocuments("contracts")
        try #require(!inputs.isEmpty)
        var outputs: [Data] = []
        for (run, jobs) in [1, 3, 3].enumerated() {
            let out = directory + "/out-\(run)"
            let result = try HetongBinary.run(["batch", HetongBinary.corpus + "/contracts", "--out", out, "--jobs", String(jobs)])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out + "/contracts.jsonl")))
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
        #expect(String(decoding: outputs[0], as: UTF8.self).split(separator: "\n").count == inputs.count)
    }

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

    /// Validates each line of a JSONL file with Python's `jsonschema` (draft 2020-12); returns the errors.
    static func validateAgainstSchema(_ jsonl: String) throws -> String {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            validator = Draft202012Validator(schema)
            for number, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
                for error in validator.iter_errors(json.loads(line)):
                    print(f"line {number}: {'/'.join(map(str, error.path))}: {error.message[:200]}")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, HetongBinary.packageRoot + "/Schemas/contract.schema.json", jsonl]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        return process.terminationStatus == 0 ? output : "validator failed: \(output)"
    }
}
