import Testing
@testable import ExtractDOCX

/// Automatic numbering: labels Word prints but the text does not contain.
@Suite struct NumberingTests {
    typealias F = WordFixture

    /// Level 0 `第%1条` (chineseCounting), level 1 `%1.%2` (decimal, legal), level 2 `（%3）`.
    static let contractList = """
        <w:abstractNum w:abstractNumId="0">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:pStyle w:val="ClauseTitle"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%3）"/><w:suff w:val="nothing"/></w:lvl>\
        </w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
        """

    static func numbered(_ text: String, numId: Int, level: Int) -> String {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    @Test func multilevelLabels() throws {
        var fixture = F(body: [
            Self.numbered("合同标的", numId: 1, level: 0),
            Self.numbered("服务内容", numId: 1, level: 1),
            Self.numbered("巡检", numId: 1, level: 2),
            Self.numbered("维护", numId: 1, level: 2),
            Self.numbered("服务期限", numId: 1, level: 1),
            Self.numbered("付款", numId: 1, level: 0),
            Self.numbered("首付", numId: 1, level: 1),
            Self.numbered("要点", numId: 2, level: 0),
            F.p("无编号段落"),
        ].joined())
        fixture.numbering = Self.contractList
        #expect(try fixture.text() == """
            第一条 合同标的
            1.1 服务内容
            （一）巡检
            （二）维护
            1.2 服务期限
            第二条 付款
            2.1 首付
            要点
            无编号段落
            """)
    }

    @Test func numberingThroughParagraphStyleAndOverrides() throws {
        var fixture = F(body: [
            #"<w:p><w:pPr><w:pStyle w:val="ClauseTitle"/></w:pPr><w:r><w:t>定义</w:t></w:r></w:p>"#,
            #"<w:p><w:pPr><w:pStyle w:val="Derived"/></w:pPr><w:r><w:t>价款</w:t></w:r></w:p>"#,
            Self.numbered("重新编号", numId: 3, level: 0),
            Self.numbered("继续", numId: 3, level: 0),
            #"<w:p><w:pPr><w:pStyle w:val="ClauseTitle"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>关闭编号</w:t></w:r></w:p>"#,
        ].joined())
        fixture.numbering = Self.contractList
        fixture.styles = """
            <w:style w:type="paragraph" w:styleId="ClauseTitle"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Derived"><w:basedOn w:val="ClauseTitle"/></w:style>
            """
        // The style has no ilvl: the level whose w:pStyle names the style (level 0) is used.
        #expect(try fixture.text() == "第一条 定义\n第二条 价款\n第九条 重新编号\n第十条 继续\n关闭编号")
    }

    @Test func labelStaysWithItsTextAcrossAPageBreak() throws {
        var fixture = F(body: F.p("前页") + #"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:lastRenderedPageBreak/><w:t>违约责任</w:t></w:r></w:p>"#)
        fixture.numbering = Self.contractList
        #expect(try fixture.extract().pages.map(\.text) == ["前页", "第一条 违约责任"])
    }

    @Test func numberFormats() {
        let chinese = [1: "一", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 100: "一百", 105: "一百〇五", 110: "一百一十", 2010: "二千〇一十"]
        for (value, text) in chinese { #expect(NumberFormats.format(value, as: "chineseCounting") == text, "\(value)") }
        #expect(NumberFormats.format(105, as: "chineseCountingThousand") == "一百零五")
        #expect(NumberFormats.format(10, as: "chineseLegalSimplified") == "壹拾")
        #expect(NumberFormats.format(3, as: "ideographTraditional") == "丙")
        #expect(NumberFormats.format(3, as: "decimalEnclosedCircle") == "③")
        #expect(NumberFormats.format(28, as: "lowerLetter") == "bb")
        #expect(NumberFormats.format(14, as: "upperRoman") == "XIV")
        #expect(NumberFormats.format(12, as: "decimalFullWidth") == "１２")
        #expect(NumberFormats.format(7, as: "decimalZero") == "07")
    }
}
