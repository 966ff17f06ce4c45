import Testing
import ContractModel
@testable import ChineseNumbers

/// SplitMix64: a seeded generator, so every run tests the same samples.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RoundTripTests {
    static func style(_ n: Int64) -> FinancialRenderer.Style {
        FinancialRenderer.Style(optionalZero: n % 2 == 0, bareLeadingTen: n % 3 == 0,
                                wholeAfterJiao: n % 7 == 0, traditional: n % 5 == 0)
    }

    /// Every whole yuan amount 0 … 1 000 000, rendered independently, parses back to itself.
    @Test func everyYuanAmountUpToOneMillion() async {
        let failures = await withTaskGroup(of: [String].self) { group in
            let chunks: Int64 = 4
            for c in 0..<chunks {
                group.addTask {
                    var bad: [String] = []
                    var n = c
                    while n <= 1_000_000 {
                        let text = FinancialRenderer.money(fen: n * 100, style: Self.style(n))
                        let parsed = UppercaseMoney.parse(text)
                        if parsed != .success(Money(fen: n * 100)) && bad.count < 10 { bad.append("\(n) \(text) → \(parsed)") }
                        n += chunks
                    }
                    return bad
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Random amounts below 10¹² yuan with 角 and 分, in every style.
    @Test func randomAmountsWithJiaoAndFen() {
        var rng = SeededGenerator(seed: 20_251_121)
        var failures: [String] = []
        for k in 0..<200_000 {
            let magnitude = Int64.random(in: 0...11, using: &rng)
            let yuan = Int64.random(in: 0..<(powersOfTen[Int(magnitude)] * 10), using: &rng)
            let cents = Int64.random(in: 0...99, using: &rng)
            let fen = yuan * 100 + cents
            let text = FinancialRenderer.money(fen: fen, style: Self.style(Int64(k)))
            let parsed = UppercaseMoney.parse(text)
            if parsed != .success(Money(fen: fen)) && failures.count < 10 { failures.append("\(fen) \(text) → \(parsed)") }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The renderer itself follows the written rules on textbook examples.
    @Test func rendererTextbookExamples() {
        let s = FinancialRenderer.Style()
        #expect(FinancialRenderer.money(fen: 168_032, style: s) == "壹仟陆佰捌拾元零叁角贰分")
        #expect(FinancialRenderer.money(fen: 1_640_902, style: s) == "壹万陆仟肆佰零玖元零贰分")
        #expect(FinancialRenderer.money(fen: 10_700_053, style: s) == "壹拾万零柒仟元零伍角叁分")
        #expect(FinancialRenderer.money(fen: 471_500_000, style: s) == "肆佰柒拾壹万伍仟元整")
        #expect(FinancialRenderer.money(fen: 10_200_000_000, style: s) == "壹亿零贰佰万元整")
        #expect(FinancialRenderer.money(fen: 10_002_000_000, style: s) == "壹亿零贰万元整")
        #expect(FinancialRenderer.money(fen: 21, style: s) == "贰角壹分")
        #expect(FinancialRenderer.money(fen: 0, style: s) == "零元整")
    }
}
