"""Quirks that live in Word's XML: full-width characters, Symbol-font bullets, tracked changes, text boxes."""
from docx.oxml import parse_xml

from deterministic import save_docx
from docx_style import SERIF, add_paragraph, add_text, new_document
from quirk import Quirk

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_file(fill):
    def build(path):
        document = new_document()
        fill(document)
        save_docx(document, path)
    return build


FULLWIDTH = [
    "第三条 合同价款",
    "合同总价：人民币（￥１２３，４５６．７８元），大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分。",
    "税率：６％；履约保证金为合同总价的５％。",
    "服务期自２０２４年１月１日起至２０２４年１２月３１日止，共１２个月。",
]


def fill_fullwidth(document):
    add_paragraph(document, FULLWIDTH[0], style="Heading 1")
    for line in FULLWIDTH[1:]:
        add_paragraph(document, line)


BULLETS = ["运维服务内容包括：", "系统巡检维护：每日检查系统可用性和功能完整性。", "故障处置：接到报障后30分钟内响应。",
           "数据备份：每周对生产数据进行一次全量备份。"]


def fill_bullets(document):
    add_paragraph(document, BULLETS[0])
    for line in BULLETS[1:]:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = 360000
        bullet = add_text(paragraph, "\uf0b7", font="Symbol")  # the glyph Word's Symbol bullets carry
        add_text(paragraph, "\t", font=SERIF)
        add_text(paragraph, line, font=SERIF)
        del bullet


TRACKED_BEFORE = "本合同总额为人民币（大写）"
TRACKED_AFTER = "（¥3,900,000.00元整，含税）。"


def fill_tracked(document):
    add_paragraph(document, "第四条 合同价款", style="Heading 1")
    paragraph = document.add_paragraph()
    add_text(paragraph, TRACKED_BEFORE, font=SERIF)
    paragraph._p.append(parse_xml(
        f'<w:del {W} w:id="1" w:author="甲方法务" w:date="2022-07-01T09:00:00Z"><w:r><w:delText>叁佰捌拾万元整'
        f'</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {W} w:id="2" w:author="甲方法务" w:date="2022-07-01T09:00:00Z"><w:r><w:t>叁佰玖拾万元整</w:t>'
        f'</w:r></w:ins>'))
    add_text(paragraph, TRACKED_AFTER, font=SERIF)
    second = document.add_paragraph()
    add_text(second, "前述合同价款为含税价。", font=SERIF)
    second._p.append(parse_xml(
        f'<w:del {W} w:id="3" w:author="乙方" w:date="2022-07-02T09:00:00Z"><w:r><w:delText>乙方另行收取差旅费。'
        f'</w:delText></w:r></w:del>'))
    second._p.append(parse_xml(
        f'<w:ins {W} w:id="4" w:author="乙方" w:date="2022-07-02T09:00:00Z"><w:r><w:t>除此之外甲方无需再支付乙方其他任何费用。'
        f'</w:t></w:r></w:ins>'))


TEXTBOX_TEXT = "合同编号：BJJT-2025-0520"

TEXTBOX_XML = f'''<w:r {W}
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent>
 <mc:Choice Requires="wps">
  <w:drawing>
   <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0"
     locked="0" layoutInCell="1" allowOverlap="1">
    <wp:simplePos x="0" y="0"/>
    <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
    <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
    <wp:extent cx="2160000" cy="360000"/>
    <wp:effectExtent l="0" t="0" r="0" b="0"/>
    <wp:wrapNone/>
    <wp:docPr id="1" name="文本框 1"/>
    <wp:cNvGraphicFramePr/>
    <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
     <wps:wsp>
      <wps:cNvSpPr txBox="1"/>
      <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="360000"/></a:xfrm>
       <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
      <wps:txbx><w:txbxContent><w:p><w:r><w:t>{TEXTBOX_TEXT}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
      <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>
     </wps:wsp>
    </a:graphicData></a:graphic>
   </wp:anchor>
  </w:drawing>
 </mc:Choice>
 <mc:Fallback>
  <w:pict>
   <v:shape id="文本框 1" type="#_x0000_t202" style="position:absolute;margin-left:255pt;width:170pt;height:28pt">
    <v:textbox><w:txbxContent><w:p><w:r><w:t>{TEXTBOX_TEXT}</w:t></w:r></w:p></w:txbxContent></v:textbox>
   </v:shape>
  </w:pict>
 </mc:Fallback>
</mc:AlternateContent>
</w:r>'''

TEXTBOX_BODY = ["采购合同", "项目名称：综治中心信息系统运行维护费",
                "委托人（甲方）：北京市交通综合治理事务中心", "被委托人（乙方）：太极计算机股份有限公司"]


def fill_textbox(document):
    document.add_paragraph()._p.append(parse_xml(TEXTBOX_XML))
    add_paragraph(document, TEXTBOX_BODY[0], style="Title")
    for line in TEXTBOX_BODY[1:]:
        add_paragraph(document, line)


QUIRKS = [
    Quirk("fullwidth-digits", "docx", "full-width digits, comma, point, ％ and （￥…） typed with a Chinese IME",
          "\n".join(FULLWIDTH) + "\n", docx_file(fill_fullwidth),
          contains=["(¥123,456.78元)", "6%", "5%", "2024年1月1日", "2024年12月31日", "共12个月"],
          absent=["[０-９％￥]"]),
    Quirk("private-use-bullets", "docx", "Symbol-font bullets stored as the private-use code point U+F0B7",
          "\n".join(BULLETS) + "\n", docx_file(fill_bullets),
          contains=BULLETS[1:], absent=["[\ue000-\uf8ff]"]),
    Quirk("docx-tracked-changes", "docx", "tracked changes: w:del (dropped) and w:ins (kept) inside an amount",
          "第四条 合同价款\n" + TRACKED_BEFORE + "叁佰玖拾万元整" + TRACKED_AFTER
          + "\n前述合同价款为含税价。除此之外甲方无需再支付乙方其他任何费用。\n",
          docx_file(fill_tracked),
          contains=["叁佰玖拾万元整", "除此之外甲方无需再支付乙方其他任何费用"],
          absent=["叁佰捌拾万", "差旅费"]),
    Quirk("docx-textbox", "docx", "a text box (wps:txbx with its VML fallback) holding the contract number",
          TEXTBOX_TEXT + "\n" + "\n".join(TEXTBOX_BODY) + "\n", docx_file(fill_textbox),
          contains=["BJJT-2025-0520", "北京市交通综合治理事务中心"],
          counts={"BJJT-2025-0520": 1}),
]
