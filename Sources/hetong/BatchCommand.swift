import ArgumentParser
import ContractModel
import Foundation
import Pipeline

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Process files and folders into contracts.jsonl and the other outputs in --out.",
        discussion: """
        INPUT is a file, a folder (walked recursively; documents recognised by content or by a \
        .pdf/.docx/.txt extension) or - for a list of paths on standard input, one per line.

        Every document is processed in an isolated worker process: a crash, a hang past --timeout or \
        a document still running after --max-document-seconds (OCR progress keeps a document from \
        counting as hung, never beyond that budget) becomes that document's error record ("crashed", \
        "timeout"), never the end of the batch. \
        contracts.jsonl holds exactly one record per input document, sorted by path, byte-identical \
        from one run to the next. Finished documents are journaled durably in OUT/.hetong/, so \
        --resume after an interruption skips documents already done (matched by content hash); \
        documents that ended as "timeout" or "crashed" are kept as failed unless --retry-failed is \
        given. `hetong journal OUT` prints the records of an interrupted batch. \
        Progress and the summary go to stderr; timings go to OUT/summary.json.

        \(BatchStream.helpText)

        \(ExitStatus.helpText)
        """)

    @Argument(help: "Files, folders, or - (paths on standard input).")
    var inputs: [String]

    @Option(help: "Output directory.")
    var out = "hetong-out"

    @Option(help: "Parallel workers (default: the number of cores).")
    var jobs = BatchOptions.defaultJobs

    @Flag(help: "Skip documents already done by an earlier run into the same --out (by content hash).")
    var resume = false

    @Flag(name: .customLong("retry-failed"),
          help: "With --resume: run documents that ended as timeout or crashed again (without it they are kept as failed).")
    var retryFailed = false

    @Option(help: "Seconds a document's worker may go without a result or OCR progress before it is killed as hung (timeout).")
    var timeout: Double = 60

    @OptionGroup var limits: LimitOptions

    @OptionGroup var vocabulary: VocabularyOption

    @Option(name: .customLong("fail-on"), help: "Exit 1 when some document has a finding of this severity or worse: error, warning, info.")
    var failOn: Finding.Severity?

    @Option(help: "OCR for pages without a text layer: auto, always, never.")
    var ocr: OCRMode = .auto

    @Option(name: .customLong("memory-limit"), help: "Address-space limit per worker, in MiB (0: none).")
    var memoryLimit = 2048

    @Option(help: "Progress on stderr: auto (bar on a terminal, plain lines otherwise or with CI=true), bar, lines, none.")
    var progress: ProgressChoice = .auto

    @Option(help: "- : stream each record to standard output as one JSON line when its document is done (no --out files; see STREAMING).")
    var jsonl: String?

    @Option(name: .customLong("stdin-format"), help: "What - reads with --jsonl -: paths (one per line) or framed (document bytes; see STREAMING).")
    var stdinFormat: StreamFormat = .paths

    @OptionGroup var postgres: PostgresOptions

    enum ProgressChoice: String, ExpressibleByArgument, CaseIterable { case auto, bar, lines, none }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        guard memoryLimit >= 0 else { throw ValidationError("--memory-limit must not be negative") }
        guard !retryFailed || resume else { throw ValidationError("--retry-failed only makes sense with --resume") }
        try BatchStream.validate(self)
        guard jsonl == nil || postgres.url == nil else { throw ValidationError("--postgres writes the records of a batch into --out, not of --jsonl -") }
    }

    func run() throws {
        let style: ProgressStyle = switch progress {
        case .auto: .automatic
        case .bar: .bar
        case .lines: .lines
        case .none: .none
        }
        let options = BatchOptions(
            inputs: inputs, outputDirectory: out, jobs: jobs, resume: resume, timeout: timeout,
            maxDocumentSeconds: limits.maxDocumentSeconds, retryFailed: retryFailed,
            memoryLimitMiB: memoryLimit, processing: limits.processing(ocr: ocr, defaultSeconds: 10 * timeout),
            workerCommand: [SelfExecutable.path, "worker"], progress: style)
        // A database that cannot be reached stops the batch before any document is processed (exit 3).
        let database: [any RecordSink] = jsonl == nil ? try postgres.sink().map { [$0] } ?? [] : []
        let summary = try jsonl == nil ? BatchRunner(options: options, additionalSinks: database).run()
                                       : BatchStream.run(options, format: stdinFormat)
        FileHandle.standardError.write(Data((summary.text + "\n").utf8))
        if summary.failed > 0 {
            throw ExitStatus.Failed(message: nil)
        }
        if let failOn, summary.hasFinding(atLeast: failOn) {
            throw ExitStatus.Failed(message: "hetong: --fail-on \(failOn.rawValue): some documents have such findings")
        }
    }
}
