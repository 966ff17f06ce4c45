import Testing
@testable import TextNormalization

/// Real lines of seed 000 as poppler wraps them at the right margin (48 ideographs).
private let wrapped = """
    1.1 甲、乙双方根据国家和北京市相关法律法规的规定，本着诚实守信、合作互利的原则，经过友好协商，
    就甲方委托乙方开展 综治中心信息系统运行维护费 工作事宜签订本合同。
    1.2 甲、乙双方之间任何与本合同有关的信函、电子邮件、电话，均使用并且只能使用下列双方确认的地址、
    传真号码、电话号码、电子邮件地址名。
    1.3 甲、乙双方之间有关合同的财务往来及结算，应通过下列甲方与乙方共同确认的银行及账号进行。本合
    同存续期间，一方若遇结算银行及账号变化，应在变化之日起 30 日内书面告知另一方。若因乙方原因未及
    时提供变更后的银行账号导致甲方付款延迟的，甲方不承担任何违约责任，乙方仍应按照本合同的约定履行义
    务。
    乙方需根据甲方提供的漏洞整改通知进行及时有效的系统漏洞整改及修复，
    并根据甲方的要求及时提交漏洞整改报告。
    2、日常维护
    乙方需提供 7×24h 全天候运维服务。
    在本合同涉及的以上内容条件下，总服务期为 12 个月的合同价款为：肆佰柒拾壹万伍仟元 整（¥4,715,000
    .00 元），其中无税金额为：肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分（¥4,448,113.21 元）。
    """

@Suite("Joining lines wrapped mid-sentence")
struct LineJoiningTests {
    @Test("Wrapped lines of a paragraph become one line; paragraph ends stay")
    func paragraphs() {
        let lines = normalized(wrapped).split(separator: "\n").map(String.init)
        #expect(lines.count == 8)
        #expect(lines[0] == "1.1 甲、乙双方根据国家和北京市相关法律法规的规定，本着诚实守信、合作互利的原则，经过友好协商，就甲方委托乙方开展综治中心信息系统运行维护费工作事宜签订本合同。")
        #expect(lines[2].hasPrefix("1.3 甲、乙双方之间有关合同的财务往来及结算") && lines[2].hasSuffix("乙方仍应按照本合同的约定履行义务。"))
        // A short line ending on a comma is a paragraph end in this layout: it stays.
        #expect(lines[3] == "乙方需根据甲方提供的漏洞整改通知进行及时有效的系统漏洞整改及修复，")
        #expect(lines[5] == "2、日常维护")
        #expect(lines[7].contains("肆佰柒拾壹万伍仟元整(¥4,715,000.00元)"))
    }

    @Test("A 大写 amount cut by a line break reads whole even without a margin")
    func capitalAmount() {
        #expect(normalized("第三次付款：即人民币肆佰柒拾壹万伍\n仟元整。") == "第三次付款：即人民币肆佰柒拾壹万伍仟元整。\n")
        // After 整 the amount is over.
        #expect(normalized("合同总价：贰万元整\n壹号楼") == "合同总价：贰万元整\n壹号楼\n")
    }

    @Test("A hyphen ending a wrapped Latin code is kept and the halves joined")
    func hyphenatedCode() {
        #expect(normalized("天融信网站监测与自动修复系统 V3 (TI-LINUXLIC-\nWAF)") == "天融信网站监测与自动修复系统V3 (TI-LINUXLIC-WAF)\n")
    }

    @Test("Lines opening an item are never glued to the line before, even after a full line")
    func itemsStay() {
        // Each item follows a line that runs to the margin without ending its sentence.
        let full = String(repeating: "运维", count: 24)
        let items = ["1、驻场保障", "(1)数据统计", "第三条 付款", "一、总则", "①巡检", "2.4服务标准", "- 用户满意度", "附件1安全保密协议"]
        let text = items.map { full + "\n" + $0 }.joined(separator: "\n")
        #expect(normalized(text) == text + "\n")
        // The same full lines followed by plain text are joined.
        let joined = ["系统巡检", "维护服务", "应急值守"].map { full + "\n" + $0 }.joined(separator: "\n")
        #expect(normalized(joined) == full + "系统巡检\n" + full + "维护服务\n" + full + "应急值守\n")
    }

