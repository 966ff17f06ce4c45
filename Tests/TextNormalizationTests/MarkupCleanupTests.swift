import Testing
@testable import TextNormalization

@Suite("Converter leftovers: markdown, HTML, LaTeX")
struct MarkupCleanupTests {
    @Test("LaTeX fragments from the seeds")
    func latex() {
        #expect(normalized("- 用户对系统的满意度 $\\geq 95\\%$") == "- 用户对系统的满意度≥95%\n")
        #expect(normalized("IT 服务投诉（个）\t$\\leq 5\\%$") == "IT服务投诉(个)\t≤5%\n")
        #expect(normalized("温度 $25^{\\circ}$ 以下") == "温度25°以下\n")
        #expect(normalized("费率 5\\% 以内") == "费率5%以内\n")
        // A dollar sign that is not math stays.
        #expect(normalized("USD $1,000 and $2,000") == "USD $1,000 and $2,000\n")
    }

    @Test("Markdown marks")
    func markdown() {
        #expect(normalized("否则**投标无效**）") == "否则投标无效)\n")
        #expect(normalized("## 三、付款方式") == "三、付款方式\n")
        #expect(normalized("# 采购合同") == "采购合同\n")
        #expect(normalized("__重要__条款") == "重要条款\n")
        // Fill-in blanks, masked digits and multiplication stay.
        #expect(normalized("甲方代表：________") == "甲方代表：________\n")
        #expect(normalized("电话：138****1234") == "电话：138****1234\n")
        #expect(normalized("每周 7*24 驻地值守") == "每周7*24驻地值守\n")
        #expect(normalized("#1 机房") == "#1机房\n")
    }

    @Test("HTML tags from the seeds")
    func html() {
        let cell = "门户运维\t<p>1、系统巡检维护。对业务系统进行日常巡检。</p> <p>2、系统故障处置和恢复。</p>"
        #expect(normalized(cell) == "门户运维\t1、系统巡检维护。对业务系统进行日常巡检。2、系统故障处置和恢复。\n")
        let boxes = "单位性质\t<input type=\"checkbox\"/> 国营企业 <input checked=\"\" type=\"checkbox\"/> 其他"
        #expect(normalized(boxes) == "单位性质\t☐国营企业☑其他\n")
        #expect(normalized("<ol style=\"list-style-type: none\"> 2024年污染源监测") == "2024年污染源监测\n")
        #expect(normalized("第一行<br/>第二行") == "第一行第二行\n")
        #expect(normalized("A<br>B") == "A B\n")
        #expect(normalized("A&amp;B&nbsp;公司") == "A&B公司\n")
        // Not a tag.
        #expect(normalized("响应时间<2小时") == "响应时间<2小时\n")
    }
}
