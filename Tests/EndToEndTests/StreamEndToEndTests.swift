import ContractModel
import Foundation
import Testing

/// `hetong batch - --jsonl -` (issue 17): records on stdout as documents finish, paths or framed bytes on stdin.
@Suite(.serialized) struct StreamEndToEndTests {
    /// Corpus contracts and hostile files, a path that does not exist and a worker crash, by path:
    /// every line is the `contracts.jsonl` line of `hetong batch` over the same documents.
    @Test func pathsGiveTheBatchLinesAndBadInputIsARecord() throws {
        let directory = Fixtures.temporaryDirectory("stream-paths")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let crash = directory + "/crash-hook.txt"
        try Data("甲方：测试单位\n合同总价：人民币壹万元整（¥10,000.00）\n".utf8).write(to: URL(fileURLWithPath: crash))
        let missing = directory + "/no-such-contract.pdf"
        let paths = Fixtures.corpusDocuments("contracts") + Fixtures.corpusDocuments("hostile") + [missing, crash]
        let batch = try Self.batchLines(paths, directory: directory)

        // The bad documents come first, so the good ones after them show that the stream goes on.
        let ordered = [missing, HetongBinary.corpus + "/hostile/truncated.pdf", crash] + paths
        let input = ordered.joined(separator: "\n") + "\n"
        let out = directory + "/never"
        let result = try HetongBinary.run(["batch", "-", "--jsonl", "-", "--jobs", "2", "--ocr", "never", "--timeout", "45", "--out", out],
                                          stdin: Data(input.utf8), environment: ["HETONG_TEST_CRASH_ON": "crash-hook"])
        #expect(result.status == 1, "documents failed, so exit 1; stderr: \(result.stderr)")
        #expect(result.stderr.contains("hetong batch: \(ordered.count) documents"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "streaming writes no --out folder")
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines.count == ordered.count, "one line per document (a path given twice is two requests)")
        #expect(Set(lines) == Set(batch.values), "every line byte-equal to the batch's line for that document")
        let outcomes = Dictionary(lines.map { (Self.record($0).document.path, Self.outcome(Self.record($0))) }, uniquingKeysWith: { $1 })
        #expect(outcomes[missing] == "not_found")
        #expect(outcomes[crash] == "crashed")
        #expect(outcomes[HetongBinary.corpus + "/hostile/truncated.pdf"] == "corrupt")
        #expect(outcomes.filter { $0.key.contains("/contracts/") }.allSatisfy { $0.value == "ok" })
    }

    /// A record leaves as soon as its document is done: the first line arrives while stdin is still open.
    @Test func aRecordArrivesBeforeStandardInputCloses() throws {
        let document = try #require(Fixtures.corpusDocuments("contracts", extensions: ["docx"]).first)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HetongBinary.path)
        process.arguments = ["batch", "-", "--jsonl", "-", "--jobs", "1", "--ocr", "never"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data((document + "\n").utf8))
        // Read until the first newline on another thread; stdin stays open meanwhile.
        let received = Locked(Data())
        let gotLine = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while true {
                let chunk = stdout.fileHandleForReading.availableData
                let done = received.withLock { data -> Bool in data += chunk; return chunk.isEmpty || data.contains(0x0A) }
                if done { gotLine.signal(); return }
            }
        }
        let arrived = gotLine.wait(timeout: .now() + 120) == .success
        let beforeClose = received.withLock { $0 }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(arrived && beforeClose.last == 0x0A, "no record within 120 s while stdin stayed open")
        let line = String(decoding: beforeClose.dropLast(), as: UTF8.self)
        #expect(Self.record(line).document.path == document)
        #expect(process.terminationStatus == 0, "clean exit when stdin closes")
    }

    /// A value guarded by a lock, for the reader thread above.
    final class Locked<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value
        init(_ value: Value) { self.value = value }
        func withLock<R>(_ body: (inout Value) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&value) }
    }

    /// Document bytes in frames: each record is the batch's line for that file under the frame's name;
    /// a name with a newline and CJK comes back decoded; bytes that are no document are an error record.
    @Test func framedBytesGiveTheBatchLinesUnderTheirNames() throws {
        let directory = Fixtures.temporaryDirectory("stream-framed")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = Fixtures.corpusDocuments("contracts") + [HetongBinary.corpus + "/hostile/not-a-zip.docx"]
        let batch = try Self.batchLines(files, directory: directory)
        let renamed = "档案/合同\n第2号.pdf", renamedSource = files[0]
        var input = Data()
        for file in files { input += Self.frame(name: file, try Data(contentsOf: URL(fileURLWithPath: file))) }
        input += Self.frame(name: renamed, try Data(contentsOf: URL(fileURLWithPath: renamedSource)))
        let result = try HetongBinary.run(["batch", "-", "--jsonl", "-", "--stdin-format", "framed", "--jobs", "2", "--ocr", "never"],
                                          stdin: input)
        #expect(result.status == 1, "not-a-zip.docx failed, so exit 1; stderr: \(result.stderr)")
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.count == files.count + 1)
        let byPath = Dictionary(lines.map { (Self.record($0).document.path, $0) }, uniquingKeysWith: { $1 })
        for file in files { #expect(byPath[file] == batch[file], "\(file)") }
        #expect(Self.outcome(Self.record(try #require(byPath[HetongBinary.corpus + "/hostile/not-a-zip.docx"]))) != "ok")
        var expected = Self.record(try #require(batch[renamedSource]))
        expected.document.path = renamed
        #expect(byPath[renamed] == String(decoding: try HetongJSON.encoder().encode(expected), as: UTF8.self),
                "the same record under the frame's name")
    }

    /// A stream cut inside a document's bytes, and a header that is not `LENGTH NAME`: an `unreadable`
    /// record each, after the records of the complete frames before them.
    @Test func aBrokenFrameIsAnErrorRecordAfterTheGoodOnes() throws {
        let document = try #require(Fixtures.corpusDocuments("contracts", extensions: ["txt"]).first)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: document))
        for (tail, name) in [(Self.frame(name: "cut.txt", bytes).prefix(bytes.count / 2), "cut.txt"),
                             (Data("12x nonsense\nmore".utf8), "-")] {
            let input = Self.frame(name: "whole.txt", bytes) + tail
            let result = try HetongBinary.run(["batch", "-", "--jsonl", "-", "--stdin-format", "framed", "--jobs", "1"], stdin: input)
            #expect(result.status == 1, "\(result.stderr)")
            let records = result.text.split(separator: "\n").map { Self.record(String($0)) }
            #expect(records.map(\.document.path) == ["whole.txt", name], "\(result.text)")
            #expect(records.first.map(Self.outcome) == "ok")
            #expect(records.last.map(Self.outcome) == "unreadable")
        }
    }

    /// `hetong list` names exactly the documents `hetong batch` writes records for, in its order.
    @Test func listNamesTheBatchDocuments() throws {
        let directory = Fixtures.temporaryDirectory("list")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/out"
        let inputs = [HetongBinary.corpus + "/contracts", HetongBinary.corpus + "/quirks"]
        let batch = try HetongBinary.run(["batch"] + inputs + ["--out", out, "--ocr", "never"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let paths = try HetongBinary.lines(out + "/contracts.jsonl").map { Self.record($0).document.path }
        let listed = try HetongBinary.run(["list", "--null"] + inputs)
        #expect(listed.status == 0)
        #expect(listed.text.split(separator: "\0").map(String.init) == paths)
    }

    // MARK: helpers

    static func frame(name: String, _ bytes: Data) -> Data {
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
        return Data("\(bytes.count) \(escaped)\n".utf8) + bytes
    }

    /// `hetong batch FILES --ocr never`'s contracts.jsonl lines by document path.
    static func batchLines(_ files: [String], directory: String) throws -> [String: String] {
        let out = directory + "/batch-out"
        let result = try HetongBinary.run(["batch", "-", "--out", out, "--ocr", "never", "--timeout", "45", "--jobs", "2"],
                                          stdin: Data((files.joined(separator: "\n") + "\n").utf8),
                                          environment: ["HETONG_TEST_CRASH_ON": "crash-hook"])
        #expect(result.status <= 1, "\(result.stderr)")
        let lines = try HetongBinary.lines(out + "/contracts.jsonl")
        return Dictionary(lines.map { (record($0).document.path, $0) }, uniquingKeysWith: { $1 })
    }

    static func record(_ line: String) -> ContractRecord {
        (try? HetongJSON.decoder().decode(ContractRecord.self, from: Data(line.utf8)))
            ?? ContractRecord(status: .error, document: .init(path: "<undecodable: \(line.prefix(80))>", sha256: ""),
                              error: .init(HetongError(.internalError, "undecodable")))
    }

    static func outcome(_ record: ContractRecord) -> String { record.error?.code ?? record.status.rawValue }
}
