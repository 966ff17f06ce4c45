#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel
import Foundation

/// `hetong batch … --jsonl -`: the batch for engines (Spark's `mapPartitions`, a shell pipe). Requests
/// come from the INPUTs and, for `-`, from standard input as it arrives (`StreamInput`); each record
/// leaves on the sink (`JSONLStreamSink`: one line, written at once) as soon as its document is done,
/// in completion order. Workers, `--timeout`, `--max-document-seconds`, heartbeats and worker
/// replacement are those of `BatchRunner` (the same `Driver`); there is no journal, no `--out`, no
/// resume: the engine keeps the state. Ends when the input has ended and every document is written.
public final class StreamRunner: @unchecked Sendable {
    private let options: BatchOptions
    private let format: StreamFormat

    public init(options: BatchOptions, format: StreamFormat) {
        self.options = options
        self.format = format
    }

    /// Reads requests from `input` (for the INPUT `-`), writes records to `sink`.
    public func run(input: Int32 = 0, sink: any RecordSink) throws -> BatchSummary {
        let started = Clock.now
        let spool = try Self.makeSpoolDirectory()
        defer { rmdir(spool) }
        let requests = HandOver<StreamRequest>(capacity: options.jobs)
        let state = Locked(State(sink: sink))  // the sink is used under this lock only
        let worker = WorkerLoop.Configuration(textDirectory: nil, memoryLimitMiB: options.memoryLimitMiB,
                                              options: options.workerProcessing)
        let command = options.workerCommand + worker.commandLine
        let group = DispatchGroup()
        for _ in 0..<options.jobs {
            group.enter()
            Thread.detachNewThread { [options] in
                defer { group.leave() }
                // A worker's stderr is the stream's stderr (an engine keeps it in its task log).
                let driver = Driver(command: command, logPath: "/dev/stderr", options: options)
                while let request = requests.take() {
                    if state.withLock({ $0.failure != nil }) {  // the output is gone: drain without working
                        if request.spooled { unlink(request.path) }
                        continue
                    }
                    let (line, seconds) = request.failure == nil ? driver.process(path: request.path) : ([], 0)
                    if request.spooled { unlink(request.path) }
                    state.withLock { state in
                        guard state.failure == nil else { return }
                        do {
                            let header = try Self.write(request, line: line, to: state.sink)
                            state.summary.add(path: request.name, header: header, seconds: request.failure == nil ? seconds : nil)
                            state.documents += 1
                        } catch {
                            state.failure = error
                        }
                    }
                }
                driver.shutDown()
            }
        }

        let reader = StreamInput(fd: input, format: format, spoolDirectory: spool)
        var discovery = InputDiscovery.Result(documents: [], skipped: [])
        for argument in options.inputs {
            if argument == "-" {
                while state.withLock({ $0.failure == nil }), let batch = reader.next() {
                    for request in batch { requests.put(request) }
                }
            } else {
                let found = InputDiscovery().discover([argument])
                discovery.skipped += found.skipped
                for path in found.documents { requests.put(StreamRequest(name: path, path: path, spooled: false)) }
            }
        }
        requests.close()
        group.wait()
        let (summary, documents, failure) = state.withLock { ($0.summary, $0.documents, $0.failure) }
        if let failure { throw failure }
        try sink.finish()
        return summary.build(documents: documents, seconds: Clock.now - started, jobs: options.jobs,
                             skipped: discovery.skipped.map { "\($0.path): \($0.reason)" }, outputs: [sink.name])
    }

    private struct State {
        var sink: any RecordSink
        var summary = SummaryBuilder()
        var documents = 0
        var failure: (any Error)?
    }

    /// The record of one request, named as the request names it, through the sink: the worker's bytes
    /// as `BatchRunner` passes them to `contracts.jsonl` (read once with `RecordJSONReader`), written
    /// again only when the record is renamed (framed input, a failure made here).
    private static func write(_ request: StreamRequest, line: [UInt8], to sink: any RecordSink) throws -> WorkerProtocol.Header {
        var record: ContractRecord
        var json: [UInt8] = []
        if let failure = request.failure {
            record = DocumentProcessor.failure(path: request.name, sha256: "", failure)
        } else if let header = line.withUnsafeBytes({ WorkerProtocol.header(of: UnsafeRawBufferPointer(rebasing: $0.dropLast())) }),
                  case let bytes = Array(line[header.length..<(line.count - 1)]), let decoded = try? RecordJSONReader.record(bytes) {
            record = decoded
            json = bytes
        } else {
            record = DocumentProcessor.failure(path: request.name, sha256: (try? FileIO.sha256(ofFile: request.path)) ?? "",
                                               HetongError(.internalError, "the worker's answer was malformed"))
        }
        if record.document.path != request.name {
            record.document.path = request.name
            json = []
        }
        if request.spooled, var error = record.error {  // a message names the file it read: the frame's name, not the spool
            error.message = error.message.replacingOccurrences(of: request.path, with: request.name)
            record.error = error
            json = []
        }
        if json.isEmpty { json = RecordJSONWriter.encode(record) }
        try sink.write(record, json: json, text: nil)
        let worst = record.findings.map(\.severity).max()
        return WorkerProtocol.Header(outcome: record.error?.code ?? record.status.rawValue, sha256: record.document.sha256,
                                     worstSeverity: worst, length: 0)
    }

    private static func makeSpoolDirectory() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/hetong-stream-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw HetongError(.unreadable, "cannot create a spool directory in \(base): \(String(cString: strerror(errno)))")
        }
        return String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A bounded hand-over from one producer to several consumers: `put` waits while it is full (so a
/// fast input does not pile up spooled documents), `take` waits for an element or the close.
final class HandOver<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func put(_ element: Element) {
        condition.lock()
        while items.count >= capacity { condition.wait() }
        items.append(element)
        condition.broadcast()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }
}
