import Testing
import ContractModel
@testable import ChineseNumbers

/// Random and mutated text: the scanner must never trap, never hang, and keep its invariants. The time limit
/// guards against a hang only; it leaves room for a test pool starved by suites waiting on external processes.
@Suite(.timeLimit(.minutes(10))) struct FuzzTests {
    static let alphabet: [Unicode.Scalar] = Array((
        "零〇一二三四五六七八九十百千两壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角分整正人民币大写小写"
        + "年月日号个工作小时天周钟分之点第自从至到起止以上下内不低于超过≥≤<>%％‰‱¥￥$\\geq"
        + "0123456789０１２３４５６７８９.,，。；：:;()（）【】-—~/×* \n\u{0C}\tabcXYZ").unicodeScalars)

    static func randomScalar(_ rng: inout SeededGenerator) -> Unicode.Scalar {
        if Int.random(in: 0..<8, using: &rng) == 0 {
            return Unicode.Scalar(UInt32.random(in: 0x20...0xD7FF, using: &rng)) ?? "?"
        }
        return alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
    }

    static func check(_ scalars: [Unicode.Scalar]) -> Bool {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let text = DocumentText(printed: String(view))
        let m = MentionScanner.scan(text)
        let spans = m.amounts.map(\.span) + m.percentages.map(\.span) + m.dates.map(\.span)
            + m.durations.map(\.span) + m.dateRanges.map(\.span) + m.invalid.map(\.span)
        for s in spans where s.start < 0 || s.end > text.count || s.start > s.end { return false }
        for a in m.amounts {
            if let u = a.uppercase, UppercaseMoney.parse(u.text) != .success(u.value) { return false }
            if a.value.fen < 0 { return false }
        }
        return true
    }

    @Test func randomScalars() {
        var rng = SeededGenerator(seed: 1)
        var bad = 0
        var samples: [String] = []
        for _ in 0..<60_000 {
            let length = Int.random(in: 0...40, using: &rng)
            let scalars = (0..<length).map { _ in Self.randomScalar(&rng) }
            if !Self.check(scalars) {
                bad += 1
                if samples.count < 5 { samples.append(String(String.UnicodeScalarView(scalars))) }
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars)
            _ = UppercaseMoney.parse(String(s))
            _ = ChineseNumeral.integer(String(s))
        }
        #expect(bad == 0, "\(samples)")
    }

    @Test func seedTextWithRandomEdits() throws {
        let seeds = try Seeds.names.map { Array(try Seeds.text($0).unicodeScalars) }
        var rng = SeededGenerator(seed: 2)
        var bad = 0
        var samples: [String] = []
        for _ in 0..<50_000 {
            let seed = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
            let length = Int.random(in: 1...200, using: &rng)
            let start = Int.random(in: 0..<(seed.count - length), using: &rng)
            var window = Array(seed[start..<(start + length)])
            for _ in 0..<Int.random(in: 1...5, using: &rng) {
                let at = Int.random(in: 0...window.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where at < window.count: window.remove(at: at)
                case 1: window.insert(Self.randomScalar(&rng), at: at)
                case 2 where at < window.count: window.insert(window[at], at: at)
                default: if at + 1 < window.count { window.swapAt(at, at + 1) }
                }
            }
            if !Self.check(window) {
                bad += 1
                if samples.count < 5 { samples.append(String(String.UnicodeScalarView(window))) }
            }
        }
        #expect(bad == 0, "\(samples)")
    }

    /// Hostile repetitions: long chains of range connectors and numerals neither trap nor recurse deeply.
    @Test func longRepetitions() {
        for unit in ["1-", "一至", "1万-", "壹-", "1点", "3万4", "¥1,", "1 "] {
            let text = String(repeating: unit, count: 20_000) + "元"
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = MentionScanner.scan(text) }
            #expect(elapsed < .seconds(5), "\(unit): \(elapsed)") // linear: milliseconds; quadratic: minutes
        }
    }
}
