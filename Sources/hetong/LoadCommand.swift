import ArgumentParser
import ContractModel
import Foundation
import Pipeline

/// `hetong load FILE.jsonl… --postgres URL | --sqlite FILE`: records already written as JSON lines
/// (contracts.jsonl, `hetong journal`, `batch --jsonl -`, Scripts/spark-batch output) into the same
/// tables a batch writes, through the same sinks. Idempotent: loading twice changes nothing.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load records from JSON lines files into PostgreSQL (--postgres) or a SQLite file (--sqlite).",
        discussion: """
        Each line of each FILE (- for standard input) is one record as `hetong parse` prints it. A line \
        that is not a valid record is reported with its file and line number and skipped (exit 1); the \
        others are loaded. In PostgreSQL a document is its sha256 at the record's schema version, in \
        SQLite its path: loading the same records again replaces them, never duplicates them.

        \(ExitStatus.helpText)
        """)

    @Argument(help: "JSON lines files, or - for standard input.")
    var files: [String]

    @OptionGroup var postgres: PostgresOptions

    @Option(help: "Load into this SQLite file (created with the batch's tables when missing).")
    var sqlite: String?

    func validate() throws {
        guard postgres.resolvedURL != nil || sqlite != nil else {
            throw ValidationError("name a database: --postgres URL (or HETONG_POSTGRES_URL) or --sqlite FILE")
        }
    }

    func run() throws {
        var sinks: [any RecordSink] = []
        if let sink = try postgres.sink() { sinks.append(sink) }
        if let sqlite { sinks.append(try SQLiteLoadSink(path: sqlite)) }
        var loaded = 0
        var bad: [String] = []
        for file in files {
            let handle = file == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
            var number = 0
            try JSONLines.forEach(handle) { line in
                number += 1
                guard !line.isEmpty else { return }
                let record: ContractRecord
                do { record = try RecordJSONReader.record(line) } catch {
                    bad.append("\(file):\(number): \(error)")
                    return
                }
                // The line is the record's JSON (as in a batch, the bytes pass through: a key a newer
                // hetong added stays in record_json).
                for sink in sinks { try sink.write(record, json: line, text: nil) }
                loaded += 1
            }
        }
        for sink in sinks { try sink.finish() }
        let names = sinks.map(\.name).joined(separator: ", ")
        FileHandle.standardError.write(Data("hetong load: \(loaded) records into \(names)\n".utf8))
        if !bad.isEmpty {
            throw ExitStatus.Failed(message: bad.prefix(20).joined(separator: "\n")
                                    + (bad.count > 20 ? "\n… \(bad.count - 20) more" : "") + "\nhetong load: \(bad.count) lines skipped")
        }
    }
}
