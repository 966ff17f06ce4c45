import Testing
@testable import ExtractDOCX

@Suite struct TableTests {
    typealias F = WordFixture

    static func cell(_ paragraphs: String...) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + paragraphs.map { F.p($0) }.joined() + "</w:tc>"
    }

    static func row(_ cells: String...) -> String { "<w:tr>" + cells.joined() + "</w:tr>" }

    @Test func rowsWithTabSeparatedCells() throws {
        let table = "<w:tbl><w:tblPr/><w:tblGrid/>" + Self.row(Self.cell("单位"), Self.cell("甲方"), Self.cell("乙方"))
            + Self.row(Self.cell("电话"), Self.cell("010-55531202"), Self.cell("—")) + "</w:tbl>"
        let text = try F(body: F.p("1.2 双方地址：") + table + F.p("1.3 结算")).text()
        #expect(text == "1.2 双方地址：\n单位\t甲方\t乙方\n电话\t010-55531202\t—\n1.3 结算")
    }

    @Test func cellParagraphsJoinWithASpaceAndEmptyCellsKeepTheirPlace() throws {
        let table = "<w:tbl>" + Self.row(Self.cell("地址", "（注册地）"), Self.cell(""), Self.cell("北京市", "通州区"))
            + Self.row(Self.cell(""), Self.cell("")) + "</w:tbl>"
        #expect(try F(body: table).text() == "地址 （注册地）\t\t北京市 通州区")
    }

    @Test func nestedTableIsFlattenedIntoItsCell() throws {
        let inner = "<w:tbl>" + Self.row(Self.cell("a1"), Self.cell("a2")) + Self.row(Self.cell("b1"), Self.cell("b2")) + "</w:tbl>"
        let outer = "<w:tbl>" + Self.row(Self.cell("外"), "<w:tc>\(F.p("前"))\(inner)\(F.p("后"))</w:tc>") + "</w:tbl>"
        #expect(try F(body: outer).text() == "外\t前 a1 a2 b1 b2 后")
    }

    @Test func rowsInsideContentControlsAreRows() throws {
        let table = "<w:tbl><w:sdt><w:sdtContent>" + Self.row(Self.cell("x"), Self.cell("y")) + "</w:sdtContent></w:sdt></w:tbl>"
        #expect(try F(body: table).text() == "x\ty")
    }

    @Test func aOneColumnLayoutTableReadsLikeBodyText() throws {
        // WPS sets whole contracts in a one-column table: each paragraph of a cell is a line of its own.
        let table = "<w:tbl>" + Self.row(Self.cell("第四条 付款方式", "1、合同签订后支付合同价款的30%。", "2、验收合格后支付合同价款的70%。"))
            + Self.row(Self.cell("第五条 违约责任", "逾期交付的，每日按合同价款的千分之一支付违约金。")) + "</w:tbl>"
        #expect(try F(body: table).text() == """
            第四条 付款方式
            1、合同签订后支付合同价款的30%。
            2、验收合格后支付合同价款的70%。
            第五条 违约责任
            逾期交付的，每日按合同价款的千分之一支付违约金。
            """)
    }

    @Test func aTableInsideALayoutCellKeepsItsRows() throws {
        let inner = "<w:tbl>" + Self.row(Self.cell("阶段"), Self.cell("比例")) + Self.row(Self.cell("预付款"), Self.cell("30%")) + "</w:tbl>"
        let outer = "<w:tbl>" + Self.row("<w:tc>\(F.p("第四条 付款计划"))\(inner)\(F.p("以上款项均含税。"))</w:tc>") + "</w:tbl>"
        #expect(try F(body: outer).text() == "第四条 付款计划\n阶段\t比例\n预付款\t30%\n以上款项均含税。")
    }

    @Test func aMergedRowOfADataTableStaysOneLinePerParagraph() throws {
        let table = "<w:tbl>" + Self.row(Self.cell("项目"), Self.cell("金额")) + Self.row(Self.cell("运维服务"), Self.cell("120000"))
            + Self.row(Self.cell("合计：人民币壹拾贰万元整")) + "</w:tbl>"
        #expect(try F(body: table).text() == "项目\t金额\n运维服务\t120000\n合计：人民币壹拾贰万元整")
    }
}
