import Testing

/// The similarity measure is test infrastructure: checked against a plain dynamic-programming LCS.
@Suite struct TextSimilarityTests {
    static func lcsByTable(_ a: [Character], _ b: [Character]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [0]
            for (j, y) in b.enumerated() {
                current.append(x == y ? previous[j] + 1 : max(previous[j + 1], current[j]))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func knownValues() {
        #expect(TextSimilarity.measure(Array("合同价款"), Array("合同价款")).ratio == 1)
        #expect(TextSimilarity.measure(Array("甲方"), Array("乙丙")).ratio == 0)
        #expect(TextSimilarity.measure([Character](), [Character]()).ratio == 1)
        let s = TextSimilarity.measure(Array("ABCABBA"), Array("CBABAC"))  // Myers' example: LCS 4
        #expect(s.lcs == 4)
        #expect(s.exact)
    }

    @Test func agreesWithDynamicProgramming() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("甲乙元整12")
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(TextSimilarity.measure(a, b).lcs == Self.lcsByTable(a, b), "\(String(a)) / \(String(b))")
        }
    }

    @Test func boundedSearchReportsAnUpperBound() {
        let a = Array(String(repeating: "甲乙", count: 200))
        let b = Array(String(repeating: "丙丁", count: 200))
        let bounded = TextSimilarity.measure(a, b, maxEdits: 10)
        #expect(!bounded.exact)
        #expect(bounded.ratio >= TextSimilarity.measure(a, b).ratio)
        #expect(bounded.ratio < 0.99)
    }
}
