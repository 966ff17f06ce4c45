/// Everything `hetong batch` was asked to do.
public struct BatchOptions: Sendable {
    public var inputs: [String]
    /// `--out`: contracts.jsonl, the other sinks' files, summary.json and the `.hetong/` state.
    public var outputDirectory: String
    /// Parallel workers (`--jobs`, default = cores).
    public var jobs: Int
    /// Skip documents whose content hash is already in the journal.
    public var resume: Bool
    /// Seconds a worker may spend on one document before it is killed (`timeout` record).
    public var timeout: Double
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
                resume: Bool = false, timeout: Double = 60, memoryLimitMiB: Int = 2048,
                processing: ProcessingOptions = .init(), workerCommand: [String], documentsPerWorker: Int = 250,
                progress: ProgressStyle = .automatic, durableJournal: Bool = true) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.resume = resume
        self.timeout = timeout
        self.memoryLimitMiB = memoryLimitMiB
        self.processing = processing
        self.workerCommand = workerCommand
        self.documentsPerWorker = max(1, documentsPerWorker)
        self.progress = progress
        self.durableJournal = durableJournal
    }

    public static var defaultJobs: Int { ProcessInfoCores.count }
}

public enum ProgressStyle: Sendable {
    /// A bar on a terminal; periodic plain lines in a pipe or with `CI=true`.
    case automatic, bar, lines, none
}
