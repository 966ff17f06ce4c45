import ContractModel

// Dates: `2025年2月17日`, `2022 年 7 月 12 日`, `2025年3月` (month precision), `2018 年` (year
// precision), `2025.5.20`, `2022-07-12`, `2022/7/12`, `二〇二二年七月十二日`. A date that does not
// exist (`2025年2月30日`) is reported as invalid, not valued.

extension ScanState {
    /// Reads 1…`maxDigits` ASCII digits at `i`; nil when there are none or more follow.
    func digits(at i: Int, max maxDigits: Int) -> (value: Int, end: Int)? {
        var j = i
        var value = 0
        while j < n, let d = NumeralTables.asciiDigit(buf[j].value) {
            if j - i == maxDigits { return nil }
            value = value * 10 + Int(d)
            j += 1
        }
        return j > i ? (value, j) : nil
    }

    mutating func scanFiguresDate(at i: Int) -> Int? {
        guard let (year, yearEnd) = digits(at: i, max: 4), yearEnd - i == 4, (1000...2999).contains(year) else { return nil }
        let sep = f(yearEnd)
        if sep == 0x2D || sep == 0x2E || sep == 0x2F { // - . /
            guard (1900...2199).contains(year),
                  let (month, monthEnd) = digits(at: yearEnd + 1, max: 2), f(monthEnd) == sep,
                  let (day, dayEnd) = digits(at: monthEnd + 1, max: 2) else { return nil }
            if f(dayEnd) == sep && NumeralTables.asciiDigit(v(dayEnd + 1)) != nil { return nil }
            if f(dayEnd) == 0x2E && NumeralTables.asciiDigit(v(dayEnd + 1)) != nil { return nil }
            return emitDate(CalendarDate(year: year, month: month, day: day), i, dayEnd)
        }
        let y = skipSpace(yearEnd)
        guard v(y) == 0x5E74 else { return nil } // 年
        var end = y + 1
        var date = CalendarDate(year: year)
        let m = skipSpace(end)
        if let (month, monthEnd) = digits(at: m, max: 2) {
            let mm = skipSpace(monthEnd)
            if v(mm) == 0x6708 { // 月
                end = mm + 1
                date = CalendarDate(year: year, month: month)
                let d = skipSpace(end)
                if let (day, dayEnd) = digits(at: d, max: 2) {
                    let dd = skipSpace(dayEnd)
                    if v(dd) == 0x65E5 || v(dd) == 0x53F7 { // 日 号
                        end = dd + 1
                        date = CalendarDate(year: year, month: month, day: day)
                    }
                }
            }
        }
        return emitDate(date, i, end)
    }

    /// `二〇二二年七月十二日`: `tokens` hold the four year digits, `y` is at 年.
    mutating func scanChineseDate(at i: Int, yearMark y: Int) -> Int? {
        guard let year = ChineseNumeral.digitSequence(tokens), (1000...2999).contains(year) else { return nil }
        var end = y + 1
        var date = CalendarDate(year: Int(year))
        let m = skipSpace(end)
        let monthEnd = lexRun(at: m)
        if monthEnd > m, let month = ChineseNumeral.value(of: tokens), v(skipSpace(monthEnd)) == 0x6708 {
            end = skipSpace(monthEnd) + 1
            date = CalendarDate(year: Int(year), month: Int(month))
            let d = skipSpace(end)
            let dayEnd = lexRun(at: d)
            if dayEnd > d, let day = ChineseNumeral.value(of: tokens) {
                let dd = skipSpace(dayEnd)
                if v(dd) == 0x65E5 || v(dd) == 0x53F7 {
                    end = dd + 1
                    date = CalendarDate(year: Int(year), month: Int(month), day: Int(day))
                }
            }
        }
        return emitDate(date, i, end)
    }

    mutating func emitDate(_ date: CalendarDate, _ start: Int, _ end: Int) -> Int {
        if date.isValid {
            dates.append(DateValue(value: date, text: string(start, end), span: span(start, end)))
        } else {
            reportInvalid(.date, .invalidDate, start, end)
        }
        return end
    }
}
