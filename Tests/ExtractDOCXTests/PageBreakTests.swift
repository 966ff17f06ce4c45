import Testing
@testable import ExtractDOCX

@Suite struct PageBreakTests {
    typealias F = WordFixture
    static let pageBreak = #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#

    @Test func noBreaksIsOnePage() throws {
        let document = try F(body: F.p("一") + F.p("二")).extract()
        #expect(document.pages.map(\.number) == [1])
    }

    @Test func explicitBreakParagraphLeavesNoEmptyLine() throws {
        #expect(try F(body: F.p("第一页") + Self.pageBreak + F.p("第二页")).text() == "第一页\u{0C}第二页")
    }

    @Test func breakInsideAParagraphSplitsIt() throws {
        let body = #"<w:p><w:r><w:t>前</w:t><w:br w:type="page"/><w:t>后</w:t></w:r></w:p>"#
        let document = try F(body: body).extract()
        #expect(document.pages.map(\.text) == ["前", "后"])
        #expect(document.pages.map(\.number) == [1, 2])
    }

    @Test func lastRenderedBreaksCountPages() throws {
        let body = F.p("一") + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>二</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>仍是二</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>三</w:t></w:r></w:p>"
        #expect(try F(body: body).text() == "一\u{0C}二\n仍是二\u{0C}三")
    }

    @Test func explicitBreakFollowedByLastRenderedBreakCountsOnce() throws {
        let body = F.p("一") + Self.pageBreak + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>二</w:t></w:r></w:p>"
        #expect(try F(body: body).extract().pages.map(\.text) == ["一", "二"])
    }

    @Test func pageBreakBeforeAndSectionBreaks() throws {
        // A section's w:type says how *it* starts: the section ending at "一节末" is followed by a
        // continuous one (no break); the one ending at "二节末" by the final section, whose w:sectPr (written
        // by the fixture) has no type, i.e. nextPage.
        let body = #"<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>首段</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>新页</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr><w:r><w:t>一节末</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>二节末</w:t></w:r></w:p>"#
            + F.p("三节")
        #expect(try F(body: body).extract().pages.map(\.text) == ["首段", "新页\n一节末\n二节末", "三节"])
    }

    @Test func trailingBreakAddsNoEmptyPage() throws {
        #expect(try F(body: F.p("唯一页") + Self.pageBreak).extract().pages.count == 1)
    }

    @Test func breakInATableCellStartsThePageBeforeTheRow() throws {
        let body = F.p("表前") + "<w:tbl><w:tr><w:tc>\(F.p("a"))</w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:lastRenderedPageBreak/><w:t>b</w:t></w:r></w:p></w:tc><w:tc>\(F.p("c"))</w:tc></w:tr></w:tbl>"
        #expect(try F(body: body).extract().pages.map(\.text) == ["表前\na", "b\tc"])
    }
}
