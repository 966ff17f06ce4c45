"""Quirks of filled-in model texts (示范文本) and WPS layouts: values typed into underlined blanks (spread over
several cells once a PDF is read), blanks left empty, a whole contract set in a one-column table, check boxes."""
from docx.oxml import parse_xml

from docx_style import SERIF, add_paragraph, add_text
from quirk import Quirk
from quirks_docx import docx_file
from quirks_pdf import pdf_file

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

PAD = "\u3000\u3000"  # two ideographic spaces each side: the width a form reserves for a value

# A filled form: the drafter's labels, the values typed into underlined blanks padded with spaces (as model texts
# are filled in), and blanks nobody filled. Each entry: a list of (text, underlined) runs.
FORM = [
    [("技术服务合同", False)],
    [("合同编号：", False), (PAD + "JF-2031-0208" + PAD, True)],
    [("项目名称：", False), (PAD + "某市水务数据治理技术服务" + PAD, True)],
    [("委托方（甲方）：", False), (PAD + "某市水务集团有限公司" + PAD, True)],
    [("受托方（乙方）：", False), (PAD + "远帆信息技术有限公司" + PAD, True)],
    [("签订地点：", False), (PAD + "某省某市" + PAD, True)],
    [("签订日期：", False), (PAD + "2031" + PAD, True), ("年", False), (PAD + "2" + PAD, True), ("月", False), (PAD + "9" + PAD, True), ("日", False)],
    [("有效期限：", False), ("2031", True), ("年", False), ("3", True), ("月", False), ("1", True),
     ("日至", False), ("2032", True), ("年", False), ("2", True), ("月", False), ("28", True), ("日", False)],
    [("第一条 服务内容：乙方为甲方提供供水管网数据的清洗、建模与治理服务。", False)],
    [("第二条 报酬总额：（大写）", False), (PAD + "贰佰伍拾" + PAD, True), ("万元（¥", False),
     (PAD + "2,500,000.00" + PAD, True), ("元）。", False)],
    [("第三条 生效后支付", False), (PAD + "30" + PAD, True), ("%，验收后支付", False),
     (PAD + "70" + PAD, True), ("%。", False)],
    [("第四条 履约保证金为人民币", False), ("          ", True), ("元。", False)],
    [("第五条 逾期付款的，每逾期一日按应付未付金额的", False), ("      ", True), ("%支付违约金。", False)],
    [("甲方（盖章）：", False), ("                ", False), ("乙方（盖章）：", False)],
    [("日期：", False), ("      ", True), ("年", False), ("    ", True), ("月", False), ("    ", True), ("日", False)],
]


def form_text():
    """The normalized text: values without their padding, blanks as the form shows them."""
    lines = []
    for runs in FORM:
        line = "".join(text.strip() if underlined and text.strip() else text for text, underlined in runs)
        lines.append(line)
    return "\n".join(lines) + "\n"


def fill_form(document):
    for runs in FORM:
        paragraph = document.add_paragraph()
        for text, underlined in runs:
            run = add_text(paragraph, text, font=SERIF)
            run.underline = underlined or None


# WPS: the whole contract in a one-column table, one row per article, several paragraphs per cell; a payment
# plan nested inside one of the cells.
WPS_ROWS = [
    ["软件开发合同", "甲方：某市公共资源交易中心", "乙方：青禾软件有限公司"],
    ["第一条 合同金额", "本合同总金额为人民币捌拾陆万元整（¥860,000.00元），含增值税。"],
    ["第二条 付款方式", "1、合同签订后十个工作日内，甲方支付合同总金额的30%；",
     "2、系统上线试运行后，甲方支付合同总金额的60%；", "3、终验合格满一年后，甲方支付合同总金额的10%。"],
    ["第三条 开发周期", "乙方应于合同签订之日起180日内完成开发并交付。"],
    ["第四条 违约责任", "乙方逾期交付的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。"],
]


def fill_wps(document):
    table = document.add_table(rows=0, cols=1)
    for paragraphs in WPS_ROWS:
        cell = table.add_row().cells[0]
        cell.paragraphs[0].text = ""
        add_text(cell.paragraphs[0], paragraphs[0], font=SERIF)
        for text in paragraphs[1:]:
            add_text(cell.add_paragraph(), text, font=SERIF)


