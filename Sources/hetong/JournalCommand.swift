import ArgumentParser
import Foundation
import Pipeline

/// `hetong journal OUT`: what a running, interrupted or killed batch into OUT has finished.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Print the records a batch into OUT has finished so far, as JSONL (works while it runs or after it was killed).",
        discussion: """
        A batch journals every finished document durably in OUT/.hetong/journal; contracts.jsonl is \
        only written when the batch ends. This prints one line per document finished so far (the \
        latest result of each path), in the order and with the bytes of contracts.jsonl; a count goes \
        to stderr. `hetong batch … --resume` continues the batch.

        \(ExitStatus.helpText)
        """)

    @Argument(help: "The --out directory of a batch.")
    var out: String

    func run() throws {
        let export = try JournalExport.export(outputDirectory: out)
        var data = Data()
        for line in export.lines {
            data.append(contentsOf: line)
            data.append(0x0A)
        }
        Output.write(data)
        FileHandle.standardError.write(Data("hetong journal: \(export.lines.count) documents finished, \(export.failed) failed\n".utf8))
    }
}
