import Testing
import ContractModel
import ChineseNumbers

func scan(_ s: String) -> Mentions { MentionScanner.scan(DocumentText(pages: [s])) }

/// The text a span covers in `s`.
func spanned(_ s: String, _ span: Span) -> String {
    let scalars = Array(s.unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[span.start..<span.end])
    return String(v)
}

@Suite struct ScannerMoneyTests {
    @Test func pairedUppercaseThenFigures() {
        let s = "合同价款为：肆佰柒拾壹万伍仟元整（¥4,715,000.00元），其中"
        let m = scan(s)
        #expect(m.amounts.count == 1)
        let a = m.amounts[0]
        #expect(a.value == Money(fen: 471_500_000))
        #expect(a.uppercase?.text == "肆佰柒拾壹万伍仟元整")
        #expect(a.figures?.text == "¥4,715,000.00元")
        #expect(a.figures?.value == Money(fen: 471_500_000))
        #expect(spanned(s, a.span) == "肆佰柒拾壹万伍仟元整（¥4,715,000.00元")
        #expect(!a.readingsDisagree)
    }

    @Test func pairedFormsOfTheIssue() {
        let cases: [(String, Int64, Int64)] = [
            ("人民币（大写）叁佰玖拾万元整（¥3,900,000.00 元整，含税）", 390_000_000, 390_000_000),
            ("服务费总额为人民币 3,278,000.00 元，大写：叁佰贰拾柒万捌仟元整。", 327_800_000, 327_800_000),
            ("（即人民币2,294,600.00元，大写贰佰贰拾玖万肆仟陆佰元整）", 229_460_000, 229_460_000),
            ("（大写）壹佰壹拾叁万元整（小写）人民币1130000元", 113_000_000, 113_000_000),
            ("肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分（¥4,448,113.21 元）", 444_811_321, 444_811_321),
            ("人民币 贰佰捌拾贰万玖仟元整 （ ¥2,829,000.00 元）", 282_900_000, 282_900_000),
            ("壹拾万元整\u{0C}（¥100,000.00元）", 10_000_000, 10_000_000),
            ("合同总价：人民币（￥１２３，４５６．７８元），大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分。", 12_345_678, 12_345_678),
            ("合同总价：人民币(¥123,456.78元),大写:壹拾贰万叁仟肆佰伍拾陆元柒角捌分。", 12_345_678, 12_345_678),
            ("大写：人民币叁佰玖拾万元整（RMB 3,900,000.00）", 390_000_000, 390_000_000),
            // A mismatch is kept: value is the 大写 reading.
            ("叁万元整（¥30,500.00元）", 3_000_000, 3_050_000),
        ]
        for (text, upper, figures) in cases {
            let m = scan(text)
            #expect(m.amounts.count == 1, "\(text): \(m.amounts)")
            guard let a = m.amounts.first else { continue }
            #expect(a.uppercase?.value == Money(fen: upper), "\(text)")
            #expect(a.figures?.value == Money(fen: figures), "\(text)")
            #expect(a.value == Money(fen: upper), "\(text)")
            #expect(a.readingsDisagree == (upper != figures), "\(text)")
        }
    }

    @Test func figuresForms() {
        let cases: [(String, Int64, String)] = [
            ("¥4,715,000.00元", 471_500_000, "¥4,715,000.00元"),
            ("￥1498000 元", 149_800_000, "￥1498000 元"),
            ("人民币 3,278,000.00 元", 327_800_000, "3,278,000.00 元"),
            ("共1130000元", 113_000_000, "1130000元"),
            ("按照人民币 35 万元赔偿", 35_000_000, "35 万元"),
            ("3.5万元", 3_500_000, "3.5万元"),
            ("1,234万元", 1_234_000_000, "1,234万元"),
            ("费用在2000 元以内", 200_000, "2000 元"),
            ("注册资本金 62323.1286 万元", 62_323_128_600, "62323.1286 万元"),
            ("¥12.5", 1_250, "¥12.5"),
            ("导致100万元以上经济损失", 100_000_000, "100万元"),
            ("１２００元", 120_000, "１２００元"),
        ]
        for (text, fen, spannedText) in cases {
            let m = scan(text)
            #expect(m.amounts.count == 1, "\(text): \(m.amounts)")
            guard let a = m.amounts.first else { continue }
            #expect(a.value == Money(fen: fen), "\(text)")
            #expect(a.figures != nil && a.uppercase == nil, "\(text)")
            #expect(spanned(text, a.span) == spannedText, "\(text)")
        }
    }

    @Test func invalidAmountsAreReportedAndScanningGoesOn() {
        let s = "甲方支付壹佰佰元，另付伍角伍角，退还壹元贰分叁角，余款人民币 万元整，以及壹佰贰元整；最后支付叁万元整。"
        let m = scan(s)
        #expect(m.invalid.map(\.reason) == ["repeated_unit", "repeated_unit", "unit_order", "dangling_unit", "missing_zero"])
        #expect(m.invalid.allSatisfy { $0.kind == .money })
        #expect(m.invalid.map { spanned(s, $0.span) } == ["壹佰佰元", "伍角伍角", "壹元贰分叁角", "万元整", "壹佰贰元整"])
        #expect(m.amounts.map(\.value) == [Money(fen: 3_000_000)])
    }

    @Test func badFiguresAreReported() {
        let m = scan("金额4,71,5000元；单价3.456元")
        #expect(m.invalid.map(\.reason) == ["bad_grouping", "excess_precision"])
        #expect(m.amounts.isEmpty)
    }

    @Test func notMoney() {
        let negatives = [
            "联系电话：010-55531202，手机 18515206586",
            "邮编：100081",
            "开户账号：0200 0012 0900 1234 567",
            "合同编号：CYCGW-2025-0016",
            "签订日期：2022 年 7 月 12 日",
            "第三条 服务内容；1.2 服务范围；2. 2 其他",
            "提供 7×24h 全天候运维服务",
            "系统可用性≥99.9%",
            "本合同一式陆份，甲乙双方各执叁份。",
            "法定代表人：陆金周；宋元富；陈元赫",
            "年营业总额(万元)",
            "统一元数据管理",
            "十分重要；三角形；百分比",
            "满分 10 分，其中完成时效占 30%",
        ]
        for s in negatives {
            let m = scan(s)
            #expect(m.amounts.isEmpty, "\(s): \(m.amounts)")
            #expect(m.invalid.isEmpty, "\(s): \(m.invalid)")
        }
    }
}
