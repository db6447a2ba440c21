"""Word building blocks for round 24: a python-docx document in Word's own styles (Title, Subtitle,
Heading 1-3, List Bullet, List Number, Quote, Caption, Table Grid with shaded repeating header rows,
shaded one-cell boxes, running header and footer with a PAGE field, dotted contents leaders), and
a gold collector that pages PDF records by the first page holding a phrase of their own.

Test-data rendering only; the round's generate.py imports it.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from inspection_render import GRADE_FILL, fixed_zip_times


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


class WordDoc:
    """A Word document written top to bottom."""

    def __init__(self, header: str | None, footer: str, landscape: bool = False) -> None:
        self.document = Document()
        section = self.document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_height, section.page_width = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.2))
        self.document.styles["Normal"].font.name = "Liberation Sans"
        self.document.styles["Normal"].font.size = Pt(12)
        if header:
            section.header.paragraphs[0].text = header
        footer_paragraph = section.footer.paragraphs[0]
        footer_paragraph.add_run(footer + "   Page ")
        _field(footer_paragraph, "PAGE")

    def title(self, text: str) -> None:
        self.document.add_paragraph(text, style="Title")

    def subtitle(self, text: str) -> None:
        self.document.add_paragraph(text, style="Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        self.document.add_heading(text, level=level)

    def para(self, *runs: str | tuple[str, str], style: str | None = None) -> None:
        """Plain strings, or (text, "b"|"i"|"b#rrggbb") for formatted runs."""
        paragraph = self.document.add_paragraph(style=style)
        for run in runs:
            if isinstance(run, str):
                paragraph.add_run(run)
                continue
            text, form = run
            r = paragraph.add_run(text)
            r.bold = "b" in form
            r.italic = "i" in form
            if "#" in form:
                r.font.color.rgb = RGBColor.from_string(form.split("#")[1].upper())

    def bold(self, text: str) -> None:
        self.para((text, "b"))

    def bullet(self, text: str) -> None:
        self.document.add_paragraph(text, style="List Bullet")

    def numbered(self, text: str) -> None:
        self.document.add_paragraph(text, style="List Number")

    def quote(self, text: str) -> None:
        self.document.add_paragraph(text, style="Quote")

    def caption(self, text: str) -> None:
        self.document.add_paragraph(text, style="Caption")

    def page_break(self) -> None:
        self.document.add_page_break()

    def contents(self, entries: list[tuple[str, int]]) -> None:
        self.heading("Contents", 1)
        for text, page in entries:
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            paragraph.add_run(f"{text}\t{page}")

    def table(self, rows: list[list[str]], header_fill: str = "#D9D9D9", fills: dict[tuple[int, int], str] | None = None,
              widths: list[float] | None = None, header_rows: int = 1) -> None:
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.bold = r < header_rows
                if widths:
                    cell.width = Cm(widths[c])
                if r < header_rows:
                    _shade(cell, header_fill)
            if r < header_rows:
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                repeat = OxmlElement("w:tblHeader")
                repeat.set(qn("w:val"), "true")
                tr_pr.append(repeat)
        if widths:
            # LibreOffice lays a table out by its grid columns, not by its cells' widths.
            table.autofit = False
            for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                grid_col.set(qn("w:w"), str(int(Cm(width).twips)))
        for (r, c), fill in (fills or {}).items():
            _shade(table.cell(r, c), fill)
        self.document.add_paragraph()

    def grade_table(self, header: list[str], rows: list[list[str]], widths: list[float] | None = None) -> None:
        """A grade table whose grade cells are shaded in the grade colours."""
        fills = {(r, c): GRADE_FILL[text] for r, row in enumerate(rows, start=1) for c, text in enumerate(row)
                 if text in GRADE_FILL}
        self.table([header] + rows, fills=fills, widths=widths)

    def box(self, title: str, paragraphs: list[str], fill: str = "#E8F0F8", bold_first: bool = False) -> None:
        """A shaded one-cell box: bold title, then paragraphs (the first of them bold too where asked)."""
        table = self.document.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.cell(0, 0)
        _shade(cell, fill)
        cell.paragraphs[0].add_run(title).bold = True
        for n, text in enumerate(paragraphs):
            cell.add_paragraph().add_run(text).bold = bold_first and n == 0
        self.document.add_paragraph()

    def bytes(self) -> bytes:
        raw = io.BytesIO()
        self.document.save(raw)
        return fixed_zip_times(raw.getvalue())


def _squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", text).lower()


class Gold:
    """Gold records, each with a `key`: a phrase printed where the record starts, to page it in the PDF."""

    def __init__(self, types: list[str]) -> None:
        self.records: dict[str, list[dict]] = {t: [] for t in types}
        self.keys: dict[int, str] = {}

    def add(self, record_type: str, key: str, **fields) -> dict:
        record = {"page": None, **fields}
        self.records[record_type].append(record)
        self.keys[id(record)] = key
        return record

    def set_pages(self, pdf: bytes) -> None:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            # A table cell's lines interleave with its neighbours' in the page text, so cells are searched too.
            pages = [_squash((page.extract_text() or "") + " ".join(
                cell or "" for table in page.extract_tables() for row in table for cell in row))
                for page in document.pages]
        for records in self.records.values():
            for record in records:
                key = self.keys.get(id(record))
                if key is None:
                    continue
                # The opening of the phrase, so a record that runs on past a page break is paged where it starts.
                found = [n for n, text in enumerate(pages, start=1) if _squash(key)[:50] in text]
                if not found:
                    raise ValueError(f"phrase not found in the PDF: {key!r}")
                record["page"] = found[0]

    def pdf_pages(self, pdf: bytes) -> int:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            return len(document.pages)
