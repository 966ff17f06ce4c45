// hetong-bench normalize [--iterations N] [--pages P] FILE...: TextNormalization throughput in MB/s (UTF-8 input).
// Each file is normalized as it is (pages split at form feeds) and as a PDF would give it (wrapped at
// 48 ideographs, a running header and a page-number footer every 40 lines), N times each; then the long case:
// the files' text repeated to P pages (default 2,000) under a two-line header in parts (`采购合同⇥项目` /
// `编号⇥第 N 页 共 M 页`), N/10 times (at least once).
import ContractModel
import Foundation
import TextNormalization

enum NormalizeBench {
    static func run(_ args: [String]) throws {
        var iterations = 20
        var longPages = 2000
        var paths: [String] = []
        var rest = args[...]
        while let arg = rest.popFirst() {
            if arg == "--iterations", let n = rest.popFirst().flatMap(Int.init) { iterations = n }
            else if arg == "--pages", let n = rest.popFirst().flatMap(Int.init) { longPages = n }
            else { paths.append(arg) }
        }
        if paths.isEmpty {
            let seeds = "/work/shared/seeds"
            paths = ((try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []).filter { $0.hasSuffix(".txt") }
                .sorted().map { seeds + "/" + $0 }
        }
        guard !paths.isEmpty else { throw HetongError(.notFound, "normalize: no input files") }

        var inputs: [(name: String, pages: [String], bytes: Int, iterations: Int)] = []
        var allText = ""
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let name = (path as NSString).lastPathComponent
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
            inputs.append((name, pages, text.utf8.count, iterations))
            let wrapped = wrap(text)
            inputs.append((name + " (PDF-like)", wrapped, wrapped.reduce(0) { $0 + $1.utf8.count }, iterations))
            allText += text.replacingOccurrences(of: "\u{0C}", with: "\n") + "\n"
        }
        if longPages > 0 {
            let long = longDocument(allText, pages: longPages)
            inputs.append(("\(longPages) pages, header in parts", long, long.reduce(0) { $0 + $1.utf8.count }, max(1, iterations / 10)))
        }

        var totalBytes = 0
        var totalCPU = 0.0, totalWall = 0.0
        for input in inputs {
            let iterations = input.iterations
            _ = Normalizer.normalize(pages: input.pages)  // warm-up
            var checksum = 0
            let cpuStart = cpuSeconds()
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for _ in 0..<iterations { checksum &+= Normalizer.normalize(pages: input.pages).text.count }
            }
            let cpu = cpuSeconds() - cpuStart
            let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let mb = Double(input.bytes * iterations) / 1_000_000
            totalBytes += input.bytes * iterations
            totalCPU += cpu
            totalWall += wall
            print("\(input.name): \(format(mb / cpu)) MB/s CPU, \(format(mb / wall)) MB/s wall (\(input.bytes) bytes × \(iterations), checksum \(checksum))")
        }
        let mb = Double(totalBytes) / 1_000_000
        print("normalize: \(format(mb / totalCPU)) MB/s CPU time, \(format(mb / totalWall)) MB/s wall (\(format(mb)) MB)")
    }

    /// CPU time of this process: on a machine shared with builds, wall time measures the neighbours.
    private static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private static func format(_ x: Double) -> String { String(format: "%.1f", x) }

    /// `text` wrapped as `wrap` does, repeated until it fills `pages` pages of 40 lines, each under a two-line
    /// running header in parts.
    private static func longDocument(_ text: String, pages: Int) -> [String] {
        let lines = wrap(text).flatMap { $0.split(separator: "\n").dropFirst().dropLast() }.map(String.init)
        guard !lines.isEmpty else { return [] }
        return (0..<pages).map { p in
            let body = (0..<40).map { lines[(p * 40 + $0) % lines.count] }
            return (["采购合同\t某市信息系统运行维护项目", "合同编号：YW-2031-0042\t第 \(p + 1) 页 共 \(pages) 页"] + body).joined(separator: "\n")
        }
    }

    /// The text as a PDF extractor gives it: wrapped at 96 half-ideograph units, 40 lines a page, a title
    /// header and a `第 N 页 共 M 页` footer on each page.
    private static func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n") {
            if paragraph.contains("\t") { lines.append(String(paragraph)); continue }
            var line = ""
            var width = 0
            for ch in paragraph {
                let w = (ch.unicodeScalars.first?.value ?? 0) >= 0x1100 ? 2 : 1
                if width + w > 96 { lines.append(line); line = ""; width = 0 }
                line.append(ch)
                width += w
            }
            if !line.isEmpty { lines.append(line) }
        }
        let pageCount = (lines.count + 39) / 40
        return (0..<pageCount).map { p in
            (["采购合同"] + lines[(p * 40)..<min(lines.count, p * 40 + 40)] + ["第 \(p + 1) 页 共 \(pageCount) 页"]).joined(separator: "\n")
        }
    }
}
