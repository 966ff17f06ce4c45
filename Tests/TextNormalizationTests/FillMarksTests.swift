import Testing
@testable import TextNormalization

/// A form's fill marks around a filled figure are dropped before a unit; headings and words in brackets stay.
@Suite struct FillMarksTests {
    @Test(arguments: [
        ("签订日期：【2034】年【6】月【18】日", "签订日期：2034年6月18日"),
        ("违约金为合同总价的【3】%。", "违约金为合同总价的3%。"),
        ("租金为每月[4,500]元。", "租金为每月4,500元。"),
        ("交货期：合同签订后〔45〕天内。", "交货期：合同签订后45天内。"),
    ])
    func marksAroundAFilledFigureGo(_ raw: String, _ expected: String) {
        #expect(normalizedLine(raw) == expected)
    }

    @Test(arguments: ["【1】合同价款", "[2]见附件", "【甲方】年度计划", "【】年【】月【】日", "【5】"])
    func otherBracketsStay(_ raw: String) {
        #expect(normalizedLine(raw) == raw)
    }

    /// A value typed on a form's blank line keeps its figures, the blank around it goes; blanks left empty and
    /// two figures on either side of a blank stay.
    @Test(arguments: [
        ("自2031年_03_月_15_日起", "自2031年03月15日起"),
        ("借款期限为____五____年。", "借款期限为五年。"),
        ("甲方应在___7___日内付款。", "甲方应在7日内付款。"),
    ])
    func blankLinesAroundAFilledFigureGo(_ raw: String, _ expected: String) {
        #expect(normalizedLine(raw) == expected)
    }

    @Test(arguments: ["合同价款____元。", "编号2031_07", "第____条", "借款人民币_30万整_元", "合同总价款为人民币____拾____元。"])
    func emptyBlanksStay(_ raw: String) {
        #expect(normalizedLine(raw) == raw)
    }

    @Test func theFigureKeepsItsRawOffset() {
        let raw = "签订日期：【2034】年"
        let doc = Normalizer.normalize(pages: [raw])
        #expect(doc.text.string.hasPrefix("签订日期：2034年"))
        #expect(doc.origins[5] == 6)  // `2` came from after the 【
    }
}
