#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel
import Foundation

/// The sinks of a batch, in the order they receive each record. Add a sink here (one line) and the
/// batch feeds it; nothing else needs to know about it.
public enum StandardSinks {
    public static func make(outputDirectory: String) throws -> [any RecordSink] {
        [
            try JSONLSink(path: outputDirectory + "/contracts.jsonl"),
            try SQLiteRecordSink(path: outputDirectory + "/hetong.sqlite"),
            try ReportRecordSink(directory: outputDirectory),
        ]
    }
}

/// `hetong.sqlite` through `SQLiteSink`, built in a temporary file and renamed into place once
/// complete and closed: a killed batch never leaves a half-written database.
final class SQLiteRecordSink: RecordSink {
    let name: String
    private let path: String
    private let temporaryPath: String
    private var sink: SQLiteSink?
    private var batch: [(record: ContractRecord, json: [UInt8])] = []

    init(path: String) throws {
        self.path = path
        self.name = String(path.split(separator: "/").last ?? Substring(path))
        self.temporaryPath = path + ".tmp-\(getpid())"
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporaryPath + suffix) }
        sink = try SQLiteSink(path: temporaryPath)
    }

    func write(_ record: ContractRecord, text: DocumentText?) throws {
        try write(record, json: RecordJSONWriter.encode(record), text: text)
    }

    func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws {
        batch.append((record, json))
        if batch.count >= 64 { try flush() }
    }

    func finish() throws {
        try flush()
        sink = nil  // closes the database (checkpointing the WAL) before it is renamed
        for suffix in ["-wal", "-shm", "-journal"] { unlink(path + suffix) }
        try FileIO.move(temporaryPath, to: path)
    }

    private func flush() throws {
        guard !batch.isEmpty else { return }
        try sink?.write(batch)
        batch.removeAll(keepingCapacity: true)
    }
}

/// `report.html` and `report/*.html` through `ReportWriter`: a detail page per document as it
/// arrives (only its overview row is kept), the overview at the end.
final class ReportRecordSink: RecordSink {
    let name = "report.html"
    let wantsText = true
    private let writer: ReportWriter
    private var rows: [ReportRow] = []

    init(directory: String) throws {
        writer = try ReportWriter(directory: URL(fileURLWithPath: directory))
    }

    func write(_ record: ContractRecord, text: DocumentText?) throws {
        rows.append(try writer.writeDetail(record, text: text))
    }

    func finish() throws {
        try writer.writeIndex(rows)
    }
}
