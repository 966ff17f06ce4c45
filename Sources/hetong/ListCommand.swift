import ArgumentParser
import Foundation
import Pipeline

/// `hetong list INPUT...`: the documents `hetong batch INPUT...` would read, without reading them, so
/// that an engine (Scripts/spark-batch) spreads exactly the batch's documents over its tasks.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the documents `hetong batch INPUT...` would process, one path per line, in its order.",
        discussion: """
        Folders are walked as the batch walks them (documents recognised by content or by a \
        .pdf/.docx/.txt extension, hidden entries skipped); a file argument is always listed. \
        Inputs that are skipped (a directory reached again through a link) are named on stderr.
        """)

    @Argument(help: "Files, folders, or - (paths on standard input).")
    var inputs: [String]

    @Flag(name: .customLong("null"), help: "End each path with a NUL byte instead of a newline (paths may hold newlines).")
    var null = false

    func run() throws {
        let found = InputDiscovery().discover(inputs)
        var bytes: [UInt8] = []
        for path in found.documents {
            bytes += Array(path.utf8)
            bytes.append(null ? 0 : 0x0A)
        }
        Output.write(Data(bytes))
        for skipped in found.skipped {
            FileHandle.standardError.write(Data("hetong list: skipped \(skipped.path): \(skipped.reason)\n".utf8))
        }
    }
}
