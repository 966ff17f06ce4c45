/// An exact base-10 number: `units / 10^scale`. Never a float.
///
/// Used for percentages (`21.43` = units 2143, scale 2) and any other stated decimal. Arithmetic that
/// could overflow goes through `Int128`. Encoded in JSON as a decimal string (`"21.43"`, `"0.5"`).
public struct FixedDecimal: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var units: Int64
    /// Number of decimal places, 0...18.
    public var scale: Int

    public init(units: Int64, scale: Int = 0) {
        precondition((0...18).contains(scale))
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) { self.init(units: Int64(integer), scale: 0) }

    /// Parses `"12"`, `"-0.5"`, `"21.430"` (scale kept as written). Returns nil on anything else.
    public init?(_ text: some StringProtocol) {
        var units: Int64 = 0
        var scale = 0
        var seenPoint = false
        var negative = false
        var digits = 0
        for (i, ch) in text.unicodeScalars.enumerated() {
            if ch == "-" && i == 0 { negative = true; continue }
            if ch == "." && !seenPoint { seenPoint = true; continue }
            guard let d = ch.properties.numericType == .decimal ? ch.properties.numericValue : nil,
                  ch.isASCII else { return nil }
            let (m, o1) = units.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            units = a
            digits += 1
            if seenPoint { scale += 1 }
        }
        guard digits > 0, scale <= 18 else { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    public static let zero = FixedDecimal(units: 0, scale: 0)
    public static let hundred = FixedDecimal(units: 100, scale: 0)

    static func pow10(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }

    /// The value scaled to `scale` decimal places as an Int128; exact when `scale >= self.scale`.
    public func scaled(to newScale: Int) -> Int128 {
        precondition(newScale >= scale)
        return Int128(units) * Self.pow10(newScale - scale)
    }

    public var isInteger: Bool { units % Int64(Self.pow10(scale)) == 0 }

    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.scaled(to: s) < rhs.scaled(to: s)
    }

    /// Numeric equality (`1.50 == 1.5`).
    public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.scaled(to: s) == rhs.scaled(to: s)
    }

    public func hash(into hasher: inout Hasher) {
        // Hash the value with trailing zeros removed so that equal values hash equally.
        var u = units, s = scale
        while s > 0 && u % 10 == 0 { u /= 10; s -= 1 }
        hasher.combine(u)
        hasher.combine(s)
    }

    public static func + (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        let s = max(lhs.scale, rhs.scale)
        return FixedDecimal(units: Int64(lhs.scaled(to: s) + rhs.scaled(to: s)), scale: s)
    }

    public static func - (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        let s = max(lhs.scale, rhs.scale)
        return FixedDecimal(units: Int64(lhs.scaled(to: s) - rhs.scaled(to: s)), scale: s)
    }

    /// Exact decimal text, trailing zeros after the point removed (`"21.43"`, `"0.5"`, `"100"`).
    public var description: String {
        var u = units, s = scale
        while s > 0 && u % 10 == 0 { u /= 10; s -= 1 }
        let negative = u < 0
        var digits = String(negative ? -u : u)
        if s > 0 {
            if digits.count <= s { digits = String(repeating: "0", count: s - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -s))
        }
        return negative ? "-" + digits : digits
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = FixedDecimal(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a decimal: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
