import Testing
@testable import TextNormalization

/// Random documents built from the characters every stage reacts to: no crash, pages kept, offsets
/// never decreasing and in range, idempotent.
@Suite("Random input")
struct RandomInputTests {
    /// SplitMix64: a fixed seed gives the same documents on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = [
        "肆佰柒拾壹万伍", "仟元整", "第 3 页 共 12 页", "- 3 -", "采购合同", "\n", "\n", "\n\n", " ", "  ", "\t", "\r\n", "\r",
        "１２３", "，", "：", "；", "。", "（", "）", "￥", "%", "<p>", "</p>", "<br/>", "<ol style=\"x\">", "&amp;", "&#65297;",
        "**", "__", "____", "## ", "# ", "$\\geq 95\\%$", "\\%", "$", "\\", "\u{F0B7}", "\u{3000}", "\u{00A0}", "\u{200B}",
        "1.1 ", "一、", "(1)", "①", "附件", "TI-LINUXLIC-", "WAF", "2022 年", "Windows Server 2019", "4,715,", "000.00",
        String(repeating: "运维", count: 24), "乙方需根据甲方提供的漏洞整改通知", "3", "\u{0C}", "<", "&", "_", "*", "#",
    ]

    @Test("Random documents normalize without crashing, idempotently, with exact offsets")
    func randomDocuments() {
        var rng = Generator(state: 20_251_121)
        for _ in 0..<300 {
            let pageCount = Int.random(in: 1...4, using: &rng)
            let pages: [String] = (0..<pageCount).map { _ in
                (0..<Int.random(in: 0...60, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            }
            let doc = Normalizer.normalize(pages: pages)
            #expect(doc.text.pageCount == pages.count)
            var previous = -1
            for i in 0..<doc.text.count {
                let r = doc.rawOffset(forNormalized: i)
                #expect(r >= previous && r < doc.raw.count)
                previous = r
            }
            let again = Normalizer.normalize(pages: (1...doc.text.pageCount).map { doc.text.page($0) })
            #expect(again.text == doc.text, "not idempotent: \(pages)")
        }
    }
}
