#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel

/// What `hetong batch - --jsonl -` reads on standard input.
///
/// - `paths`: one path per line, as `hetong batch -` reads them (a folder is walked like an INPUT).
/// - `framed`: document bytes, for engines that hand over content rather than paths. Each document is
///   a header line `LENGTH NAME\n` (LENGTH: the byte count in decimal; NAME: what the record's
///   `document.path` says, `\` written `\\` and a newline `\n`), then exactly LENGTH bytes, then
///   the next header. A header that is not of this shape, or a stream that ends inside a document's
///   bytes, gives one `unreadable` error record and ends the stream.
public enum StreamFormat: String, Sendable, CaseIterable {
    case paths, framed
}

/// One document of a stream: the name its record carries and the file its worker reads.
struct StreamRequest: Sendable {
    var name: String
    var path: String
    /// A temporary file holding framed bytes, removed once the record is written.
    var spooled: Bool
    /// Set when the request could not be read: its record is this error, no worker runs.
    var failure: HetongError?
}

/// Reads stream requests from a file descriptor, one document (or one folder's documents) at a time,
/// so that the first records leave before the input has ended.
final class StreamInput {
    private let reader: ByteReader
    private let format: StreamFormat
    private let spoolDirectory: String
    private var sequence = 0
    private var ended = false

    init(fd: Int32, format: StreamFormat, spoolDirectory: String) {
        reader = ByteReader(fd: fd)
        self.format = format
        self.spoolDirectory = spoolDirectory
    }

    /// The next requests (a folder line gives several), or nil at the end of the input.
    func next() -> [StreamRequest]? {
        while !ended {
            guard let line = reader.line() else { ended = true; return nil }
            switch format {
            case .paths:
                let path = String(decoding: line, as: UTF8.self)
                if path.isEmpty { continue }
                let documents = InputDiscovery().discover([path]).documents
                if documents.isEmpty { continue }  // an empty folder
                return documents.map { StreamRequest(name: $0, path: $0, spooled: false) }
            case .framed:
                if line.isEmpty { continue }  // tolerate a blank line between frames
                return [frame(header: line)]
            }
        }
        return nil
    }

    private func frame(header: [UInt8]) -> StreamRequest {
        guard let space = header.firstIndex(of: UInt8(ascii: " ")), space > 0, space < header.count - 1,
              header[..<space].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              space <= 18, let length = Int(String(decoding: header[..<space], as: UTF8.self)) else {
            ended = true
            let shown = String(decoding: header.prefix(120), as: UTF8.self)
            return StreamRequest(name: "-", path: "-", spooled: false, failure: HetongError(
                .unreadable, "malformed frame header \"\(shown)\" (expected `LENGTH NAME`); the rest of the stream was not read"))
        }
        let name = WorkerProtocol.decodeRequest(String(decoding: header[(space + 1)...], as: UTF8.self))
        sequence += 1
        let path = spoolDirectory + "/frame-\(sequence)"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            ended = true
            return StreamRequest(name: name, path: path, spooled: false, failure: HetongError(
                .unreadable, "cannot spool the document's bytes to \(path): \(String(cString: strerror(errno)))"))
        }
        let copied = reader.copy(length, to: fd)
        close(fd)
        if copied < length {
            ended = true
            unlink(path)
            let reason = copied < 0 ? "the document's bytes could not be spooled" : "the stream ended after \(copied) of \(length) bytes"
            return StreamRequest(name: name, path: path, spooled: false, failure: HetongError(.unreadable, reason))
        }
        return StreamRequest(name: name, path: path, spooled: true)
    }
}

/// Buffered reads of lines and byte runs from one descriptor (standard input carries both in
/// framed mode, so Foundation's line reader cannot be used beside it).
final class ByteReader {
    private let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0

    init(fd: Int32) { self.fd = fd }

    /// The next line without its newline; nil at the end (a last line without a newline counts).
    func line() -> [UInt8]? {
        var result: [UInt8] = []
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                result.append(contentsOf: buffer[start..<newline])
                start = newline + 1
                return result
            }
            result.append(contentsOf: buffer[start..<end])
            start = end
            if !fill() { return result.isEmpty ? nil : result }
        }
    }

    /// Copies up to `count` bytes to `target`; returns how many arrived before the end (-1: write failed).
    func copy(_ count: Int, to target: Int32) -> Int {
        var copied = 0
        while copied < count {
            if start == end && !fill() { return copied }
            let n = min(count - copied, end - start)
            do {
                try buffer[start..<(start + n)].withUnsafeBytes { try FileIO.writeAll(target, $0) }
            } catch {
                return -1
            }
            start += n
            copied += n
        }
        return copied
    }

    private func fill() -> Bool {
        start = 0
        end = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            end = n
            return true
        }
    }
}
