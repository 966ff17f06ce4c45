import Testing
@testable import ExtractOCR

@Suite struct OCRLayoutTests {
    static func word(_ text: String, _ left: Int, _ right: Int, top: Int = 100, height: Int = 44) -> OCRWord {
        OCRWord(text: text, left: left, top: top, right: right, bottom: top + height)
    }

    /// Words and boxes as Tesseract (chi_sim) gave them for the parties table of the zongzhi scan, page 1.
    @Test func tableCellGapsBecomeTabs() {
        let row = OCRLine(words: [
            Self.word("单位", 399, 471), Self.word("北京", 618, 711), Self.word("市", 710, 745), Self.word("交通", 744, 821),
            Self.word("综合", 820, 892), Self.word("治理", 895, 953), Self.word("事务", 971, 1027), Self.word("中", 1033, 1103),
            Self.word("心", 1078, 1106), Self.word("太极", 1367, 1663), Self.word("计算", 1454, 1526), Self.word("机", 1525, 1568),
            Self.word("股份", 1567, 1649), Self.word("有", 1669, 1679), Self.word("限", 1681, 1701), Self.word("公司", 1714, 1774),
        ], endsParagraph: false)
        let phones = OCRLine(words: [Self.word("电话", 403, 472), Self.word("010-55531202", 621, 891), Self.word("010-57702888", 1369, 1640)],
                             endsParagraph: true)
        #expect(OCRLayout.text([row, phones]) == "单位\t北京市交通综合治理事务中心\t太极计算机股份有限公司\n电话\t010-55531202\t010-57702888\n")
    }

    @Test func wordsOfASentenceAreJoinedLikeText() {
        // Chinese beside anything: no blank; Latin words and numbers: one blank; no blank line at a
        // paragraph end (Tesseract ends paragraphs inside sentences), lines of rules only are dropped.
        let line = OCRLine(words: [
            Self.word("数据库", 100, 230), Self.word("Oracle", 240, 380), Self.word("Database", 395, 590), Self.word("19c", 605, 680),
            Self.word("，", 690, 720, top: 130, height: 14), Self.word("共", 730, 774), Self.word("2", 790, 810), Self.word("套", 820, 864),
        ], endsParagraph: true)
        let blank = OCRLine(words: [Self.word(" ", 100, 2000, height: 3)], endsParagraph: true)
        #expect(OCRLayout.text([line, blank, line]) == "数据库Oracle Database 19c，共2套\n数据库Oracle Database 19c，共2套\n")
    }

    @Test func punctuationDoesNotShrinkTheCellGap() {
        // Short boxes (，。) do not make the line height small: the 100-pixel gap is an ordinary blank.
        let line = OCRLine(words: [
            Self.word("甲", 100, 144), Self.word("，", 150, 160, top: 130, height: 12), Self.word("。", 170, 180, top: 130, height: 12),
            Self.word("乙", 280, 324),
        ], endsParagraph: false)
        #expect(OCRLayout.text([line]) == "甲，。乙\n")
    }
}

/// Bars that Tesseract reads for cell borders become cell separators.
@Suite struct CellBordersTests {
    static func word(_ text: String, _ left: Int, _ right: Int) -> OCRWord {
        OCRWord(text: text, left: left, top: 100, right: right, bottom: 144)
    }

    /// As read on the Corpus scans: a bar inside a word, with an invented quotation mark beside it,
    /// at a word's start or end, and alone.
    @Test func barsBecomeTabsAndTheirQuotesGo() {
        let line = OCRLine(words: [
            Self.word("序号“|服务项目", 100, 400), Self.word("简要内容", 420, 560), Self.word("|", 600, 604),
            Self.word("数量/频率", 640, 800),
        ], endsParagraph: false)
        let row = OCRLine(words: [Self.word("法定代表|仲恺", 100, 350), Self.word("-网页|", 360, 480), Self.word("天融信", 490, 600)],
                          endsParagraph: true)
        #expect(OCRLayout.text([line, row]) == "序号\t服务项目简要内容\t数量/频率\n法定代表\t仲恺-网页\t天融信\n")
    }

    @Test func aBorderAtTheStartOrEndOfALineLeavesNoTab() {
        let line = OCRLine(words: [Self.word("|1", 100, 140), Self.word("短信服务|", 150, 340)], endsParagraph: true)
        #expect(OCRLayout.text([line]) == "1短信服务\n")
    }

    @Test func quotationMarksAwayFromBarsStay() {
        #expect(CellBorders.split("“北京交通”APP端").parts == ["“北京交通”APP端"])
        #expect(CellBorders.split("达到“优级”|甲方") == (["达到“优级", "甲方"], false, false))
        #expect(CellBorders.split("“|") == ([], true, true))
    }
}

/// Angle brackets that close with a parenthesis were parentheses.
@Suite struct MisreadBracketsTests {
    @Test(arguments: [
        ("委托人〈甲方) :北京市", "委托人（甲方) :北京市"),
        ("伍仟元整《¥4,715,000.00)，含税", "伍仟元整（¥4,715,000.00)，含税"),
        ("根据《中华人民共和国民法典》及(相关)法规", "根据《中华人民共和国民法典》及(相关)法规"),
        ("《保密承诺》〈附件)", "《保密承诺》（附件)"),
        ("签署书面《保密承诺", "签署书面《保密承诺"),
        ("〈《甲方）", "〈（甲方）"),
    ])
    func openersClosedByAParenthesisAreParentheses(_ read: String, _ repaired: String) {
        #expect(MisreadBrackets.repaired(read) == repaired)
    }

