import Testing
@testable import TextNormalization

@Suite("Spaces extraction puts around Chinese text")
struct SpacingTests {
    @Test("Spaces between Chinese and digits go")
    func chineseDigits() {
        #expect(normalized("签订日期：2022 年 7 月 12 日") == "签订日期：2022年7月12日\n")
        #expect(normalized("乙方为甲方提供运行维护服务的期间为自合同签订生效之日起 12 个月。")
            == "乙方为甲方提供运行维护服务的期间为自合同签订生效之日起12个月。\n")
        #expect(normalized("即人民币 贰佰叁拾伍万元整（¥2,350,000.00 元）") == "即人民币贰佰叁拾伍万元整(¥2,350,000.00元)\n")
    }

    @Test("Spaces between two Chinese characters go")
    func chineseChinese() {
        #expect(normalized("合同价款为：肆佰柒拾壹万伍仟元 整（¥4,715,000.00 元）")
            == "合同价款为：肆佰柒拾壹万伍仟元整(¥4,715,000.00元)\n")
        #expect(normalized("开展 综治中心信息系统运行维护费 工作") == "开展综治中心信息系统运行维护费工作\n")
    }

    @Test("Blanks between Latin words and digits stay")
    func latinKept() {
        #expect(normalized("操作系统 Windows Server 2019 标准版") == "操作系统Windows Server 2019标准版\n")
        #expect(normalized("TI-LINUX 10 套") == "TI-LINUX 10套\n")
        #expect(normalized("乙方需提供 7×24h 全天候运维服务。") == "乙方需提供7×24h全天候运维服务。\n")
        #expect(normalized("账号： 2000003359480001450351 1") == "账号：2000003359480001450351 1\n")
        #expect(normalized("A  B") == "A B\n")
    }

    @Test("The blank after a clause number at the start of a line stays")
    func clauseNumbers() {
        #expect(normalized("1.1 甲、乙双方根据国家") == "1.1 甲、乙双方根据国家\n")
        #expect(normalized("一 合同说明条款") == "一 合同说明条款\n")
        #expect(normalized("第 一 条 合同标的") == "第一条 合同标的\n")
        #expect(normalized("3.1.4 投标人必须保证") == "3.1.4 投标人必须保证\n")
        #expect(normalized("- (1) 数据库系统软件的按需或定期关闭和启动。") == "- (1) 数据库系统软件的按需或定期关闭和启动。\n")
        #expect(normalized("1、 驻场保障") == "1、驻场保障\n")
        #expect(normalized("① 应用系统运维：") == "①应用系统运维：\n")
    }

    @Test("Leading and trailing blanks, cell padding")
    func trimming() {
        #expect(normalized("   乙方负责   \n") == "乙方负责\n")
        #expect(normalized("单位 \t 北京市交通综合治理事务中心 \t太极") == "单位\t北京市交通综合治理事务中心\t太极\n")
    }

    @Test("A sign and its number are never apart")
    func signs() {
        #expect(normalized("●面向预算单位的财政核心IT系统稳定运行率≥ 99.9%") == "●面向预算单位的财政核心IT系统稳定运行率≥99.9%\n")
        #expect(normalized("合同总价 ￥ 4,715,000.00 元") == "合同总价¥4,715,000.00元\n")
        #expect(normalized("税率 6 %") == "税率6%\n")
        #expect(normalized("响应时间 ≤ 2 小时") == "响应时间≤2小时\n")
        #expect(normalized("A ≥ B") == "A ≥ B\n")
    }
}
