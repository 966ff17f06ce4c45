import ContractModel

/// Renders an amount the way Chinese financial writing spells it in capital numerals (大写):
/// `4,715,000.00` → `肆佰柒拾壹万伍仟元整`, `10,500.00` → `壹万零伍佰元整`, `0.21` → `零元贰角壹分`.
/// Rules: four-digit groups with 仟佰拾 inside and 万/亿 between them; one 零 for any run of zeros
/// between non-zero digits (also across a group boundary); no trailing zeros; `整` when there are no
/// 角/分, `零` before 分 when 角 is zero. A leading ten is written `壹拾`.
enum UppercaseRenderer {
    static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let inGroupUnits: [Character?] = ["仟", "佰", "拾", nil]
    private static let groupUnits: [String] = ["", "万", "亿", "万亿"]

    static func render(_ money: Money) -> String? {
        guard money.fen >= 0 else { return nil }
        let yuan = money.fen / 100
        let jiao = Int((money.fen / 10) % 10), fen = Int(money.fen % 10)
        var result = yuan == 0 ? "零" : integer(yuan)
        result += "元"
        switch (jiao, fen) {
        case (0, 0): result += "整"
        case (_, 0): result += "\(digits[jiao])角"
        case (0, _): result += "零\(digits[fen])分"
        default: result += "\(digits[jiao])角\(digits[fen])分"
        }
        return result
    }

    /// Positive integer in 大写 without 元.
    static func integer(_ value: Int64) -> String {
        var groups: [Int] = []
        var v = value
        while v > 0 { groups.append(Int(v % 10_000)); v /= 10_000 }
        var out = ""
        var pendingZero = false
        for index in stride(from: groups.count - 1, through: 0, by: -1) {
            let group = groups[index]
            if group == 0 { pendingZero = !out.isEmpty; continue }
            if !out.isEmpty && group < 1000 { pendingZero = true }
            let d = [group / 1000, group / 100 % 10, group / 10 % 10, group % 10]
            var started = false
            for (i, digit) in d.enumerated() {
                if digit == 0 {
                    if started { pendingZero = true }
                    continue
                }
                if pendingZero && !out.isEmpty { out.append("零") }
                pendingZero = false
                started = true
                out.append(digits[digit])
                if let unit = inGroupUnits[i] { out.append(unit) }
            }
            out += groupUnits[index]
        }
        return out
    }
}
