/// The keyword sets rules anchor on, searched together in one pass over the document (a table
/// indexed by first scalar, candidates longest first). `ParseContext.hits(_:in:)` then answers
/// from the stored hits. A rule with a new keyword set adds it to `Anchor` and `sets`.
enum Anchor: Int, CaseIterable {
    case total, excludingTax, taxRate, bond, servicePeriod, validityPeriod, penalty, paymentChoice, paymentStage
    case paymentTableHeader, contractFee
}

struct AnchorIndex: Sendable {
    static let sets: [Anchor: KeywordSet] = [
        .total: TotalAmountRule.totalKeywords,
        .excludingTax: TotalAmountRule.excludingTaxKeywords,
        .taxRate: TotalAmountRule.taxRateKeywords,
        .bond: BondRule.kinds,
        .servicePeriod: ServicePeriodRule.primary,
        .validityPeriod: ServicePeriodRule.fallback,
        .penalty: PenaltyVocabulary.keywords,
        .paymentChoice: PaymentOptionsRule.choiceMarkers,
        .paymentStage: InstallmentRule.stageKeywords,
        .paymentTableHeader: PaymentTableRule.headerKeywords,
        .contractFee: FeeTotalRule.feeKeywords,
    ]

    static let shared = AnchorIndex()

    private struct Candidate { let anchor: Int; let word: Int; let scalars: [Unicode.Scalar] }
    private let table: [Int32]            // BMP scalar → bucket + 1 (0: no keyword starts here)
    /// Per first scalar, candidates by second scalar (every keyword has at least two).
    private let buckets: [[Unicode.Scalar: [Candidate]]]

    private init() {
        var table = [Int32](repeating: 0, count: 65536)
        var buckets: [[Unicode.Scalar: [Candidate]]] = []
        for anchor in Anchor.allCases {
            guard let set = Self.sets[anchor] else { continue }
            for (w, word) in set.words.enumerated() {
                precondition(word.count >= 2, "anchor keywords have at least two scalars")
                let first = word.scalars[0]
                guard first.value < 65536 else { continue }
                let slot = Int(first.value)
                if table[slot] == 0 { buckets.append([:]); table[slot] = Int32(buckets.count) }
                buckets[Int(table[slot]) - 1][word.scalars[1], default: []]
                    .append(Candidate(anchor: anchor.rawValue, word: w, scalars: word.scalars))
            }
        }
        for i in buckets.indices {
            for key in buckets[i].keys { buckets[i][key]!.sort { $0.scalars.count > $1.scalars.count } }
        }
        self.table = table
        self.buckets = buckets
    }

    /// Hits per anchor, each list in text order; per anchor and offset only the longest word.
    func hits(in s: [Unicode.Scalar]) -> [[KeywordSet.Hit]] {
        var result = [[KeywordSet.Hit]](repeating: [], count: Anchor.allCases.count)
        var lastOffset = [Int](repeating: -1, count: Anchor.allCases.count)
        let n = s.count
        guard n > 1 else { return result }
        for i in 0..<(n - 1) {
            let c = s[i].canonical
            guard c.value < 65536 else { continue }
            let b = table[Int(c.value)]
            if b == 0 { continue }
            guard let candidates = buckets[Int(b) - 1][s[i + 1].canonical] else { continue }
            for candidate in candidates where lastOffset[candidate.anchor] != i {
                if i + candidate.scalars.count <= n && s.matches(candidate.scalars, at: i) {
                    result[candidate.anchor].append(KeywordSet.Hit(word: candidate.word, offset: i, end: i + candidate.scalars.count))
                    lastOffset[candidate.anchor] = i
                }
            }
        }
        return result
    }
}

extension Array where Element == Unicode.Scalar {
    @inline(__always) func matches(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
        var i = 0
        for w in word {
            if self[offset + i].canonical != w { return false }
            i += 1
        }
        return true
    }
}
