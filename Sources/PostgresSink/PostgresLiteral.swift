import ContractModel

/// SQL literals for PostgreSQL, by construction: every value of a row goes through here, typed.
/// Text is single-quoted with quotes doubled (the connection sets `standard_conforming_strings`,
/// so a backslash is an ordinary character); NUL, which PostgreSQL text cannot hold, becomes U+FFFD.
enum PostgresLiteral {
    static func append(_ value: SQLValue, to sql: inout String) {
        switch value {
        case .null: sql += "NULL"
        case .text(let s): sql += text(s)
        case .integer(let n): sql += String(n)
        case .boolean(let b): sql += b ? "TRUE" : "FALSE"
        case .decimal(let s): sql += FixedDecimal(s) != nil ? "'" + s + "'" : "NULL"
        case .date(let d): sql += date(d)
        case .json(let bytes): sql += json(bytes)
        }
    }

    static func text(_ s: String) -> String {
        var out = "'"
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "'": out += "''"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// A date column holds the first day of a month- or year-precision date (the record JSON keeps
    /// the precision); a date the calendar does not have is NULL.
    static func date(_ d: CalendarDate) -> String {
        guard d.isValid else { return "NULL" }
        return "'" + CalendarDate(year: d.year, month: d.month ?? 1, day: d.day ?? 1).description + "'"
    }

    /// JSON text for a `jsonb` column: `\u0000`, which jsonb refuses, becomes `\ufffd`.
    static func json(_ bytes: [UInt8]) -> String {
        var cleaned = bytes
        var i = 0
        while i + 5 < cleaned.count {
            if cleaned[i] == 0x5C {
                if cleaned[i + 1] == 0x75, cleaned[i + 2] == 0x30, cleaned[i + 3] == 0x30, cleaned[i + 4] == 0x30, cleaned[i + 5] == 0x30 {
                    cleaned.replaceSubrange((i + 2)...(i + 5), with: Array("fffd".utf8))
                }
                i += 2  // skip the escaped character
            } else {
                i += 1
            }
        }
        return text(String(decoding: cleaned, as: UTF8.self))
    }
}
