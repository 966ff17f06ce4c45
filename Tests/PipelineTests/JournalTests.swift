import ContractModel
import Foundation
import Testing
@testable import Pipeline

@Suite struct JournalTests {
    static func record(_ path: String, sha: String, error: HetongError? = nil, findings: [Finding] = []) -> ContractRecord {
        var record = ContractRecord(status: error == nil ? .ok : .error, document: .init(path: path, sha256: sha),
                                    findings: findings, error: error.map(ContractRecord.ErrorInfo.init))
        if error == nil { record.contract = Contract() }
        return record
    }

    @Test func protocolLineCarriesOutcomeHashAndWorstSeverity() throws {
        let finding = Finding(rule: "installment_percent_sum", severity: .error, message: "合计 90%")
        let ok = try WorkerProtocol.line(for: Self.record("a.pdf", sha: "ab12", findings: [finding]))
        let header = try #require(ok.dropLast().withUnsafeBytes { WorkerProtocol.header(of: $0) })
        #expect(header.outcome == "ok" && header.sha256 == "ab12" && header.worstSeverity == .error)
        let json = Array(ok[header.length..<(ok.count - 1)])
        #expect(json == Array(try HetongJSON.encoder().encode(Self.record("a.pdf", sha: "ab12", findings: [finding]))))

        let failed = try WorkerProtocol.line(for: Self.record("b.pdf", sha: "", error: HetongError(.encrypted, "加密")))
        let failedHeader = try #require(failed.dropLast().withUnsafeBytes { WorkerProtocol.header(of: $0) })
        #expect(failedHeader.outcome == "encrypted" && failedHeader.sha256 == "" && failedHeader.worstSeverity == nil)
    }

    @Test func requestsSurviveNewlinesAndBackslashes() {
        for path in ["合同/a.pdf", "a\\b.pdf", "line\nbreak.pdf", "trailing\\"] {
            let line = WorkerProtocol.request(path: path)
            #expect(line.last == 0x0A && line.dropLast().allSatisfy { $0 != 0x0A })
            #expect(WorkerProtocol.decodeRequest(String(decoding: line.dropLast(), as: UTF8.self)) == path)
        }
    }

    /// A run killed mid-write leaves a torn last line: loading drops it, keeps the rest, and the
    /// next append starts on a clean line.
    @Test func tornLastLineIsDroppedOnLoad() throws {
        let dir = TemporaryDirectory("journal")
        defer { dir.remove() }
        let path = dir.path + "/journal"
        do {
            let journal = try Journal(path: path, reset: true)
            _ = try journal.append(try WorkerProtocol.line(for: Self.record("a.pdf", sha: "aa")))
            _ = try journal.append(try WorkerProtocol.line(for: Self.record("b.pdf", sha: "bb")))
        }
        let third = try WorkerProtocol.line(for: Self.record("c.pdf", sha: "cc"))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(third.prefix(third.count / 2)))
        try handle.close()

        let journal = try Journal(path: path, reset: false)
        let entries = try journal.load()
        #expect(entries.map(\.header.sha256) == ["aa", "bb"])
        let appended = try journal.append(third)
        let reloaded = try Journal(path: path, reset: false).load()
        #expect(reloaded.map(\.header.sha256) == ["aa", "bb", "cc"])
        let decoded = try HetongJSON.decoder().decode(ContractRecord.self, from: Data(journal.recordJSON(appended)))
        #expect(decoded == Self.record("c.pdf", sha: "cc"))
    }

    @Test func resetEmptiesTheJournal() throws {
        let dir = TemporaryDirectory("journal")
        defer { dir.remove() }
        let path = dir.path + "/journal"
        _ = try Journal(path: path, reset: true).append(try WorkerProtocol.line(for: Self.record("a.pdf", sha: "aa")))
        #expect(try Journal(path: path, reset: false).load().count == 1)
        #expect(try Journal(path: path, reset: true).load().isEmpty)
    }
}
