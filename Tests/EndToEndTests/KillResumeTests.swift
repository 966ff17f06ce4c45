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
}
