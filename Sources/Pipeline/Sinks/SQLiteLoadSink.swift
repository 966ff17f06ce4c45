import ContractModel

/// `--sqlite FILE` of `hetong load`: the batch's SQLite tables in a file that may already hold some
/// (written in place, 256 records per transaction; a document is its path, as in a batch).
public final class SQLiteLoadSink: RecordSink {
    public let name: String
    private let sink: SQLiteSink
    private var batch: [(record: ContractRecord, json: [UInt8])] = []

    public init(path: String) throws {
        name = "sqlite:" + path
        sink = try SQLiteSink(path: path)
    }

    public func write(_ record: ContractRecord, text: DocumentText?) throws {
        try write(record, json: RecordJSONWriter.encode(record), text: text)
    }

    public func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws {
        batch.append((record, json))
        if batch.count >= 256 { try finish() }
    }

    public func finish() throws {
        guard !batch.isEmpty else { return }
        try sink.write(batch)
        batch.removeAll(keepingCapacity: true)
    }
}
