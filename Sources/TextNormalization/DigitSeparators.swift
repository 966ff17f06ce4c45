/// Last stage: the full-width comma and colon that separate digits fold to ASCII, so that amounts and
/// times read as numbers: `1，234，567.89` → `1,234,567.89`, `9：30` → `9:30`. A comma folds only as a
/// thousands separator (a digit before, exactly three digits after); `第1，2款` keeps its `，`. Runs last
/// because joining lines and removing spaces can bring the digits together.
enum DigitSeparators {
    static func fold(_ text: inout TracedText) {
        let n = text.count
        var i = 1
        while i < n - 1 {
            let v = text.scalars[i].value
            if v == 0xFF0C || v == 0xFF1A, text.scalars[i - 1].isASCIIDigitScalar, text.scalars[i + 1].isASCIIDigitScalar {
                if v == 0xFF1A {
                    text.scalars[i] = ":"
                } else if isThousandsGroup(text.scalars, i + 1) {
                    text.scalars[i] = ","
                }
            }
            i += 1
        }
    }

    /// Exactly three digits at `start`, then something that is not a digit (or the end).
    private static func isThousandsGroup(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start + 2 < s.count else { return false }
        for k in start..<(start + 3) where !s[k].isASCIIDigitScalar { return false }
        return start + 3 == s.count || !s[start + 3].isASCIIDigitScalar
    }
}
