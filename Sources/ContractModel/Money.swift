/// An exact amount of money in fen (分, 1/100 yuan). Never a float.
/// Encoded in JSON as a decimal string with two decimals: `"4715000.00"`.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)

    /// Parses `"4715000.00"`, `"12.5"`, `"3"` (at most two decimals). Nil otherwise.
    public init?(_ text: some StringProtocol) {
        guard let d = FixedDecimal(text), d.scale <= 2 else { return nil }
        self.fen = Int64(d.scaled(to: 2))
    }

    public var yuanDecimal: FixedDecimal { FixedDecimal(units: fen, scale: 2) }

    /// `"4715000.00"`: the JSON form.
    public var description: String {
        let negative = fen < 0
        let a = negative ? -fen : fen
        let cents = a % 100
        return (negative ? "-" : "") + "\(a / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }

    /// `"4,715,000.00"`: the form used in Chinese messages for reviewers.
    public var grouped: String {
        let negative = fen < 0
        let a = negative ? -fen : fen
        var integer = String(a / 100)
        var groups: [Substring] = []
        while integer.count > 3 {
            groups.insert(integer.suffix(3), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(Substring(integer), at: 0)
        let cents = a % 100
        return (negative ? "-" : "") + groups.joined(separator: ",") + "." + (cents < 10 ? "0" : "") + "\(cents)"
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Money(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not money: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
