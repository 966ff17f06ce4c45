import Foundation
import Testing
@testable import Pipeline

/// The silence deadline of a document restarts with every heartbeat: a worker that keeps advancing
/// (a long OCR) is waited for, one that goes silent is killed when its timeout runs out, and one
/// that advances forever is killed when the document's whole budget runs out.
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

    /// Regression: a 2,000-page file sent a heartbeat per page, so `--timeout` restarted 2,000 times.
    @Test func heartbeatsDoNotExtendTheBudget() throws {
        let process = try Self.worker("while true; do sleep 0.1; echo +; done")
        let start = Date()
        guard case .overBudget = process.process(path: "/endless.pdf", timeout: 1, budget: 2) else {
            Issue.record("a worker sending heartbeats forever was not stopped at its budget")
            return
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed >= 2 && elapsed < 3.5, "\(elapsed) s")
    }

    @Test func anAnswerWithinTheBudgetIsTaken() throws {
        let process = try Self.worker("sleep 0.2; echo +; echo 'ok - - {}'")
        guard case .response = process.process(path: "/quick.pdf", timeout: 5, budget: 5) else {
            Issue.record("a prompt answer was not taken")
            return
        }
    }
}
