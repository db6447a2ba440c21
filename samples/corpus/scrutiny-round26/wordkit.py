"""A small python-docx writer in Word's own styles (Title, Heading 1-3, List Bullet / List Number,
Table Grid), for round 26's packs: inline markup ``**bold**``, ``*italic*``, ``{#rrggbb|coloured}``;
shaded and merged table cells, repeated header rows, running headers and "Page X of Y" footers,
landscape sections. Test-data rendering only."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from inspection_render import fixed_zip_times  # noqa: E402

TOKEN = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\{#([0-9A-Fa-f]{6})\|(.+?)\}")


def _runs(paragraph, text: str, bold: bool = False, size: float | None = None) -> None:
    position = 0
    for match in TOKEN.finditer(text):
        if match.start() > position:
            _run(paragraph, text[position:match.start()], bold=bold, size=size)
        if match.group(1) is not None:
            _run(paragraph, match.group(1), bold=True, size=size)
        elif match.group(2) is not None:
            _run(paragraph, match.group(2), italic=True, bold=bold, size=size)
        else:
            _run(paragraph, match.group(4), bold=bold, size=size, colour=match.group(3))
        position = match.end()
    if position < len(text):
        _run(paragraph, text[position:], bold=bold, size=size)


def _run(paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None,
         colour: str | None = None) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour.upper())


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    properties.append(shading)


class Word:
    """One Word document written top to bottom."""

    def __init__(self, font: str = "Arial", size: float = 10.5, header: str = "", footer: str = "",
                 heading_colour: str | None = None, margin_mm: float = 20):
        self.document = Document()
        normal = self.document.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            style = self.document.styles[name]
            style.font.name = font
            if heading_colour:
                style.font.color.rgb = RGBColor.from_string(heading_colour)
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(margin_mm))
        self._header_footer(section, header, footer)

    @staticmethod
    def _header_footer(section, header: str, footer: str) -> None:
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        head = section.header.paragraphs[0]
        head.text = ""
        if header:
            _run(head, header, size=8.5)
        foot = section.footer.paragraphs[0]
        foot.text = ""
        if footer:
            before, _, after = footer.partition("{PAGE}")
            _run(foot, before, size=8.5)
            if "{NUMPAGES}" in after:
                middle, _, end = after.partition("{NUMPAGES}")
                _field(foot, "PAGE")
                _run(foot, middle, size=8.5)
                _field(foot, "NUMPAGES")
                _run(foot, end, size=8.5)
            elif _ or footer.endswith("{PAGE}"):
                _field(foot, "PAGE")
                _run(foot, after, size=8.5)

    def title(self, text: str) -> None:
        self.document.add_paragraph(text, style="Title")

    def heading(self, text: str, level: int = 1) -> None:
        self.document.add_heading(text, level=level)

    def para(self, text: str, size: float | None = None, style: str | None = None) -> None:
        paragraph = self.document.add_paragraph(style=style)
        _runs(paragraph, text, size=size)

    def bullets(self, items: list[str], numbered: bool = False) -> None:
        for item in items:
            self.para(item, style="List Number" if numbered else "List Bullet")

    def page_break(self) -> None:
        self.document.add_page_break()

    def section(self, landscape: bool, header: str = "", footer: str = "") -> None:
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        width, height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        self._header_footer(section, header, footer)

    def table(self, rows: list[list[object]], widths_mm: list[float], header_rows: int = 1,
              header_fill: str = "D9D9D9", fills: dict[tuple[int, int], str] | None = None,
              merges: list[tuple[int, int, int, int]] = (), size: float | None = 9.5) -> None:
        """rows[r][c]: a string (markup; lines starting "- " are bullets) or a list of them; None
        under a merge. merges: (row0, col0, row1, col1)."""
        table = self.document.add_table(rows=len(rows), cols=len(widths_mm))
        table.style = "Table Grid"
        table.autofit = False
        for grid_column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm):
            grid_column.w = Mm(width)  # LibreOffice lays columns out by the grid, not the cells' widths
        for r in range(header_rows):
            properties = table.rows[r]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            properties.append(repeat)
        for r0, c0, r1, c1 in merges:
            table.cell(r0, c0).merge(table.cell(r1, c1))
        for r, row in enumerate(rows):
            for c, content in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths_mm[c])
                if r < header_rows:
                    shade(cell, header_fill)
                if fills and (r, c) in fills:
                    shade(cell, fills[(r, c)])
                if content is None:
                    continue
                lines = content if isinstance(content, list) else [content]
                first = True
                for line in lines:
                    bullet = line.startswith("- ")
                    if first and not cell.paragraphs[0].text and not bullet:
                        paragraph = cell.paragraphs[0]
                    elif first and bullet:
                        paragraph = cell.paragraphs[0]
                        paragraph.style = self.document.styles["List Bullet"]
                    else:
                        paragraph = cell.add_paragraph(style="List Bullet" if bullet else None)
                    first = False
                    _runs(paragraph, line[2:] if bullet else line, bold=r < header_rows, size=size)
        self.document.add_paragraph()

    def data(self) -> bytes:
        raw = io.BytesIO()
        self.document.save(raw)
        return fixed_zip_times(raw.getvalue())
