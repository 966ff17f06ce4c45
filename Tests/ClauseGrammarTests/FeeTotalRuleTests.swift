import Testing
import ContractModel

/// The fee of the contract's work stated whole is the total where no total keyword states one (our own
/// sentences); a fee paid, charged per period or unit, shared, listed by post, or a part of it, is not.
@Suite struct FeeTotalRuleTests {
    @Test(arguments: [
        ("本项目勘察设计费暂定为186.5万元，按进度分期支付。", "1865000.00"),
        ("五、付费方式：本项目设计服务费暂定为 元(人民币 贰佰零伍万叁仟 元 整),付费方式如下:", "2053000.00"),
        ("技术服务费：人民币陆万伍仟元整（含6%增值税）。", "65000.00"),
        ("本工程的监理服务费为人民币28万元。", "280000.00"),
        ("货款共计¥73,400.00元，由甲方分两期支付。", "73400.00"),
        ("技术开发经费总额为人民币96万元，分三期支付。", "960000.00"),
    ])
    func aFeeStatedWholeIsTheTotal(_ text: String, _ total: String) {
        #expect(Parsed(text).contract.totalAmount?.value.description == total, "\(text)")
    }

    @Test(arguments: [
        "甲方应于验收后支付服务费4万元。",
        "服务费为每月7200元，按月结算。",
        "月服务费为5800元。",
        "年度服务费为12万元。",
        "服务费：保洁岗3200元/月，秩序维护岗3500元/月。",
        "服务费：保洁岗3200元，秩序维护岗3500元。",
        "首期支付服务费的30%，即人民币3.6万元。",
        "超出部分的服务费按每人每天300元计算。",
        "培训费由乙方另行承担，约2000元。",
        "服务费为____元（大写：________）。",
        "第一年服务费为10万元，第二年服务费为12万元。",
    ])
    func aFeePaidChargedOrListedIsNoTotal(_ text: String) {
        #expect(Parsed(text).contract.totalAmount == nil, "\(text): \(String(describing: Parsed(text).contract.totalAmount?.value))")
    }

    /// A total keyword wins over a fee stated elsewhere.
    @Test func aTotalKeywordWins() {
        #expect(Parsed("合同总价为人民币50万元。其中设计费为人民币20万元。").contract.totalAmount?.value.description == "500000.00")
    }
}
