#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel

/// The input path checked before anything reads it: missing, a directory, unreadable, empty and too
/// large each give their own code.
enum InputFile {
    static func prefix(path: String, count: Int) throws -> [UInt8] {
        try readBytes(path: path, limit: .max, count: count)
    }

    static func load(path: String, limit: Int) throws -> [UInt8] {
        try readBytes(path: path, limit: limit, count: .max)
    }

    private static func readBytes(path: String, limit: Int, count: Int) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw HetongError(.notFound, "no such file: \(path)") }
            throw HetongError(.unreadable, "cannot stat \(path)", underlying: String(cString: strerror(code)))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw HetongError(.unreadable, "\(path) is \(type == S_IFDIR ? "a directory" : "not a regular file")")
        }
        let size = Int(info.st_size)
        guard size > 0 else { throw HetongError(.emptyFile, "\(path) is empty") }
        guard size <= limit else { throw HetongError(.tooLarge, "\(path) has \(size) bytes, more than \(limit)") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw HetongError(.unreadable, "cannot open \(path)", underlying: String(cString: strerror(errno))) }
        defer { close(fd) }
        let wanted = min(size, count)
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, wanted - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw HetongError(.unreadable, "cannot read \(path)", underlying: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
