#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel

/// The durable log of finished documents of a batch (`--out/.hetong/journal`): one
/// `WorkerProtocol` line per document, each appended with a single `write` and fsync'd, so a killed
/// run leaves only complete lines (plus, at worst, one torn last line that `open` cuts off).
/// `--resume` finds earlier results in it by content hash; the final outputs are produced from it.
final class Journal: @unchecked Sendable {
    struct Entry: Sendable, Hashable {
        var offset: Int
        /// Line length without the newline.
        var length: Int
        var header: WorkerProtocol.Header
    }

    private let fd: Int32
    private let lock = Locked(0)  // end offset of the file
    private let durable: Bool
    private let readOnly: Bool

    /// Opens (and with `reset`, empties) the journal. Returns the complete entries already in it.
    init(path: String, reset: Bool, durable: Bool = true) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | (reset ? O_TRUNC : 0), 0o644)
        guard fd >= 0 else { throw HetongError(.unreadable, "cannot open journal \(path): \(String(cString: strerror(errno)))") }
        self.durable = durable
        self.readOnly = false
    }

    /// Opens an existing journal for reading only (`hetong journal`, possibly while its batch runs):
    /// `load` then leaves a torn last line alone instead of cutting it off.
    init(readingOnly path: String) throws {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code: HetongError.Code = errno == ENOENT ? .notFound : .unreadable
            throw HetongError(code, "cannot open journal \(path): \(String(cString: strerror(errno)))")
        }
        durable = false
        readOnly = true
    }

    deinit { close(fd) }

    /// Reads every complete, well-formed line; cuts a torn last line off the file.
    func load() throws -> [Entry] {
        var entries: [Entry] = []
        var offset = 0
        var lineStart = 0
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(offset)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw HetongError(.unreadable, "cannot read the journal: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            var segmentStart = 0
            for i in 0..<n where chunk[i] == 0x0A {
                pending.append(contentsOf: chunk[segmentStart..<i])
                let lineEnd = offset + i
                if let header = pending.withUnsafeBytes({ WorkerProtocol.header(of: $0) }) {
                    entries.append(Entry(offset: lineStart, length: lineEnd - lineStart, header: header))
                }
                pending.removeAll(keepingCapacity: true)
                segmentStart = i + 1
                lineStart = lineEnd + 1
            }
            pending.append(contentsOf: chunk[segmentStart..<n])
            offset += n
        }
        if lineStart < offset && !readOnly {
            // A torn last line (the run was killed mid-write): drop it.
            guard ftruncate(fd, off_t(lineStart)) == 0 else {
                throw HetongError(.unreadable, "cannot repair the journal: \(String(cString: strerror(errno)))")
            }
        }
        lock.withLock { $0 = lineStart }
        return entries
    }

    /// Appends one line (with its newline) durably; returns where it lies.
    func append(_ line: [UInt8]) throws -> Entry {
        guard let header = line.withUnsafeBytes({ WorkerProtocol.header(of: UnsafeRawBufferPointer(rebasing: $0.dropLast())) }) else {
            throw HetongError(.internalError, "malformed journal line")
        }
        return try lock.withLock { end in
            let written = line.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, off_t(end)) }
            guard written == line.count else {
                throw HetongError(.unreadable, "cannot append to the journal: \(String(cString: strerror(errno)))")
            }
            if durable { fsync(fd) }
            let entry = Entry(offset: end, length: line.count - 1, header: header)
            end += line.count
            return entry
        }
    }

    /// The record JSON of an entry (the line without its header).
    func recordJSON(_ entry: Entry) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: entry.length - entry.header.length)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(entry.offset + entry.header.length)) }
        guard n == bytes.count else { throw HetongError(.unreadable, "cannot read back the journal") }
        return bytes
    }
}
