/// 大写 (financial uppercase) amounts as they are written in a source text: numerals and units ending in 元/圆,
/// optionally followed by 角/分 and 整, e.g. 肆佰柒拾壹万伍仟元整, 肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分.
/// Found with a plain scanner of the source, independently of the ChineseNumbers module under test.
enum UppercaseAmounts {
    private static let numerals: Set<Unicode.Scalar> = Set("零〇壹贰叁肆伍陆柒捌玖".unicodeScalars)
    private static let units: Set<Unicode.Scalar> = Set("拾佰仟万亿".unicodeScalars)
    private static let yuan: Set<Unicode.Scalar> = Set("元圆".unicodeScalars)
    private static let fractions: Set<Unicode.Scalar> = Set("角分".unicodeScalars)

    static func find(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            guard numerals.contains(scalars[i]) || units.contains(scalars[i]) else { i += 1; continue }
            var j = i
            while j < scalars.count, numerals.contains(scalars[j]) || units.contains(scalars[j]) { j += 1 }
            guard j < scalars.count, yuan.contains(scalars[j]), scalars[i..<j].contains(where: numerals.contains)
            else { i = j; continue }
            j += 1
            // 角/分 part: 贰角壹分, 零伍分 …
            var k = j
            while k + 1 < scalars.count, numerals.contains(scalars[k]) {
                var m = k
                while m < scalars.count, numerals.contains(scalars[m]) { m += 1 }
                guard m < scalars.count, fractions.contains(scalars[m]) else { break }
                k = m + 1
                j = k
            }
            if j < scalars.count, scalars[j] == "整" || scalars[j] == "正" { j += 1 }
            var amount = String.UnicodeScalarView()
            amount.append(contentsOf: scalars[i..<j])
            found.append(String(amount))
            i = j
        }
        return found
    }
}