def wps_text():
    return "\n".join(line for row in WPS_ROWS for line in row) + "\n"


# Check boxes three ways: w14:checkbox content controls (the ticked one shows ☒ in MS Gothic, as Word draws it), a
# legacy FORMCHECKBOX field, and Wingdings 2 glyphs.
def checkbox_control(checked):
    glyph = "☒" if checked else "☐"
    return parse_xml(
        f'<w:sdt {W} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
        f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
        f'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def form_checkbox(checked):
    return [parse_xml(
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{int(checked)}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/></w:checkBox>'
        f'</w:ffData></w:fldChar></w:r>'),
        parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'),
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')]


def wingdings2(code):
    return parse_xml(f'<w:r {W}><w:sym w:font="Wingdings 2" w:char="{code}"/></w:r>')


CHECKBOX_LINES = [
    "第三条 合同价款与支付",
    "合同价款为人民币肆拾贰万元整（¥420,000.00元）。付款方式（在选定项前打勾）：",
    "☑分期付款：合同签订后支付合同价款的40%，验收合格后支付合同价款的60%。",
    "☐一次性付款：验收合格后一次性支付合同价款的100%。",
    "履约保证金：☐无 ☑有，为合同价款的5%。",
    "验收方式：□书面验收 ☑现场验收",
]


def fill_checkboxes(document):
    add_paragraph(document, CHECKBOX_LINES[0], style="Heading 1")
    add_paragraph(document, CHECKBOX_LINES[1])
    for line in CHECKBOX_LINES[2:4]:  # content controls
        paragraph = document.add_paragraph()
        paragraph._p.append(checkbox_control(line.startswith("☑")))
        add_text(paragraph, line[1:], font=SERIF)
    paragraph = document.add_paragraph()  # legacy form fields
    add_text(paragraph, "履约保证金：", font=SERIF)
    for element in form_checkbox(False):
        paragraph._p.append(element)
    add_text(paragraph, "无 ", font=SERIF)
    for element in form_checkbox(True):
        paragraph._p.append(element)
    add_text(paragraph, "有，为合同价款的5%。", font=SERIF)
    paragraph = document.add_paragraph()  # Wingdings 2 glyphs: F0A3 an empty box, F052 a ticked one
    add_text(paragraph, "验收方式：", font=SERIF)
    paragraph._p.append(wingdings2("F0A3"))
    add_text(paragraph, "书面验收 ", font=SERIF)
    paragraph._p.append(wingdings2("F052"))
    add_text(paragraph, "现场验收", font=SERIF)


QUIRKS = [
    Quirk("filled-form", "docx", "a model-text form filled in: values in underlined blanks padded with spaces, blanks left",
          form_text(), docx_file(fill_form),
          contains=["2031年2月9日", "2031年3月1日至2032年2月28日", "贰佰伍拾万元", "某市水务集团有限公司"]),
    Quirk("filled-form", "pdf", "the filled form as a PDF: each value a cell of its own on the line (2031⇥年⇥2⇥月⇥9⇥日)",
          form_text(), pdf_file(fill_form),
          contains=["2031年2月9日", "2031年3月1日至2032年2月28日", "(大写)贰佰伍拾万元(¥2,500,000.00元)",
                    "合同编号：\tJF-2031-0208\n项目名称：\t某市水务数据治理技术服务"],
          raw_checks=[r"2031\s{2,}年\s{2,}2\s{2,}月"]),
    Quirk("wps-one-table", "docx", "a WPS contract set in a one-column table, several paragraphs per cell",
          wps_text(), docx_file(fill_wps),
          contains=["第二条 付款方式\n1、合同签订后", "支付合同总金额的60%；\n3、终验合格"]),
    Quirk("docx-checkboxes", "docx", "check boxes: w14:checkbox controls, FORMCHECKBOX fields, Wingdings 2 glyphs",
          "\n".join(CHECKBOX_LINES) + "\n", docx_file(fill_checkboxes),
          contains=["☑分期付款", "☐一次性付款", "☐无☑有", "□书面验收☑现场验收"], absent=["☒"]),
]
