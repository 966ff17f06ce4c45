#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ContractModel
import Foundation

/// One worker child process, driven by one batch thread: send a path, wait (bounded by the
/// timeout) for its response line. A worker that dies is reported as `crashed`, one that does not
/// answer in time is killed (SIGKILL) and reported as `timeout`; either way it is gone and the
/// driver starts a fresh one for the next document.
final class WorkerProcess {
    enum Outcome {
        case response([UInt8])
        case crashed(String)
        /// Silent for `timeout` seconds: hung.
        case timedOut
        /// Still sending heartbeats when the document's whole budget ran out.
        case overBudget
    }

    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var alive = true
    private var inputOpen = true

    /// Starts `command[0]` with `command[1...]`, stderr appended to `logPath`.
    init(command: [String], logPath: String) throws {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        // Every descriptor close-on-exec from birth: a worker started by another thread must not
        // inherit this worker's pipe ends (it would hide this worker's death from `read`).
        // The dup2 of the spawn actions clears the flag on the child's 0, 1 and 2 only.
        guard makePipe(&toChild) == 0, makePipe(&fromChild) == 0 else {
            throw HetongError(.internalError, "cannot create pipes: \(String(cString: strerror(errno)))")
        }
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        defer {
            close(toChild[0])
            close(fromChild[1])
            if log >= 0 { close(log) }
        }

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        if log >= 0 { posix_spawn_file_actions_adddup2(&actions, log, 2) }

        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = Self.environment.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, command[0], &actions, nil, argv, environment)
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw HetongError(.internalError, "cannot start worker \(command[0]): \(String(cString: strerror(status)))")
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    deinit {
        shutDown()
    }

    /// The batch's environment, minus the Swift runtime's crash backtracer: a crashing worker
    /// should die at once (the batch reports it), not spend a second symbolicating.
    private static let environment: [String] = {
        var result: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            let variable = String(cString: pointer)
            if !variable.hasPrefix("SWIFT_BACKTRACE=") { result.append(variable) }
            entry += 1
        }
        return result + ["SWIFT_BACKTRACE=enable=no"]
    }()

    /// Sends one path and waits for its response line: at most `timeout` seconds after the request or
    /// the last heartbeat, and at most `budget` seconds in all (heartbeats do not extend that).
    func process(path: String, timeout: Double, budget: Double = .infinity) -> Outcome {
        let started = Clock.now
        do {
            try FileIO.writeAll(input, WorkerProtocol.request(path: path))
        } catch {
            return .crashed(reap())
        }
        let hardDeadline = started + budget
        var silentDeadline = started + timeout
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line == [UInt8(ascii: "+")] {  // heartbeat: the worker is advancing, not hung
                    silentDeadline = Clock.now + timeout
                    continue
                }
                return .response(line)
            }
            let now = Clock.now
            if now >= hardDeadline || now >= silentDeadline {
                kill(pid, SIGKILL)
                _ = reap()
                return now >= hardDeadline ? .overBudget : .timedOut
            }
            let remaining = min(hardDeadline, silentDeadline) - now
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining * 1000, 1000).rounded(.up)))
            if ready < 0 && errno != EINTR { return .crashed(reap()) }
            if ready <= 0 { continue }
            let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .crashed(reap())
            }
            if n == 0 { return .crashed(reap()) }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Closes the worker's stdin (it exits after its current document) and waits for it.
    func shutDown() {
        guard alive else { return }
        close(input)
        inputOpen = false
        _ = reap()
    }

    /// Waits for the child and describes how it ended.
    private func reap() -> String {
        guard alive else { return "the worker had already ended" }
        alive = false
        close(output)
        if inputOpen { close(input); inputOpen = false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        if signal != 0 && signal != 0x7f {
            return "the worker died of signal \(signal) (\(Self.signalName(signal)))"
        }
        return "the worker exited with status \((status >> 8) & 0xff) without answering"
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: return "SIGSEGV"
        case SIGABRT: return "SIGABRT"
        case SIGBUS: return "SIGBUS"
        case SIGILL: return "SIGILL"
        case SIGFPE: return "SIGFPE"
        case SIGKILL: return "SIGKILL"
        case SIGTRAP: return "SIGTRAP"
        default: return "signal \(signal)"
        }
    }
}

/// Creates a pipe whose ends are close-on-exec (`pipe2` is not imported into Swift), under the
/// lock that also covers `posix_spawn`, so no worker is started between `pipe` and `fcntl`.
private func makePipe(_ ends: inout [Int32]) -> Int32 {
    guard pipe(&ends) == 0 else { return -1 }
    _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    return 0
}

private let spawnLock = NSLock()

/// Monotonic seconds.
enum Clock {
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
