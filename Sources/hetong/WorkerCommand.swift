import ArgumentParser
import ContractModel
import Pipeline

/// The isolated child of `hetong batch` (hidden): paths on stdin, one record line per path on stdout.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Batch worker (internal).", shouldDisplay: false)

    @Option(name: .customLong("text-dir")) var textDirectory: String?
    @Option(name: .customLong("memory-limit")) var memoryLimit = 0
    @Option var ocr: OCRMode = .auto
    @Option(name: .customLong("ocr-engine")) var ocrEngine: OCREngineChoice = .auto
    @Option(name: .customLong("max-pages")) var maxPages = ExtractionLimits.defaultMaxPages
    @Option(name: .customLong("max-document-seconds")) var maxDocumentSeconds: Double?

    func run() throws {
        // The batch's `--vocabulary`, handed down through the environment.
        do { try VocabularyFile.install(path: nil) } catch { throw ValidationError(error.description) }
        let status = WorkerLoop.run(.init(textDirectory: textDirectory, memoryLimitMiB: memoryLimit,
                                          options: ProcessingOptions(ocr: ocr, ocrJobs: 1, ocrEngine: ocrEngine, maxPages: maxPages,
                                                                             maxDocumentSeconds: maxDocumentSeconds)))
        if status != 0 { throw ExitStatus.Failed(message: nil) }
    }
}
