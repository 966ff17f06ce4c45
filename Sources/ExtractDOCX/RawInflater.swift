internal import CInflate
import ContractModel

/// Raw deflate (ZIP method 8) through zlib, bounded: it never reads past the entry's compressed bytes,
/// never produces more than the entry declared, and fails instead of waiting for input that will not come.
enum RawInflater {
    static func inflate(_ input: ArraySlice<UInt8>, declaredSize: Int, maxRatio: Int, ratioFloor: Int,
                        name: String) throws -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard CInflate_inflateInitRaw(stream) == Z_OK else { throw HetongError(.internalError, "zlib inflateInit failed") }
        defer { inflateEnd(stream) }

        var output: [UInt8] = []
        output.reserveCapacity(declaredSize)
        let chunkSize = 64 << 10
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        try input.withUnsafeBufferPointer { source in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.pointee.avail_in = UInt32(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(chunkSize)
                    return CInflate.inflate(stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.pointee.avail_out)
                if output.count + produced > declaredSize {
                    throw HetongError(.zipBomb, "ZIP entry \(name) inflates past its declared \(declaredSize) bytes")
                }
                output.append(contentsOf: chunk[0..<produced])
                let consumed = source.count - Int(stream.pointee.avail_in)
                if output.count > ratioFloor, output.count / max(consumed, 1) > maxRatio {
                    throw HetongError(.zipBomb, "ZIP entry \(name) inflates at a ratio above \(maxRatio):1")
                }
                switch status {
                case Z_STREAM_END:
                    return
                case Z_OK where produced > 0 || consumed < source.count:
                    continue
                case Z_OK, Z_BUF_ERROR:
                    throw HetongError(.corrupt, "ZIP entry \(name) ends before its deflate stream does")
                default:
                    throw HetongError(.corrupt, "ZIP entry \(name) has damaged deflate data (zlib \(status))")
                }
            }
        }
        return output
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt = 0
        var offset = 0
        bytes.withUnsafeBufferPointer { buffer in
            // zlib takes a 32-bit length: feed large buffers in slices.
            while offset < buffer.count {
                let length = min(buffer.count - offset, 1 << 30)
                crc = CInflate.crc32(crc, buffer.baseAddress! + offset, UInt32(length))
                offset += length
            }
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
