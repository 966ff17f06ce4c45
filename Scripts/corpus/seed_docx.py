"""A seed contract (plain text, tab-separated table rows, a few markdown marks) → a realistic Word document.

Rules (the text of every paragraph and cell stays exactly the seed text, except the markdown marks):
- blank lines separate nothing in Word: they are dropped (paragraph spacing does their job);
- consecutive lines containing a tab form one table, one row per line, one cell per tab field; a row with fewer
  fields than the widest row has its last cell spanning the remaining columns;
- clause titles (第一条 …, 一 …, 1、…, 2.1 …, short and without a full stop) become Heading 1/2/3 paragraphs;
- `**bold**` becomes a bold run and a leading `#`… heading mark a heading, the marks themselves removed;
- the first lines equal to the given title lines become Title paragraphs; the header carries `header`.
"""
import re

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from docx_style import (SANS, SERIF, add_text, set_footer, set_header, set_header_in_parts, set_run_fonts, setup_page,
                        setup_styles)

TEXT_WIDTH_CM = 21.0 - 2 * 3.17

H1 = re.compile(r"^(第[一二三四五六七八九十百]+[条章部分]|[一二三四五六七八九十]+[\s、．.]|附件\s*\d)")
H2 = re.compile(r"^\d{1,2}\.\s?\d{1,2}(?!\.\d)\s?\S")
H3 = re.compile(r"^(\d{1,2}\.\s?\d{1,2}\.\s?\d{1,2}\s?\S|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．]\S)")
MD_HEADING = re.compile(r"^(#{1,6})\s+")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def heading_level(line):
    """1-3 for a clause title, 0 for body text."""
    text = line.strip()
    if len(text) > 30 or text.endswith(("。", "；", ";", "：", ":", "，")) or "\t" in text:
        return 0
    if H1.match(text):
        return 1
    if H2.match(text):
        return 2
    if H3.match(text):
        return 3
    return 0


def add_marked_runs(paragraph, text, font):
    """Adds `text` as runs, `**x**` as bold runs without the marks."""
    pos = 0
    for m in BOLD.finditer(text):
        if m.start() > pos:
            add_text(paragraph, text[pos:m.start()], font=font, size=None)
        add_text(paragraph, m.group(1), font=font, bold=True)
        pos = m.end()
    if pos < len(text) or not text:
        add_text(paragraph, text[pos:], font=font)


def column_widths(rows, columns):
    """Widths (cm) proportional to the square root of each column's longest cell, at least 1.2 cm."""
    longest = [1] * columns
    for row in rows:
        for i, cell in enumerate(row[:columns]):
            longest[i] = max(longest[i], len(cell))
    weights = [max(1.0, n ** 0.5) for n in longest]
    total = sum(weights)
    widths = [max(1.2, TEXT_WIDTH_CM * w / total) for w in weights]
    scale = TEXT_WIDTH_CM / sum(widths)
    return [w * scale for w in widths]


def set_cell_width(cell, width_cm):
    tcpr = cell._tc.get_or_add_tcPr()
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is None:
        tcw = OxmlElement("w:tcW")
        tcpr.insert(0, tcw)
    tcw.set(qn("w:w"), str(int(width_cm * 567)))
    tcw.set(qn("w:type"), "dxa")


def add_table(document, lines):
    rows = [line.split("\t") for line in lines]
    columns = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = column_widths(rows, columns)
    for col, width in zip(table.columns, widths):
        col.width = Cm(width)
    for r, fields in enumerate(rows):
        row = table.rows[r]
        cells = row.cells
        for c in range(columns):
            set_cell_width(cells[c], widths[c])
        if len(fields) < columns:
            cells[len(fields) - 1].merge(cells[columns - 1])
            cells = row.cells
        for c, field in enumerate(fields):
            paragraph = cells[c].paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
            run_text(paragraph, field, SANS, size=9)
    return table


def run_text(paragraph, text, font, size=None):
    before = len(paragraph.runs)
    add_marked_runs(paragraph, text, font)
    if size:
        for run in paragraph.runs[before:]:
            run.font.size = Pt(size)


def render(seed_text, title_lines, header, header_lines=None, footer=True):
    """`header`: one right-aligned header line; `header_lines`: instead, lines in parts [(left, right)] (see
    `set_header_in_parts`). `footer`: 第 X 页 共 Y 页 centred at the bottom."""
    document = docx.Document()
    setup_styles(document)
    setup_page(document)
    if header_lines:
        set_header_in_parts(document, header_lines)
    else:
        set_header(document, header)
    if footer:
        set_footer(document, "zh")
    lines = seed_text.split("\n")
    i, pending_titles = 0, [t.strip() for t in title_lines]
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            block = []
            while i < len(lines) and "\t" in lines[i]:
                block.append(lines[i])
                i += 1
            add_table(document, block)
            continue
        i += 1
        if not line.strip():
            continue
        md = MD_HEADING.match(line)
        if md:
            document.add_paragraph(line[md.end():], style=f"Heading {min(3, len(md.group(1)))}")
            continue
        if pending_titles and line.strip() == pending_titles[0]:
            pending_titles.pop(0)
            paragraph = document.add_paragraph(style="Title")
            run_text(paragraph, line, SANS)
            continue
        level = heading_level(line)
        paragraph = document.add_paragraph(style=f"Heading {level}" if level else None)
        run_text(paragraph, line, SANS if level else SERIF)
    return document
