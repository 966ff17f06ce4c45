import ContractModel
import Foundation

/// `hetong journal OUT`: the records a batch into OUT has finished so far, as JSONL, readable while
/// the batch runs or after it was killed (the journal is written, fsync'd, one line per document
/// as each finishes; `contracts.jsonl` only appears when the batch ends).
///
/// One line per document path, the last journaled result of that path winning (a `--resume
/// --retry-failed` run appends a new result), in the order of `contracts.jsonl` (bytewise by path);
/// each line is the bytes `hetong parse` prints for that result, as in `contracts.jsonl`.
public enum JournalExport {
    public struct Export: Sendable {
        public var lines: [[UInt8]]
        public var failed: Int
    }

    public static func export(outputDirectory: String) throws -> Export {
        let journal = try Journal(readingOnly: outputDirectory + "/.hetong/journal")
        var latest: [String: (line: [UInt8], outcome: String)] = [:]
        for entry in try journal.load() {
            let json = try journal.recordJSON(entry)
            let path = try HetongJSON.decoder().decode(PathOnly.self, from: Data(json)).document.path
            latest[path] = (json, entry.header.outcome)
        }
        let paths = latest.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return Export(lines: paths.map { latest[$0]!.line }, failed: latest.values.filter { $0.outcome != "ok" }.count)
    }

    private struct PathOnly: Decodable {
        struct Document: Decodable { var path: String }
        var document: Document
    }
}
