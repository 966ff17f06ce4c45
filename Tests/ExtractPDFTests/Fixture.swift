import Foundation

/// Paths of the committed test inputs (made by Scripts/make-hostile-pdfs).
enum Fixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        repository.appendingPathComponent("Tests/ExtractPDFTests/Fixtures/\(name)").path
    }

    static func hostile(_ name: String) -> String {
        repository.appendingPathComponent("Corpus/hostile/\(name)").path
    }

    static let tablePDF = fixture("table-wrapped-cells.pdf")
    static var tableSource: String {
        get throws { try String(contentsOfFile: fixture("table-wrapped-cells.txt"), encoding: .utf8) }
    }
}

/// Character similarity with whitespace ignored: 2·LCS / (|a| + |b|), like difflib's ratio.
/// Myers' O((N+M)·D) diff, so long nearly-equal texts stay cheap.
enum Similarity {
    static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars.filter { !$0.properties.isWhitespace })
        let y = Array(b.unicodeScalars.filter { !$0.properties.isWhitespace })
        let total = x.count + y.count
        guard total > 0 else { return 1 }
        let distance = editDistance(x, y)
        let common = (total - distance) / 2
        return 2 * Double(common) / Double(total)
    }

    /// Number of insertions + deletions turning `x` into `y`.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        let n = x.count, m = y.count, maximum = n + m
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        for d in 0...maximum {
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1]))
                    ? v[maximum + k + 1] : v[maximum + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[maximum + k] = i
                if i >= n && j >= m { return d }
            }
        }
        return maximum
    }
}
