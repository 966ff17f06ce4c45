import Foundation
import Testing
@testable import TextNormalization

@Suite("Running headers, footers and page numbers")
struct PageFurnitureTests {
    /// Real body lines of seed 000, two per page, so that no body line repeats.
    private static let body = [
        "乙方负责按照甲方要求，开展综治中心信息系统运行维护费工作。", "乙方提供的运维服务内容包括：见附件2工作说明书。",
        "乙方在合同约定期限内选派专业技术运维人员满足甲方的服务需求。", "乙方为甲方提供运行维护服务的期间为自合同签订生效之日起12个月。",
        "乙方需安排至少3名专职工程师驻场办公，负责完成日常运维工作。", "乙方需提供7×24h全天候运维服务。",
        "乙方应按甲方要求对相关用户进行系统使用培训。", "乙方需按采购人要求提供系统服务情况、动态信息等数据的多维度统计服务。",
    ]

    private func pages(_ footer: (Int, Int) -> String, header: String? = "采购合同", count: Int = 4) -> [String] {
        (1...count).map { n in
            var lines: [String] = []
            if let header { lines.append(header) }
            lines.append(Self.body[2 * (n - 1)])
            lines.append(Self.body[2 * (n - 1) + 1])
            lines.append(footer(n, count))
            return lines.joined(separator: "\n") + "\n"
        }
    }

    @Test("Page number forms", arguments: [
        "第 3 页 共 12 页", "第3页/共12页", "第3页，共12页", "- 3 -", "— 3 —", "3 / 12", "Page 3 of 12", "第３页",
    ])
    func pageNumberForms(_ form: String) {
        let doc = Normalizer.normalize(pages: ["甲方。\n\(form)\n", "乙方。\n"])
        #expect(doc.text.string == "甲方。\n\u{0C}乙方。\n")
    }

    @Test("Header with the title and footer 第 N 页 共 M 页 are removed from every page")
    func headerAndFooter() {
        let doc = Normalizer.normalize(pages: pages { "第 \($0) 页 共 \($1) 页" })
        let text = doc.text.string
        #expect(!text.contains("采购合同"))
        #expect(!text.contains("页"))
        #expect(doc.text.pageCount == 4)
        #expect(doc.text.page(2) == Self.body[2] + "\n" + Self.body[3] + "\n")
    }

    @Test("Bare page numbers consistent with the page index go; other numbers stay")
    func barePageNumbers() {
        let doc = Normalizer.normalize(pages: pages({ n, _ in "\(n)" }, header: nil))
        #expect(doc.text.page(3) == Self.body[4] + "\n" + Self.body[5] + "\n")
        #expect(doc.text.string.components(separatedBy: "\n").allSatisfy { Int($0) == nil })
        // Numbering that starts at 5 (a second volume) is recognised from the common offset.
        let shifted = Normalizer.normalize(pages: pages({ n, _ in "\(n + 4)" }, header: nil))
        #expect(shifted.text.string.components(separatedBy: "\n").allSatisfy { Int($0) == nil })
        // A number line inside the body is not furniture.
        let body = Normalizer.normalize(pages: ["甲方。\n12\n乙方。\n", "丙方。\n"])
        #expect(body.text.string.contains("\n12\n"))
    }

    @Test("A line repeated on only one page of several stays")
    func singleOccurrenceStays() {
        var p = pages { "第 \($0) 页 共 \($1) 页" }
        p[1] = "合同附件\n" + p[1]
        let doc = Normalizer.normalize(pages: p)
        #expect(doc.text.string.contains("合同附件"))
    }

    @Test("Corpus quirk header-footer-page-numbers: the title under a header that repeats it stays")
    func titleUnderHeader() {
        let pages = [
            "信息系统运维服务合同\n信息系统运维服务合同\n第一条 服务内容\n乙方负责甲方信息系统的日常运行维护工作。\n第1页共3页\n",
            "信息系统运维服务合同\n第二条 服务期限\n乙方为甲方提供运行维护服务的期间为十二个月。\n第2页共3页\n",
            "信息系统运维服务合同\n第三条 合同价款\n本合同总额为人民币叁佰玖拾万元整(¥3,900,000.00 元)，含税。\n第3页共3页\n",
        ]
        let doc = Normalizer.normalize(pages: pages)
        #expect(doc.text.page(1) == "信息系统运维服务合同\n第一条 服务内容\n乙方负责甲方信息系统的日常运行维护工作。\n")
        #expect(doc.text.page(2) == "第二条 服务期限\n乙方为甲方提供运行维护服务的期间为十二个月。\n")
        #expect(doc.text.page(3) == "第三条 合同价款\n本合同总额为人民币叁佰玖拾万元整(¥3,900,000.00元)，含税。\n")
    }

