import Testing
import ContractModel
import ChineseNumbers

/// Issue 13: each class of numeral that was once valued in part, without a warning. A numeral is
/// valued whole or reported whole with a reason; never a fragment of it.
@Suite struct ExactOrRejectedTests {
    /// The amounts of `text` in fen, in text order.
    static func fen(_ text: String) -> [Int64] { scan(text).amounts.map(\.value.fen) }
    static func reasons(_ text: String) -> [String] { scan(text).invalid.map(\.reason) }

    /// Expects exactly one amount with that value, covering that text.
    static func expectAmount(_ text: String, _ fen: Int64, spanning: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let m = scan(text)
        #expect(m.amounts.map(\.value.fen) == [fen], "\(text): \(m.amounts.map(\.value)) \(m.invalid)", sourceLocation: sourceLocation)
        #expect(m.invalid.isEmpty, "\(text): \(m.invalid)", sourceLocation: sourceLocation)
        if let spanning, let a = m.amounts.first {
            #expect(spanned(text, a.span) == spanning, "\(text)", sourceLocation: sourceLocation)
        }
    }

    /// Expects no amount and one invalid money mention with that reason.
    static func expectRejected(_ text: String, _ reason: String, kind: InvalidMention.Kind = .money,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let m = scan(text)
        #expect(m.amounts.isEmpty, "\(text): \(m.amounts.map(\.value))", sourceLocation: sourceLocation)
        #expect(m.percentages.isEmpty, "\(text): \(m.percentages.map(\.value))", sourceLocation: sourceLocation)
        #expect(m.invalid.map(\.reason) == [reason], "\(text): \(m.invalid)", sourceLocation: sourceLocation)
        #expect(m.invalid.allSatisfy { $0.kind == kind }, "\(text)", sourceLocation: sourceLocation)
    }

    /// Figures and Chinese numerals in one number are one chain, never its tail.
    @Test func figureChineseChainsAreValuedWhole() {
        Self.expectAmount("3万4000元", 3_400_000, spanning: "3万4000元")
        Self.expectAmount("1万600元", 1_060_000)
        Self.expectAmount("1千零1元", 100_100)
        Self.expectAmount("合计25万6千元整", 25_600_000, spanning: "25万6千元整")
        Self.expectAmount("三万4000元", 3_400_000)
        Self.expectAmount("一千零1元", 100_100)
        Self.expectAmount("1500万2000元", 1_500_200_000)
        Self.expectAmount("12万 3千 元", 12_300_000)
        Self.expectAmount("3千万元", 3_000_000_000)
        Self.expectAmount("5千元", 500_000)
        Self.expectAmount("3.1千万元", 3_100_000_000)
        Self.expectAmount("1.5亿元", 15_000_000_000)
        // What cannot be placed is rejected whole (三万四元: 30 004 or 34 000?).
        Self.expectRejected("3万4元", "missing_zero")
        Self.expectRejected("2.5万4千元", "misplaced_point")
        Self.expectRejected("25千元", "unit_order")
        // A capital numeral broken by a foreign character (OCR): its tail is no amount.
        Self.expectRejected("壹佰任拾万元整", "broken_numeral")
        Self.expectRejected("贰拾X伍万元整", "broken_numeral")
        Self.expectAmount("第叁期伍万元整", 5_000_000)
        #expect(Self.fen("壹万元整、伍仟元整") == [1_000_000, 500_000])
        #expect(scan("壹佰任拾万元整").invalid.map(\.text) == ["壹佰任拾万元整"])
        // A chain that is no amount is skipped whole: its tail is no amount either.
        for text in ["占地2万5千平方米", "3万4000人", "约1千零1户"] {
            #expect(scan(text).amounts.isEmpty && scan(text).invalid.isEmpty, "\(text)")
        }
    }

