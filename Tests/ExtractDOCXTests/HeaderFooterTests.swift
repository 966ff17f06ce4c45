import Testing
@testable import ExtractDOCX

@Suite struct HeaderFooterTests {
    typealias F = WordFixture

    @Test func headersAndFootersAreExposedButNotInTheBody() throws {
        var fixture = F(body: F.p("第一条 总则"))
        fixture.headers = [F.p("采购合同"), F.p("")]
        fixture.footers = [#"<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>"#]
        let document = try fixture.extract()
        #expect(document.pages.map(\.text) == ["第一条 总则"])
        #expect(document.headers == ["采购合同"])
        #expect(document.footers == ["第 1 页"])
    }

    @Test func headerTablesAndTextBoxesAreRead() throws {
        var fixture = F(body: F.p("正文"))
        fixture.headers = ["<w:tbl><w:tr><w:tc>\(F.p("合同编号"))</w:tc><w:tc>\(F.p("HT-2025-001"))</w:tc></w:tr></w:tbl>"]
        #expect(try fixture.extract().headers == ["合同编号\tHT-2025-001"])
    }

    @Test func unreferencedHeaderPartsAreIgnored() throws {
        var fixture = F(body: F.p("正文"))
        fixture.extraEntries = [("word/header9.xml", "<w:hdr \(F.namespaces)>\(F.p("孤立页眉"))</w:hdr>")]
        #expect(try fixture.extract().headers == [])
    }
}
