import ContractModel
import Foundation
import Testing

/// Kill test: a batch killed with SIGKILL mid-way and resumed ends exactly like a clean run.
@Suite(.serialized) struct KillResumeTests {
    @Test func sigkillThenResumeEqualsACleanRun() throws {
        let directory = Fixtures.temporaryDirectory("kill")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sources = Fixtures.corpusDocuments("contracts")
        try #require(!sources.isEmpty)
        let inputs = directory + "/inputs"
        let documents = try Fixtures.copies(of: sources, into: inputs, copies: 4)
        let killed = directory + "/killed", clean = directory + "/clean"

        // Start, wait until some documents are journaled, then SIGKILL.
        let running = try HetongBinary.start(["batch", inputs, "--out", killed, "--jobs", "2"])
        let journal = killed + "/.hetong/journal"
        var journaled = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            journaled = ((try? Data(contentsOf: URL(fileURLWithPath: journal))) ?? Data()).filter { $0 == 0x0A }.count
            if journaled >= 3 || !running.process.isRunning { break }
            usleep(10_000)
        }
        let killedMidway = running.process.isRunning
        kill(running.process.processIdentifier, SIGKILL)
        _ = running.wait()
        #expect(killedMidway, "the batch was killed before it finished (journaled \(journaled) of \(documents.count))")
        #expect(!FileManager.default.fileExists(atPath: killed + "/contracts.jsonl"), "no output from a killed run")

