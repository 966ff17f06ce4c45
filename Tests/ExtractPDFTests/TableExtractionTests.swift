import ContractModel
import Testing
@testable import ExtractPDF

/// A two-page contract rendered by LibreOffice from a DOCX with real Word tables.
@Suite struct TableExtractionTests {
    let document: ExtractedDocument

    init() throws { document = try PDFExtractor.extract(path: Fixture.tablePDF) }

    /// Cells of the line that starts with `label`, spaces removed (poppler puts spaces between CJK
    /// and digits, and a wrap may drop the space it broke at).
    func cells(startingWith label: String) -> [String]? {
        let lines = document.pages.flatMap { $0.text.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let line = lines.first(where: { $0.hasPrefix(label + "\t") }) else { return nil }
        return line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.filter { $0 != " " } }
    }

    @Test func pagesAndMetadata() {
        #expect(document.format == .pdf)
        #expect(document.pages.map(\.number) == [1, 2])
        #expect(document.metadata.title == "采购合同")
        #expect(document.metadata.creationDate?.hasPrefix("20") == true)
        #expect(document.warnings.isEmpty)
        #expect(document.extractor.hasPrefix("poppler-glib "))
    }

    @Test func tableRowsComeOutRowByRowWithTabs() {
        #expect(cells(startingWith: "单位") == ["单位", "北京市交通综合治理事务中心", "太极计算机股份有限公司"])
        #expect(cells(startingWith: "电话") == ["电话", "010-55531202", "010-57702888"])
        #expect(cells(startingWith: "序号") == ["序号", "服务项目", "简要内容", "数量/频率"])
    }

    @Test func wrappedCellsAreRejoined() {
        #expect(cells(startingWith: "地址") == ["地址", "北京市通州区达济街6号院3号楼8层", "北京市朝阳区容达路7号中国电科太极信息产业园"])
        #expect(cells(startingWith: "1") == [
            "1", "系统日常维护",
            "监控应用软件的运行状态，数据资源权限调整，功能权限调整，单位访问权限调整，角色、组织机构权限调整，系统运行情况报告编制",
            "5*8现场服务",
        ])
        #expect(cells(startingWith: "2") == ["2", "数据查询统计服务", "订单情况统计", "7*24现场/远程服务"])
    }

    @Test func bodyTextMatchesTheSource() throws {
        let extracted = document.pages.map(\.text).joined(separator: "\n")
        let ratio = Similarity.ratio(extracted, try Fixture.tableSource)
        #expect(ratio >= 0.99, "similarity \(ratio)")
    }

    /// `/Rotate 90`: poppler's rectangles run down the page; the text must not change.
    @Test func rotatedPagesReadTheSame() throws {
        let rotated = try PDFExtractor.extract(path: Fixture.fixture("table-rotated-90.pdf"))
        #expect(rotated.pages == document.pages)
    }

    @Test func paragraphsFollowTheTablesInReadingOrder() throws {
        let page1 = document.pages[0].text
        let order = ["采购合同", "单位\t", "地址\t", "合同总价为人民币肆佰柒拾壹万伍仟元整", "序号\t", "乙方应在合同签订之日起"]
        let positions = order.compactMap { page1.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(document.pages[1].text.contains("第二条 付款方式"))
    }
}
