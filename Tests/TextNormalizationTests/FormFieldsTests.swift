import Testing
@testable import TextNormalization

@Suite struct FormFieldsTests {
    @Test(arguments: [
        ("签订日期：\t2020\t年\t2\t月\t29\t日", "签订日期：\t2020年2月29日"),
        ("有效期限：\t2021\t年\t3\t月\t1\t日至\t2021\t年\t9\t月\t30\t日", "有效期限：\t2021年3月1日至2021年9月30日"),
        ("本项目研究开发经费和报酬(大写)\t叁佰贰拾\t万元，其中", "本项目研究开发经费和报酬(大写)叁佰贰拾万元，其中"),
        ("报酬总额：(大写)\t壹佰捌拾\t万元(¥\t1,800,000.00\t元)。", "报酬总额：(大写)壹佰捌拾万元(¥1,800,000.00元)。"),
        ("第三条 签约后支付\t25\t%，验收后支付\t75\t%。", "第三条 签约后支付\t25%，验收后支付\t75%。"),
    ])
    func valuesAFormSplitAreJoined(raw: String, joined: String) {
        #expect(normalizedLine(raw) == joined)
    }

    @Test(arguments: [
        "11\t月考核得分低于60分的\t40%",
        "序号\t2020\t10\t备注",
        "甲方\t某某市数据局\t乙方\t某某科技有限公司",
        "日期：\t年\t月\t日",
        "第四条 履约保证金为人民币\t元。",
        "逾期一日按应付未付金额的\t%支付违约金。",
    ])
    func cellBoundariesStay(raw: String) {
        #expect(normalizedLine(raw) == raw)
    }

    @Test func offsetsStillMapToTheRawText() {
        let raw = "签订日期：\t2020\t年\t2\t月\t29\t日"
        let doc = Normalizer.normalize(pages: [raw])
        let text = doc.text.string
        let i = text.unicodeScalars.firstIndex(of: "2")!
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: i)
        #expect(doc.origins[offset] == raw.unicodeScalars.distance(from: raw.unicodeScalars.startIndex, to: raw.unicodeScalars.firstIndex(of: "2")!))
    }
}
