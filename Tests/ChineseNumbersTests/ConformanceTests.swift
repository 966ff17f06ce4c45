import Testing
import Foundation
import ContractModel
import ChineseNumbers

/// The numeral test cases other projects publish for their own code (cn2an, nzh, JioNLP, Duckling,
/// Microsoft Recognizers-Text, hutool, magiclen/chinese-number, chinese-numbers-converter.js), as facts in
/// Conformance/cases.tsv: where each came from, the
/// peer's expected value, and how hetong must treat it: `accept` (exactly these values), `reject`
/// (no value; the reason code named, or `-` when the text is no numeral to hetong) or `out` of scope
/// for contracts (the note says why). See Conformance/README.md.
///
/// Whatever the class, a value hetong gives must be one the case states: a value that differs from
/// the stated one is a *silent wrong value*, and there must be none.
@Suite struct ConformanceTests {
    struct Case: CustomStringConvertible {
        var line: Int
        var source: String
        var mode: String
        var input: String
        var peer: String
        var verdict: String
        var expect: String
        var note: String
        var description: String { "cases.tsv:\(line) \(input) [\(mode)] \(verdict) \(expect)" }

        /// The values the case states as true: `expect` when accepted, else the peer's CNY numbers.
        var trueValues: Set<FixedDecimal> {
            if verdict == "accept" { return Set(expect.split(separator: "|").compactMap { FixedDecimal(String($0)) }) }
            // The peer's results are separated by `; `; one result is `value[|upper] [currency] [tag]`.
            // A result in another currency (`1.95 HKD`) states no CNY amount; JioNLP's `元` and
            // Duckling's generic dollar and cent (`7 dollar`) are yuan here.
            var values: Set<FixedDecimal> = []
            for result in peer.components(separatedBy: "; ") {
                let words = result.split(separator: " ")
                guard let first = words.first else { continue }
                if words.count > 1 && !["元", "dollar", "cent", "CNY"].contains(String(words[1])) { continue }
                values.formUnion(first.split(separator: "|").compactMap { FixedDecimal(String($0)) })
            }
            return values
        }
    }

    struct Outcome {
        var values: [FixedDecimal]
        var reasons: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

    static func cases() throws -> [Case] {
        let text = try String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8)
        var out: [Case] = []
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f.count < 7 { Issue.record("cases.tsv:\(k + 1): \(f.count) fields"); continue }
            out.append(Case(line: k + 1, source: f[0], mode: f[1], input: f[2], peer: f[3], verdict: f[4], expect: f[5],
                            note: f.count > 6 ? f[6] : ""))
        }
        return out
    }

    static func run(_ c: Case) -> Outcome {
        let text = c.mode == "money+元" ? c.input + "元" : c.input
        let m = MentionScanner.scan(text)
        switch c.mode {
        case "percent":
            return Outcome(values: m.percentages.map(\.value), reasons: m.invalid.map(\.reason))
        default:
            return Outcome(values: m.amounts.map { FixedDecimal(units: $0.value.fen, scale: 2) },
                           reasons: m.invalid.map(\.reason))
        }
    }

    /// Trailing zeros removed: `1.50` → `1.5`, `3.00` → `3`.
    static func plain(_ d: FixedDecimal) -> String {
        var s = d.description
        if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
        return s
    }

    @Test func peersPublishedCases() throws {
        let cases = try Self.cases()
        var right = 0, rejected = 0, rejectedWithReason = 0, outOfScope = 0
        var silentWrong: [String] = []
        var dump = ""
        for c in cases {
            let o = Self.run(c)
            dump += "\(c.line)\t\(c.input)\t\(c.mode)\t\(o.values.map(Self.plain).joined(separator: "|"))\t\(o.reasons.joined(separator: ","))\n"
            let truth = c.trueValues
            for v in o.values where !truth.contains(v) { silentWrong.append("\(c): gave \(Self.plain(v))") }
            switch c.verdict {
            case "accept":
                let expected = c.expect.split(separator: "|").compactMap { FixedDecimal(String($0)) }
                #expect(o.values == expected, "\(c): gave \(o.values.map(Self.plain)) \(o.reasons)")
                if o.values == expected { right += 1 }
            case "reject":
                #expect(o.values.isEmpty, "\(c): gave \(o.values.map(Self.plain))")
                if c.expect != "-" {
                    #expect(o.reasons.contains(c.expect), "\(c): reasons \(o.reasons)")
                    rejectedWithReason += 1
                }
                rejected += 1
            case "out":
                #expect(!c.note.isEmpty, "\(c): out of scope without a reason")
                outOfScope += 1
            default:
                Issue.record("\(c): unknown verdict")
            }
        }
        #expect(silentWrong.isEmpty, "silent wrong values:\n\(silentWrong.joined(separator: "\n"))")
        let inScope = cases.count - outOfScope
        let summary = "conformance: \(cases.count) cases, \(inScope) in scope: \(right) accepted right, \(rejected) rejected "
            + "(\(rejectedWithReason) with a reason code), \(outOfScope) out of scope, \(silentWrong.count) silent wrong"
        print(summary)
        if let path = ProcessInfo.processInfo.environment["CONFORMANCE_DUMP"] {
            try (summary + "\n" + dump).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
