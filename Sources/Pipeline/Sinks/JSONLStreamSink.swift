import ContractModel

/// `--jsonl -`: each record as one line on a file descriptor (standard output) the moment it is
/// written, one `write` per record, nothing buffered, so an engine reading the pipe gets every
/// finished document at once. The line is what `JSONLSink` writes for the record in `contracts.jsonl`
/// (the record's JSON bytes as the batch passes them on).
///
/// Unlike the file sinks it receives records in completion order (see `StreamRunner`), not sorted.
public final class JSONLStreamSink: RecordSink {
    public let name: String
    private let fd: Int32

    public init(fd: Int32 = 1, name: String = "stdout") {
        self.fd = fd
        self.name = name
    }

    public func write(_ record: ContractRecord, text: DocumentText?) throws {
        try write(record, json: RecordJSONWriter.encode(record), text: text)
    }

    public func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws {
        var line = json
        line.append(0x0A)
        try FileIO.writeAll(fd, line)
    }

    public func finish() throws {}
}