    /// 点 is a decimal point: the part after it is a fraction, never the amount.
    @Test func decimalPointPartsAreFractions() {
        Self.expectAmount("壹点贰元", 120)
        Self.expectAmount("1点45元", 145)
        Self.expectAmount("单价.77元", 77, spanning: ".77元")
        Self.expectAmount("一点五万元", 1_500_000)
        Self.expectAmount("3点5万元", 3_500_000)
        Self.expectAmount("十二点五元", 1_250)
        Self.expectAmount("二十點零五元", 2_005)
        Self.expectRejected("二点五五五元", "excess_precision")
        Self.expectRejected("1.2点5元", "misplaced_point")
        // 点 as a time or a word is no decimal point.
        #expect(scan("下午3点30分").amounts.isEmpty)
        #expect(scan("三点半开会，每人五十元").amounts.map(\.value.fen) == [5_000])
        #expect(scan("服务时长一点五个小时").durations.map(\.value) == [FixedDecimal("1.5")!])
    }

    /// 角 and 分 after figures belong to the amount.
    @Test func jiaoAndFenAfterFigures() {
        Self.expectAmount("123元1角1分", 12_311, spanning: "123元1角1分")
        Self.expectAmount("50元6角三分", 5_063)
        Self.expectAmount("8元5分", 805)
        Self.expectAmount("五十元6角", 5_060)
        Self.expectAmount("3万元5角", 3_000_050)
        Self.expectAmount("1,680元零3角", 168_030)
        Self.expectRejected("12.5元3角", "conflicting_fraction")
        Self.expectRejected("100元5角5角", "repeated_unit")
        Self.expectRejected("100元5分3角", "unit_order")
        // A digit after 元 with no unit is speech (伍元伍 = 5.50?): rejected whole, never 5.00.
        Self.expectRejected("伍元伍", "missing_unit")
        Self.expectRejected("单价5元5。", "missing_unit")
        Self.expectRejected("五元五", "missing_unit")
        Self.expectAmount("每次五十元一次性付清", 5_000)
        // Not a fraction: a figure after a space, minutes, a score.
        Self.expectAmount("100元 1分钟内响应", 10_000)
        Self.expectAmount("费用100元，评分5分", 10_000)
    }

    /// Thousands set apart by spaces (justified PDF text): no part of the number is an amount of its own.
    @Test func spacedThousandsAreNotTwoNumbers() {
        Self.expectRejected("¥ 1 , 000 元", "bad_grouping")
        Self.expectRejected("合计12 345元", "bad_grouping")
        Self.expectRejected("1 500 000.00元", "bad_grouping")
        Self.expectRejected("费用000元", "leading_zero")
        Self.expectRejected("人民币8，0000元", "bad_grouping")
        Self.expectRejected("1 2 0 0元", "bad_grouping")
        Self.expectRejected("¥1.000,00", "bad_grouping")
        #expect(scan("第1 000个").amounts.isEmpty && scan("第1 000个").invalid.isEmpty)
        // Not groups: a date, a phone number, separate figures.
        Self.expectAmount("2022 年 7 月 12 日支付 300 元", 30_000)
        Self.expectAmount("电话 138 1234 5678，费用300元", 30_000)
    }

    /// 人民币 (¥, RMB, CNY) before a number governs the whole number, not its first figure.
    @Test func currencyPrefixGovernsTheWholeNumber() {
        Self.expectAmount("人民币 8千元", 800_000)
        Self.expectAmount("人民币8千", 800_000)
        Self.expectAmount("人民币 3点5万元", 3_500_000)
        Self.expectAmount("RMB 2万5千元", 2_500_000)
        Self.expectAmount("¥1万2千", 1_200_000, spanning: "¥1万2千")
        Self.expectAmount("CNY1,000,000", 100_000_000, spanning: "1,000,000")
        Self.expectAmount("RMB500元", 50_000)
        Self.expectAmount("200万人民币", 200_000_000)
        Self.expectAmount("3.14人民币", 314)
        // Another currency's code: an amount in that currency (Currencies.swift); letters run into a code: an identifier.
        #expect(scan("USD1,000,000").amounts.map(\.currency) == ["USD"])
        #expect(scan("型号XCNY100").amounts.isEmpty)
        #expect(scan("型号XUSD100").amounts.isEmpty)
    }

