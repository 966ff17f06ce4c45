import ArgumentParser

struct Hetong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hetong",
        abstract: "Chinese contracts (PDF, DOCX, TXT) → structured, validated JSON.",
        discussion: """
        Offsets in every span (page, start, end) are Unicode scalar offsets into the text that \
        `hetong extract FILE` prints (pages joined by a form feed), pages 1-based.

        \(ExitStatus.helpText)
        """,
        subcommands: [ExtractCommand.self, ParseCommand.self, SchemaCommand.self, BatchCommand.self, ListCommand.self, JournalCommand.self, LoadCommand.self,
                      WorkerCommand.self])
}
