/// Groups lines that are the same line read with a few errors: a running header on OCR'd pages comes
/// out a little differently on each page (`…运维服务合`, `…运维服务合后`, `…运维服务合同` on the
/// jingxin scan), so exact repetition alone would keep it in the body of every page.
///
/// Two keys are alike when both have at least `minimumLength` scalars and their similarity
/// 2·LCS/(|a|+|b|) is at least `minimumSimilarity`; groups are the connected components of that
/// relation among the representatives, and every other key joins the first group it is alike to. A bound from the scalars the two keys share is checked before any LCS is computed, so
/// unrelated lines cost a merge of sorted scalars, not an LCS table.
enum SimilarLines {
    static let minimumLength = 8
    static let minimumSimilarity = 0.8

    /// The group of each key: keys in one group map to the same representative. Groups are formed
    /// among `representatives` (the keys of a bounded sample of pages: a running header on half the
    /// pages is on some of them); every other key joins the group of the first representative it is
    /// alike to, or stays alone. The cost is bounded by representatives² + keys × representatives,
    /// so a document of thousands of pages cannot make it quadratic.
    static func groups(_ keys: [[Unicode.Scalar]], representatives: [[Unicode.Scalar]]) -> [[Unicode.Scalar]: [Unicode.Scalar]] {
        // Distinct keys only: a running header stands on every sampled page.
        var distinct = Set<[Unicode.Scalar]>()
        let reps = representatives.filter { $0.count >= minimumLength && distinct.insert($0).inserted }
        var parent = Array(reps.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        let sortedReps = reps.map { $0.map(\.value).sorted() }
        for i in reps.indices {
            for j in reps.indices where j > i && root(i) != root(j) {
                if alike(reps[i], reps[j], sortedReps[i], sortedReps[j]) { parent[root(j)] = root(i) }
            }
        }
        let index = Dictionary(uniqueKeysWithValues: reps.enumerated().map { ($1, $0) })
        var result: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
        for key in keys {
            if let i = index[key] { result[key] = reps[root(i)]; continue }
            result[key] = key
            guard key.count >= minimumLength else { continue }
            let sorted = key.map(\.value).sorted()
            if let i = reps.indices.first(where: { alike(key, reps[$0], sorted, sortedReps[$0]) }) {
                result[key] = reps[root(i)]
            }
        }
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
