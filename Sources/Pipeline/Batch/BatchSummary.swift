import ContractModel
import Foundation

/// What a batch did: counts, failures by code, findings, the slowest documents, throughput.
/// Printed on stderr and written to `summary.json` (which holds timings, so it is kept apart from
/// the deterministic `contracts.jsonl`).
public struct BatchSummary: Sendable, Codable {
    public struct Timing: Sendable, Codable {
        public var path: String
        public var seconds: Double
        public var outcome: String
    }

    public var documents: Int
    public var ok: Int
    public var failed: Int
    /// Documents taken from an earlier run's journal (`--resume`).
    public var resumed: Int
    public var failuresByCode: [String: Int]
    /// Documents whose worst finding has this severity.
    public var documentsByWorstFinding: [String: Int]
    public var slowest: [Timing]
    public var skippedInputs: [String]
    public var seconds: Double
    public var documentsPerSecond: Double
    public var jobs: Int
    public var outputs: [String]
    /// CPU seconds (user + system) of the batch process itself (discovery, journal, sinks) and of
    /// its finished workers (extraction, parsing, checks): where the time goes.
    public var batchCPUSeconds: Double
    public var workerCPUSeconds: Double

    /// True when some document has a finding at least as severe as `severity`.
    public func hasFinding(atLeast severity: Finding.Severity) -> Bool {
        documentsByWorstFinding.contains { Finding.Severity(rawValue: $0.key).map { $0 >= severity } ?? false && $0.value > 0 }
    }

    public var text: String {
        var lines: [String] = []
        let rate = documentsPerSecond >= 10 ? String(Int(documentsPerSecond.rounded())) : String(format: "%.1f", documentsPerSecond)
        lines.append("hetong batch: \(documents) documents, \(ok) ok, \(failed) failed"
                     + (resumed > 0 ? ", \(resumed) resumed" : "")
                     + String(format: " in %.1f s (%@ documents/s, %d jobs)", seconds, rate, jobs))
        if !failuresByCode.isEmpty {
            lines.append("  failures: " + failuresByCode.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        let findings = ["error", "warning", "info"].compactMap { key in documentsByWorstFinding[key].map { "\($0) with \(key)s" } }
        if !findings.isEmpty { lines.append("  findings: " + findings.joined(separator: ", ")) }
        if !slowest.isEmpty {
            lines.append("  slowest: " + slowest.prefix(5).map { String(format: "%@ %.2f s", $0.path, $0.seconds) }.joined(separator: ", "))
        }
        lines.append(String(format: "  cpu: batch process %.1f s, workers %.1f s", batchCPUSeconds, workerCPUSeconds))
        for skipped in skippedInputs { lines.append("  skipped: \(skipped)") }
        lines.append("  wrote: " + outputs.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
