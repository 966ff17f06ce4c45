#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel
import Foundation

/// `hetong batch`: discovery → a bounded pool of isolated workers → journal → sinks, in input-path
/// order whatever the scheduling.
///
/// Each of `jobs` driver threads owns one worker process (`WorkerProcess`) and feeds it the next
/// pending document; every result is appended to the journal (durable) and the journal entry is
/// handed to the collator. One emitter thread releases entries in input order to the sinks
/// (`RecordSink`), reading each record back from the journal, so memory does not grow with the
/// number of documents.
public final class BatchRunner: @unchecked Sendable {
    private let options: BatchOptions
    private let stateDirectory: String
    private let textDirectory: String

    private let additionalSinks: [any RecordSink]

    /// `additionalSinks` receive every record after the standard ones (a database: `--postgres`).
    public init(options: BatchOptions, additionalSinks: [any RecordSink] = []) {
        self.options = options
        self.additionalSinks = additionalSinks
        self.stateDirectory = options.outputDirectory + "/.hetong"
        self.textDirectory = options.outputDirectory + "/.hetong/text"
    }

    public func run(standardInput: @escaping () -> String? = { readLine(strippingNewline: true) }) throws -> BatchSummary {
        let started = Clock.now
        let discovered = InputDiscovery().discover(options.inputs, standardInput: standardInput)
        let documents = discovered.documents
        try FileIO.makeDirectory(textDirectory)
        let journal = try Journal(path: stateDirectory + "/journal", reset: !options.resume, durable: options.durableJournal)
        let earlier = try journal.load()
        let sinks = try StandardSinks.make(outputDirectory: options.outputDirectory) + additionalSinks
        Self.removeStaleTemporaries(in: options.outputDirectory, sinks: sinks)

        let collator = Collator(count: documents.count)
        var pending: [Int] = []
        if options.resume && !earlier.isEmpty {
            var bySHA: [String: Journal.Entry] = [:]
            for entry in earlier where !entry.header.sha256.isEmpty { bySHA[entry.header.sha256] = entry }
            for (index, path) in documents.enumerated() {
                if let sha = try? FileIO.sha256(ofFile: path), let entry = bySHA[sha],
                   !(options.retryFailed && BatchOptions.retriedOutcomes.contains(entry.header.outcome)) {
                    collator.fill(index, entry: entry, seconds: nil)
                } else {
                    pending.append(index)
                }
            }
        } else {
            pending = Array(documents.indices)
        }

        let progress = ProgressReporter(total: documents.count, resumed: documents.count - pending.count, style: options.progress)
        let queue = Locked(pending[...])
        let failure = Locked<(any Error)?>(nil)
        let group = DispatchGroup()
        let worker = WorkerLoop.Configuration(textDirectory: textDirectory, memoryLimitMiB: options.memoryLimitMiB,
                                              options: options.workerProcessing)
        let command = options.workerCommand + worker.commandLine
        progress.start()
        for _ in 0..<min(options.jobs, max(1, pending.count)) where !pending.isEmpty {
            group.enter()
            Thread.detachNewThread { [options, stateDirectory] in
                defer { group.leave() }
                let driver = Driver(command: command, logPath: stateDirectory + "/worker.log", options: options)
                while failure.withLock({ $0 == nil }), let index = queue.withLock({ $0.popFirst() }) {
                    do {
                        let (line, seconds) = driver.process(path: documents[index])
                        let entry = try journal.append(line)
                        collator.fill(index, entry: entry, seconds: seconds)
                        progress.documentFinished(failed: entry.header.outcome != "ok")
                    } catch {
                        failure.withLock { $0 = $0 ?? error }
                        collator.abort()
                    }
                }
                driver.shutDown()
            }
        }

        // Emit in input order on this thread while the drivers work.
        var summary = SummaryBuilder()
        do {
            for index in documents.indices {
                guard let slot = collator.wait(index) else { break }
                if slot.seconds == nil { summary.resumed += 1 }
                summary.add(path: documents[index], header: slot.entry.header, seconds: slot.seconds)
                // The journal's bytes are the record (the worker's RecordJSONWriter output): read once,
                // written again only when an earlier run (--resume) journaled the file under another path.
                var json = try journal.recordJSON(slot.entry)
                var record = try RecordJSONReader.record(json)
                if record.document.path != documents[index] {
                    record.document.path = documents[index]
                    json = RecordJSONWriter.encode(record)
                }
                var text: DocumentText?
                if sinks.contains(where: \.wantsText), record.status == .ok {
                    text = (try? FileIO.readAll(textDirectory + "/" + record.document.sha256 + ".txt"))
                        .map { DocumentText(printed: String(decoding: $0, as: UTF8.self)) }
                }
                for sink in sinks { try sink.write(record, json: json, text: text) }
            }
        } catch {
            failure.withLock { $0 = $0 ?? error }
            collator.abort()
        }
        group.wait()
        progress.stop()
        if let error = failure.withLock({ $0 }) { throw error }
        for sink in sinks { try sink.finish() }

        let seconds = Clock.now - started
        let result = summary.build(documents: documents.count, seconds: seconds, jobs: options.jobs,
                                   skipped: discovered.skipped.map { "\($0.path): \($0.reason)" },
                                   outputs: sinks.map(\.name) + ["summary.json"])
        var json = try HetongJSON.encoder(pretty: true).encode(result)
        json.append(0x0A)
        try FileIO.writeAtomically(options.outputDirectory + "/summary.json", Array(json))
        return result
    }
}

