#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel

/// Small POSIX file helpers: whole writes, fsync, atomic replace. Errors become `HetongError`.
enum FileIO {
    /// Writes all of `bytes` to `fd`, retrying on EINTR and short writes.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw HetongError(.unreadable, "write failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeAll(fd, $0) }
    }

    /// Writes `bytes` to `path` through a temporary file in the same directory, fsync'd, then renamed:
    /// readers see the old file or the new one, never a partial one.
    static func writeAtomically(_ path: String, _ bytes: [UInt8]) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw HetongError(.unreadable, "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        do {
            try writeAll(fd, bytes)
            fsync(fd)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        try move(temporary, to: path)
    }

    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw HetongError(.unreadable, "cannot rename \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    /// Reads a whole file (regular files only).
    static func readAll(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw openError(path) }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw HetongError(.unreadable, "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
    }

    /// SHA-256 of a file's bytes, streamed in 1 MiB chunks (memory independent of the file size).
    static func sha256(ofFile path: String) throws -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw openError(path) }
        defer { close(fd) }
        var hasher = SHA256()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let n = read(fd, chunk.baseAddress!, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw HetongError(.unreadable, "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            hasher.update(UnsafeBufferPointer(start: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n))
        }
        return hasher.finalize()
    }

    static func openError(_ path: String) -> HetongError {
        let reason = String(cString: strerror(errno))
        switch errno {
        case ENOENT: return HetongError(.notFound, "no such file: \(path)")
        case ELOOP: return HetongError(.symlinkLoop, "symbolic link loop: \(path)")
        case EISDIR: return HetongError(.unreadable, "is a directory: \(path)")
        default: return HetongError(.unreadable, "cannot open \(path): \(reason)")
        }
    }

    static func makeDirectory(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw HetongError(.unreadable, "cannot create directory \(prefix): \(String(cString: strerror(errno)))")
            }
        }
    }
}
