#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel

/// Reads a whole regular file, refusing directories, devices, FIFOs and files above `limit` bytes.
enum FileBytes {
    static func load(path: String, limit: Int) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw HetongError(.notFound, "no such file: \(path)") }
            throw HetongError(.unreadable, "cannot stat \(path)", underlying: String(cString: strerror(code)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            let what = (info.st_mode & S_IFMT) == S_IFDIR ? "a directory" : "not a regular file"
            throw HetongError(.unreadable, "\(path) is \(what)")
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw HetongError(.tooLarge, "\(path) has \(size) bytes, more than \(limit)") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw HetongError(.unreadable, "cannot open \(path)", underlying: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + filled, size - filled)
            }
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
