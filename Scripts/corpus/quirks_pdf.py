"""Quirks that only a PDF shows: line and page wraps inside amounts and codes, inserted spaces, page furniture."""
import os
import tempfile

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from deterministic import save_docx
from docx_style import SANS, SERIF, add_paragraph, add_text, new_document
from pdf_convert import convert
from quirk import Quirk
from seed_docx import add_table


def pdf_file(fill, header=None, footer=None):
    def build(path):
        document = new_document(header=header, footer=footer)
        fill(document)
        with tempfile.TemporaryDirectory(prefix="hetong-corpus-") as tmp:
            docx_path = os.path.join(tmp, os.path.basename(path)[:-4] + ".docx")
            save_docx(document, docx_path)
            convert(docx_path, path)
    return build


# A 大写 amount that LibreOffice wraps across two lines (39 CJK cells per line at 10.5 pt on this page).
SPLIT_LINES = [
    "第四条 合同价款",
    "在本合同涉及的以上内容条件下，经甲乙双方友好协商一致，总服务期为十二个月的本合同价款为人民币肆佰柒拾壹万伍仟元整"
    "（¥4,715,000.00元），其中无税金额为人民币肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分（¥4,448,113.21元）。",
    "上述价款为甲方应向乙方支付的全部费用和报酬，除上述价款外，甲方无需向乙方支付任何其他费用。",
]


def fill_lines(document, lines):
    add_paragraph(document, lines[0], style="Heading 1")
    for line in lines[1:]:
        add_paragraph(document, line)


# A 大写 amount cut by a page break: page 1 ends with 肆佰柒拾壹万伍, page 2 starts with 仟元整.
SPLIT_PAGES_FIRST = [
    "第三条 服务期间",
    "乙方为甲方提供运行维护服务的期间为自合同签订生效之日起十二个月。",
    "第四条 合同价款",
]
SPLIT_PAGES_BEFORE = "在本合同涉及的以上内容条件下，总服务期为十二个月的合同价款为：肆佰柒拾壹万伍"
SPLIT_PAGES_AFTER = "仟元整（¥4,715,000.00元）。上述价款为甲方应向乙方支付的全部费用和报酬。"
SPLIT_PAGES_REST = ["第五条 付款方式", "第一次付款：双方签署合同后30个工作日内，甲方向乙方支付合同款的60%。"]


def fill_split_pages(document):
    fill_lines(document, SPLIT_PAGES_FIRST)
    paragraph = document.add_paragraph()
    add_text(paragraph, SPLIT_PAGES_BEFORE, font=SERIF)
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    add_text(paragraph, SPLIT_PAGES_AFTER, font=SERIF)
    add_paragraph(document, SPLIT_PAGES_REST[0], style="Heading 1")
    add_paragraph(document, SPLIT_PAGES_REST[1])


SPACES = [
    "第二条 服务期限",
    "签订日期：2022年7月12日。服务期限：自2024年1月1日起至2024年12月31日止，共12个月。",
    "乙方提供Linux服务器共26台，运维人员不少于5人，数据库为Oracle Database 19c。",
]

HYPHEN = [
    "第六条 软件许可",
    "乙方提供的软件许可包括操作系统许可及应用防火墙授权（产品编码TI-LINUXLIC-WAF），许可期限与服务期一致。",
]

TABLE = [
    "序号\t服务项目\t服务内容\t响应时间",
    "1\t系统巡检维护\t对重要业务系统进行全天候可用性巡检，对其他系统每日检查系统的可用性和系统功能完整性，发现问题及时处置并记录\t三十分钟内响应",
    "2\t系统故障处置和恢复\t及时处置系统故障，对系统故障事件进行快速响应，进行故障原因排查，恢复系统服务，并提交故障分析报告\t一小时内到达现场",
    "3\t数据备份及恢复管理\t制定合理的备份策略，定期备份生产系统的数据及应用系统程序文件，并定期开展备份数据恢复测试工作\t每周一次",
]


def fill_table(document):
    add_paragraph(document, "附件一 运维服务内容", style="Heading 1")
    add_table(document, TABLE)
    add_paragraph(document, "注：上述服务内容以甲方书面确认的工作说明书为准。")


