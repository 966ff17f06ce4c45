import Testing
import ContractModel
@testable import OCRRepair

@Suite struct UppercaseRendererTests {
    @Test(arguments: [
        (Int64(471_500_000), "肆佰柒拾壹万伍仟元整"),
        (1_050_000, "壹万零伍佰元整"),
        (10_000_000_000, "壹亿元整"),
        (100_200_000, "壹佰万零贰仟元整"),
        (10_200, "壹佰零贰元整"),
        (12_000, "壹佰贰拾元整"),
        (10_050, "壹佰元伍角"),
        (21, "零元贰角壹分"),
        (444_811_321, "肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分"),
        (1_000, "壹拾元整"),
        (101_000, "壹仟零壹拾元整"),
        (20_000_010_000, "贰亿零壹佰元整"),
        (12_000_000_000, "壹亿贰仟万元整"),
        (10_001_000_000, "壹亿零壹万元整"),
        (1_200_050_000, "壹仟贰佰万零伍佰元整"),
        (100_005, "壹仟元零伍分"),
    ])
    func financialSpelling(fen: Int64, expected: String) {
        #expect(UppercaseRenderer.render(Money(fen: fen)) == expected)
    }
}

@Suite struct NumeralRepairTests {
    /// Lines as Tesseract (chi_sim) really read them from the scan fixture of the OCR tests.
    @Test func repairsConfusionsThatAgreeWithTheFigures() {
        let text = DocumentText(pages: [
            "合同价款为:肆佰染拾过万伍什元整\n(4,715,000.00元)。\n即人民币融佰抽拾贰万玖什元\n整(ff2,829,000.00元)。\n即人民币过佰在\n全壹万岩任伍佰元整(f1,414,500.00元);",
        ])
        let (fixed, repairs) = NumeralRepair.repair(text, pages: [1])
        #expect(fixed.count == text.count, "repairs replace one scalar by one, spans stay valid")
        let s = fixed.string
        #expect(s.contains("肆佰柒拾壹万伍仟元整\n(4,715,000.00元)"))
        #expect(s.contains("贰佰捌拾贰万玖仟元\n整(¥ 2,829,000.00元)"))
        // The run is re-spelt in place across the line break, which stays where it was.
        #expect(s.contains("即人民币壹佰肆\n拾壹万肆仟伍佰元整(¥1,414,500.00元)"))
        #expect(repairs.count == 5) // three amounts, two currency signs
        let first = repairs[0]
        #expect(first.original == "肆佰染拾过万伍什元整" && first.repaired == "肆佰柒拾壹万伍仟元整")
        #expect(fixed.text(first.span) == "肆佰柒拾壹万伍仟元整")
        #expect(NumeralRepair.warning(first).code == .ocrRepair)
        #expect(NumeralRepair.warning(first).message.contains("肆佰染拾过万伍什元整"))
    }

    @Test func neverOverwritesANumeralTheOCRRead() {
        // 伍 where the figures say 肆: a real disagreement, left for the consistency check.
        let text = DocumentText(pages: ["价款为:伍佰柒拾壹万伍仟元整(¥4,715,000.00元)"])
        let (fixed, repairs) = NumeralRepair.repair(text, pages: [1])
        #expect(repairs.isEmpty)
        #expect(fixed == text)
    }

    @Test func onlyOnOCRPagesAndOnlyInsideMoneyPatterns() {
        let garbled = "价款为:肆佰染拾过万伍什元整(¥4,715,000.00元)"
        let text = DocumentText(pages: [garbled, garbled])
        let (fixed, repairs) = NumeralRepair.repair(text, pages: [2])
        #expect(repairs.count == 1 && repairs[0].span.page == 2)
        #expect(fixed.page(1) == garbled)
        // Text without figures beside it, or figures in another sense, is left alone.
        for untouched in ["服务期为过万什么(12个月)", "联系电话(010-55531202)", "染拾过万(2)", "甲方(羊城公司)"] {
            let t = DocumentText(pages: [untouched])
            #expect(NumeralRepair.repair(t, pages: [1]).text == t, "\(untouched)")
        }
    }