    /// A sign before an amount or a rate: rejected, never its absolute value.
    @Test func signsAreNeverDropped() {
        Self.expectRejected("负壹元整", "negative")
        Self.expectRejected("負參萬貳仟柒佰陸拾捌元", "negative")
        Self.expectRejected("余额为-1,200元", "negative")
        Self.expectRejected("调整－500元", "negative")
        Self.expectRejected("差额：−¥1,200.00", "negative")
        Self.expectRejected("¥-300元", "negative")
        Self.expectRejected("调整金额：￥-1,000.00", "negative")
        Self.expectRejected("负3.9%", "negative", kind: .percent)
        Self.expectRejected("增长率为-5%", "negative", kind: .percent)
        Self.expectRejected("负百分之五", "negative", kind: .percent)
        // A hyphen after a number is a range connector, not a sign.
        #expect(Self.fen("1000-1,200元") == [100_000, 120_000])
        #expect(scan("违约金为合同总额的 5%-10%").percentages.map(\.value) == [FixedDecimal(5), FixedDecimal(10)])
        #expect(scan("编号A-100元").invalid.isEmpty)
        // 负责 is a word, not a sign.
        Self.expectAmount("乙方负责支付2000元", 200_000)
    }

    /// Traditional 點 is a decimal point in percentages too; % inside a URL is no percentage.
    @Test func percentDecimalsAndURLs() {
        let m = scan("百分之一百二十點五")
        #expect(m.percentages.map(\.value) == [FixedDecimal("120.5")!])
        #expect(m.percentages.map(\.text) == ["百分之一百二十點五"])
        #expect(scan("百分之五點二五").percentages.map(\.value) == [FixedDecimal("5.25")!])
        #expect(scan("百分之3点5").percentages.map(\.value) == [FixedDecimal("3.5")!])
        #expect(scan("利率为百分之一百二").percentages.isEmpty)
        #expect(scan("利率为百分之一百二").invalid.map(\.reason) == ["missing_zero"])
        for text in ["详见 https://example.com/search?q=50%25off 页面", "www.example.cn/a/10%20b.pdf",
                     "链接：http://x.cn/p?rate=5%&y=1", "%E5%90%88%E5%90%8C"] {
            #expect(scan(text).percentages.isEmpty, "\(text): \(scan(text).percentages)")
        }
        #expect(scan("访问https://x.cn 后，增长5%").percentages.map(\.value) == [FixedDecimal(5)])
    }
}

/// Issue 13: values that are certain and were refused.
@Suite struct CertainValuesTests {
    @Test func bareTenAndLoneDigits() {
        ExactOrRejectedTests.expectAmount("拾万元", 10_000_000)
        ExactOrRejectedTests.expectAmount("拾万元整", 10_000_000)
        ExactOrRejectedTests.expectAmount("十万元", 10_000_000)
        ExactOrRejectedTests.expectAmount("押金：零元整", 0)
        ExactOrRejectedTests.expectAmount("一元整", 100)
        ExactOrRejectedTests.expectAmount("七元四角", 740)
        ExactOrRejectedTests.expectAmount("一千零十元", 101_000)
        ExactOrRejectedTests.expectAmount("一百十一元", 11_100)
        ExactOrRejectedTests.expectAmount("壹仟零拾元整", 101_000)
        #expect(scan("统一元数据管理").amounts.isEmpty)
        #expect(UppercaseMoney.parse("壹仟佰元") == .failure(.missingDigit))
    }

    @Test func hundredPercent() {
        for text in ["百分之百", "按百分百计", "百分之百的股权"] {
            #expect(scan(text).percentages.map(\.value) == [FixedDecimal(100)], "\(text)")
        }
    }

