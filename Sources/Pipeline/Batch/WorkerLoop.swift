#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel

/// The child side of batch isolation (`hetong worker`, hidden): reads document paths on stdin, one
/// per line, and answers each with one `WorkerProtocol` line on stdout. A crash or a hang here
/// costs the batch one document, never the run (see `WorkerProcess`).
///
/// Test hooks (environment, for the end-to-end tests only): a path containing the value of
/// `HETONG_TEST_HANG_ON` makes the worker sleep forever; one containing `HETONG_TEST_CRASH_ON`
/// makes it die of SIGSEGV; one containing `HETONG_TEST_HEARTBEAT_ON` makes it send heartbeats
/// forever without answering (a document that advances but never ends: only the budget stops it).
public enum WorkerLoop {
    public struct Configuration: Sendable {
        /// Where to store each extracted document's normalized text, as `<sha256>.txt`.
        public var textDirectory: String?
        /// Address-space limit of the worker in MiB (0: none).
        public var memoryLimitMiB: Int
        public var options: ProcessingOptions

        public init(textDirectory: String?, memoryLimitMiB: Int, options: ProcessingOptions) {
            self.textDirectory = textDirectory
            self.memoryLimitMiB = memoryLimitMiB
            self.options = options
        }

        /// The worker's command-line flags (after `hetong worker`, whose options mirror these).
        public var commandLine: [String] {
            (textDirectory.map { ["--text-dir", $0] } ?? []) + ["--memory-limit", String(memoryLimitMiB), "--ocr", options.ocr.rawValue,
                                                                "--ocr-engine", options.ocrEngine.rawValue,
                                                                "--max-pages", String(options.maxPages)]
                + (options.maxDocumentSeconds.map { ["--max-document-seconds", String($0)] } ?? [])
        }
    }

    public static func run(_ configuration: Configuration) -> Int32 {
        dieWithParent()
        if configuration.memoryLimitMiB > 0 {
            let bytes = rlim_t(configuration.memoryLimitMiB) * 1024 * 1024
            var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
            setrlimit(resourceLimitAS, &limit)
        }
        let environment = ProcessEnvironment()
        while let line = readLine(strippingNewline: true) {
            let path = WorkerProtocol.decodeRequest(line)
            environment.applyTestHooks(path: path) { try? FileIO.writeAll(1, WorkerProtocol.heartbeat) }
            let processed = DocumentProcessor.process(path: path, options: configuration.options) {
                // Heartbeat: the batch extends this document's deadline (see `WorkerProtocol.heartbeat`).
                try? FileIO.writeAll(1, WorkerProtocol.heartbeat)
            }
            if let directory = configuration.textDirectory, let text = processed.text, !processed.record.document.sha256.isEmpty {
                try? FileIO.writeAtomically(directory + "/" + processed.record.document.sha256 + ".txt", Array(text.string.utf8))
            }
            let response: [UInt8]
            do {
                response = try WorkerProtocol.line(for: processed.record)
            } catch {
                let failure = DocumentProcessor.failure(path: path, sha256: processed.record.document.sha256,
                                                        HetongError(.internalError, "cannot encode the record: \(error)"))
                guard let fallback = try? WorkerProtocol.line(for: failure) else { return 1 }
                response = fallback
            }
            do { try FileIO.writeAll(1, response) } catch { return 1 }
        }
        return 0
    }

    /// On Linux, the kernel kills the worker when the batch dies (even by SIGKILL).
    private static func dieWithParent() {
        #if os(Linux)
        // prctl is variadic in C and not imported: reach it through dlsym. PR_SET_PDEATHSIG = 1.
        typealias PrctlFunction = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
            _ = unsafeBitCast(symbol, to: PrctlFunction.self)(1, UInt(SIGKILL), 0, 0, 0)
        }
        #endif
        if getppid() == 1 { exit(0) }
    }

    #if os(Linux)
    private static let resourceLimitAS = __rlimit_resource_t(RLIMIT_AS.rawValue)
    #else
    private static let resourceLimitAS = RLIMIT_AS
    #endif
}

/// Reads the test-hook variables once.
struct ProcessEnvironment {
    let hangOn: String?
    let crashOn: String?
    let heartbeatOn: String?

    init() {
        hangOn = Self.value("HETONG_TEST_HANG_ON")
        crashOn = Self.value("HETONG_TEST_CRASH_ON")
        heartbeatOn = Self.value("HETONG_TEST_HEARTBEAT_ON")
    }

    private static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let text = String(cString: raw)
        return text.isEmpty ? nil : text
    }

    func applyTestHooks(path: String, heartbeat: () -> Void) {
        if let heartbeatOn, path.contains(heartbeatOn) {
            while true { heartbeat(); usleep(200_000) }
        }
        if let hangOn, path.contains(hangOn) {
            while true { sleep(3600) }
        }
        if let crashOn, path.contains(crashOn) {
            // A real invalid memory access, like a C library's bug would make.
            UnsafeMutablePointer<Int>(bitPattern: 0x10)!.pointee = 1
        }
    }
}
