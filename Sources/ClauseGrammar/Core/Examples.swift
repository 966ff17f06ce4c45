/// Examples a template gives beside a blank: `逾期付款金额的__%(如:5%)`, `（例如：2024年1月1日）`. The
/// example is no term of the contract: its mentions are read by no rule. An example is a bracketed
/// group opening with 如/例如/比如 (a colon may follow), up to its closing bracket on the same line.
enum Examples {
    static let openers: [[Unicode.Scalar]] = ["如", "例", "比如"].map { Array($0.unicodeScalars) }

    static func ranges(_ s: [Unicode.Scalar], lines: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for line in lines {
            var i = line.lowerBound
            while i < line.upperBound {
                defer { i += 1 }
                guard s[i] == "(" || s[i] == "\u{FF08}" else { continue }
                let after = i + 1
                guard openers.contains(where: { w in after + w.count <= line.upperBound && s[after..<after + w.count].elementsEqual(w) }) else { continue }
                guard let close = (after..<min(line.upperBound, after + 40)).first(where: { s[$0] == ")" || s[$0] == "\u{FF09}" }) else { continue }
                result.append(i..<close + 1)
                i = close
            }
        }
        return result
    }
}