extension BatchRunner {
    /// A killed run leaves its sinks' temporary files (`contracts.jsonl.tmp-<pid>`…) behind: remove
    /// those of other processes, never anything else.
    static func removeStaleTemporaries(in directory: String, sinks: [any RecordSink]) {
        let own = ".tmp-\(getpid())"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !name.contains(own) {
            if sinks.contains(where: { name.hasPrefix($0.name + ".tmp-") }) {
                unlink(directory + "/" + name)
            }
        }
    }
}

/// Holds each document's journal entry until the emitter takes it, in input order.
final class Collator: @unchecked Sendable {
    struct Slot { var entry: Journal.Entry; var seconds: Double? }
    private let condition = NSCondition()
    private var slots: [Slot?]
    private var aborted = false

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func fill(_ index: Int, entry: Journal.Entry, seconds: Double?) {
        condition.lock()
        slots[index] = Slot(entry: entry, seconds: seconds)
        condition.broadcast()
        condition.unlock()
    }

    func abort() {
        condition.lock()
        aborted = true
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until document `index` is done; nil when the batch was aborted.
    func wait(_ index: Int) -> Slot? {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil && !aborted { condition.wait() }
        let slot = slots[index]
        slots[index] = nil  // release memory early
        return aborted ? nil : slot
    }
}

/// One driver thread's worker: restarted after a crash or timeout and every `documentsPerWorker`.
final class Driver {
    private let command: [String]
    private let logPath: String
    private let options: BatchOptions
    private var worker: WorkerProcess?
    private var served = 0

    init(command: [String], logPath: String, options: BatchOptions) {
        self.command = command
        self.logPath = logPath
        self.options = options
    }

    /// The journal line of one document and the time it took.
    func process(path: String) -> ([UInt8], Double) {
        let started = Clock.now
        let line = outcomeLine(path: path)
        return (line, Clock.now - started)
    }

    private func outcomeLine(path: String) -> [UInt8] {
        let process: WorkerProcess
        do {
            process = try worker ?? WorkerProcess(command: command, logPath: logPath)
        } catch {
            return Self.failureLine(path: path, error)
        }
        worker = process
        switch process.process(path: path, timeout: options.timeout, budget: options.maxDocumentSeconds) {
        case .response(var line):
            served += 1
            if served >= options.documentsPerWorker { shutDown() }
            line.append(0x0A)
            return line
        case .crashed(let reason):
            worker = nil
            served = 0
            return Self.failureLine(path: path, HetongError(.crashed, "processing crashed: \(reason)"))
        case .timedOut:
            worker = nil
            served = 0
            return Self.failureLine(path: path, HetongError(
                .timeout, "no result and no progress for \(Self.seconds(options.timeout)) s (--timeout); processing was stopped"))
        case .overBudget:
            worker = nil
            served = 0
            return Self.failureLine(path: path, HetongError(
                .timeout, "still running after the document's time budget of \(Self.seconds(options.maxDocumentSeconds)) s "
                    + "(--max-document-seconds); processing was stopped"))
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    func shutDown() {
        worker?.shutDown()
        worker = nil
        served = 0
    }

    private static func failureLine(path: String, _ error: any Error) -> [UInt8] {
        let record = DocumentProcessor.failure(path: path, sha256: (try? FileIO.sha256(ofFile: path)) ?? "", error)
        return (try? WorkerProtocol.line(for: record)) ?? Array("internal_error - - {}\n".utf8)
    }
}

/// Accumulates the summary while records are emitted.
struct SummaryBuilder {
    var ok = 0
    var failed = 0
    var resumed = 0
    var failuresByCode: [String: Int] = [:]
    var worst: [String: Int] = [:]
    var timings: [BatchSummary.Timing] = []

    mutating func add(path: String, header: WorkerProtocol.Header, seconds: Double?) {
        if header.outcome == "ok" { ok += 1 } else {
            failed += 1
            failuresByCode[header.outcome, default: 0] += 1
        }
        if let severity = header.worstSeverity { worst[severity.rawValue, default: 0] += 1 }
        if let seconds {
            timings.append(.init(path: path, seconds: seconds, outcome: header.outcome))
            if timings.count > 64 {
                timings.sort { $0.seconds > $1.seconds }
                timings.removeLast(timings.count - 10)
            }
        }
    }

    func build(documents: Int, seconds: Double, jobs: Int, skipped: [String], outputs: [String]) -> BatchSummary {
        let processed = documents - resumed
        return BatchSummary(
            documents: documents, ok: ok, failed: failed, resumed: resumed, failuresByCode: failuresByCode,
            documentsByWorstFinding: worst, slowest: Array(timings.sorted { $0.seconds > $1.seconds }.prefix(10)),
            skippedInputs: skipped, seconds: seconds, documentsPerSecond: Double(processed) / max(seconds, 1e-6),
            jobs: jobs, outputs: outputs,
            batchCPUSeconds: Self.cpuSeconds(children: false), workerCPUSeconds: Self.cpuSeconds(children: true))
    }

    private static func cpuSeconds(children: Bool) -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
        #else
        getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
