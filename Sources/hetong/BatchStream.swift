import ArgumentParser
import ContractModel
import Foundation
import Pipeline

/// `hetong batch … --jsonl -`: the streaming mode for engines (Spark, a shell pipe), kept apart from
/// the file-producing batch of `BatchCommand`.
enum BatchStream {
    static let helpText = """
        STREAMING (--jsonl -): records go to standard output, one JSON line each (the bytes of its \
        contracts.jsonl line), written as soon as that document is done, in completion order; no --out \
        files, no journal. Workers, --timeout, --max-document-seconds and heartbeats are as above; the \
        summary goes to stderr; the run ends when standard input closes and every record is written. \
        With --stdin-format paths (default) - reads one path per line. With --stdin-format framed it \
        reads document bytes: per document a header line `LENGTH NAME` (LENGTH in bytes, decimal; \
        NAME is the record's document.path, with \\ as \\\\ and a newline as \\n), then exactly LENGTH \
        bytes, then the next header. A malformed header, or an input ending inside a document's bytes, \
        gives one `unreadable` record and ends the stream. Example: \
        `find archive -name '*.pdf' | hetong batch - --jsonl - --jobs 2 > records.jsonl`.
        """

    static func validate(_ command: BatchCommand) throws {
        guard let jsonl = command.jsonl else {
            guard command.stdinFormat == .paths else { throw ValidationError("--stdin-format framed needs --jsonl -") }
            return
        }
        guard jsonl == "-" else { throw ValidationError("--jsonl takes - (standard output)") }
        guard !command.resume else { throw ValidationError("--resume needs the journal of --out; --jsonl - keeps none") }
        if command.stdinFormat == .framed {
            guard command.inputs == ["-"] else { throw ValidationError("--stdin-format framed reads documents from -, and only from -") }
        }
    }

    static func run(_ options: BatchOptions, format: StreamFormat) throws -> BatchSummary {
        try StreamRunner(options: options, format: format).run(input: 0, sink: JSONLStreamSink(fd: 1))
    }
}

extension StreamFormat: ExpressibleByArgument {}
