// hetong-bench: micro-benchmarks run by Scripts/bench (never by the test suite).
// Usage: hetong-bench NAME [ARGS...]; each benchmark lives in its own file as `enum XBench { static func run(_ args: [String]) throws }`.
import Foundation

let benchmarks: [String: ([String]) throws -> Void] = [
    "numbers": NumbersBench.run,      // ChineseNumbers: scan MB/s, 大写 values/s
    "parse": ParseBench.run,          // ClauseGrammar end to end: normalized text -> JSON MB/s
    "normalize": NormalizeBench.run,  // TextNormalization MB/s
    "extract": ExtractBench.run,      // Extraction + normalization pages/s, peak RSS over many files
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let bench = benchmarks[name] else {
    FileHandle.standardError.write(Data("usage: hetong-bench \(benchmarks.keys.sorted().joined(separator: "|")) [args]\n".utf8))
    exit(2)
}
do {
    try bench(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("hetong-bench \(name): \(error)\n".utf8))
    exit(1)
}
