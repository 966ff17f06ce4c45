#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel
import Extraction

/// INPUT arguments → the sorted list of documents of a batch.
///
/// - A file argument is always a document (even with an unknown extension: its record says why it failed).
/// - A folder is walked recursively; inside it a file is a document when its content starts like a
///   PDF or a Word package (detected by `DocumentExtractor.detectFormat`) or its extension is
///   `.pdf`, `.docx` or `.txt`; hidden
///   entries (`.name`) are skipped. So a PDF named `x.txt` or `x.bin` is found, a `expected.json` is not.
/// - Symbolic links are followed; a directory reached again through a link (a loop) is walked once;
///   a link that cannot be resolved (a cycle of links, a dangling link) is kept as a document so
///   that its record says `symlink_loop` / `not_found`.
/// - `-` reads one INPUT per line from `standardInput`.
/// Paths are deduplicated and sorted by their UTF-8 bytes (locale-independent, deterministic).
public struct InputDiscovery {
    public static let documentExtensions: Set<String> = ["pdf", "docx", "txt"]

    public struct Result: Sendable {
        public var documents: [String]
        /// Inputs that are not documents and produced no record (missing folders are documents
        /// with `not_found`; these are, e.g., directory loops), with a reason, for the summary.
        public var skipped: [(path: String, reason: String)]
    }

    public init() {}

    public func discover(_ inputs: [String], standardInput: () -> String? = { readLine(strippingNewline: true) }) -> Result {
        var documents: [String] = []
        var skipped: [(String, String)] = []
        var expanded: [String] = []
        for input in inputs {
            if input == "-" {
                while let line = standardInput() {
                    if !line.isEmpty { expanded.append(line) }
                }
            } else {
                expanded.append(input)
            }
        }
        for input in expanded {
            var visited = Set<FileID>()
            if let id = Self.directoryID(input) {
                walk(input, id: id, visited: &visited, documents: &documents, skipped: &skipped)
            } else {
                documents.append(input)
            }
        }
        var seen = Set<String>()
        let unique = documents.filter { seen.insert($0).inserted }
        return Result(documents: unique.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, skipped: skipped)
    }

    private struct FileID: Hashable { var device: UInt64; var inode: UInt64 }

    private static func directoryID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private func walk(_ directory: String, id: FileID, visited: inout Set<FileID>,
                      documents: inout [String], skipped: inout [(String, String)]) {
        guard visited.insert(id).inserted else {
            skipped.append((directory, "directory already visited (symbolic link loop)"))
            return
        }
        guard let names = Self.list(directory) else {
            skipped.append((directory, "cannot read directory"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if let child = Self.directoryID(path) {
                walk(path, id: child, visited: &visited, documents: &documents, skipped: &skipped)
            } else if Self.isDocument(path) {
                documents.append(path)
            }
        }
    }

    private static func list(_ directory: String) -> [String]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// By extension or by the first bytes; unresolvable links count (their record explains them).
    static func isDocument(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) != 0 { return lstat(path, &info) == 0 }  // a link that does not resolve
        guard (info.st_mode & S_IFMT) == S_IFREG else { return false }
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
           documentExtensions.contains(path[path.index(after: dot)...].lowercased()) {
            return true
        }
        // By content, through the extractors' own detection: a PDF or a Word package under any
        // name counts; plain text only with a .txt name (a folder's JSON, CSV or notes are not contracts).
        switch try? DocumentExtractor.detectFormat(path: path) {
        case .pdf?, .docx?: return true
        default: return false
        }
    }
}
