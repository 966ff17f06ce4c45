import Testing
@testable import TextNormalization

@Suite("Full-width folding and invisible characters")
struct CharacterFoldingTests {
    @Test("Full-width digits, letters and signs fold to ASCII")
    func fullWidthASCII() {
        #expect(normalized("合同金额１２３元") == "合同金额123元\n")
        #expect(normalized("ＩＳＯ９００１认证") == "ISO9001认证\n")
        #expect(normalized("税率为６％") == "税率为6%\n")
        #expect(normalized("（¥4,715,000.00 元）") == "(¥4,715,000.00元)\n")
        #expect(normalized("人民币￥１２３．４５元") == "人民币¥123.45元\n")
    }

    @Test("Amounts with full-width separators read as numbers")
    func fullWidthAmount() {
        #expect(normalized("合计１，２３４．５６元") == "合计1,234.56元\n")
        #expect(normalized("１，２３４，５６７．８９") == "1,234,567.89\n")
        #expect(normalized("上午９：３０前") == "上午9:30前\n")
    }

    @Test("Chinese clause punctuation stays full-width")
    func chinesePunctuationKept() {
        let line = "甲、乙双方根据国家和北京市相关法律法规的规定，本着诚实守信、合作互利的原则，经过友好协商；如下：是否？是！"
        #expect(normalized(line) == line + "\n")
        // A comma between digits that is not a thousands separator stays.
        #expect(normalized("第1，2款") == "第1，2款\n")
    }

    @Test("Ideographic space, NBSP, zero-width and private-use glyphs")
    func invisibles() {
        #expect(normalized("\u{3000}\u{3000}第一条　合同标的") == "第一条 合同标的\n")
        #expect(normalized("Windows\u{00A0}Server\u{200B} 2019") == "Windows Server 2019\n")
        #expect(normalized("\u{F0B7}\t服务内容") == "\t服务内容\n")
        #expect(normalized("\u{F0A7}系统巡检\u{FEFF}维护") == "系统巡检维护\n")
        #expect(normalized("\u{F06C} 应急值守") == "应急值守\n")
    }

    @Test("CRLF, CR and control characters")
    func lineEnds() {
        #expect(normalized("第一条。\r\n第二条。\r第三条。") == "第一条。\n第二条。\n第三条。\n")
        #expect(normalized("甲方\u{0007}乙方。") == "甲方乙方。\n")
    }

    @Test("Tabs are never removed")
    func tabsKept() {
        let row = "3\t安全软件及数字证书-网页防篡改客户端\t天融信网站监测与自动修复系统 V3 (TI-LINUXLIC-WAF)\t5\t套"
        #expect(normalized(row) == "3\t安全软件及数字证书-网页防篡改客户端\t天融信网站监测与自动修复系统V3 (TI-LINUXLIC-WAF)\t5\t套\n")
        #expect(normalized("单位\t\t\t北京") == "单位\t\t\t北京\n")
    }
}
