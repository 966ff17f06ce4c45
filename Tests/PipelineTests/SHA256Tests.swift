import Foundation
import Testing
@testable import Pipeline

/// FIPS 180-4 / NIST CAVP vectors, and the streaming interface split at every block boundary.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func oneMillionA() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(hasher.finalize() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the padding boundaries (55, 56, 63, 64, 65 bytes) fed in every split.
    @Test func streamingEqualsOneShot() {
        let message = Array("合同价款为人民币肆佰柒拾壹万伍仟元整（¥4,715,000.00）".utf8) + Array(repeating: 0x61, count: 80)
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, message.count] {
            let prefix = Array(message.prefix(length))
            let whole = SHA256.hex(prefix)
            for split in stride(from: 0, through: length, by: 7) {
                var hasher = SHA256()
                hasher.update(prefix[..<split])
                hasher.update(prefix[split...])
                #expect(hasher.finalize() == whole, "length \(length) split \(split)")
            }
        }
    }

    /// Cross-checked against the system's `sha256sum` on a seed contract.
    @Test func matchesSha256sumOnASeed() throws {
        let path = ScannedCorpus.repository.appendingPathComponent("Corpus/contracts/zongzhi-yunwei-2025/source.txt").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(try FileIO.sha256(ofFile: path) == String(output.prefix(64)))
    }
}