FURNITURE_TITLE = "信息系统运维服务合同"
FURNITURE_PAGES = [
    ["第一条 服务内容", "乙方负责甲方信息系统的日常运行维护工作，保证系统安全稳定运行。"],
    ["第二条 服务期限", "乙方为甲方提供运行维护服务的期间为自合同签订之日起十二个月。"],
    ["第三条 合同价款", "本合同总额为人民币叁佰玖拾万元整（¥3,900,000.00元），含税。"],
]


def fill_pages(title):
    def fill(document):
        if title:
            add_paragraph(document, title, style="Title")
        for index, (heading, body) in enumerate(FURNITURE_PAGES):
            paragraph = add_paragraph(document, heading, style="Heading 1")
            paragraph.paragraph_format.page_break_before = index > 0
            add_paragraph(document, body)
    return fill


def furniture_expected(title):
    lines = [title] if title else []
    for heading, body in FURNITURE_PAGES:
        lines += [heading, body]
    return "\n".join(lines) + "\n"


QUIRKS = [
    Quirk("amount-split-across-lines", "pdf", "a 大写 amount wrapped by the layout across two lines",
          "\n".join(SPLIT_LINES) + "\n", pdf_file(lambda d: fill_lines(d, SPLIT_LINES)),
          contains=["肆佰柒拾壹万伍仟元整", "肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分"],
          raw_checks=[r"[壹贰叁肆伍陆柒捌玖拾佰仟万亿元角]\n[壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]"]),
    Quirk("amount-split-across-pages", "pdf", "a 大写 amount cut by a page break (肆佰柒拾壹万伍 | 仟元整)",
          "\n".join(SPLIT_PAGES_FIRST) + "\n" + SPLIT_PAGES_BEFORE + SPLIT_PAGES_AFTER + "\n"
          + "\n".join(SPLIT_PAGES_REST) + "\n", pdf_file(fill_split_pages),
          contains=["肆佰柒拾壹万伍仟元整"],
          raw_checks=[r"肆佰柒拾壹万伍\s*\f\s*仟元整"]),
    Quirk("cjk-digit-spaces", "pdf", "spaces poppler inserts where Latin/digit runs meet CJK (2022 年 7 月 12 日)",
          "\n".join(SPACES) + "\n", pdf_file(lambda d: fill_lines(d, SPACES)),
          contains=["2022年7月12日", "2024年1月1日", "2024年12月31日", "共12个月", "Linux服务器共26台", "不少于5人",
                    "Oracle Database 19c"],
          raw_checks=[r"2022 年 7 月 12 日"]),
    Quirk("hyphen-wrapped-code", "pdf", "a Latin product code wrapped after its hyphen (TI-LINUXLIC- / WAF)",
          "\n".join(HYPHEN) + "\n", pdf_file(lambda d: fill_lines(d, HYPHEN)),
          contains=["TI-LINUXLIC-WAF"],
          raw_checks=[r"TI-LINUXLIC-\s*\n\s*WAF"]),
    Quirk("table-wrapped-cells", "pdf", "a table whose long cells wrap onto several lines",
          "附件一 运维服务内容\n" + "\n".join(TABLE) + "\n注：上述服务内容以甲方书面确认的工作说明书为准。\n",
          pdf_file(fill_table),
          contains=[row.split("\t")[2] for row in TABLE[1:]],
          raw_absent=[row.split("\t")[2] for row in TABLE[1:]]),
    Quirk("header-footer-page-numbers", "pdf", "a running header (the title) and a footer 第 X 页 共 Y 页 on every page",
          furniture_expected(FURNITURE_TITLE), pdf_file(fill_pages(FURNITURE_TITLE), header=FURNITURE_TITLE, footer="zh"),
          absent=[r"第\s*\d+\s*页\s*共\s*\d+\s*页"], counts={FURNITURE_TITLE: 1},
          contains=["叁佰玖拾万元整"],
          raw_checks=[r"第\s*2\s*页\s*共\s*3\s*页"]),
    Quirk("dash-page-numbers", "pdf", "a footer with the page number between dashes (- 2 -) on every page",
          furniture_expected(None), pdf_file(fill_pages(None), footer="dash"),
          absent=[r"(?m)^\s*-\s*\d+\s*-\s*$"],
          contains=["叁佰玖拾万元整"],
          raw_checks=[r"(?m)^\s*-\s*2\s*-\s*$"]),
]
