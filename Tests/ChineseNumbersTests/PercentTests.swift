import Testing
import ContractModel
import ChineseNumbers

@Suite struct PercentTests {
    static let cases: [(String, String, String, Comparison)] = [
        ("支付合同款的 60%，即", "60", "60%", .exact),
        ("占比21.43%。", "21.43", "21.43%", .exact),
        ("不得超过原合同采购金额的百分之十。", "10", "百分之十", .atMost),
        ("利率为百分之一点五", "1.5", "百分之一点五", .exact),
        ("每日按迟延支付金额的 5‰ 向乙方支付违约金", "0.5", "5‰", .exact),
        ("按千分之五计", "0.5", "千分之五", .exact),
        ("按万分之五计", "0.05", "万分之五", .exact),
        ("按每日十万分之五的标准支付", "0.005", "十万分之五", .exact),
        ("则自超过约定之日起按欠款的0.1%/天支付", "0.1", "0.1%", .exact),
        ("超过部分按3%计", "3", "3%", .exact),
        ("按百万分之三计", "0.0003", "百万分之三", .exact),
        ("预算总额的【40%】专门面向中小企业", "40", "40%", .exact),
        ("其中预留给小微企业的比例不低于预算总额的【28%】。", "28", "28%", .atLeast),
        ("稳定运行率 ≥99.9%", "99.9", "99.9%", .atLeast),
        ("满意度 $\\geq 95\\%$", "95", "95\\%", .atLeast),
        ("IT 服务投诉（个）\t$\\leq 5\\%$", "5", "5\\%", .atMost),
        ("应用系统可用性超过99.9%。", "99.9", "99.9%", .greaterThan),
        ("服务可用性低于 99.9%，出现问题", "99.9", "99.9%", .lessThan),
        ("所提供的服务可用性达不到 99.9%，出现问题", "99.9", "99.9%", .lessThan),
        ("此项违约金不超过合同总额的 5%。", "5", "5%", .atMost),
        ("满意度95%以上", "95", "95%", .atLeast),
        ("偏差在5%以内", "5", "5%", .atMost),
        ("完成时效占 30%", "30", "30%", .exact),
        ("支付 0.5% 的违约金", "0.5", "0.5%", .exact),
        ("比例为６０％", "60", "６０％", .exact),
        ("不低于百分之三十", "30", "百分之三十", .atLeast),
        // 约 of 违约金 qualifies nothing; 约 right before the number does.
        ("同时还应向守约方支付违约金为合同总金额的5%。", "5", "5%", .exact),
        ("增长约 5%", "5", "5%", .approximately),
        ("可用性达到99%", "99", "99%", .atLeast),
        ("每逾期一日，应按本合同价款的 1% 向甲方支付违约金", "1", "1%", .exact),
        ("故障时长超过 12 小时以上，乙方应支付委托报酬 1% 的违约金", "1", "1%", .exact),
    ]

    @Test(arguments: cases) func percentForms(_ text: String, _ value: String, _ spannedText: String, _ comparison: Comparison) {
        let m = scan(text)
        #expect(m.percentages.count == 1, "\(text): \(m.percentages)")
        guard let p = m.percentages.first else { return }
        #expect(p.value == FixedDecimal(value)!, "\(text)")
        #expect(p.text == spannedText, "\(text)")
        #expect(spanned(text, p.span) == spannedText, "\(text)")
        #expect(p.comparison == comparison, "\(text)")
        #expect(m.amounts.isEmpty, "\(text)")
    }

    @Test func rangesAreBounds() {
        let cases: [(String, [String], [Comparison])] = [
            ("违约金为合同总额的 5%-10%", ["5", "10"], [.atLeast, .atMost]),
            ("可用性 95%～99%", ["95", "99"], [.atLeast, .atMost]),
            ("比例为10-20%", ["10", "20"], [.atLeast, .atMost]),
            ("占 10% 至 20%", ["10", "20"], [.atLeast, .atMost]),
            ("电话010-55531202，比例20%", ["20"], [.exact]),
            ("百分之五到十", ["5", "10"], [.atLeast, .atMost]),
            ("千分之一至千分之三", ["0.1", "0.3"], [.atLeast, .atMost]),
            ("百分之五至百分之十", ["5", "10"], [.atLeast, .atMost]),
        ]
        for (text, values, comparisons) in cases {
            let m = scan(text)
            #expect(m.percentages.map(\.value) == values.map { FixedDecimal($0)! }, "\(text)")
            #expect(m.percentages.map(\.comparison) == comparisons, "\(text)")
        }
    }

