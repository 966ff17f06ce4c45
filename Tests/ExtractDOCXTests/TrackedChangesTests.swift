import Testing
@testable import ExtractDOCX
import ContractModel

@Suite struct TrackedChangesTests {
    typealias F = WordFixture

    @Test func insertionsKeptDeletionsDropped() throws {
        let body = """
            <w:p><w:r><w:t>合同总价为人民币</w:t></w:r>\
            <w:del w:id="1" w:author="甲方"><w:r><w:delText>壹佰万元整</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="甲方"><w:r><w:t>贰佰万元整</w:t></w:r></w:ins></w:p>
            """
        let document = try F(body: body).extract()
        #expect(document.pages[0].text == "合同总价为人民币贰佰万元整")
        #expect(document.warnings.map(\.code) == [.trackedChangesResolved])
        #expect(document.warnings[0].message.contains("1 insertion"))
    }

    @Test func movesKeepTheDestination() throws {
        let body = """
            <w:p><w:moveFrom w:id="3"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom><w:r><w:t>正文</w:t></w:r>\
            <w:moveTo w:id="4"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>
            """
        #expect(try F(body: body).text() == "正文新位置")
    }

    @Test func deletedTableRowIsDropped() throws {
        let body = """
            <w:tbl><w:tr><w:tc>\(F.p("保留"))</w:tc></w:tr>\
            <w:tr><w:trPr><w:del w:id="5" w:author="乙方"/></w:trPr><w:tc><w:p><w:del w:id="6"><w:r><w:delText>删除</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>
            """
        let document = try F(body: body).extract()
        #expect(document.pages[0].text == "保留")
        #expect(document.warnings.map(\.code) == [.trackedChangesResolved])
    }

    @Test func deletedParagraphMarkJoinsTheParagraphs() throws {
        let body = #"<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="甲方"/></w:rPr></w:pPr><w:r><w:t>乙方应于</w:t></w:r></w:p>"#
            + F.p("三十日内付款。") + F.p("下一段")
        #expect(try F(body: body).text() == "乙方应于三十日内付款。\n下一段")
    }

    @Test func noChangesNoWarning() throws {
        #expect(try F(body: F.p("正文")).extract().warnings.isEmpty)
    }
}
