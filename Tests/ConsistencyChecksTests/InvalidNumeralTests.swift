import Testing
import ContractModel
@testable import ConsistencyChecks

@Suite struct InvalidNumeralTests {
    @Test func malformedCapitalAmountIsFlagged() {
        let c = Clause("合同价款为人民币壹佰佰元整。")
        let bad = InvalidMention(kind: .money, text: "壹佰佰元整", reason: "repeated_unit", span: c.span("壹佰佰元整"))
        let findings = c.check(Contract(), mentions: Mentions(invalid: [bad])).of("invalid_numeral")
        #expect(findings.count == 1)
        #expect(findings[0].severity == .warning)
        #expect(findings[0].message == "金额「壹佰佰元整」写法不合规范，无法确定数值（单位重复，repeated_unit），请核对原文")
        #expect(findings[0].fields == ["mentions.invalid[0]"])
        #expect(findings[0].spans == [c.span("壹佰佰元整")])
    }

    @Test func unknownReasonCodeIsShownAsIs() {
        let c = Clause("服务期为十二又个月。")
        let bad = InvalidMention(kind: .duration, text: "十二又个月", reason: "odd_thing", span: c.span("十二又个月"))
        let f = c.check(Contract(), mentions: Mentions(invalid: [bad])).of("invalid_numeral")
        #expect(f.map(\.message) == ["期限「十二又个月」写法不合规范，无法确定数值（odd_thing），请核对原文"])
    }

    @Test func silentWithoutInvalidMentions() {
        let c = Clause("合同价款为人民币壹佰元整。")
        #expect(c.check(Contract()).of("invalid_numeral").isEmpty)
    }
}

@Suite struct InvalidNumeralSeedTests {
    @Test func malformedCapitalAmountInSeedZero() throws {
        let p = try Seeds.parse("000_9fb00753f40daf59", replacing: "肆拾柒万壹仟伍佰元整（¥471,500.00 元）的履约保函", with: "肆拾柒万壹仟伍佰佰元整（¥471,500.00 元）的履约保函")
        let f = p.findings.of("invalid_numeral")
        #expect(f.count == 1)
        #expect(f.first.map { p.text.text($0.spans[0]).contains("伍佰佰") } == true)
    }
}
