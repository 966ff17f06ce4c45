import ContractModel
import Foundation
import Testing

/// The single-document commands and the exit-code contract, through the built binary.
@Suite struct CLITests {
    static let inconsistent = """
        服务合同
        甲方：北京市测试中心
        乙方：测试科技有限公司
        合同总价：人民币壹拾万元整（¥100,000.00）。
        付款方式：
        第一次付款：合同签订后10个工作日内，甲方支付合同总价的60%，即人民币陆万元整（¥60,000.00）；
        第二次付款：验收合格后10个工作日内，甲方支付合同总价的30%，即人民币叁万元整（¥30,000.00）。
        """

    @Test func usageErrorsExitTwoAndHelpDocumentsExitCodes() throws {
        #expect(try HetongBinary.run(["batch"]).status == 2)
        #expect(try HetongBinary.run(["parse", "a.pdf", "--fail-on", "sometimes"]).status == 2)
        #expect(try HetongBinary.run(["no-such-command"]).status == 2)
        let help = try HetongBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.text.contains("EXIT STATUS") && help.text.contains("2  usage error"))
        #expect(try HetongBinary.run(["batch", "--help"]).text.contains("--resume"))
    }

    /// Tesseract is opened on the first page that needs OCR, never linked: a linked libtesseract
    /// (with the libcurl, libarchive, GnuTLS… it pulls in) costs every process about 13 ms of
    /// start-up and stops hetong from starting on a machine without it.
    @Test func theBinaryDoesNotLinkTesseract() throws {
        let readelf = Process()
        readelf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        readelf.arguments = ["readelf", "-d", HetongBinary.path]
        let pipe = Pipe()
        readelf.standardOutput = pipe
        try readelf.run()
        let dynamic = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        readelf.waitUntilExit()
        try #require(readelf.terminationStatus == 0 && dynamic.contains("(NEEDED)"), "readelf -d could not read the binary")
        let needed = dynamic.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(needed.contains { $0.contains("libpoppler-glib") }, "poppler-glib is linked")
        #expect(!needed.contains { $0.contains("libtesseract") || $0.contains("liblept") || $0.contains("libonnxruntime") }, "\(needed)")
    }

    /// Without an OCR engine (here: `HETONG_TESSERACT` and `HETONG_ONNXRUNTIME` naming libraries that
    /// are not there) a scan is not read and its record says why; a text PDF is unaffected.
    @Test func withoutOCREnginesAScanSaysWhyAndTextPDFsAreRead() throws {
        let environment = ["HETONG_TESSERACT": "/nonexistent/libtesseract.so.5", "HETONG_ONNXRUNTIME": "/nonexistent/libonnxruntime.so"]
        let scan = try HetongBinary.run(["parse", HetongBinary.corpus + "/hostile/scanned-no-text-layer.pdf"], environment: environment)
        #expect(scan.status == 1)
        let record = try HetongJSON.decoder().decode(ContractRecord.self, from: scan.stdout)
        #expect(record.status == .error && record.error?.code == "no_text")
        #expect(record.error?.message.contains("no_text_layer") == true && record.error?.message.contains("ocr_unavailable") == true,
                "\(record.error?.message ?? "")")

        let text = try HetongBinary.run(["extract", HetongBinary.corpus + "/quirks/quirk-cjk-digit-spaces.pdf"], environment: environment)
        #expect(text.status == 0)
        #expect(text.text.contains("年"))
    }

    @Test func parseOfAMissingFilePrintsItsErrorRecordAndExitsOne() throws {
        let result = try HetongBinary.run(["parse", "/nonexistent/合同.pdf"])
        #expect(result.status == 1)
        let record = try HetongJSON.decoder().decode(ContractRecord.self, from: result.stdout)
        #expect(record.status == .error && record.error?.code == "not_found")
        #expect(record.document.path == "/nonexistent/合同.pdf")
    }

    /// stdin gives the same record as the file, except that the path is `-`; the printed text is
    /// what the record's character count and spans refer to.
    @Test func stdinAndExtractAgreeWithParse() throws {
        let directory = Fixtures.temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/合同 样例.txt"
        try Data(Self.inconsistent.utf8).write(to: URL(fileURLWithPath: file))

        let fromFile = try HetongBinary.run(["parse", file])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        var expected = try HetongJSON.decoder().decode(ContractRecord.self, from: fromFile.stdout)
        let fromStdin = try HetongBinary.run(["parse", "-"], stdin: Data(Self.inconsistent.utf8))
        let stdinRecord = try HetongJSON.decoder().decode(ContractRecord.self, from: fromStdin.stdout)
        #expect(stdinRecord.document.path == "-")
        expected.document.path = "-"
        #expect(stdinRecord == expected)

        let extracted = try HetongBinary.run(["extract", file])
        #expect(extracted.status == 0)
        let text = DocumentText(printed: extracted.text)
        #expect(text.count == expected.document.characters)
        if let total = expected.contract?.totalAmount {
            #expect(text.text(total.span).contains("壹拾万元") || text.text(total.span).contains("100,000"))
        }

        let json = try HetongBinary.run(["extract", "--json", file])
        let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        #expect(object?["format"] as? String == "txt")
        #expect((object?["pages"] as? [[String: Any]])?.first?["text"] as? String == text.page(1))
        #expect(try HetongBinary.run(["extract", "--raw", file]).status == 0)
    }

    /// `--fail-on S` exits 1 exactly when a finding of severity S or worse exists; the record is
    /// printed either way. (The contract below is inconsistent on purpose, so it has findings.)
    @Test func failOnMapsFindingsToExitOne() throws {
        let plain = try HetongBinary.run(["parse", "-"], stdin: Data(Self.inconsistent.utf8))
        #expect(plain.status == 0)
        let record = try HetongJSON.decoder().decode(ContractRecord.self, from: plain.stdout)
        let worst = try #require(record.findings.map(\.severity).max(), "an inconsistent contract has findings")
        for level in Finding.Severity.allCases {
            let result = try HetongBinary.run(["parse", "-", "--fail-on", level.rawValue], stdin: Data(Self.inconsistent.utf8))
            #expect(result.status == (worst >= level ? 1 : 0), "--fail-on \(level.rawValue) with worst \(worst.rawValue)")
            #expect(result.stdout == plain.stdout)
        }
    }

    @Test func schemaIsTheCommittedSchema() throws {
        let result = try HetongBinary.run(["schema"])
        #expect(result.status == 0)
        let committed = try Data(contentsOf: URL(fileURLWithPath: HetongBinary.packageRoot + "/Schemas/contract.schema.json"))
        #expect(result.stdout == committed)
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    /// `hetong batch -` takes its documents from stdin, one path per line, and still sorts them.
    @Test func batchReadsPathsFromStdin() throws {
        let directory = Fixtures.temporaryDirectory("stdin")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["b.txt", "a.txt"] {
            try Data("甲方：\(name)单位\n合同总价：人民币壹万元整\n".utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        let out = directory + "/out"
        let result = try HetongBinary.run(["batch", "-", "--out", out],
                                          stdin: Data("\(directory)/b.txt\n\(directory)/a.txt\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let paths = try HetongBinary.lines(out + "/contracts.jsonl").map {
            try HetongJSON.decoder().decode(ContractRecord.self, from: Data($0.utf8)).document.path
        }
        #expect(paths == [directory + "/a.txt", directory + "/b.txt"])
    }
}