        // What the killed run finished is readable as JSONL: one record per journaled document.
        let journalLines = ((try? Data(contentsOf: URL(fileURLWithPath: journal))) ?? Data()).filter { $0 == 0x0A }.count
        let exported = try HetongBinary.run(["journal", killed])
        #expect(exported.status == 0, "\(exported.stderr)")
        let partial = exported.text.split(separator: "\n").map(String.init)
        #expect(partial.count == journalLines && partial.count >= 3, "\(partial.count) of \(journalLines) journaled")
        #expect(exported.stderr.contains("\(journalLines) documents finished"), "\(exported.stderr)")
        let partialPaths = try partial.map { try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8)).document.path }
        #expect(partialPaths == partialPaths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })

        let resumed = try HetongBinary.run(["batch", inputs, "--out", killed, "--jobs", "2", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: killed).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "the killed run's temporary files are cleaned up: \(leftovers)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: killed + "/summary.json"))) as? [String: Any]
        #expect((summary?["resumed"] as? Int ?? 0) >= 3, "documents journaled before the kill were not redone")

        let fresh = try HetongBinary.run(["batch", inputs, "--out", clean, "--jobs", "2"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let resumedBytes = try Data(contentsOf: URL(fileURLWithPath: killed + "/contracts.jsonl"))
        let cleanBytes = try Data(contentsOf: URL(fileURLWithPath: clean + "/contracts.jsonl"))
        #expect(resumedBytes == cleanBytes)
        let cleanLines = Set(try HetongBinary.lines(clean + "/contracts.jsonl"))
        #expect(partial.allSatisfy(cleanLines.contains), "each exported record is the one a clean run writes")
        let paths = try HetongBinary.lines(clean + "/contracts.jsonl").map {
            try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8)).document.path
        }
        #expect(paths == documents.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })

        let query = "SELECT path, sha256, status, record_json FROM documents ORDER BY path"
        let resumedRows = try BatchEndToEndTests.sqlite3(killed + "/hetong.sqlite", query)
        #expect(resumedRows == (try BatchEndToEndTests.sqlite3(clean + "/hetong.sqlite", query)))
        #expect(try BatchEndToEndTests.sqlite3(killed + "/hetong.sqlite", "SELECT count(DISTINCT path), count(*) FROM documents")
                == "\(documents.count)|\(documents.count)")
    }

    /// A renamed file is recognised by its content; a changed file is redone.
    @Test func resumeMatchesByContent() throws {
        let directory = Fixtures.temporaryDirectory("rename")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let inputs = directory + "/inputs", out = directory + "/out"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try Data("甲方：甲单位\n合同总价：人民币壹万元整\n".utf8).write(to: URL(fileURLWithPath: inputs + "/a.txt"))
        try Data("甲方：乙单位\n合同总价：人民币贰万元整\n".utf8).write(to: URL(fileURLWithPath: inputs + "/b.txt"))
        #expect(try HetongBinary.run(["batch", inputs, "--out", out]).status == 0)

        try FileManager.default.moveItem(atPath: inputs + "/a.txt", toPath: inputs + "/renamed.txt")
        try Data("甲方：乙单位\n合同总价：人民币叁万元整\n".utf8).write(to: URL(fileURLWithPath: inputs + "/b.txt"))
        #expect(try HetongBinary.run(["batch", inputs, "--out", out, "--resume"]).status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        #expect(summary?["resumed"] as? Int == 1)
        let records = try HetongBinary.lines(out + "/contracts.jsonl").map {
            try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8))
        }
        #expect(records.map(\.document.path) == [inputs + "/b.txt", inputs + "/renamed.txt"])
        // Both equal a single-document parse of their current file.
        for line in try HetongBinary.lines(out + "/contracts.jsonl") {
            let path = try HetongJSON.decoder().decode(ContractRecord.self, from: Data(line.utf8)).document.path
            #expect(try HetongBinary.run(["parse", path]).text == line + "\n")
        }
    }

    /// `--resume` keeps a document that timed out or crashed as it was; `--resume --retry-failed` runs
    /// it again (here it no longer hangs: the hook is off) and keeps everything else.
    @Test func retryFailedRunsTimeoutsAndCrashesAgain() throws {
        let directory = Fixtures.temporaryDirectory("retry")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let inputs = directory + "/inputs", out = directory + "/out"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try Data("甲方：甲单位\n合同总价：人民币壹万元整\n".utf8).write(to: URL(fileURLWithPath: inputs + "/a.txt"))
        try Data("甲方：乙单位\n合同总价：人民币贰万元整\n".utf8).write(to: URL(fileURLWithPath: inputs + "/crash-hook.txt"))
        try Data("甲方：丙单位\n合同总价：人民币叁万元整\n".utf8).write(to: URL(fileURLWithPath: inputs + "/hang-hook.txt"))
        func outcomes() throws -> [String] {
            try HetongBinary.lines(out + "/contracts.jsonl").map {
                let record = try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8))
                return record.error?.code ?? record.status.rawValue
            }
        }
        func resumedCount() throws -> Int? {
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
            return summary?["resumed"] as? Int
        }

        let first = try HetongBinary.run(["batch", inputs, "--out", out, "--timeout", "2"], environment: Fixtures.hookEnvironment)
        #expect(first.status == 1)
        #expect(try outcomes() == ["ok", "crashed", "timeout"])

        let kept = try HetongBinary.run(["batch", inputs, "--out", out, "--resume"])
        #expect(kept.status == 1, "failed documents are kept as failed by default")
        #expect(try outcomes() == ["ok", "crashed", "timeout"])
        #expect(try resumedCount() == 3)

        let retried = try HetongBinary.run(["batch", inputs, "--out", out, "--resume", "--retry-failed"])
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(try outcomes() == ["ok", "ok", "ok"])
        #expect(try resumedCount() == 1, "only the failed two ran again")
        for line in try HetongBinary.lines(out + "/contracts.jsonl") {
            let path = try HetongJSON.decoder().decode(ContractRecord.self, from: Data(line.utf8)).document.path
            #expect(try HetongBinary.run(["parse", path]).text == line + "\n")
        }

        #expect(try HetongBinary.run(["batch", inputs, "--out", out, "--retry-failed"]).status == 2, "--retry-failed needs --resume")
    }
}
