import Testing
@testable import ExtractTXT
import ContractModel

@Suite struct PagesAndLineEndsTests {
    @Test func formFeedsSplitPages() throws {
        let document = try TXTExtractor.extract(bytes: Array("第一页\n\u{0C}第二页\u{0C}\u{0C}第四页".utf8))
        #expect(document.pages.map(\.text) == ["第一页\n", "第二页", "", "第四页"])
        #expect(document.pages.map(\.number) == [1, 2, 3, 4])
    }

    @Test func printedTextReadsBackPageByPage() throws {
        let pages = ["采购合同\n甲方：A", "第二页\t表格", "末页"]
        let printed = DocumentText(pages: pages).string
        #expect(try TXTExtractor.extract(bytes: Array(printed.utf8)).pages.map(\.text) == pages)
    }

    @Test func lineEndsBecomeLF() {
        #expect(LineEnds.normalize("a\r\nb\rc\n\r\nd\r") == "a\nb\nc\n\nd\n")
        #expect(LineEnds.normalize("无回车") == "无回车")
    }

    @Test func noFormFeedIsOnePage() throws {
        #expect(try TXTExtractor.extract(bytes: Array("一\n二\n".utf8)).pages.count == 1)
    }
}
