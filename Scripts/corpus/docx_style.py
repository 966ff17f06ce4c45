"""Word styling shared by every generated DOCX: CJK fonts, page setup, header, footer with page fields."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SERIF = "Noto Serif CJK SC"  # body text (a Songti-like face)
SANS = "Noto Sans CJK SC"    # headings, header, footer, tables
# Latin and digits in a separate face, as Word documents have them (Times New Roman + 宋体). LibreOffice
# substitutes what fontconfig offers (DejaVu on Debian); the font switch is why poppler later reports
# `2022 年 7 月 12 日` with spaces, as it does on real contracts.
LATIN = {SERIF: "Times New Roman", SANS: "Arial"}


def set_run_fonts(element, font):
    """Sets ascii/hAnsi/eastAsia/cs fonts on a run, or on a style's rPr."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    latin = LATIN.get(font, font)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", font), ("w:cs", latin)):
        fonts.set(qn(attr), value)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        key = qn(attr)
        if key in fonts.attrib:
            del fonts.attrib[key]


def setup_styles(document):
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)  # 五号
    set_run_fonts(normal.element, SERIF)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.25
    for name, size in (("Title", 18), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 10.5)):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        set_run_fonts(style.element, SANS)
        style.paragraph_format.space_before = Pt(8 if name != "Heading 3" else 4)
        style.paragraph_format.space_after = Pt(4)
    # The default template's Title style draws a border and uses a theme colour; keep it plain and centred.
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ppr = styles["Title"].element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def setup_page(document):
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2.54)
        section.left_margin = section.right_margin = Cm(3.17)
        section.header_distance = section.footer_distance = Cm(1.5)


def _field(paragraph, instruction, cached):
    """Appends a complex field (fldChar begin / instrText / separate / cached result / end)."""
    def add(tag, **attrs):
        run = paragraph.add_run()
        set_run_fonts(run._r, SANS)
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        run._r.append(el)
        return el
    add("w:fldChar", **{"w:fldCharType": "begin"})
    instr = add("w:instrText", **{"xml:space": "preserve"})
    instr.text = f" {instruction} "
    add("w:fldChar", **{"w:fldCharType": "separate"})
    run = paragraph.add_run(cached)
    set_run_fonts(run._r, SANS)
    add("w:fldChar", **{"w:fldCharType": "end"})


def add_text(paragraph, text, font=SANS, size=None, bold=False):
    run = paragraph.add_run(text)
    set_run_fonts(run._r, font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None
    return run


def new_document(header=None, footer=None):
    """A blank A4 document with the corpus styles, optional header text and footer style ('zh' or 'dash')."""
    import docx
    document = docx.Document()
    setup_styles(document)
    setup_page(document)
    if header:
        set_header(document, header)
    if footer:
        set_footer(document, footer)
    return document


def add_paragraph(document, text, style=None, font=None):
    paragraph = document.add_paragraph(style=style)
    add_text(paragraph, text, font=font or (SANS if style else SERIF))
    return paragraph


def set_header(document, title):
    """Header: the contract title, right-aligned, small."""
    for section in document.sections:
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text(paragraph, title, size=9)


def set_header_in_parts(document, lines):
    """A header of one or more lines in parts, as Word's header fields set them: the left part at the margin, the
    right part on a right tab stop at the text's edge. A right part "PAGE" is `第 X 页 共 Y 页` from page fields."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    for section in document.sections:
        width = section.page_width - section.left_margin - section.right_margin
        header = section.header
        for n, (left, right) in enumerate(lines):
            paragraph = header.paragraphs[0] if n == 0 else header.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            stops = paragraph.paragraph_format.tab_stops
            for position in (Cm(7.5), Cm(15.0)):  # the Header style's own centre and right stops
                stops.add_tab_stop(position, WD_TAB_ALIGNMENT.CLEAR)
            stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            add_text(paragraph, left + "\t", size=9)
            if right == "PAGE":
                _page_of_pages(paragraph)
            else:
                add_text(paragraph, right, size=9)


def _page_of_pages(paragraph):
    add_text(paragraph, "第 ", size=9)
    _field(paragraph, "PAGE", "1")
    add_text(paragraph, " 页 共 ", size=9)
    _field(paragraph, "NUMPAGES", "1")
    add_text(paragraph, " 页", size=9)


def set_footer(document, style="zh"):
    """Footer with page fields: 'zh' → 第 X 页 共 Y 页, 'dash' → - X -."""
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if style == "dash":
            add_text(paragraph, "- ", size=9)
            _field(paragraph, "PAGE", "1")
            add_text(paragraph, " -", size=9)
        else:
            _page_of_pages(paragraph)
