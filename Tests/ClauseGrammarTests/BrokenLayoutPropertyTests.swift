import Testing
import ContractModel

/// Property: contract wording broken the ways extraction breaks it (a line break anywhere, punctuation lost so a
/// sentence runs to its longest length) is read without fault. Values then often end past their sentence, which
/// is where rules crashed (`ReviewFindingsTests`). Our own sentences, one per rule family.
@Suite(.timeLimit(.minutes(10))) struct BrokenLayoutPropertyTests {
    static let clauses = [
        "甲方：宁波某某科技有限公司（以下简称甲方）", "乙方/Party B：杭州某某贸易有限公司", "合同编号：NB-2031-0042（以下简称本合同）",
        "本项目设计服务费暂定为人民币伍万元整（¥50,000.00）", "合同总价为人民币12万元（含13%增值税）", "签订日期：【2031】年【5】月【6】日",
        "租赁期限：自2031年2月1日起至2034年1月31日止，计3年", "合同签订后10个工作日内支付合同款的30%", "验收合格后，甲方向乙方支付合同款",
        "每逾期一日，乙方按合同总价的0.5%向甲方支付违约金，违约金累计不超过合同总价的10%", "履约保证金为合同总价的5%，即人民币6000元",
        "应向对方支付1个月的租金作为违约金", "保固保證金：新台幣 3 萬 8,100 元整(契約價金百分之三)", "借款期限为____十____年",
        "本合同于2031年3月1日在宁波签订", "孵化期限为18个月，自2031年2月11日起至2032年8月11日止",
    ]

    @Test func readWithoutFault() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var parsed = 0
        for _ in 0..<1500 {
            var text = Array((0..<6).map { _ in Self.clauses[next(Self.clauses.count)] }.joined(separator: "。").unicodeScalars)
            for _ in 0..<next(10) { text.insert("\n", at: next(text.count + 1)) }
            if next(3) == 0 { text.removeAll { $0 == "。" || $0 == "，" } }  // punctuation lost
            if next(4) == 0 { text = Array(String(repeating: "甲", count: 590 + next(12)).unicodeScalars) + text }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text)
            _ = Parsed(String(view)).contract
            parsed += 1
        }
        #expect(parsed == 1500)
    }
}
