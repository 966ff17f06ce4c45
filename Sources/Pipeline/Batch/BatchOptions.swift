/// Everything `hetong batch` was asked to do.
public struct BatchOptions: Sendable {
    public var inputs: [String]
    /// `--out`: contracts.jsonl, the other sinks' files, summary.json and the `.hetong/` state.
    public var outputDirectory: String
    /// Parallel workers (`--jobs`, default = cores).
    public var jobs: Int
    /// Skip documents whose content hash is already in the journal.
    public var resume: Bool
    /// Seconds a worker may go silent on one document (no result, no OCR heartbeat) before it is
    /// killed (`timeout` record): "hung".
    public var timeout: Double
    /// `--max-document-seconds`: the hard budget of one document, heartbeats or not (`timeout`
    /// record); default 10 × `timeout`. The worker itself stops a little earlier (`workerProcessing`),
    /// between pages, and answers with what it had; the batch kills it at the full budget otherwise.
    public var maxDocumentSeconds: Double
    /// `--retry-failed` (with `resume`): documents the journal has as `timeout` or `crashed` are run
    /// again; without it they are kept as failed like every other journaled result.
    public var retryFailed: Bool
    /// Address-space limit of each worker in MiB (0: none).
    public var memoryLimitMiB: Int
    public var processing: ProcessingOptions
    /// How to start a worker: the `hetong` executable and its hidden subcommand (`[exe, "worker"]`);
    /// the batch appends `WorkerLoop.Configuration.commandLine`.
    public var workerCommand: [String]
    /// A worker is replaced after this many documents (bounds slow leaks in the C libraries).
    public var documentsPerWorker: Int
    public var progress: ProgressStyle
    /// fsync each journal line (off only in benchmarks that measure its cost).
    public var durableJournal: Bool

    public init(inputs: [String], outputDirectory: String = "hetong-out", jobs: Int = BatchOptions.defaultJobs,
                resume: Bool = false, timeout: Double = 60, maxDocumentSeconds: Double? = nil, retryFailed: Bool = false,
                memoryLimitMiB: Int = 2048,
                processing: ProcessingOptions = .init(), workerCommand: [String], documentsPerWorker: Int = 250,
                progress: ProgressStyle = .automatic, durableJournal: Bool = true) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.resume = resume
        self.timeout = timeout
        self.maxDocumentSeconds = maxDocumentSeconds ?? 10 * timeout
        self.retryFailed = retryFailed
        self.memoryLimitMiB = memoryLimitMiB
        self.processing = processing
        self.workerCommand = workerCommand
        self.documentsPerWorker = max(1, documentsPerWorker)
        self.progress = progress
        self.durableJournal = durableJournal
    }

    public static var defaultJobs: Int { ProcessInfoCores.count }

    /// Outcomes `--retry-failed` runs again: the ones that say nothing about the document itself.
    public static let retriedOutcomes: Set<String> = ["timeout", "crashed"]

    /// What each worker is told: the processing options with its share of the document budget. The
    /// worker stops on its own (between pages) this much before the batch would kill it, so that its
    /// record (page count, pages read, warnings) usually arrives first: 10% of the budget, at least the
    /// time one page of OCR may take on a loaded machine (5 s) but never more than half the budget.
    var workerProcessing: ProcessingOptions {
        var processing = processing
        let margin = max(0.1 * maxDocumentSeconds, min(0.5 * maxDocumentSeconds, 5))
        processing.maxDocumentSeconds = maxDocumentSeconds - margin
        return processing
    }
}

public enum ProgressStyle: Sendable {
    /// A bar on a terminal; periodic plain lines in a pipe or with `CI=true`.
    case automatic, bar, lines, none
}
