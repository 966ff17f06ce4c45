import Foundation
import Testing
@testable import Pipeline

/// The deadline of a document restarts with every heartbeat: a worker that keeps advancing (a long
/// OCR) is waited for, one that goes silent is killed when its timeout runs out.
@Suite struct WorkerHeartbeatTests {
    /// A stand-in worker: reads one request, then runs `script` (bash) with stdout as its reply.
    static func worker(_ script: String) throws -> WorkerProcess {
        try WorkerProcess(command: ["/bin/bash", "-c", "read -r path; " + script], logPath: "/dev/null")
    }

    @Test func heartbeatsExtendTheDeadline() throws {
        // 2.4 s of work with a heartbeat every 0.3 s, under a 1 s timeout.
        let process = try Self.worker("for i in 1 2 3 4 5 6 7 8; do sleep 0.3; echo +; done; echo 'ok - - {}'")
        guard case .response(let line) = process.process(path: "/scan.pdf", timeout: 1) else {
            Issue.record("a worker sending heartbeats was not waited for")
            return
        }
        #expect(String(decoding: line, as: UTF8.self) == "ok - - {}")
    }

    @Test func silenceStillTimesOut() throws {
        let start = Date()
        let process = try Self.worker("echo +; sleep 30; echo 'ok - - {}'")
        guard case .timedOut = process.process(path: "/hang.pdf", timeout: 1) else {
            Issue.record("a silent worker was not timed out")
            return
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
