// hetong-bench parse FILE...: clause grammar end to end on text, in MB/s of normalized text.
// Each file is normalized once (not timed); then, repeatedly for at least 2 s, every document goes
// normalized text → mention scan → contract fields → JSON record (RecordJSONWriter), timed per
// stage on one core in thread CPU time (on a machine shared with builds, wall time measures the
// neighbours). Foundation's JSONEncoder (HetongJSON) on the same records is timed apart.
import Foundation
import ContractModel
import TextNormalization
import ChineseNumbers
import ClauseGrammar

enum ParseBench {
    struct Usage: Error, CustomStringConvertible {
        var description: String { "usage: hetong-bench parse FILE.txt... (extracted or normalized text, pages split by form feeds)" }
    }

    static func run(_ args: [String]) throws {
        guard !args.isEmpty else { throw Usage() }
        let documents = try args.map { path -> DocumentText in
            let raw = try String(contentsOfFile: path, encoding: .utf8)
            let pages = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
            return Normalizer.normalize(pages: pages).text
        }
        let bytes = documents.reduce(0) { $0 + $1.string.utf8.count }
        let clock = CPUClock()
        var scan = Duration.zero, parse = Duration.zero, encode = Duration.zero
        var iterations = 0
        var jsonBytes = 0
        var records: [ContractRecord] = []
        let start = clock.now
        repeat {
            for text in documents {
                let t0 = clock.now
                let mentions = MentionScanner.scan(text)
                let t1 = clock.now
                let contract = ContractParser.parse(text, mentions: mentions)
                let t2 = clock.now
                let record = ContractRecord(document: .init(path: "bench", sha256: "", format: .txt, pages: text.pageCount,
                                                            characters: text.count),
                                            contract: contract, mentions: mentions)
                jsonBytes += RecordJSONWriter.encode(record).count
                if iterations == 0 { records.append(record) }
                let t3 = clock.now
                scan += t1 - t0
                parse += t2 - t1
                encode += t3 - t2
            }
            iterations += 1
        } while clock.now - start < .seconds(2)

        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let total = seconds(scan + parse + encode)
        let megabytes = Double(bytes * iterations) / 1_000_000
        func line(_ name: String, _ d: Duration) -> String {
            let s = seconds(d)
            return "  \(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", megabytes / s)) MB/s  \(String(format: "%5.1f", 100 * s / total))%"
        }
        print("parse (CPU time): \(documents.count) documents, \(bytes) bytes of normalized text, \(iterations) iterations")
        print("  end-to-end \(String(format: "%.1f", megabytes / total)) MB/s (scan + parse + JSON, one core), \(jsonBytes / max(1, iterations)) bytes of JSON per iteration")
        print(line("scan", scan))
        print(line("parse", parse))
        print(line("json", encode))

        let encoder = HetongJSON.encoder()
        var foundation = Duration.zero
        var rounds = 0
        repeat {
            let t0 = clock.now
            for record in records { _ = try encoder.encode(record) }
            foundation += clock.now - t0
            rounds += 1
        } while foundation < .seconds(1)
        print("  JSONEncoder (HetongJSON) on the same records: \(String(format: "%.1f", Double(bytes * rounds) / 1_000_000 / seconds(foundation))) MB/s of text")
    }
}

/// The CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID).
struct CPUClock {
    var now: Duration {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return .seconds(ts.tv_sec) + .nanoseconds(ts.tv_nsec)
    }
}
