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
}
