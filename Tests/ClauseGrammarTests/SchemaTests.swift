import Testing
import Foundation
import ContractModel

@Suite struct SchemaTests {
    /// Schemas/contract.schema.json is the schema generated from the record description
    /// (`RECORD_SCHEMA=1 swift test --filter SchemaTests` re-records it).
    @Test func schemaFileIsTheGeneratedSchema() throws {
        let url = Repo.root.appendingPathComponent("Schemas/contract.schema.json")
        if ProcessInfo.processInfo.environment["RECORD_SCHEMA"] == "1" {
            try ContractSchema.json.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try Repo.file("Schemas/contract.schema.json") == ContractSchema.json,
                "re-record with RECORD_SCHEMA=1 swift test --filter SchemaTests")
    }

    /// The error codes the schema lists are `HetongError.Code.all`, and `all` holds every declared code.
    @Test func errorCodesFollowHetongErrorCode() throws {
        let source = try Repo.file("Sources/ContractModel/HetongError.swift")
        let declared = source.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("public static let"), let open = line.range(of: "Code(\""),
                  let close = line[open.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(line[open.upperBound..<close])
        }
        #expect(declared.count >= 20)
        #expect(Set(declared) == Set(HetongError.Code.all.map(\.rawValue)), "every declared code is in Code.all")
        for code in ["symlink_loop", "ocr_unavailable", "not_found"] { #expect(ContractSchema.json.contains(code)) }
        #expect(!ContractSchema.json.contains("poppler_data_missing"), "a warning code, never an error")
        // No module declares an error code of its own: the list above is complete.
        let sources = FileManager.default.enumerator(atPath: Repo.root.appendingPathComponent("Sources").path)!
        for case let path as String in sources where path.hasSuffix(".swift") && !path.hasSuffix("HetongError.swift") {
            let text = try Repo.file("Sources/" + path)
            #expect(!text.contains("HetongError.Code("), "\(path) declares an error code outside HetongError.swift")
        }
    }

    /// Records for the three seeds, a failed document and the fully populated example, validated by
    /// an independent validator (Python `jsonschema`, Draft 2020-12; Scripts/setup installs it).
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
        paths.append(try write(RecordExample.full, to: dir, name: "full"))
        let output = try SchemaValidator.validate(paths)
        #expect(output.isEmpty, "\(output)")
    }

    private func write(_ record: ContractRecord, to dir: URL, name: String) throws -> String {
        let url = dir.appendingPathComponent("\(name).json")
        try Data(RecordJSONWriter.encode(record)).write(to: url)
        return url.path
    }
}

/// Python `jsonschema` (Draft 2020-12) over JSON files: "" when all are valid, else the errors.
/// With `complete`, the last file must also use every property the schema names, with no null and
/// no empty list anywhere (the fully populated example).
enum SchemaValidator {
    static func validate(_ paths: [String], lastIsComplete: Bool = false) throws -> String {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[3:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                bad += 1
                print(path, list(error.absolute_path), error.message[:300])
        if sys.argv[2] == "complete":
            keys, holes = set(), []
            def walk(value, where):
                if value is None or value == [] or value == {}:
                    holes.append(where)
                elif isinstance(value, dict):
                    for k, v in value.items():
                        keys.add(k)
                        walk(v, where + "." + k)
                elif isinstance(value, list):
                    for i, v in enumerate(value):
                        walk(v, where + "[%d]" % i)
            walk(json.load(open(sys.argv[-1], encoding="utf-8")), "$")
            named = set(schema["properties"])
            for d in schema["$defs"].values():
                named |= set(d.get("properties", {}))
            for k in sorted(named - keys):
                bad += 1
                print("the full example never sets", k)
            for h in holes:
                bad += 1
                print("the full example leaves empty", h)
        sys.exit(1 if bad else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Repo.root.appendingPathComponent("Schemas/contract.schema.json").path,
                             lastIsComplete ? "complete" : "-"] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "" : output + " (exit \(process.terminationStatus))"
    }
}
