import Testing
@testable import ExtractDOCX

@Suite struct TextBoxTests {
    typealias F = WordFixture

    /// What Word writes for a text box: a DrawingML choice and a VML fallback holding the same text.
    static func textBox(_ text: String) -> String {
        """
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>\
        <wps:wsp><wps:txbx><w:txbxContent>\(F.p(text))</w:txbxContent></wps:txbx></wps:wsp>\
        </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>\(F.p(text))</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r>
        """
    }

    @Test func textBoxReadOnceAfterItsParagraph() throws {
        let body = "<w:p><w:r><w:t>甲方（盖章）：</w:t></w:r>\(Self.textBox("合同专用章"))</w:p>" + F.p("乙方（盖章）：")
        #expect(try F(body: body).text() == "甲方（盖章）：\n合同专用章\n乙方（盖章）：")
    }

    @Test func vmlOnlyTextBox() throws {
        let body = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(F.p("备注"))\(F.p("第二行"))</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        #expect(try F(body: body).text() == "备注\n第二行")
    }
}
