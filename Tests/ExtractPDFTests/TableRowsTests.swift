import Testing
@testable import ExtractPDF

/// Synthetic pages: each run is text placed at (x, y) in 10.5 pt type (CJK glyphs 10.5 wide, ASCII
/// 5.5), one poppler line per run, so every layout decision can be checked in isolation.
struct SyntheticPage {
    var glyphs = PageGlyphs(scalars: [], boxes: [], imageCount: 0)

    mutating func run(_ text: String, x: Double, y: Double) {
        var left = x
        for scalar in text.unicodeScalars {
            let width = scalar.value < 0x80 ? 5.5 : 10.5
            glyphs.scalars.append(scalar)
            glyphs.boxes.append(GlyphBox(x0: left, y0: y, x1: left + width, y1: y + 13.7))
            left += width
        }
        glyphs.scalars.append("\n")
        glyphs.boxes.append(GlyphBox(x0: left, y0: y + 13.7, x1: left, y1: y + 13.7))
    }

    var text: String { TableRows.text(of: glyphs) }
}

@Suite struct TableRowsTests {
    /// Three columns starting at 90, 180 and 350; the text area of a column ends 10.8 pt before the
    /// next one starts (Word's cell padding): at 339.2 for the middle one,
    /// which holds 15 glyphs (157.5 pt).
    @Test func wrappedCellIsRejoinedAndNextRowStartsAfterIt() {
        var page = SyntheticPage()
        page.run("地址", x: 90, y: 100)
        page.run("北京市通州区达济街六号院三号楼", x: 180, y: 100)   // 15 glyphs: full
        page.run("甲", x: 350, y: 100)
        page.run("八层", x: 180, y: 115.1)
        page.run("电话", x: 90, y: 130.7)
        page.run("010-55531202", x: 180, y: 130.7)
        page.run("乙", x: 350, y: 130.7)
        #expect(page.text == "地址\t北京市通州区达济街六号院三号楼八层\t甲\n电话\t010-55531202\t乙\n")
    }

    @Test func shortCellLinesNeverContinue() {
        var page = SyntheticPage()
        page.run("1", x: 90, y: 100)
        page.run("数据库", x: 180, y: 100)
        page.run("2", x: 90, y: 115.1)
        page.run("中间件", x: 180, y: 115.1)
        #expect(page.text == "1\t数据库\n2\t中间件\n")
    }

    /// A number that does not fit pushes its line to wrap early; once another cell of the row has
    /// ended, the running cell still continues.
    @Test func longRowKeepsGoingAfterOtherCellsEnded() {
        var page = SyntheticPage()
        page.run("1", x: 90, y: 100)
        page.run("数字签名验证服务器数字签名服务", x: 180, y: 100)   // 15 glyphs: full
        page.run("4", x: 350, y: 100)
        page.run("器主要性能参数：", x: 180, y: 115.1)
        page.run("12000 次/秒", x: 180, y: 130.2)
        page.run("2", x: 90, y: 145.8)
        page.run("服务器", x: 180, y: 145.8)
        page.run("3", x: 350, y: 145.8)
        #expect(page.text == "1\t数字签名验证服务器数字签名服务器主要性能参数：12000 次/秒\t4\n2\t服务器\t3\n")
    }

    @Test func paragraphLinesStayLines() {
        var page = SyntheticPage()
        page.run("甲、乙双方根据国家和北京市相关法律法规的规定，本着诚实守信、合作互利的原则，经", x: 90, y: 100)
        page.run("过友好协商，签订本合同。", x: 90, y: 117.4)
        #expect(page.text == "甲、乙双方根据国家和北京市相关法律法规的规定，本着诚实守信、合作互利的原则，经\n过友好协商，签订本合同。\n")
    }

    /// poppler sometimes puts two neighbouring cells on one line with a space: the gap splits them.
    @Test func cellsMergedByPopplerAreSplitAtTheGap() {
        var page = SyntheticPage()
        page.run("账号：", x: 90, y: 100)
        page.glyphs.scalars.removeLast()
        page.glyphs.boxes.removeLast()
        page.glyphs.scalars.append(" ")
        page.glyphs.boxes.append(GlyphBox(x0: 121.5, y0: 100, x1: 180, y1: 113.7))
        page.run("2000003359480001", x: 180, y: 100)
        #expect(page.text == "账号：\t2000003359480001\n")
    }

    @Test func wrappedLatinWordsKeepTheirSpace() {
        var page = SyntheticPage()
        page.run("名称", x: 90, y: 100)
        page.run("Oracle Database Enterprise", x: 180, y: 100)   // 26 × 5.5 = 143 → 323, full
        page.run("Edition", x: 180, y: 115.1)
        page.run("2", x: 350, y: 100)
        #expect(page.text == "名称\tOracle Database Enterprise Edition\t2\n")
    }

