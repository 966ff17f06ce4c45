import Foundation
import Testing

/// `--vocabulary FILE`: a user's own words for a concept, for `parse` and for the workers of `batch`;
/// a bad file is a usage error that says what is wrong.
@Suite struct VocabularyFileTests {
    static let contract = "兴建方：某市第一中学\n营建方：某建筑工程有限公司\n本工程合同总价为人民币¥120,000.00元。\n"
    static let vocabulary = #"{"version": 1, "add": {"party_a": ["兴建方"], "party_b": ["营建方"]}}"#

    func partyNames(_ line: Data) throws -> [String?] {
        let record = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        let contract = try #require(record["contract"] as? [String: Any])
        return ["party_a", "party_b"].map { ((contract[$0] as? [String: Any])?["name"] as? [String: Any])?["value"] as? String }
    }

    @Test func addedRoleWordsNameThePartiesInParseAndInBatchWorkers() throws {
        let dir = Fixtures.temporaryDirectory("vocabulary")
        let text = dir + "/contract.txt", file = dir + "/words.json"
        try Self.contract.write(toFile: text, atomically: true, encoding: .utf8)
        try Self.vocabulary.write(toFile: file, atomically: true, encoding: .utf8)

        #expect(try partyNames(HetongBinary.run(["parse", text]).stdout) == [nil, nil])
        let parsed = try HetongBinary.run(["parse", text, "--vocabulary", file])
        #expect(parsed.status == 0)
        #expect(try partyNames(parsed.stdout) == ["某市第一中学", "某建筑工程有限公司"])

        let out = dir + "/out"
        let batch = try HetongBinary.run(["batch", text, "--out", out, "--vocabulary", file, "--jobs", "1"])
        #expect(batch.status == 0)
        let lines = try String(contentsOfFile: out + "/contracts.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try partyNames(Data(lines[0].utf8)) == ["某市第一中学", "某建筑工程有限公司"])
    }

    @Test(arguments: [
        (#"{"version": 1, "add": {"totl": ["总计款"]}}"#, "unknown concept \"totl\""),
        (#"{"version": 1, "add": {"total": ["合 计"]}}"#, "is not a keyword"),
        (#"{"version": 2, "add": {}}"#, "\"version\" must be 1"),
        (#"{"version": 1, "add": {"total": "合计"}}"#, "must be a list of words"),
        ("not json", "not a JSON object"),
    ])
    func aBadFileIsAUsageErrorSayingWhy(content: String, message: String) throws {
        let dir = Fixtures.temporaryDirectory("vocabulary-bad")
        let text = dir + "/contract.txt", file = dir + "/words.json"
        try Self.contract.write(toFile: text, atomically: true, encoding: .utf8)
        try content.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try HetongBinary.run(["parse", text, "--vocabulary", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
