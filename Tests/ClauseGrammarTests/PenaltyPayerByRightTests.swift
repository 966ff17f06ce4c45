import Testing
import ContractModel

/// The party entitled to collect, deduct or demand a penalty (`甲方有权…加收`) is paid; the other side pays it.
@Suite struct PenaltyPayerByRightTests {
    @Test(arguments: [
        ("承租方逾期交租的，出租方有权按日加收欠租总额千分之三的违约金。", Penalty.LiableParty.partyB),
        ("乙方逾期交货，甲方有权从货款中扣除每日千分之二的违约金。", .partyB),
        ("甲方逾期付款的，乙方有权要求甲方按日支付应付款万分之四的违约金。", .partyA),
        ("买方每逾期付款一日，卖方有权将按照应付款总额的0.3%收取买方的滞纳金，并向买方追缴所欠货款。", .partyA),
        ("乙方逾期完工的，每逾期一日，乙方应按合同价款的0.1%向甲方支付违约金。", .partyB),
    ])
    func payerIsTheOtherSideOfTheRight(_ text: String, _ payer: Penalty.LiableParty) {
        let penalties = Parsed(text).contract.penalties
        #expect(penalties.count == 1, "\(text)")
        #expect(penalties.first?.party == payer, "\(text)")
        #expect(penalties.first?.per == .day)
    }

    @Test func aRightToTerminateLeavesThePayerToItsOwnClause() {
        let x = Parsed("甲方有权解除合同，乙方应按合同总价的10%向甲方支付违约金。").contract.penalties.first
        #expect(x?.party == .partyB)
        #expect(x?.per == .once)
    }
}
