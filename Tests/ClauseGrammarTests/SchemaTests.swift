import Testing
import Foundation
import ContractModel

@Suite struct SchemaTests {
    @Test func swiftLiteralIsTheSchemaFile() throws {
        #expect(try Repo.file("Schemas/contract.schema.json") == ContractSchema.json)
    }

    /// Records for the three seeds and a failed document, validated by an independent validator
    /// (Python `jsonschema`, Draft 2020-12; Scripts/setup installs it).
    @Test func recordsValidateAgainstTheSchema() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for name in Repo.seeds {
            let p = Parsed(try Repo.seed(name))
            let info = ContractRecord.DocumentInfo(
                path: "Corpus/contracts/\(name)/source.txt", sha256: String(repeating: "0", count: 64), format: .txt,
                pages: p.text.pageCount, characters: p.text.count, extractor: "txt",
                pageInfo: [.init(page: 1, characters: p.text.count)],
                warnings: [ExtractionWarning(.extractionGap, page: 1, "示例")])
            let record = ContractRecord(document: info, contract: p.contract, mentions: p.mentions,
                                        findings: [Finding(rule: "installment_percent_sum", severity: .warning, message: "示例",
                                                           fields: ["contract.installments"], spans: [Span(page: 1, start: 0, end: 1)])])
            paths.append(try write(record, to: dir, name: name))
        }
        let failed = ContractRecord(status: .error, document: .init(path: "missing.pdf", sha256: ""),
                                    error: .init(HetongError(.notFound, "文件不存在")))
        paths.append(try write(failed, to: dir, name: "error"))

        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                bad += 1
                print(path, list(error.absolute_path), error.message[:300])
        sys.exit(1 if bad else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Repo.root.appendingPathComponent("Schemas/contract.schema.json").path] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }

    private func write(_ record: ContractRecord, to dir: URL, name: String) throws -> String {
        let url = dir.appendingPathComponent("\(name).json")
        try HetongJSON.encoder().encode(record).write(to: url)
        return url.path
    }
}
