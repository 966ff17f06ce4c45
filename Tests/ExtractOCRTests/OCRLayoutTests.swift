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