    /// Lines as Tesseract read them from Corpus/scans/zongzhi-yunwei-2025-scan.pdf, pages 3 and 4.
    @Test func misreadParenthesisAndSignAreRepairedWhenTheAmountAgrees() {
        let text = DocumentText(pages: [
            "合同价款为:肆佰娄拾壹万伍什元整〈Y#4,715,000.00元)，其中无税金额为:肆佰肆拾肆万抽什壶佰壹拾参元贰角过分《84,448,113.21元)。",
            "即人民币贰佰抽拾起万玖他元整(至2,829,000.00元)。即人民币壹佰肆拾壹万肆作伍佰元整(儿1,414,500.00元)",
            "即人民币肆拾业万壹什伍佰元整“471,500.00元)的履约保函，达到“优级”",
            "本合同总额为人民币《大写)傣佰玖拾万元整《对3,900,000.00元整，含税)。",
        ])
        let (fixed, repairs) = NumeralRepair.repair(text, pages: [1, 2, 3, 4])
        #expect(fixed.count == text.count)
        #expect(fixed.page(1) == "合同价款为:肆佰柒拾壹万伍仟元整(¥ 4,715,000.00元)，其中无税金额为:肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分(¥4,448,113.21元)。")
        #expect(fixed.page(2) == "即人民币贰佰捌拾贰万玖仟元整(¥2,829,000.00元)。即人民币壹佰肆拾壹万肆仟伍佰元整(¥1,414,500.00元)")
        #expect(fixed.page(3) == "即人民币肆拾柒万壹仟伍佰元整(471,500.00元)的履约保函，达到“优级”")
        // Only the amount's own parenthesis: 《大写) before it is left as read.
        #expect(fixed.page(4) == "本合同总额为人民币《大写)叁佰玖拾万元整(¥3,900,000.00元整，含税)。")
        let signs = repairs.filter { $0.original.unicodeScalars.contains { Figures.openings.contains($0) } || $0.repaired.contains("¥") }
        #expect(signs.map(\.original) == ["〈Y#", "《8", "(至", "(儿", "“", "《对"])
        #expect(signs.map(\.repaired) == ["(¥ ", "(¥", "(¥", "(¥", "(", "(¥"])
    }

    /// Figures first, 大写 after the label, as Corpus/scans/jingxin-pingtai-yunwei-scan.pdf reads.
    @Test func uppercaseAfterTheFiguresIsRepairedToo() {
        let text = DocumentText(pages: [
            "服务费总额为人民币3,278,000.00元，大写:参佰趟拾类万抽什元整。",
            "服务费的30%《〈即人民币983,400.00元，大写玖拾舞万参什肆佰元整)。大写:伍佰万元整",
        ])
        let (fixed, repairs) = NumeralRepair.repair(text, pages: [1, 2])
        #expect(fixed.page(1) == "服务费总额为人民币3,278,000.00元，大写:叁佰贰拾柒万捌仟元整。")
        #expect(fixed.page(2) == "服务费的30%《〈即人民币983,400.00元，大写玖拾捌万叁仟肆佰元整)。大写:伍佰万元整")
        #expect(repairs.map(\.figures) == ["3,278,000.00", "983,400.00"])
        // A numeral read as another numeral is a disagreement, not a repair.
        let other = DocumentText(pages: ["人民币3,278,000.00元，大写:叁佰贰拾伍万捌什元整。"])
        #expect(NumeralRepair.repair(other, pages: [1]).repairs.isEmpty)
    }

    @Test func figuresThatAgreeAsReadKeepTheirFirstDigit() {
        // 8 is only taken for a misread sign when the figures as read do not agree with the 大写.
        let text = DocumentText(pages: ["捌仟肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分(84,448,113.21元)"])
        #expect(NumeralRepair.repair(text, pages: [1]).repairs.isEmpty)
    }

    @Test func hanTextInTheParenthesisIsNeverASign() {
        for untouched in ["叁佰万元整(含税3,000,000.00元)", "叁佰万元整〈含税〉", "肆佰柒拾壹万伍仟元整(47,15,000.00元)"] {
            let t = DocumentText(pages: [untouched])
            #expect(NumeralRepair.repair(t, pages: [1]).text == t, "\(untouched)")
        }
    }

    @Test func tooManyDifferencesAreNotGuessed() {
        let text = DocumentText(pages: ["价款为:在染失过什元整(¥4,715,000.00元)"])
        #expect(NumeralRepair.repair(text, pages: [1]).repairs.isEmpty)
    }
}
