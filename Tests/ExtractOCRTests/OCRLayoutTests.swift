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