    /// The running header of the jingxin scan as Tesseract read it on its first pages: a little
    /// different on each, never the same line on half of them.
    @Test("A running header read with OCR errors is removed from every page")
    func ocrVariedHeader() {
        let header = "北京市经济和信息化局综合事务中心运维服务合"
        let variants = [header, header + "后", header + "同", header, "北京市经济和信息化局综合事务中心运维服务合后"]
        let pages = variants.enumerated().map { n, h in "\(h)\n\(Self.body[n])\n\(Self.body[n + 1])\n" }
        let doc = Normalizer.normalize(pages: pages)
        #expect(!doc.text.string.contains("北京市经济和信息化局"), "\(doc.text.string)")
        #expect(doc.text.page(3) == Self.body[2] + "\n" + Self.body[3] + "\n")
    }

    /// Lines at the top of pages that merely look alike (clause headings of one contract) are body.
    @Test("Alike but different clause headings at the top of pages stay")
    func alikeHeadingsStay() {
        let headings = ["第一条 服务内容及服务要求", "第二条 服务期限及服务地点", "第三条 合同价款及支付方式", "第四条 双方的权利和义务"]
        let pages = headings.enumerated().map { n, h in "\(h)\n\(Self.body[n])\n" }
        let doc = Normalizer.normalize(pages: pages)
        for heading in headings { #expect(doc.text.string.contains(heading)) }
    }
}


@Suite struct RunningHeaderInPartsTests {
    static let body = [
        "本合同总价为人民币肆拾肆万捌仟壹佰壹拾叁元贰角壹分", "（¥448,113.21 元），含税。",
        "乙方负责按照甲方要求开展信息系统运行维护工作。", "乙方需提供7×24h全天候运维服务。",
        "乙方应按甲方要求对相关用户进行系统使用培训。", "甲方按季度对乙方的服务进行考核。",
    ]

    @Test func titleLeftProjectRightIsRemovedFromEveryPage() {
        let header = "采购合同\t某区综治中心信息系统运行维护服务\n"
        let pages = [header + "本合同总价为人民币肆拾肆万捌仟壹佰壹拾叁元贰角壹分",
                     header + "（¥448,113.21 元），含税。\n乙方负责按照甲方要求开展工作。\n",
                     header + "乙方需提供全天候运维服务。\n"]
        // The 大写 amount and its figures, which the header had split, now join across the page break.
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(!text.contains("综治中心"))
        #expect(text.replacingOccurrences(of: "\u{0C}", with: "").contains("壹拾叁元贰角壹分(¥448,113.21元)，含税。"))
    }

    @Test func aTwoLineHeaderInPartsWithThePageNumberGoes() {
        // Line 1: title left, project right; line 2: contract number left, page number right.
        let pages = (0..<4).map { n in
            "技术服务合同\t某市政务云平台运维项目\n合同编号：YW-2031-47\t第 \(n + 1) 页 共 4 页\n" + Self.body[n + 2] + "\n"
        }
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(!text.contains("政务云"), "\(text)")
        #expect(!text.contains("合同编号"), "\(text)")
        for line in Self.body[2...5] { #expect(text.contains(line)) }
    }

    @Test func aPlainTitleAboveAProjectLineInPartsGoes() {
        let pages = (0..<3).map { n in
            "房屋租赁合同\n出租方：某置业有限公司\t承租方：某科技有限公司\n" + Self.body[n + 2] + "\n"
        }
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(!text.contains("出租方"), "\(text)")
        #expect(!text.contains("房屋租赁合同"), "\(text)")
    }

    @Test func aFooterInPartsAboveThePageNumberGoes() {
        let pages = (0..<3).map { n in
            Self.body[n + 2] + "\n某市大数据中心\t保密 内部使用\n- \(n + 1) -\n"
        }
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(!text.contains("大数据中心"), "\(text)")
        #expect(!text.contains("保密"), "\(text)")
    }

    @Test func aTwoRowTableHeaderRepeatedUnderTheRunningHeaderStays() {
        // The running header in parts goes; the table's own two header rows (as many cells as the rows below) stay.
        let pages = (0..<3).map { n in
            "采购合同\t某区档案数字化项目\n阶段\t比例\t金额\n\t(%)\t(元)\n\(n + 1)\t\(10 * (n + 2))\t\(1000 * (n + 1)).00\n"
                + Self.body[n] + "\n"
        }
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(!text.contains("档案数字化"), "\(text)")
        #expect(text.components(separatedBy: "阶段\t比例\t金额").count == 4, "\(text)")
    }

    @Test func aClauseInPartsThatRepeatsOnlyOnSomePagesStays() {
        // A signature block line with a tab on two of six pages is below the half-of-pages bar.
        var pages = (0..<6).map { n in Self.body[n] + "\n" }
        pages[1] = "甲方(盖章)\t乙方(盖章)\n" + pages[1]
        pages[4] = "甲方(盖章)\t乙方(盖章)\n" + pages[4]
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(text.components(separatedBy: "甲方(盖章)\t乙方(盖章)").count == 3, "\(text)")
    }

    @Test func aTableHeaderRepeatedOnEveryPageStays() {
        let header = "序号\t问题描述\t违约金"
        let pages = (0..<3).map { n in header + "\n\(n + 1)\t第\(n + 1)类问题\t\(10 * (n + 1))%\n" + Self.body[n] + "\n" }
        let text = Normalizer.normalize(pages: pages).text.string
        #expect(text.components(separatedBy: "序号\t问题描述\t违约金").count == 4)
    }
}
