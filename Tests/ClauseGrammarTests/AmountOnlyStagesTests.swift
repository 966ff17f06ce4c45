import Testing
import ContractModel

/// Stages stated with amounts only, the remainder in the same sentence: each is a stage with its own amount.
@Suite struct AmountOnlyStagesTests {
    static func stages(_ text: String) -> [String] {
        Parsed(text).contract.installments.map { ($0.amount?.value.description ?? "-") + "/" + ($0.dueDate?.value.description ?? "-") }
    }

    @Test(arguments: [
        ("买方应于合同签订后7日内付款15万元，剩余45万元于2032年3月1日前付清。", ["150000.00/-", "450000.00/2032-03-01"]),
        ("签约后五日内支付货款3万元，余款9万元于验收合格后支付。", ["30000.00/-", "90000.00/-"]),
        ("合同生效后甲方支付首付款12万元，剩余36万元验收后付清。", ["120000.00/-", "360000.00/-"]),
    ])
    func paymentAndRemainder(_ text: String, _ expected: [String]) {
        #expect(Self.stages(text) == expected, "\(text)")
    }

    @Test(arguments: ["剩余工期为30天，乙方应加快进度。", "剩余部分由乙方自行承担。", "乙方支付违约金5万元，剩余损失另行赔偿3万元。"])
    func noStage(_ text: String) {
        #expect(Self.stages(text).isEmpty, "\(text)")
    }
}
