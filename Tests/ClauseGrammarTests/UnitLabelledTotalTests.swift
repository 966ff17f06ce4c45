import Testing
import ContractModel

/// A total whose label names the unit and whose value is bare figures, as procurement notices write it.
@Suite struct UnitLabelledTotalTests {
    @Test(arguments: [
        ("一、合同编号：CG-2032-118\n二、合同金额(元)：\n4518300\n三、履约期限：一年", "4518300.00"),
        ("成交金额（万元）：271.35", "2713500.00"),
        ("合同金额(元):\t86420.50", "86420.50"),
    ])
    func bareFiguresInTheLabelsUnit(_ text: String, _ total: String) {
        #expect(Parsed(text).contract.totalAmount?.value.description == total, "\(text)")
    }

    @Test(arguments: ["合同金额(元)：详见附件", "合同金额(元)：______", "合同金额（元）：\n第三条 付款方式"])
    func noFiguresNoTotal(_ text: String) {
        #expect(Parsed(text).contract.totalAmount == nil, "\(text)")
    }
}