    @Test("Blank lines: at most one between paragraphs, none at page edges")
    func blankLines() {
        #expect(normalized("\n\n甲方。\n\n\n\n乙方。\n\n") == "甲方。\n\n乙方。\n")
    }

    @Test("A paragraph running over a page break is joined through the form feed")
    func acrossPages() {
        let page1 = String(repeating: "乙方应根据服务器现状，对本项目涉及的操作系统等进行安全加固。同时，乙方应针对每一\n", count: 4)
            + "项被授权的安全加固措施制定回滚方案，以备在加固措施实施后，出现影响系统正常运行的情况时能\n"
        let page2 = "够及时实施应急回退措施，确保系统服务的可靠性。\n第二条 付款\n"
        let doc = Normalizer.normalize(pages: [page1, page2])
        #expect(doc.text.pageCount == 2)
        #expect(doc.text.string.contains("情况时能\u{0C}够及时实施"))
        // A page ending a sentence keeps its line break before the form feed.
        let ended = Normalizer.normalize(pages: [page1 + "第二条。\n", "第三条 付款\n"])
        #expect(ended.text.string.contains("第二条。\n\u{0C}第三条 付款"))
    }

    @Test("A full line ending on ；continues; a short one ending on ；or ：does not")
    func semicolons() {
        let full = String(repeating: "运维", count: 23) + "巡检；"
        let text = [full + "\n每周执行接口连通巡检。", full + "\n每月进行日志分析。", full + "\n每季度进行演练。"].joined(separator: "\n")
        #expect(normalized(text) == full + "每周执行接口连通巡检。\n" + full + "每月进行日志分析。\n" + full + "每季度进行演练。\n")
        #expect(normalized("具体工作内容包括：\n企业一体化申报运维肆佰\n") == "具体工作内容包括：\n企业一体化申报运维肆佰\n")
    }

    @Test("附件 opens an item only as a heading, not inside a sentence")
    func attachments() {
        let full = String(repeating: "运维", count: 24)
        let text = [full, "附件7)进行考核", full, "附件7)进行考核", full, "附件7)进行考核"].joined(separator: "\n")
        #expect(normalized(text) == String(repeating: full + "附件7)进行考核\n", count: 3))
        let heading = [full, "附件3：系统运维服务需求说明", full, "附件一安全保密协议", full, "附件"].joined(separator: "\n")
        #expect(normalized(heading) == heading + "\n")
    }

    @Test("Lines wrapped in a narrow table cell are joined at the cell's width")
    func narrowMargin() {
        // Body lines at 96 units and cell lines at 50 units, both cut mid-sentence.
        let body = String(repeating: "运维", count: 24)
        let cell = String(repeating: "项目", count: 12) + "经"
        var lines: [String] = []
        for k in 0..<4 { lines += [body, "工作\(k)。", cell, "理\(k)。"] }
        let out = normalized(lines.joined(separator: "\n")).split(separator: "\n").map(String.init)
        #expect(out == (0..<4).flatMap { k in [body + "工作\(k)。", cell + "理\(k)。"] })
    }

    @Test("Corpus quirk cjk-digit-spaces: a date cut after its day number, a sentence's short tail")
    func dateAndTail() {
        let raw = """
            第二条 服务期限
            签订日期：2022 年 7 月 12 日。服务期限：自 2024 年 1 月 1 日起至 2024 年 12 月 31
            日止，共 12 个月。
            乙方提供 Linux 服务器共 26 台，运维人员不少于 5 人，数据库为 Oracle Database
            19c。
            """
        #expect(normalized(raw) == """
            第二条 服务期限
            签订日期：2022年7月12日。服务期限：自2024年1月1日起至2024年12月31日止，共12个月。
            乙方提供Linux服务器共26台，运维人员不少于5人，数据库为Oracle Database 19c。

            """)
    }
}
