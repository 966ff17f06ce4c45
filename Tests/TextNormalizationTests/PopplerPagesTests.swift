import Testing
@testable import TextNormalization

@Suite("Real poppler-glib output (Corpus PDF pages 15–17)")
struct PopplerPagesTests {
    let doc = Normalizer.normalize(pages: popplerPages)

    @Test("Header and footer are gone, pages stay pages")
    func furniture() {
        #expect(doc.text.pageCount == 3)
        #expect(!doc.text.string.contains("运维服务合同\n"))
        #expect(!doc.text.string.contains("共30页"))
        #expect(!doc.text.string.contains("共 30 页"))
    }

    @Test("Wrapped paragraphs read whole, items stay on their own lines")
    func paragraphs() {
        let lines = doc.text.string.replacingOccurrences(of: "\u{0C}", with: "\n").split(separator: "\n").map(String.init)
        #expect(lines.contains("围绕企业事项申报，对企业PC、移动双端登录，一体化申报等系统功能开展系统日常运维、功能维护等相关工作。具体如下："))
        #expect(lines.contains("(1) 系统日常运维"))
        #expect(lines.contains("(2) 特训营介绍管理运维"))
        #expect(lines.contains("开展特训营内容发布后台模块运维，做好信息发布版式适配、字体植入、视频上传解析功能的维护，做好发布组件功能适配，组件接口功能互联互通等工作。"))
    }

    @Test("A tag cut by a line break is removed, the cell text around it joined")
    func cutTag() {
        #expect(!doc.text.string.contains("list-"))
        #expect(!doc.text.string.contains("<"))
        #expect(doc.text.string.contains("同类型项目经验：市经济和信息化局网络与信息化运维项目-基础设施运维"))
    }

    @Test("Table rows keep their cells")
    func tables() {
        #expect(doc.text.string.contains("名称\t颁发机构\t起止期限\n"))
    }

    @Test("Idempotent, offsets exact")
    func idempotentAndExact() {
        let again = Normalizer.normalize(pages: (1...doc.text.pageCount).map { doc.text.page($0) })
        #expect(again.text == doc.text)
        checkExact(doc)
    }
}
