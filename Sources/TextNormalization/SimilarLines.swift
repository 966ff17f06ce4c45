/// Groups lines that are the same line read with a few errors: a running header on OCR'd pages comes
/// out a little differently on each page (`…运维服务合`, `…运维服务合后`, `…运维服务合同` on the
/// jingxin scan), so exact repetition alone would keep it in the body of every page.
///
/// Two keys are alike when both have at least `minimumLength` scalars and their similarity
/// 2·LCS/(|a|+|b|) is at least `minimumSimilarity`; groups are the connected components of that
/// relation. A bound from the scalars the two keys share is checked before any LCS is computed, so
/// unrelated lines cost a sort, not a quadratic comparison.
enum SimilarLines {
    static let minimumLength = 8
    static let minimumSimilarity = 0.8

    /// The group of each key: keys in one group map to the same representative (the first of them).
    static func groups(_ keys: [[Unicode.Scalar]]) -> [[Unicode.Scalar]: [Unicode.Scalar]] {
        var parent = Array(keys.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        let sorted = keys.map { $0.map(\.value).sorted() }
        for i in keys.indices where keys[i].count >= minimumLength {
            for j in keys.indices where j > i && keys[j].count >= minimumLength && root(i) != root(j) {
                if alike(keys[i], keys[j], sorted[i], sorted[j]) { parent[root(j)] = root(i) }
            }
        }
        var result: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
        for i in keys.indices { result[keys[i]] = keys[root(i)] }
        return result
    }

    static func alike(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], _ sortedA: [UInt32], _ sortedB: [UInt32]) -> Bool {
        let needed = minimumSimilarity * Double(a.count + b.count) / 2
        guard Double(min(a.count, b.count)) >= needed else { return false }
        // |a ∩ b| as multisets bounds the LCS from above.
        var i = 0, j = 0, shared = 0
        while i < sortedA.count && j < sortedB.count {
            if sortedA[i] == sortedB[j] { shared += 1; i += 1; j += 1 }
            else if sortedA[i] < sortedB[j] { i += 1 } else { j += 1 }
        }
        guard Double(shared) >= needed else { return false }
        return Double(longestCommonSubsequence(a, b)) >= needed
    }

    static func longestCommonSubsequence(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (k, y) in b.enumerated() {
                current[k + 1] = x == y ? previous[k] + 1 : max(previous[k + 1], current[k])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
