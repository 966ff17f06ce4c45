#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel
import Foundation

/// `contracts.jsonl`: one `hetong parse` object per line (`RecordJSONWriter`: the bytes of HetongJSON, compact,
/// sorted keys, about ten times faster), one line
/// per input document in input-path order. Written to a temporary file, fsync'd and renamed in `finish`.
public final class JSONLSink: RecordSink {
    public let name: String
    private let path: String
    private let temporaryPath: String
    private let fd: Int32
    private var pending: [UInt8] = []

    public init(path: String) throws {
        self.path = path
        self.name = String(path.split(separator: "/").last ?? Substring(path))
        self.temporaryPath = path + ".tmp-\(getpid())"
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw HetongError(.unreadable, "cannot create \(temporaryPath): \(String(cString: strerror(errno)))") }
        pending.reserveCapacity(1 << 20)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    public func write(_ record: ContractRecord, text: DocumentText?) throws {
        try write(record, json: RecordJSONWriter.encode(record), text: text)
    }

    public func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws {
        pending.append(contentsOf: json)
        pending.append(0x0A)
        if pending.count >= 1 << 20 { try flush() }
    }

    public func finish() throws {
        try flush()
        fsync(fd)
        try FileIO.move(temporaryPath, to: path)
    }

    private func flush() throws {
        try FileIO.writeAll(fd, pending)
        pending.removeAll(keepingCapacity: true)
    }
}
