import ContractModel

/// Calendar arithmetic on day-precision dates, exact and Gregorian.
enum Days {
    /// Inverse of `CalendarDate.dayNumber` (Howard Hinnant's civil_from_days).
    static func date(fromDayNumber z0: Int) -> CalendarDate {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    static func adding(days: Int, to date: CalendarDate) -> CalendarDate {
        Self.date(fromDayNumber: date.dayNumber + days)
    }

    /// The same day `months` later, clamped to the end of a shorter month (01-31 + 1 month = 02-28/29).
    static func adding(months: Int, to date: CalendarDate) -> CalendarDate {
        let index = date.year * 12 + (date.month ?? 1) - 1 + months
        let year = index / 12, month = index % 12 + 1
        let day = min(date.day ?? 1, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The length of the end-inclusive period `start...end` in whole months and remaining days:
    /// the largest `m` with `start + m months ≤ end + 1 day`, then the days left. 2022-03-01 …
    /// 2023-04-30 is (14, 0); 2024-01-15 … 2025-01-14 is (12, 0); 2024-01-01 … 2024-12-25 is (11, 25).
    static func monthsAndDays(from start: CalendarDate, through end: CalendarDate) -> (months: Int, days: Int) {
        let exclusiveEnd = adding(days: 1, to: end)
        var months = (exclusiveEnd.year - start.year) * 12 + (exclusiveEnd.month ?? 1) - (start.month ?? 1)
        while months > 0, adding(months: months, to: start).dayNumber > exclusiveEnd.dayNumber { months -= 1 }
        let anchor = adding(months: max(months, 0), to: start)
        return (max(months, 0), exclusiveEnd.dayNumber - anchor.dayNumber)
    }

    /// Days in the end-inclusive period `start...end`.
    static func inclusiveDays(from start: CalendarDate, through end: CalendarDate) -> Int {
        end.dayNumber - start.dayNumber + 1
    }

    static func isDay(_ d: CalendarDate) -> Bool { d.precision == .day && d.isValid }
}

extension Days {
    /// True when `a` is before `b` at the coarser of their two precisions (2025-05 is not before
    /// 2025-05-20; 2025-04 is). Invalid dates are never compared.
    static func definitelyBefore(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        guard a.isValid, b.isValid else { return false }
        if a.year != b.year { return a.year < b.year }
        guard let am = a.month, let bm = b.month else { return false }
        if am != bm { return am < bm }
        guard let ad = a.day, let bd = b.day else { return false }
        return ad < bd
    }

    /// The last day of the service period: its stated end, else start (or signing) + months − 1 day.
    static func periodEnd(_ c: Contract) -> (date: CalendarDate, span: Span, field: String)? {
        guard let sp = c.servicePeriod else { return nil }
        if let end = sp.end { return (end.value, end.span, Paths.periodEnd) }
        let start = sp.start ?? (sp.startsAtSigning ? c.signingDate : nil)
        guard let start, isDay(start.value), let months = sp.months else { return nil }
        let end = adding(days: -1, to: adding(months: months, to: start.value))
        return (end, sp.span, Paths.periodMonths)
    }
}