    @Test func rangesWithTheUnitOnTheUpperBound() {
        let cases: [(String, [Int64])] = [
            ("1万-5万元", [1_000_000, 5_000_000]),
            ("一百二十到一百五十万元", [120_000_000, 150_000_000]),
            ("10-20万元", [10_000_000, 20_000_000]),
            ("两到三千元", [200_000, 300_000]),
            ("1万(含)-5万元", [1_000_000, 5_000_000]),
            ("1.5~2万元", [1_500_000, 2_000_000]),
            ("罚款二千至五千元", [200_000, 500_000]),
            ("人民币10至20万元", [10_000_000, 20_000_000]),
            ("500-2000元", [50_000, 200_000]),
        ]
        for (text, fen) in cases {
            let m = scan(text)
            #expect(m.amounts.map(\.value.fen) == fen, "\(text): \(m.amounts.map(\.value))")
            #expect(m.invalid.isEmpty, "\(text): \(m.invalid)")
        }
        #expect(ExactOrRejectedTests.fen("5000-2万元") == [500_000, 2_000_000])
        #expect(ExactOrRejectedTests.fen("5千-1万元") == [500_000, 1_000_000])
        for (text, upper) in [("3万-2万元", Int64(2_000_000)), ("3-5千万元", 5_000_000_000), ("八到九百亿元", 9_000_000_000_000)] {
            let m = scan(text)
            #expect(m.amounts.map(\.value.fen) == [upper], "\(text)")
            #expect(m.invalid.map(\.reason) == ["ambiguous_range"], "\(text)")
        }
        // Not money ranges: nothing is recorded for the lower bound.
        #expect(scan("服务期1-2个月").amounts.isEmpty)
        #expect(scan("电话010-55531202").amounts.isEmpty)
    }

    @Test func figuresThenUppercaseAfterYuanRenminbi() {
        let s = "本合同总价为¥1,234,000 元人民币（大写：壹佰贰拾叁万肆仟元整）"
        let m = scan(s)
        #expect(m.amounts.count == 1)
        #expect(m.amounts.first?.figures?.value == Money(fen: 123_400_000))
        #expect(m.amounts.first?.uppercase?.value == Money(fen: 123_400_000))
        #expect(m.amounts.first?.readingsDisagree == false)
        let bad = scan("本合同总价为¥1,234,000 元人民币（大写：壹佰贰拾叁万伍仟元整）")
        #expect(bad.amounts.count == 1)
        #expect(bad.amounts.first?.readingsDisagree == true)
        #expect(bad.amounts.first?.value == Money(fen: 123_500_000))
    }
}

/// Chains beyond 10¹² 元 and chains with 整 keep their exact value.
@Suite struct LargeChainTests {
    @Test func largeChains() {
        ExactOrRejectedTests.expectAmount("1万亿元", 100_000_000_000_000)
        ExactOrRejectedTests.expectAmount("2万3千亿元整", 230_000_000_000_000)
        ExactOrRejectedTests.expectAmount("3万4000元整", 3_400_000, spanning: "3万4000元整")
    }
}

/// A lone everyday digit before 元 is an amount when it stands alone, a word inside words.
@Suite struct LoneDigitTests {
    @Test func loneDigitBeforeYuan() {
        ExactOrRejectedTests.expectAmount("七元", 700)
        ExactOrRejectedTests.expectAmount("押金为零元。", 0)
        ExactOrRejectedTests.expectAmount("单价一元，", 100)
        #expect(ExactOrRejectedTests.fen("每件二到三元") == [200, 300])
        for word in ["统一元数据管理", "二元论", "推进一元化", "三元组", "一元二次方程", "统一元，", "2000三元"] {
            #expect(scan(word).amounts.isEmpty, "\(word)")
        }
    }
}

/// Words made of numerals stay words: the new readings (bare 十, chains, 点, lone digits) read none of them.
@Suite struct NumeralWordsTests {
    @Test func wordsAreNoAmounts() {
        for text in ["千万不要迟延付款", "多元化经营", "万元户", "百元大钞", "一点也不", "一五一十地说明", "十全十美",
                     "万一发生争议", "统一元数据", "三点半开会", "百分比", "十分重要", "一元化管理"] {
            let m = scan(text)
            #expect(m.amounts.isEmpty && m.percentages.isEmpty && m.invalid.isEmpty, "\(text): \(m.amounts) \(m.percentages) \(m.invalid)")
        }
    }
}
