import Foundation

/// Test folders built from the committed Corpus plus cases made on the spot (links, hooks).
enum Fixtures {
    static func temporaryDirectory(_ label: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-e2e-\(label)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Corpus files under `subfolder` with one of `extensions`, recursively, sorted.
    static func corpusDocuments(_ subfolder: String, extensions: Set<String> = ["pdf", "docx", "txt"]) -> [String] {
        let root = HetongBinary.corpus + "/" + subfolder
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .map { root + "/" + $0 }
            .sorted()
    }

    /// The hostile cases the Corpus cannot hold: a cycle of symbolic links, a directory link back
    /// up (walked once, no record), a document that hangs and one that crashes the worker (hooks).
    static func makeHookFolder(in directory: String) throws -> String {
        let folder = directory + "/made"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        let text = "甲方：测试单位\n合同总价：人民币壹万元整（¥10,000.00）\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/hang-hook.txt"))
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/crash-hook.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop-a.pdf", withDestinationPath: "loop-b.pdf")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop-b.pdf", withDestinationPath: "loop-a.pdf")
        try FileManager.default.createSymbolicLink(atPath: folder + "/sub/up", withDestinationPath: "..")
        return folder
    }

    static let hookEnvironment = ["HETONG_TEST_HANG_ON": "hang-hook", "HETONG_TEST_CRASH_ON": "crash-hook"]

    /// Copies `files` into `directory` `copies` times (`copy-N/<name>`), for batches of a useful size.
    static func copies(of files: [String], into directory: String, copies: Int) throws -> [String] {
        var result: [String] = []
        for copy in 0..<copies {
            let folder = directory + "/copy-\(copy)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (index, file) in files.enumerated() {
                let target = folder + "/\(index)-" + (file as NSString).lastPathComponent
                try FileManager.default.copyItem(atPath: file, toPath: target)
                result.append(target)
            }
        }
        return result
    }
}
