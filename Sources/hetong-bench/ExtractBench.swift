import ContractModel
import Extraction
import Foundation
import TextNormalization

/// Extraction + normalization in one process over the given files, several rounds: pages/s, and peak
/// RSS after the first round and after the last (it must not grow with the number of files).
/// Usage: hetong-bench extract ROUNDS FILE...
enum ExtractBench {
    static func run(_ args: [String]) throws {
        guard args.count >= 2, let rounds = Int(args[0]) else { throw HetongError(.internalError, "usage: extract ROUNDS FILE...") }
        let files = Array(args.dropFirst())
        var pages = 0, characters = 0
        var firstRoundPeak = 0
        let start = Date()
        for round in 0..<rounds {
            for file in files {
                let document = try DocumentExtractor.extract(path: file)
                let normalized = Normalizer.normalize(document)
                pages += document.pages.count
                characters += normalized.text.count
            }
            if round == 0 { firstRoundPeak = peakRSSKiB() }
        }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "extract+normalize in-process: %d files x %d rounds, %d pages in %.3f s = %.1f pages/s (%d chars)",
                     files.count, rounds, pages, seconds, Double(pages) / seconds, characters))
        print("peak RSS after round 1: \(firstRoundPeak / 1024) MiB, after round \(rounds) (\(files.count * rounds) files): \(peakRSSKiB() / 1024) MiB")
    }

    /// VmHWM of this process, KiB.
    static func peakRSSKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
