#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Progress on stderr (stdout stays clean): a redrawn bar with documents/s and ETA on a terminal,
/// a plain line every few seconds in a pipe or when `CI=true`.
final class ProgressReporter: @unchecked Sendable {
    private struct State {
        var done = 0
        var failed = 0
        var processed = 0
        var running = true
    }

    private let total: Int
    private let style: ProgressStyle
    private let state = Locked(State())
    private let started = Clock.now
    private let finished = DispatchSemaphore(value: 0)

    init(total: Int, resumed: Int, style: ProgressStyle) {
        self.total = total
        state.withLock { $0.done = resumed }
        switch style {
        case .automatic:
            let ci = (getenv("CI").map { String(cString: $0) } ?? "").lowercased()
            self.style = isatty(2) == 1 && ci != "true" && ci != "1" ? .bar : .lines
        default:
            self.style = style
        }
    }

    func start() {
        guard style != .none, total > 0 else { return }
        let interval: Double = style == .bar ? 0.2 : 5
        Thread.detachNewThread { [self] in
            while true {
                if finished.wait(timeout: .now() + interval) == .success { break }
                draw(final: false)
            }
        }
    }

    func documentFinished(failed: Bool) {
        state.withLock {
            $0.done += 1
            $0.processed += 1
            if failed { $0.failed += 1 }
        }
    }

    func stop() {
        guard style != .none, total > 0 else { return }
        let wasRunning = state.withLock { s -> Bool in defer { s.running = false }; return s.running }
        guard wasRunning else { return }
        finished.signal()
        draw(final: true)
    }

    private func draw(final: Bool) {
        let (done, failed, processed) = state.withLock { ($0.done, $0.failed, $0.processed) }
        let elapsed = max(Clock.now - started, 1e-6)
        let rate = Double(processed) / elapsed
        let eta = processed > 0 ? Self.clock(Double(total - done) / rate) : "--:--"
        let numbers = String(format: "%d/%d documents, %d failed, %.1f docs/s, ETA %@", done, total, failed, rate, eta)
        switch style {
        case .bar:
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + bar + " " + numbers + (final ? "\n" : "")).utf8))
        case .lines:
            if !final { FileHandle.standardError.write(Data(("progress: " + numbers + "\n").utf8)) }
        default:
            break
        }
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
