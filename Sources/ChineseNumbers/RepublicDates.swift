import ContractModel

// Dates in the Republic of China calendar (民國紀年, year 1 = 1912), as Taiwan contracts and judgments write
// them: `民國107年2月1日`, `自民國(以下同)107 年2月1日起至 110 年1月31 日止`, `95年12月1日`. A year of one to three
// figures followed by a month is read as such a year only where the reading is certain: `民國` stands right
// before it, or the text names the calendar elsewhere (`民國`, `新台幣`, `新臺幣`), or the year has three figures
// (no contract dates an AD year 100–199). Otherwise the short year is no date, and `95年12月` is no duration
// of 95 years either: its value is unknown, never guessed.

extension ScanState {
    static let republicEraOffset = 1911

    /// Whether the text names the Republic of China calendar or its currency anywhere.
    static func findsRepublicCalendar(_ buf: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var i = 0
        while i + 1 < buf.count {
            let c = buf[i].value, d = buf[i + 1].value
            if c == 0x6C11, d == 0x570B || d == 0x56FD { return true }  // 民國 民国
            if c == 0x65B0, d == 0x53F0 || d == 0x81FA, i + 2 < buf.count, buf[i + 2].value == 0x5E63 { return true }  // 新台幣 新臺幣
            i += 1
        }
        return false
    }

    /// A short year at `i` (`107`, `95`) followed by 年 and a month: where the date is one of the Republic's
    /// calendar, the date; where it cannot be told, the end of the year-and-month (read as nothing).
    mutating func scanShortYearDate(at i: Int) -> Int? {
        guard let (year, yearEnd) = digits(at: i, max: 3), year >= 1 else { return nil }
        let y = skipSpace(yearEnd)
        guard v(y) == 0x5E74 else { return nil }  // 年
        let m = skipSpace(y + 1)
        guard let (month, monthEnd) = digits(at: m, max: 2) else { return nil }
        let mm = skipSpace(monthEnd)
        guard v(mm) == 0x6708 else { return nil }  // 月
        var end = mm + 1
        var day: Int?
        let d = skipSpace(end)
        if let (value, dayEnd) = digits(at: d, max: 2) {
            let dd = skipSpace(dayEnd)
            if v(dd) == 0x65E5 || v(dd) == 0x53F7 { day = value; end = dd + 1 }  // 日 号
        }
        // The figures of a longer number (`2024年` is read elsewhere) or part of a code: not a year.
        if i > 0, NumeralTables.asciiDigit(v(i - 1)) != nil { return nil }
        if namesRepublicCalendar == nil { namesRepublicCalendar = Self.findsRepublicCalendar(buf) }
        guard republicMarkBefore(i) || namesRepublicCalendar == true || yearEnd - i == 3 else { return end }
        let date = day.map { CalendarDate(year: year + Self.republicEraOffset, month: month, day: $0) }
            ?? CalendarDate(year: year + Self.republicEraOffset, month: month)
        return emitDate(date, i, end)
    }

    /// `民國` (or `民国`) within a few scalars before `i`, brackets and their note allowed (`民國(以下同)107年`).
    private func republicMarkBefore(_ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k > 0, steps < 10 {
            if v(k - 1) == 0x6C11, v(k) == 0x570B || v(k) == 0x56FD { return true }
            k -= 1
            steps += 1
        }
        return false
    }
}