    @Test func percentAfterAPaymentIsExactAndItsAmountFollows() {
        let m = scan("甲方向乙方支付合同款的 60%，即人民币 贰佰捌拾贰万玖仟元整（¥2,829,000.00 元）")
        #expect(m.percentages.map(\.value) == [FixedDecimal(60)])
        #expect(m.percentages.map(\.comparison) == [.exact])
        #expect(m.amounts.map(\.value) == [Money(fen: 282_900_000)])
    }
}

@Suite struct DateAndDurationTests {
    static let dateCases: [(String, String, String)] = [
        ("签订于2025年2月17日。", "2025-02-17", "2025年2月17日"),
        ("2025.5.20 起", "2025-05-20", "2025.5.20"),
        ("日期：2022-07-12", "2022-07-12", "2022-07-12"),
        ("签订日期: 2022 年 7 月 12 日", "2022-07-12", "2022 年 7 月 12 日"),
        ("二〇二二年七月十二日", "2022-07-12", "二〇二二年七月十二日"),
        ("于2025年3月前完成", "2025-03", "2025年3月"),
        ("作起步于 2018 年，在", "2018", "2018 年"),
        ("日期: 2016年3月3日", "2016-03-03", "2016年3月3日"),
        ("2022/7/1", "2022-07-01", "2022/7/1"),
    ]

    @Test(arguments: dateCases) func dates(_ text: String, _ iso: String, _ spannedText: String) {
        let m = scan(text)
        #expect(m.dates.count == 1, "\(text): \(m.dates)")
        guard let d = m.dates.first else { return }
        #expect(d.value.description == iso)
        #expect(d.text == spannedText)
        #expect(spanned(text, d.span) == spannedText)
        #expect(m.durations.isEmpty && m.amounts.isEmpty, "\(text)")
    }

    @Test func impossibleDatesAreInvalid() {
        let m = scan("于2025年2月30日，或2025.13.1")
        #expect(m.dates.isEmpty)
        #expect(m.invalid.map(\.reason) == ["invalid_date", "invalid_date"])
        #expect(m.invalid.allSatisfy { $0.kind == .date })
    }

    static let durationCases: [(String, String, DurationUnit, String)] = [
        ("工期为50个日历天。", "50", .day, "50个日历天"),
        ("总工期120日历天", "120", .day, "120日历天"),
        ("服务期为 12 个月", "12", .month, "12 个月"),
        ("服务期为十二个月", "12", .month, "十二个月"),
        ("自合同签订之日起一年。", "1", .year, "一年"),
        ("为期14个月", "14", .month, "14个月"),
        ("30个工作日内", "30", .workingDay, "30个工作日"),
        ("签署后 15 日内", "15", .day, "15 日"),
        ("2小时内响应", "2", .hour, "2小时"),
        ("执行超过 180 天", "180", .day, "180 天"),
        ("并在十日内以书面方式", "10", .day, "十日"),
        ("三十个工作日", "30", .workingDay, "三十个工作日"),
        ("进场一个月内", "1", .month, "一个月"),
        ("时间标准为 1.5 小时", "1.5", .hour, "1.5 小时"),
        ("4 个小时以上", "4", .hour, "4 个小时"),
        ("两年", "2", .year, "两年"),
        ("大于 15 分钟", "15", .minute, "15 分钟"),
    ]

    @Test(arguments: durationCases) func durations(_ text: String, _ value: String, _ unit: DurationUnit, _ spannedText: String) {
        let m = scan(text)
        #expect(m.durations.count == 1, "\(text): \(m.durations)")
        guard let d = m.durations.first else { return }
        #expect(d.value == FixedDecimal(value)!)
        #expect(d.unit == unit)
        #expect(spanned(text, d.span) == spannedText)
    }

    @Test func notDurations() {
        for s in ["1\t日常运维\t5*8 现场服务", "日志保存；日期：", "提供 7×24h 全天候运维服务", "每周 7*24 小时服务", "每周 5*8 小时", "第三年", "每月15日前", "第 2 笔支付款", "第3个月"] {
            #expect(scan(s).durations.isEmpty, "\(s): \(scan(s).durations)")
        }
    }

    @Test func dateRanges() {
        let s = "服务期自2022年3月1日起至2023年4月30日止。"
        let m = scan(s)
        #expect(m.dateRanges.count == 1)
        guard let r = m.dateRanges.first else { return }
        #expect(r.start.value == CalendarDate(year: 2022, month: 3, day: 1))
        #expect(r.end.value == CalendarDate(year: 2023, month: 4, day: 30))
        #expect(spanned(s, r.span) == "自2022年3月1日起至2023年4月30日止")
        #expect(m.dates.count == 2)
        let t = scan("2023年至2024年国家政务")
        #expect(t.dateRanges.map { $0.start.value.description + "/" + $0.end.value.description } == ["2023/2024"])
    }
}
