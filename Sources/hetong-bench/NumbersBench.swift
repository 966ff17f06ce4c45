// ChineseNumbers benchmark: (a) mention scanning in MB/s of UTF-8 text on one core, beside a
// simple NSRegularExpression baseline over the same text in the same run; (b) 大写 amount
// strings valued per second on one core.
// Usage: hetong-bench numbers SEED.txt...            (benchmark, raw and normalized text)
//        hetong-bench numbers --mentions SEED.txt... (prints every mention of the normalized text)
import ChineseNumbers
import ContractModel
import Foundation
import TextNormalization

enum NumbersBench {
    static func run(_ args: [String]) throws {
        guard !args.isEmpty else { throw HetongError(.notFound, "usage: hetong-bench numbers FILE.txt...") }
        if args.first == "--mentions" { return try printMentions(Array(args.dropFirst())) }
        let texts = try args.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let documents = texts.map { DocumentText(printed: $0) }
        let normalized = texts.map { Normalizer.normalize(pages: $0.components(separatedBy: "\u{0C}")).text }
        let normalizedBytes = normalized.reduce(0) { $0 + $1.string.utf8.count }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }

        // (a) Scanning.
        var mentions = 0
        let scanSeconds = cpuSeconds({
            for _ in 0..<repetitions(bytes) { for d in documents { mentions &+= count(MentionScanner.scan(d)) } }
        })
        let scanMBps = Double(bytes * repetitions(bytes)) / scanSeconds / 1e6
        var normalizedMentions = 0
        let normalizedSeconds = cpuSeconds({
            for _ in 0..<repetitions(normalizedBytes) { for d in normalized { normalizedMentions &+= count(MentionScanner.scan(d)) } }
        })
        let normalizedMBps = Double(normalizedBytes * repetitions(normalizedBytes)) / normalizedSeconds / 1e6
        let regex = try NSRegularExpression(pattern:
            "[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+\\s*[元角分][整正]?|[¥￥]?\\d[\\d,]*(?:\\.\\d+)?\\s*[万亿]?元|\\d+(?:\\.\\d+)?\\s*[%‰]"
            + "|\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?|\\d+\\s*(?:个月|个工作日|工作日|日|天|小时|年)")
        var matches = 0
        let regexReps = max(1, repetitions(bytes) / 4)
        let regexSeconds = cpuSeconds({
            for _ in 0..<regexReps {
                for t in texts { matches &+= regex.numberOfMatches(in: t, range: NSRange(location: 0, length: (t as NSString).length)) }
            }
        })
        let regexMBps = Double(bytes * regexReps) / regexSeconds / 1e6
        print("numbers: scan \(fmt(scanMBps)) MB/s per core (\(bytes) bytes × \(repetitions(bytes)), \(mentions / repetitions(bytes)) mentions per pass)")
        print("numbers: scan of normalized text \(fmt(normalizedMBps)) MB/s per core (\(normalizedBytes) bytes, \(normalizedMentions / repetitions(normalizedBytes)) mentions per pass)")
        print("numbers: regex baseline \(fmt(regexMBps)) MB/s per core (NSRegularExpression, \(matches / regexReps) matches per pass; ratio \(fmt(scanMBps / regexMBps))×)")

        // (b) 大写 valuations: the seeds' amounts plus forms with 零, 角/分, 亿.
        var amounts = documents.flatMap { MentionScanner.scan($0).amounts.compactMap { $0.uppercase?.text } }
        amounts += ["壹万零伍拾元", "壹亿零贰佰万元整", "壹拾万零叁仟元", "壹仟陆佰捌拾元零叁角贰分", "贰角壹分",
                    "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", "肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分"]
        let iterations = 2_000_000
        var checksum: Int64 = 0
        let parseSeconds = cpuSeconds({
            for k in 0..<iterations {
                if case .success(let m) = UppercaseMoney.parse(amounts[k % amounts.count]) { checksum &+= m.fen }
            }
        })
        let perSecond = Double(iterations) / parseSeconds
        print("numbers: 大写 valuations \(fmt(perSecond / 1e6)) million/s per core (\(fmt(parseSeconds / Double(iterations) * 1e9)) ns each, \(amounts.count) distinct strings, checksum \(checksum))")
        print("numbers: targets scan ≥ 50 MB/s: \(scanMBps >= 50 ? "met" : "NOT met"); valuations ≥ 1,000,000/s: \(perSecond >= 1e6 ? "met" : "NOT met")")
    }

    static func printMentions(_ paths: [String]) throws {
        for path in paths {
            let raw = try String(contentsOfFile: path, encoding: .utf8)
            let text = Normalizer.normalize(pages: raw.components(separatedBy: "\u{0C}")).text
            let m = MentionScanner.scan(text)
            print("== \(path)")
            for a in m.amounts {
                print("money \(a.value) [\(a.uppercase?.text ?? "-") | \(a.figures?.text ?? "-")]\(a.readingsDisagree ? " DISAGREE" : "")")
            }
            for p in m.percentages { print("percent \(p.value) \(p.comparison.rawValue) 「\(p.text)」 …\(text.text(max(0, p.span.start - 12), p.span.end))") }
            for d in m.dates { print("date \(d.value) 「\(d.text)」") }
            for r in m.dateRanges { print("range \(r.start.value)/\(r.end.value) 「\(r.text)」") }
            for d in m.durations { print("duration \(d.value) \(d.unit.rawValue) 「\(d.text)」") }
            for i in m.invalid { print("invalid \(i.kind.rawValue) \(i.reason) 「\(i.text)」") }
        }
    }

    static func repetitions(_ bytes: Int) -> Int { max(1, 50_000_000 / max(bytes, 1)) }

    static func count(_ m: Mentions) -> Int {
        m.amounts.count + m.percentages.count + m.dates.count + m.durations.count + m.dateRanges.count + m.invalid.count
    }

    /// CPU time of this thread while running `body`: on a shared machine this, not wall time, is
    /// the cost "per core".
    static func cpuSeconds(_ body: () -> Void) -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}
