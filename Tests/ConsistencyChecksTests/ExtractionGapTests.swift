import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct ExtractionGapTests {
    let rule = "extraction_gap"

    @Test func clauseNumberingThatSkipsIsReported() {
        let c = Clause("3、合同价款\n本合同总额为人民币叁佰玖拾万元整。\n4、支付条款\n4.1 支付依据\n乙方应汇报。\n4.2 支付方式\n甲方以支票方式向乙方支付合同尾\n询报告、服务内容)与工作业务信息进行保密。\n7.2乙方必须与甲方签订《安全保密协议》。\n8、知识产权条款\n8.1乙方保证。")
        let f = c.check(Contract()).of(rule)
        #expect(f.map(\.message) == [
            "条款编号从「4、支付条款」跳到「8、知识产权条款」，缺少第 5–7 项：正文可能缺页或被截断",
            "条款编号从「4.2 支付方式」跳到「7.2乙方必须与甲方签订《安全保…」，缺少第 7.1 项：正文可能缺页或被截断",
        ])
        #expect(f.allSatisfy { $0.severity == .warning })
        #expect(f.last?.spans == [c.span("4.2 支付方式"), c.span("7.2乙方必须与甲方签订《安全保密协议》。")])
    }

    @Test func restartsRepeatsTablesAndChaptersWithoutSubclausesAreNotGaps() {
        let text = """
        一 合同说明条款
        1.1 甲乙双方签订本合同。
        1.2 地址如下。
        二 服务内容
        1、驻场保障
        2、日常维护
        3、系统安全管理
        三 合同价款
        四 支付条款
        4.1 支付依据
        1、乙方开具发票。
        2、甲方付款。
        五 违约条款
        5.1 乙方未按约定提供服务
        \t\t13、提示短信统计
        \t\t10、各区数据专题统计
        附件1
        二、安全要求
        二、保密信息范围
        三、安全保密期限
        1.1 附件条款。
        """
        #expect(Clause(text).check(Contract()).of(rule).isEmpty)
    }

    @Test func tableCellsContinuedOnANewPageAreNotClauses() {
        // Corpus PDF of seed 000: table cells that run onto the next page lose their tabs.
        let text = """
        3、通信及网络接入服务
        序号\t服务项目\t简要内容\t数量\t单位
        1\t短信服务\t用户使用时，需通过短信验证码进行注册、登录\t1\t项
        4、北京市道路停车电子收费系统软件运维
        序号\t服务项目\t简要内容\t数量/频率
        1\t系统日常维护\t1、监控应用软件的运行状态2、数据资源权限调整
        \u{0C}序号\t服务项目\t简要内容\t数量/频率
        13、提示短信、处罚短信情况统计14、各区数据专题
        19、接口对接数据统计20、线下处罚案件情况统计
        21、线下处罚数据统计
        3\t系统版本迭代\t完成道路停车系统软件的功能需求变更维护工作\t按需
        4. 其他
        序号\t服务项目\t简要内容\t数量/频率
        8. 停车场接入数据完整率统计9、临时数据统
        序号\t服务项目\t简要内容\t数量/频率
        10、各区数据专题统计
        5、等保三级符合性测评服务
        """
        #expect(Clause(text).check(Contract()).of(rule).map(\.message) == [])
    }

    @Test func articleNumberingSkip() {
        let c = Clause("第一条 服务内容\n第二条 服务期限\n第五条 违约责任\n")
        #expect(c.check(Contract()).of(rule).map(\.message) == ["条款编号从「第二条 服务期限」跳到「第五条 违约责任」，缺少第 3–4 项：正文可能缺页或被截断"])
    }

    @Test func sentenceCutAtAPageBoundaryBeforeANewClause() {
        let c = Clause("4.2 支付方式\n验收合格后，甲方向乙方支付合同尾\u{0C}5.1 乙方未按约定提供服务时，应支付违约金。")
        let f = c.check(Contract()).of(rule)
        #expect(f.map(\.message) == ["第 1 页末句「验收合格后，甲方向乙方支付合同尾」未完，第 2 页却以新条款「5.1 乙方未按约定提供服务时，…」开头：中间可能缺页"])
        #expect(f.first?.spans.last?.page == 2)
    }

    @Test func sentenceContinuingOnTheNextPageIsNormal() {
        let c = Clause("4.2 支付方式\n甲方向乙方支付合同尾\u{0C}款的10%。\n5.1 违约责任。")
        #expect(c.check(Contract()).of(rule).isEmpty)
        let d = Clause("4.2 支付方式\n验收合格后，甲方向乙方支付合同尾款。\u{0C}5.1 违约责任。")
        #expect(d.check(Contract()).of(rule).isEmpty)
        // A title at the foot of a page is not a cut sentence.
        let e = Clause("十三 合同的生效\n本合同自签字之日起生效。\n附件2 工作说明书\u{0C}一、运维内容\n二、运维要求")
        #expect(e.check(Contract()).of(rule).isEmpty)
    }

    @Test func installmentNumberingThatSkips() {
        let c = Clause("第一次付款：60%。第三次付款：10%。")
        let list = [Installment(sequence: 1, percent: c.percent("60%"), span: c.span("第一次付款")),
                    Installment(sequence: 3, percent: c.percent("10%"), span: c.span("第三次付款"))]
        let f = c.check(Contract(installments: list))
        #expect(f.of(rule).map(\.message) == ["付款期次从第1期直接到第3期，缺少第2期：正文可能缺页或被截断"])
        #expect(f.of(rule).first?.fields == ["contract.installments[1].sequence"])
        // Findings that missing text may explain say so.
        #expect(f.of("installment_percent_sum").first?.message.contains("extraction_gap") == false)
        let g = c.check(Contract(installments: list + [Installment(sequence: 4, span: c.span("。"))]))
        #expect(g.of("installment_percent_sum").first?.message.hasSuffix("（注意：正文疑似有缺失或截断，见 extraction_gap，此项可能由输入不完整导致）") == true)
    }
}

@Suite struct ExtractionGapSeedTests {
    @Test func seedOneIsCutAfterClauseFour() throws {
        let f = try Seeds.parse("001_c648c82cf455f662").findings.of("extraction_gap")
        #expect(f.map(\.message) == [
            "条款编号从「4、支付条款」跳到「8、知识产权条款」，缺少第 5–7 项：正文可能缺页或被截断",
            "条款编号从「4.2 支付方式」跳到「7.2乙方必须与甲方签订《安全保…」，缺少第 7.1 项：正文可能缺页或被截断",
        ])
    }

    @Test func seedTwoWithALostPage() throws {
        // Page 1 ends inside the payment clause; the page holding the rest of 第五条 and 第六条 is lost.
        let raw = try Seeds.raw("002_0ad458b6bd88bf67")
        let cut = try #require(raw.range(of: "阶段验收合格且财政资金拨付后"))
        let resume = try #require(raw.range(of: "第七条 甲方的权利义务"))
        let p = Seeds.parse(raw: String(raw[..<cut.lowerBound]) + "\u{0C}" + String(raw[resume.lowerBound...]))
        let messages = p.findings.of("extraction_gap").map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.hasPrefix("第 1 页末句") && $0.contains("第 2 页却以新条款「第七条 甲方的权利义务」开头") })
        #expect(messages.contains { $0.hasPrefix("条款编号从「第五条 服务费及支付方式」跳到「第七条 甲方的权利义务」") })
    }
}