    @Test func aLineOfBordersOnlyIsDropped() {
        let line = OCRLine(words: [OCRWord(text: "“|", left: 100, top: 100, right: 110, bottom: 144)], endsParagraph: true)
        let text = OCRLine(words: [OCRWord(text: "甲方", left: 100, top: 200, right: 190, bottom: 244)], endsParagraph: true)
        #expect(OCRLayout.text([line, text]) == "甲方\n")
    }
}

/// Rows of ruled cells (PP-OCR: `RuledCells`) read as the text layer writes them: a cell that wraps is
/// one cell, a cell of short lines keeps them apart.
@Suite struct RuledRowsTests {
    static func word(_ text: String, _ left: Int, _ right: Int, line: Int, cell: RuledCell) -> OCRWord {
        OCRWord(text: text, left: left, top: 110 + 50 * line, right: right, bottom: 150 + 50 * line, cell: cell)
    }

    static let number = RuledCell(left: 100, top: 100, right: 200, bottom: 400)
    static let item = RuledCell(left: 200, top: 100, right: 420, bottom: 400)
    static let content = RuledCell(left: 420, top: 100, right: 1000, bottom: 400)
    static let frequency = RuledCell(left: 1000, top: 100, right: 1200, bottom: 400)

    /// Each cell's lines are full up to its rule (the next line's first character would not fit),
    /// the number and the frequency cells end early; the text cell runs on after the others ended.
    @Test func wrappedCellsAreOneCellEach() {
        let lines = [
            OCRLine(words: [Self.word("3", 120, 140, line: 0, cell: Self.number), Self.word("日常统计服", 220, 390, line: 0, cell: Self.item),
                            Self.word("一、收费情况统计；二、欠费情", 440, 960, line: 0, cell: Self.content),
                            Self.word("5*8现场服", 1020, 1170, line: 0, cell: Self.frequency)], endsParagraph: false),
            OCRLine(words: [Self.word("务", 220, 260, line: 1, cell: Self.item), Self.word("况统计；三、停车场备案信息", 440, 965, line: 1, cell: Self.content),
                            Self.word("务", 1020, 1060, line: 1, cell: Self.frequency)], endsParagraph: false),
            OCRLine(words: [Self.word("统计。", 440, 560, line: 2, cell: Self.content)], endsParagraph: false),
        ]
        #expect(OCRLayout.text(lines) == "3\t日常统计服务\t一、收费情况统计；二、欠费情况统计；三、停车场备案信息统计。\t5*8现场服务\n")
    }

    /// A signature block in a ruled table: each line of a cell is short, so each is a row of its own.
    @Test func shortLinesOfACellStayLines() {
        let left = RuledCell(left: 100, top: 100, right: 700, bottom: 400)
        let right = RuledCell(left: 700, top: 100, right: 1300, bottom: 400)
        let lines = [
            OCRLine(words: [Self.word("甲方：某某市档案馆", 120, 480, line: 0, cell: left), Self.word("乙方：某某科技有限公司", 720, 1160, line: 0, cell: right)],
                    endsParagraph: false),
            OCRLine(words: [Self.word("法定代表人：", 120, 360, line: 1, cell: left), Self.word("法定代表人：", 720, 960, line: 1, cell: right)],
                    endsParagraph: false),
        ]
        #expect(OCRLayout.text(lines) == "甲方：某某市档案馆\t乙方：某某科技有限公司\n法定代表人：\t法定代表人：\n")
    }

    /// A Latin run pushed down whole (`(TopAudit)`: the line above had room for a character, not for
    /// the run) continues its cell; two Latin words wrapped at a space keep the space.
    @Test func aLatinRunPushedDownContinuesItsCell() {
        let lines = [
            OCRLine(words: [Self.word("4", 120, 140, line: 0, cell: Self.number), Self.word("日志审计服", 220, 390, line: 0, cell: Self.item),
                            Self.word("日志收集与分析系统V3 Enterprise", 440, 900, line: 0, cell: Self.content)], endsParagraph: false),
            OCRLine(words: [Self.word("务端", 220, 300, line: 1, cell: Self.item), Self.word("Edition(TopAudit)", 440, 760, line: 1, cell: Self.content)],
                    endsParagraph: false),
        ]
        #expect(OCRLayout.text(lines) == "4\t日志审计服务端\t日志收集与分析系统V3 Enterprise Edition(TopAudit)\n")
    }

    /// Rows one under the other are rows, not one row: the second starts under a short line.
    @Test func theNextRowIsARow() {
        let nextNumber = RuledCell(left: 100, top: 400, right: 200, bottom: 500)
        let nextItem = RuledCell(left: 200, top: 400, right: 420, bottom: 500)
        let lines = [
            OCRLine(words: [Self.word("1", 120, 140, line: 0, cell: Self.number), Self.word("短信服务", 220, 380, line: 0, cell: Self.item)],
                    endsParagraph: false),
            OCRLine(words: [Self.word("2", 120, 140, line: 1, cell: nextNumber), Self.word("版本迭代", 220, 380, line: 1, cell: nextItem)],
                    endsParagraph: false),
        ]
        #expect(OCRLayout.text(lines) == "1\t短信服务\n2\t版本迭代\n")
    }
}
