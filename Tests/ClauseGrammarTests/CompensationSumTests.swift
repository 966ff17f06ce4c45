import Testing
import ContractModel

/// A sum agreed as the compensation itself (`赔偿…万元`) is a penalty sum; damages to be proven, a limit of
/// liability or a sum further on are not. A rate deducted per unit of a delay is a penalty without the word
/// 违约金. Our own sentences.
@Suite struct CompensationSumTests {
    @Test(arguments: [
        ("违反本合同第二、六条约定，乙方应承担以下违约责任：赔偿80万元人民币给甲方。", "800000.00", Penalty.LiableParty.partyB),
        ("因乙方原因导致合同解除的，乙方应赔偿甲方损失人民币2万元。", "20000.00", .partyB),
        ("甲方擅自解除合同的，应赔偿乙方经济损失人民币伍万元整。", "50000.00", .partyA),
    ])
    func aSumAgreedAsCompensationIsAPenalty(_ text: String, _ sum: String, _ party: Penalty.LiableParty) {
        let penalties = Parsed(text).contract.penalties
        #expect(penalties.count == 1, "\(text)")
        #expect(penalties.first?.fixedAmount?.value.description == sum)
        #expect(penalties.first?.per == .once)
        #expect(penalties.first?.party == party)
    }

    @Test(arguments: [
        "本合同履约过程中发生的损失，赔偿限额为100万元。",
        "乙方应赔偿由此给甲方造成的全部损失，包括但不限于诉讼费5万元以内的律师费。",
        "双方约定，赔偿额不超过合同总价的30%，最高不超过50万元。",
        "如发生质量事故，乙方应赔偿甲方损失，甲方已支付的货款人民币10万元不予退还。",
    ])
    func damagesAndLimitsAreNoPenaltySum(_ text: String) {
        #expect(Parsed(text).contract.penalties.allSatisfy { $0.fixedAmount == nil }, "\(text)")
    }

    @Test(arguments: [
        ("如乙方未按时完成设计工作，每延期一周扣除设计费的2%。", "2", Penalty.Per.week),
        ("乙方逾期交付的，每逾期一日，甲方有权扣减合同价款的千分之三。", "0.3", .day),
    ])
    func aRateDeductedPerUnitOfADelayIsAPenalty(_ text: String, _ rate: String, _ per: Penalty.Per) {
        let penalty = Parsed(text).contract.penalties.first
        #expect(penalty?.rate?.value.description == rate, "\(text)")
        #expect(penalty?.per == per)
    }
}

/// A model text's penalty filled in with its suggested range left beside the figure (our own figures): the
/// figure is the sum, per day or per incident as the unit says.
@Suite struct FilledModelTextPenaltyTests {
    @Test(arguments: [
        ("逾期竣工违约金的计算方法：每延误1天，承包人按30000(5000~50000)元/天计算逾期竣工违约金。", "30000.00", Penalty.Per.day),
        ("承包人未能按照合同约定履行其他义务的，按3000(500~5000)元/次支付违约金。", "3000.00", .incident),
        ("承包人未按约定配备关键施工设备的，按20000(5000~50000)元/台·次支付违约金。", "20000.00", .incident),
    ])
    func theFilledFigureIsThePenalty(_ text: String, _ sum: String, _ per: Penalty.Per) {
        let penalty = Parsed(text).contract.penalties.first
        #expect(penalty?.fixedAmount?.value.description == sum, "\(text)")
        #expect(penalty?.per == per, "\(text)")
    }
}
