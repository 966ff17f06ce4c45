import Foundation

/// The lines of a file read in 1 MiB chunks (a trailing `\r` and a last line without newline included).
enum JSONLines {
    static func forEach(_ handle: FileHandle, _ body: ([UInt8]) throws -> Void) throws {
        var pending: [UInt8] = []
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, pending[end - 1] == 0x0D { end -= 1 }
                try body(Array(pending[start..<end]))
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try body(pending) }
    }
}
