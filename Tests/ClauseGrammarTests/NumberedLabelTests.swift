import Testing
import ContractModel

/// A label keeps its meaning behind an item number (`七、合同签订日期：`) and under a longer name ending with it
/// (`合同签订时间：`).
@Suite struct NumberedLabelTests {
    @Test(arguments: [
        ("六、合同签订日期: 2031年04月09日\n七、合同公告日期: 2031-04-10 10:02:11", "2031-04-09"),
        ("合同编号：AB-77\n合同签订时间：2031/03/21", "2031-03-21"),
        ("3.签订日期：2031年1月5日", "2031-01-05"),
    ])
    func signingDate(_ text: String, _ iso: String) {
        #expect(Parsed(text).contract.signingDate?.value.description == iso, "\(text)")
    }

    /// An agreement's or a traditional-script contract's number is the contract number.
    @Test(arguments: [("协议编号：XY-2031-09", "XY-2031-09"), ("合約編號：TW-120-0031", "TW-120-0031"), ("契约编号：QY2031-5", "QY2031-5")])
    func agreementNumbers(_ text: String, _ number: String) {
        #expect(Parsed(text).contract.contractNumber?.value == number, "\(text)")
    }

    @Test func aProjectNumberIsNoContractNumber() {
        #expect(Parsed("项目编号：ZB-2031-7\n项目名称：某河道整治工程").contract.contractNumber == nil)
    }
}