    /// A header row whose cells span empty grid columns: the grid of the row below (columns every
    /// 43 pt, 3 glyphs each) tells that "完成时" was full.
    @Test func emptyGridColumnsStillBoundWrappedCells() {
        var page = SyntheticPage()
        page.run("工作项", x: 90, y: 100)
        page.run("完成时", x: 176, y: 100)
        page.run("完成质", x: 262, y: 100)
        page.run("效", x: 176, y: 115.1)
        page.run("量", x: 262, y: 115.1)
        for (index, word) in ["满分", "得分", "满分", "得分"].enumerated() {
            page.run(word, x: 176 + 43 * Double(index), y: 130.2)
        }
        #expect(page.text == "工作项\t完成时效\t完成质量\n满分\t得分\t满分\t得分\n")
    }

    /// The last column of a table narrower than the page ends near its widest line, not at the margin.
    @Test func lastColumnOfANarrowTable() {
        var page = SyntheticPage()
        page.run("甲、乙双方根据国家和北京市相关法律法规的规定，本着诚实守信、合作互利的原则，经", x: 90, y: 60)
        page.run("服务中断", x: 90, y: 100)
        page.run("北京市朝阳区容", x: 200, y: 100)
        page.run("达路", x: 200, y: 115.1)
        #expect(page.text.hasSuffix("服务中断\t北京市朝阳区容达路\n"))
    }

    /// Lines of one cell follow at the line pitch (15.1 here); a row rule pushes the next row 0.5 pt
    /// further. The step tells rows apart where widths cannot (both cells are exactly full).
    @Test func rowRuleSeparatesRowsThatLookWrapped() {
        var page = SyntheticPage()
        page.run("完成", x: 176, y: 100)
        page.run("完成", x: 217, y: 100)
        page.run("时效", x: 176, y: 115.1)
        page.run("质量", x: 217, y: 115.1)
        page.run("满分", x: 176, y: 130.7)
        page.run("得分", x: 217, y: 130.7)
        #expect(page.text == "完成时效\t完成质量\n满分\t得分\n")
    }

    /// A second paragraph in a cell is not a wrap, but it sits one line pitch below, with no rule.
    @Test func linePitchKeepsParagraphsOfACellTogether() {
        var page = SyntheticPage()
        page.run("序号", x: 95, y: 100)
        page.run("内容第一段。", x: 176, y: 100)
        page.run("第二段。", x: 176, y: 115.1)
        page.run("二", x: 95, y: 130.7)
        page.run("内容", x: 176, y: 130.7)
        #expect(page.text == "序号\t内容第一段。第二段。\n二\t内容\n")
    }

    /// The same page turned a quarter, half and three quarters: glyphs advancing down, left or up.
    @Test(arguments: [1, 2, 3])
    func turnedPagesReadTheSame(_ quarters: Int) {
        var page = SyntheticPage()
        page.run("地址", x: 90, y: 100)
        page.run("北京市通州区达济街六号院三号楼", x: 180, y: 100)
        page.run("甲", x: 350, y: 100)
        page.run("八层", x: 180, y: 115.1)
        page.run("电话", x: 90, y: 130.7)
        page.run("乙", x: 350, y: 130.7)
        var turned = page
        turned.glyphs.boxes = page.glyphs.boxes.map { box in
            var b = box
            for _ in 0..<quarters { b = GlyphBox(x0: 800 - b.y1, y0: b.x0, x1: 800 - b.y0, y1: b.x1) }
            return b
        }
        #expect(turned.text == page.text)
        #expect(page.text == "地址\t北京市通州区达济街六号院三号楼八层\t甲\n电话\t乙\n")
    }

    @Test func bandsGoTopToBottomWhateverPopplersOrder() {
        var page = SyntheticPage()
        page.run("第二行", x: 90, y: 130)
        page.run("第一行", x: 90, y: 100)
        #expect(page.text == "第一行\n第二行\n")
    }
}

@Suite struct TextQualityTests {
    func garbled(_ text: String) -> Bool {
        TextQuality.isGarbled(TextQuality.counts(Array(text.unicodeScalars)))
    }

    @Test func realTextIsNotGarbled() {
        #expect(!garbled("合同总价为人民币肆佰柒拾壹万伍仟元整（¥4,715,000.00）。\n\t第 1 页"))
    }

    @Test func aFewPrivateUseBulletsAreFine() {
        #expect(!garbled("\u{F0B7} 系统巡检维护\n\u{F0B7} 系统故障处置和恢复\n\u{F0B7} 远程协助"))
    }

    @Test func glyphIdsAsControlCharactersAreGarbled() {
        #expect(garbled("\u{01}\u{02}\u{03}\u{04}\n\u{05}\u{06}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    }

    @Test func cidTokensArePureNoise() {
        #expect(TextQuality.counts(Array("(cid:12)(cid:345)".unicodeScalars)) == .init(visible: 17, noise: 17, controls: 0))
        #expect(garbled("(cid:12)(cid:345)(cid:7) 合同"))
        #expect(!garbled("(cid:) 合同条款"))
    }

    @Test func replacementCharactersDominatingAreGarbled() {
        #expect(garbled("\u{FFFD}\u{FFFD}\u{FFFD}合同"))
    }
}
