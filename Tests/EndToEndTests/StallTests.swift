import ContractModel
import Foundation
import Testing

/// Issue 12: no document may stall a batch. Hostile files, the 2,000-blank-page PDF, a 30-page scan
/// that OCR cannot finish within the budget, a worker that sends progress forever and one that hangs,
/// beside good contracts, with the default `--ocr auto`: every input gets exactly one record and no
/// document runs past its budget.
@Suite(.serialized) struct StallTests {
    static let budget = 16.0
    /// Time between the budget running out and the record being journaled (kill, reap, write).
    static let slack = 3.0

    @Test func hostileBatchWithOCRFinishesWithinBudgets() throws {
        let directory = Fixtures.temporaryDirectory("stall")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let made = directory + "/made"
        try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        let text = "甲方：测试单位\n合同总价：人民币壹万元整（¥10,000.00）\n"
        for name in ["hang-hook.txt", "beat-hook.txt"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: made + "/" + name))
        }
        let scan = HetongBinary.corpus + "/scans/jingxin-pingtai-yunwei-scan.pdf"
        let good = Fixtures.corpusDocuments("contracts", extensions: ["docx", "txt"]).prefix(3)
        let hostile = Fixtures.corpusDocuments("hostile")
        try #require(hostile.contains { $0.hasSuffix("/blank-2000-pages.pdf") } && good.count == 3)
        let inputs = hostile + Array(good) + [scan, made + "/hang-hook.txt", made + "/beat-hook.txt"]
        let out = directory + "/out"
        let started = Date()
        var environment = Fixtures.hookEnvironment
        environment["HETONG_TEST_HEARTBEAT_ON"] = "beat-hook"
        let result = try HetongBinary.run(["batch"] + inputs + ["--out", out, "--jobs", "2", "--timeout", "8",
                                                                "--max-document-seconds", String(Self.budget)],
                                          environment: environment)
        let wall = Date().timeIntervalSince(started)
        #expect(result.status == 1, "\(result.stderr)")

        let records = try HetongBinary.lines(out + "/contracts.jsonl").map {
            try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8))
        }
        #expect(records.map(\.document.path) == inputs.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) },
                "exactly one record per input")
        func record(_ suffix: String) -> ContractRecord? { records.first { $0.document.path.hasSuffix(suffix) } }

        let blank = try #require(record("/blank-2000-pages.pdf"))
        #expect(blank.error?.code == "no_text" && blank.document.pages == 2000, "\(blank.error?.message ?? "")")
        #expect(blank.document.warnings.map(\.code) == [.blankPage])
        #expect(record("/blank-scanned-page.pdf")?.document.warnings.map(\.code) == [.blankPage])
        // --timeout 8: one page of OCR on a loaded machine may take several seconds between heartbeats.
        #expect(record("/hang-hook.txt")?.error?.message.contains("--timeout") == true)
        let endless = try #require(record("/beat-hook.txt"))
        #expect(endless.error?.code == "timeout" && endless.error?.message.contains("--max-document-seconds") == true,
                "progress forever ends at the budget: \(endless.error?.message ?? "")")
        let scanned = try #require(record("/jingxin-pingtai-yunwei-scan.pdf"))
        if scanned.status == .error {
            #expect(scanned.error?.code == "timeout", "\(scanned.error?.message ?? "")")
            if scanned.error?.message.contains("ran out after OCR of") == true {
                // The worker stopped itself before the budget (between pages) and kept what it had read.
                #expect(scanned.document.pages == 30, "the page count survives a timeout")
                #expect(scanned.document.pageInfo.contains { $0.ocr })
            } else {
                // A page in progress past the budget: the batch killed the worker.
                #expect(scanned.error?.message.contains("still running after the document's time budget") == true,
                        "\(scanned.error?.message ?? "")")
            }
        }
        for document in good {
            #expect(record(document)?.status == .ok, "\(document)")
        }

        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
        let slowest = try #require(summary?["slowest"] as? [[String: Any]])
        for timing in slowest {
            let seconds = timing["seconds"] as? Double ?? .infinity
            #expect(seconds <= Self.budget + Self.slack, "\(timing["path"] ?? "?") took \(seconds) s")
        }
        // Two workers, at most a few budgets' worth of slow documents: far from a stall.
        #expect(wall < 4 * (Self.budget + Self.slack) + 60, "the batch took \(wall) s")
    }

    /// `--max-pages` reaches the workers; the batch record is the one `hetong parse` prints with the
    /// same limit; nonsense limits are usage errors.
    @Test func pageLimitInABatchEqualsParse() throws {
        let directory = Fixtures.temporaryDirectory("pages")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let blank = HetongBinary.corpus + "/hostile/blank-2000-pages.pdf"
        let out = directory + "/out"
        let batch = try HetongBinary.run(["batch", blank, "--out", out, "--max-pages", "1000"])
        #expect(batch.status == 1)
        let lines = try HetongBinary.lines(out + "/contracts.jsonl")
        let record = try HetongJSON.decoder().decode(ContractRecord.self, from: Data(lines[0].utf8))
        #expect(record.error == .init(code: "too_many_pages", message: "the document has 2000 pages, more than --max-pages 1000"))
        let single = try HetongBinary.run(["parse", blank, "--max-pages", "1000"])
        #expect(single.status == 1 && single.text == lines[0] + "\n")
        #expect(try HetongBinary.run(["parse", blank]).status == 1, "within the default limit: no_text, with its pages")

        for arguments in [["--max-pages", "0"], ["--max-document-seconds", "0"], ["--max-document-seconds", "-1"]] {
            #expect(try HetongBinary.run(["parse", blank] + arguments).status == 2, "\(arguments)")
        }
    }
}
