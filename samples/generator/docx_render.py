"""Render the transcription to a Word document as an office would type it:
Arial, bold black headings in Word's heading styles, bold paragraphs by
direct formatting, bulleted and numbered lists on Word's list styles (each
numbered list restarting at 1), "Table Grid" tables with vertically merged
cells and repeated header rows, coloured status squares as coloured runs."""

from __future__ import annotations

import copy
import io
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from generator.model import Block, Bullets, Heading, Numbered, PageBreak, Para, Table, runs

FONT = "Arial"
BODY_SIZE = 11
CELL_SIZE = 10
HEADING_SIZES = {1: 18, 2: 14, 3: 12, 4: 11}
BULLET_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")
TEXT_WIDTH_INCHES = 8.27 - 2  # A4 less one-inch margins


def _write_runs(paragraph: Paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
    for run in runs(text):
        for i, line in enumerate(run.text.split("\n")):
            if i:
                paragraph.add_run().add_break()
            out = paragraph.add_run(line)
            out.bold = run.bold or bold
            out.italic = run.italic
            if size:
                out.font.size = Pt(size)
            if run.colour:
                out.font.color.rgb = RGBColor.from_string(run.colour[1:].upper())


def _set_up_styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_SIZE)
    # East-Asian and complex-script fonts too, or Word falls back to the theme font.
    rfonts = normal.element.rPr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    for level, size in HEADING_SIZES.items():
        style = document.styles[f"Heading {level}"]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)


def _restarted_numbering(document, style_name: str) -> str:
    """A new w:num on the style's list definition, starting again at 1."""
    numbering = document.part.numbering_part.numbering_definitions._numbering
    style_num_id = document.styles[style_name].element.pPr.numPr.numId.val
    style_num = numbering.num_having_numId(style_num_id)
    num_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    num.append(copy.deepcopy(style_num.find(qn("w:abstractNumId"))))
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return str(num_id)


def _number_paragraph(paragraph: Paragraph, num_id: str) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)


def _add_blocks(container, blocks, size: float | None, first: Paragraph | None = None) -> None:
    """Add paragraphs and lists to a document or a cell; ``first`` is a cell's
    initial empty paragraph, used for its first block."""

    def new_paragraph(style: str | None = None) -> Paragraph:
        nonlocal first
        if first is not None:
            paragraph, first = first, None
            if style:
                paragraph.style = style
            return paragraph
        return container.add_paragraph(style=style)

    for block in blocks:
        if isinstance(block, Para):
            paragraph = new_paragraph()
            if block.align == "center":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _write_runs(paragraph, block.text, block.size or size)
        elif isinstance(block, Bullets):
            for level, text in block.items:
                _write_runs(new_paragraph(BULLET_STYLES[level]), text, size)


def _table(document, table: Table) -> None:
    n_rows, n_cols = len(table.rows), len(table.widths)
    out = document.add_table(rows=n_rows, cols=n_cols)
    out.style = document.styles["Table Grid" if table.bordered else "Normal Table"]
    out.autofit = False
    total = sum(table.widths)
    for row in out.rows:
        for c, width in enumerate(table.widths):
            row.cells[c].width = Inches(TEXT_WIDTH_INCHES * width / total)
    for r in range(table.header_rows):
        tr_pr = out.rows[r]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)
    for merge in table.merges:
        out.cell(merge.row, merge.col).merge(out.cell(merge.row + merge.rows - 1, merge.col + merge.cols - 1))
    covered = {(m.row + dr, m.col + dc) for m in table.merges for dr in range(m.rows) for dc in range(m.cols)
               if dr or dc}
    for r, row in enumerate(table.rows):
        for c, content in enumerate(row):
            if (r, c) in covered:
                continue
            target: _Cell = out.cell(r, c)
            _add_blocks(target, content, CELL_SIZE, first=target.paragraphs[0])


def render_docx(blocks: list[Block], title: str, author: str, when: datetime) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    _set_up_styles(document)
    numbered_style = "List Number"
    for block in blocks:
        if isinstance(block, Heading):
            paragraph = document.add_paragraph(style=f"Heading {block.level}")
            _write_runs(paragraph, block.text, bold=True)
        elif isinstance(block, (Para, Bullets)):
            _add_blocks(document, [block], None)
        elif isinstance(block, Numbered):
            num_id = _restarted_numbering(document, numbered_style)
            for text in block.items:
                paragraph = document.add_paragraph(style=numbered_style)
                _number_paragraph(paragraph, num_id)
                _write_runs(paragraph, text)
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, PageBreak):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
