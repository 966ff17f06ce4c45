/// Character similarity of two texts: 2·LCS / (|a| + |b|), the ratio difflib reports, with the longest common
/// subsequence found exactly by Myers' O((N+M)·D) greedy algorithm (D = edit distance, small for similar texts,
/// so 70 000-scalar contracts take milliseconds). Common prefix and suffix are stripped first.
///
/// When D would exceed `maxEdits` the search stops and the result is an upper bound (`exact == false`): a text
/// that far apart fails any useful threshold anyway, and the bound keeps a broken extraction from hanging the tests.
struct TextSimilarity: CustomStringConvertible {
    let ratio: Double
    let lcs: Int
    let lengthA: Int
    let lengthB: Int
    let exact: Bool

    var description: String {
        let figure = (ratio * 10_000).rounded() / 10_000
        return exact ? "\(figure)" : "≤ \(figure)"
    }

    static func measure<T: Equatable>(_ a: [T], _ b: [T], maxEdits: Int? = nil) -> TextSimilarity {
        let total = a.count + b.count
        guard total > 0 else { return TextSimilarity(ratio: 1, lcs: 0, lengthA: 0, lengthB: 0, exact: true) }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        let limit = maxEdits ?? (middleA.count + middleB.count)
        let (distance, exact) = editDistance(middleA, middleB, limit: limit)
        // Insert/delete distance D = N + M − 2·LCS.
        let lcs = prefix + suffix + (middleA.count + middleB.count - distance) / 2
        return TextSimilarity(ratio: Double(2 * lcs) / Double(total), lcs: lcs, lengthA: a.count, lengthB: b.count,
                              exact: exact)
    }

    /// Myers' greedy forward search: the smallest D such that the furthest-reaching D-path reaches (N, M).
    private static func editDistance<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> (Int, Bool) {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return (n + m, true) }
        let maxD = min(n + m, limit)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for d in 0...maxD {
                    var k = -d
                    while k <= d {
                        var x: Int
                        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                            x = v[offset + k + 1]
                        } else {
                            x = v[offset + k - 1] + 1
                        }
                        var y = x - k
                        while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                        v[offset + k] = x
                        if x >= n, y >= m { return (d, true) }
                        k += 2
                    }
                }
                return (maxD + 1, false)
            }
        }
    }
}
