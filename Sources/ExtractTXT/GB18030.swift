#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (a superset of GBK and GB2312) through the C library's iconv; nil when the bytes are not
/// valid GB18030.
enum GB18030 {
    static func decode(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // Every GB18030 sequence of n bytes becomes at most 2n bytes of UTF-8 (4 → 4, 2 → 3, 1 → 1).
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                var outLeft = target.count
                // Incomplete or invalid input is an error: -1 or bytes left over.
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return target.count - outLeft
            }
        }
        guard let produced else { return nil }
        return TextDecoder.utf8(output[0..<produced].map { UInt8(bitPattern: $0) }[...])
    }
}
