import Testing
import ContractModel
@testable import ConsistencyChecks

/// The unchanged seeds: no false alarm. Seeds 000 and 002 are consistent contracts; seed 001 lost
/// clauses 5–7 (its text jumps from `支付合同尾` to `询报告`), which is reported as such.
@Suite struct SeedsConsistentTests {
    @Test(arguments: ["000_9fb00753f40daf59", "002_0ad458b6bd88bf67"])
    func consistentSeedHasNoErrorOrWarning(name: String) throws {
        let f = try Seeds.parse(name).findings
        #expect(f.filter { $0.severity >= .warning }.map { "\($0.rule): \($0.message)" } == [])
    }

    @Test func seedOneOnlyReportsWhatTheMissingTextCauses() throws {
        let f = try Seeds.parse("001_c648c82cf455f662").findings
        #expect(Set(f.filter { $0.severity >= .warning }.map(\.rule)) == ["extraction_gap", "installment_percent_sum"])
        #expect(f.errors.allSatisfy { $0.message.contains("extraction_gap") })
    }

    /// Percentages that are not payment shares (SLA thresholds, the SME reserve, penalty ratio
    /// tables) must not disturb the payment checks when they sit in the same document.
    @Test func nonPaymentPercentagesStaySilent() throws {
        let extra = """

        本项目属于适宜由中小企业提供的情形，依法预留采购项目预算总额的【40%】专门面向中小企业采购，其中预留给小微企业的比例不低于预算总额的【28%】。

        ●面向预算单位的财政核心 IT 系统稳定运行率 ≥ 99.9%
        IT 系统稳定运行率（%）\t≥96%
        IT 服务投诉（个）\t≤5%
        ☆ 保障北京市中小企业公共服务平台全年运行稳定，应用系统可用性超过99.9%。

        序号\t违约行为\t违约金比例
        1\t所提供的服务可用性低于 99.9%，出现问题并造成重大损失的\t100%
        2\t因所提供的运维服务出现故障，导致中小企业基础数据库丢失，造成重大影响\t200%
        11\t月考核得分低于 60 分的\t40%
        企业一体化申报运维：满分 10 分，其中完成时效占 30%，完成质量占 50%，文档记录情况占 20%；
        """
        let base = try Seeds.parse("000_9fb00753f40daf59")
        let p = Seeds.parse(raw: try Seeds.raw("000_9fb00753f40daf59") + extra)
        #expect(p.contract.installments.count == base.contract.installments.count)
        #expect(p.contract.installments.map { $0.percent?.value } == base.contract.installments.map { $0.percent?.value })
        #expect(p.findings.filter { $0.severity >= .warning }.map { "\($0.rule): \($0.message)" } == [])
    }
}
