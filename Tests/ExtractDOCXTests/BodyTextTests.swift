import Testing
@testable import ExtractDOCX
import ContractModel

@Suite struct BodyTextTests {
    typealias F = WordFixture

    @Test func paragraphsInOrderOneLineEach() throws {
        let fixture = F(body: F.p("第一条 ", "合同标的") + F.p("") + F.p("第二条 合同价款"))
        #expect(try fixture.text() == "第一条 合同标的\n\n第二条 合同价款")
    }

    @Test func storedEntriesReadLikeDeflatedOnes() throws {
        var fixture = F(body: F.p("甲方：北京市交通综合治理事务中心"))
        fixture.compression = .none
        #expect(try fixture.text() == "甲方：北京市交通综合治理事务中心")
    }

    @Test func tabsBreaksAndSymbols() throws {
        let body = """
            <w:p><w:r><w:t>金额</w:t><w:tab/><w:t>¥100</w:t><w:br/><w:t>TI</w:t><w:noBreakHyphen/><w:t>LINUX</w:t>\
            <w:softHyphen/><w:t>LIC</w:t></w:r></w:p>\
            <w:p><w:r><w:sym w:font="Wingdings 2" w:char="F052"/><w:t> 同意 </w:t><w:sym w:font="Wingdings" w:char="F0A8"/>\
            <w:t> 不同意 </w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t>95%</w:t></w:r></w:p>
            """
        #expect(try F(body: body).text() == "金额\t¥100\nTI-LINUXLIC\n☑ 同意 □ 不同意 ≥95%")
    }

    @Test func whitespaceInsideTextIsKept() throws {
        let body = #"<w:p><w:r><w:t>自</w:t></w:r><w:r><w:t xml:space="preserve"> 2024 </w:t></w:r><w:r><w:t>年</w:t></w:r></w:p>"#
        #expect(try F(body: body).text() == "自 2024 年")
    }

    @Test func fieldCodesAreNotTextButResultsAre() throws {
        let body = """
            <w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>条</w:t></w:r></w:p>\
            <w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>
            """
        #expect(try F(body: body).text() == "见第3条\n7")
    }

    @Test func hiddenRunsAreLeftOutWithAWarning() throws {
        let body = #"<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏条款</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也可见</w:t></w:r></w:p>"#
        let document = try F(body: body).extract()
        #expect(document.pages[0].text == "可见也可见")
        #expect(document.warnings.map(\.code) == [.skippedContent])
    }

    @Test func hyperlinksContentControlsAndSmartTagsAreRead() throws {
        let body = """
            <w:sdt><w:sdtPr><w:alias w:val="甲方"/></w:sdtPr><w:sdtContent>\(F.p("甲方名称"))</w:sdtContent></w:sdt>\
            <w:p><w:hyperlink r:id="rX"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>\
            <w:smartTag w:element="date"><w:r><w:t>2024年1月1日</w:t></w:r></w:smartTag></w:p>
            """
        #expect(try F(body: body).text() == "甲方名称\n链接文字2024年1月1日")
    }

    @Test func emptyContentControlPromptIsNotText() throws {
        let body = """
            <w:p><w:r><w:t>乙方：</w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>\
            <w:r><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt></w:p>\
            <w:p><w:r><w:t>甲方：</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>某某公司</w:t></w:r></w:sdtContent></w:sdt></w:p>
            """
        #expect(try F(body: body).text() == "乙方：\n甲方：某某公司")
    }

    @Test func metadataFromCoreProperties() throws {
        var fixture = F(body: F.p("正文"))
        fixture.extraEntries = [("docProps/core.xml", """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
            <dc:title>采购合同</dc:title><dcterms:created>2025-05-20T08:00:00Z</dcterms:created></cp:coreProperties>
            """)]
        let document = try fixture.extract()
        #expect(document.metadata == DocumentMetadata(title: "采购合同", creationDate: "2025-05-20T08:00:00Z"))
        #expect(document.extractor.hasPrefix("hetong-docx (libxml2 2."))
    }

    @Test func emptyBodyIsOneEmptyPage() throws {
        let document = try F(body: "").extract()
        #expect(document.pages == [ExtractedPage(number: 1, text: "")])
    }

    @Test func strictOOXMLNamespaceReadsTheSame() throws {
        let strict = """
            <?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main">\
            <x:body><x:p><x:r><x:t>严格模式</x:t></x:r></x:p></x:body></x:document>
            """
        var fixture = F(body: "")
        fixture.extraEntries = [("word/strict.xml", strict)]
        // Point the package at the strict part through a second package: rewrite _rels/.rels.
        let bytes = try fixture.bytes()
        var reader = try ZipReader(bytes: bytes, limits: .default)
        let root = try LibXML2Parser.parse(#require(try reader.read("word/strict.xml")), part: "word/strict.xml")
        #expect(root.name == "w:document")
        #expect(root.descendants("w:t").map(\.text) == ["严格模式"])
    }

    @Test func checkBoxContentControlsReadByTheirState() throws {
        // The glyph a box shows (☒ in MS Gothic by default) is not its state: w14:checked is.
        func box(_ checked: String?, glyph: String) -> String {
            let state = checked.map { "<w14:checked w14:val=\"\($0)\"/>" } ?? ""
            return "<w:sdt><w:sdtPr><w14:checkbox>\(state)</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>\(glyph)</w:t></w:r></w:sdtContent></w:sdt>"
        }
        let body = "<w:p>" + box("1", glyph: "☒") + "<w:r><w:t>分期付款</w:t></w:r>" + box("0", glyph: "☐")
            + "<w:r><w:t>一次性付款</w:t></w:r>" + box(nil, glyph: "☐") + "<w:r><w:t>其他</w:t></w:r></w:p>"
        #expect(try F(body: body).text() == "☑分期付款☐一次性付款☐其他")
    }

    @Test func legacyFormCheckBoxesReadByTheirValue() throws {
        func field(_ inner: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox>\(inner)</w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        let body = "<w:p>" + field("<w:sizeAuto/><w:default w:val=\"0\"/><w:checked/>") + "<w:r><w:t>按月支付</w:t></w:r>"
            + field("<w:sizeAuto/><w:default w:val=\"1\"/><w:checked w:val=\"0\"/>") + "<w:r><w:t>按季支付</w:t></w:r>"
            + field("<w:default w:val=\"0\"/>") + "<w:r><w:t>一次支付</w:t></w:r></w:p>"
        #expect(try F(body: body).text() == "☑按月支付☐按季支付☐一次支付")
    }
}
