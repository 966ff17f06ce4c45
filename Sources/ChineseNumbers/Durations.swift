import ContractModel

// Durations: `12个月`, `十二个月`, `一年`, `14个月`, `30个工作日`, `15日`, `十日`, `2小时`,
// `1.5 小时`, `180天`, `3周`, `30分钟`, `50个日历天`. Not durations: `7×24小时` / `7*24 小时` (a service window),
// `第3个月` (an ordinal), `每月15日` (a day of the month).

enum DurationWords {
    static let w = Words.w
    static let table: [([UInt32], DurationUnit)] = [
        (w("个工作日"), .workingDay), (w("工作日"), .workingDay),
        (w("个自然日"), .day), (w("自然日"), .day), (w("个日历日"), .day), (w("日历日"), .day),
        (w("个日历天"), .day), (w("日历天"), .day),
        (w("个月"), .month), (w("个小时"), .hour), (w("小时"), .hour),
        (w("个星期"), .week), (w("星期"), .week), (w("周"), .week), (w("分钟"), .minute),
        (w("年"), .year), (w("天"), .day), (w("日"), .day),
    ]
}

extension ScanState {
    /// The duration unit at `k`: its unit and the end of its word.
    func durationUnit(at k: Int) -> (DurationUnit, Int)? {
        let c = v(k)
        // Fast reject: every word starts with one of 个 工 自 日 小 星 周 分 年 天.
        switch c {
        case 0x4E2A, 0x5DE5, 0x81EA, 0x65E5, 0x5C0F, 0x661F, 0x5468, 0x5206, 0x5E74, 0x5929: break
        default: return nil
        }
        for (word, unit) in DurationWords.table where matches(k, word) {
            // 日常 日期 日志 日程 日报 are words, not "days"; 日元 日币 are yen.
            if word.count == 1 && c == 0x65E5 {
                switch v(k + 1) {
                case 0x5E38, 0x671F, 0x5FD7, 0x7A0B, 0x62A5, 0x5143, 0x5E01: return nil // … 元 币: 日元 日币
                default: break
                }
            }
            return (unit, k + word.count)
        }
        return nil
    }

    /// True when the quantity starting at `i` is an ordinal, a factor of a product or a day of month.
    func notADuration(start i: Int, unit: DurationUnit) -> Bool {
        let p = previousNonSpace(i)
        switch f(p) {
        case 0x7B2C, 0xD7, 0x2A, 0x78, 0x58: return true // 第 × * x X
        case 0x6708: return unit == .day                  // 月 15日
        default: return false
        }
    }

    mutating func scanFiguresDuration(_ number: FiguresNumber) -> Int? {
        if number.badGrouping || number.overflow { return nil }
        let k = skipSpace(number.end)
        guard let (unit, end) = durationUnit(at: k), !notADuration(start: number.start, unit: unit) else { return nil }
        durations.append(DurationValue(value: FixedDecimal(units: number.units, scale: number.scale), unit: unit,
                                       text: string(number.start, end), span: span(number.start, end)))
        return end
    }

    /// A duration in Chinese numerals: `tokens` hold the run starting at `i`, `k` the next non-space.
    mutating func scanChineseDuration(at i: Int, unitAt k: Int) -> Int? {
        guard let (unit, end) = durationUnit(at: k), !notADuration(start: i, unit: unit),
              let value = ChineseNumeral.value(of: tokens) else { return nil }
        if tokens.count >= 2 && ChineseNumeral.digitSequence(tokens) != nil { return nil } // `二二年`
        durations.append(DurationValue(value: FixedDecimal(units: value, scale: 0), unit: unit,
                                       text: string(i, end), span: span(i, end)))
        return end
    }
}
