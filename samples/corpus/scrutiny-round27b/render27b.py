"""Rendering for round 27b's packs: a tiny block list drawn by reportlab (PDF) or python-docx
(Word, also saved as PDF by LibreOffice), and a page finder that reads the rendered PDF's own
text (pypdf). Test-data rendering only; CI reads the committed files.

Inline markup: ``**bold**`` and ``*italic*``.
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # samples/, for inspection_render's imports
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class H:
    text: str
    level: int = 1


@dataclass(frozen=True)
class P:
    text: str
    size: float | None = None
    bullet: bool = False


@dataclass(frozen=True)
class T:
    rows: list[list[str]]  # a cell's paragraphs are separated by "\n"
    widths: list[float]  # fractions of the text width
    header: bool = True
    borders: bool = True
    size: float | None = None


@dataclass(frozen=True)
class Break:
    landscape: bool = False  # the next page's orientation (Word: a new section)


@dataclass
class Pack:
    blocks: list = field(default_factory=list)

    def h(self, text: str, level: int = 1) -> None:
        self.blocks.append(H(text, level))

    def p(self, text: str, size: float | None = None) -> None:
        self.blocks.append(P(text, size))

    def bullet(self, text: str) -> None:
        self.blocks.append(P(text, bullet=True))

    def table(self, rows: list[list[str]], widths: list[float], header: bool = True, borders: bool = True,
              size: float | None = None) -> None:
        self.blocks.append(T(rows, widths, header, borders, size))

    def page_break(self, landscape: bool = False) -> None:
        self.blocks.append(Break(landscape))


# ---------------------------------------------------------------- PDF (reportlab)

def _register(family: str) -> None:
    if family in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(family, FONT_DIR / f"{family}.ttf"))
    pdfmetrics.registerFont(TTFont(f"{family}-Bold", FONT_DIR / f"{family}-Bold.ttf"))
    italic = "Italic" if family.endswith("Serif") else "Oblique"
    pdfmetrics.registerFont(TTFont(f"{family}-Italic", FONT_DIR / f"{family}-{italic}.ttf"))
    pdfmetrics.registerFont(TTFont(f"{family}-BoldItalic", FONT_DIR / f"{family}-Bold{italic}.ttf"))
    pdfmetrics.registerFontFamily(family, normal=family, bold=f"{family}-Bold", italic=f"{family}-Italic",
                                  boldItalic=f"{family}-BoldItalic")


def _markup(text: str) -> str:
    text = escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)


def render_pdf(pack: Pack, title: str, author: str, family: str = "DejaVuSans", size: float = 10,
               footer: str | None = None) -> bytes:
    _register(family)
    body = ParagraphStyle("body", fontName=family, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    cell_style = ParagraphStyle("cell", parent=body, spaceAfter=2)
    headings = {level: ParagraphStyle(f"h{level}", parent=body, fontName=f"{family}-Bold",
                                      fontSize=size + (6, 3, 1)[level - 1], leading=(size + (6, 3, 1)[level - 1]) * 1.3,
                                      spaceBefore=size * 0.6, spaceAfter=size * 0.5) for level in (1, 2, 3)}
    buffer = io.BytesIO()
    margin = 50
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=title, author=author, creator="Microsoft Word",
                            invariant=1)
    flow = []
    for block in pack.blocks:
        if isinstance(block, H):
            flow.append(Paragraph(_markup(block.text), headings[block.level]))
        elif isinstance(block, P):
            style = body if block.size is None else ParagraphStyle("small", parent=body, fontSize=block.size,
                                                                   leading=block.size * 1.3)
            if block.bullet:
                flow.append(Paragraph(_markup(block.text), ParagraphStyle("bullet", parent=style, leftIndent=14,
                                                                          bulletIndent=4), bulletText="•"))
            else:
                flow.append(Paragraph(_markup(block.text), style))
        elif isinstance(block, T):
            cstyle = cell_style if block.size is None else ParagraphStyle("cs", parent=cell_style,
                                                                          fontSize=block.size, leading=block.size * 1.25)
            data = [[[Paragraph(_markup(part), cstyle) for part in text.split("\n")] for text in row]
                    for row in block.rows]
            table = RLTable(data, colWidths=[w * doc.width for w in block.widths], repeatRows=1 if block.header else 0)
            commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if block.borders:
                commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            if block.header:
                commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
            table.setStyle(TableStyle(commands))
            flow += [table, Spacer(1, size * 0.6)]
        elif isinstance(block, Break):
            flow.append(PageBreak())

    def draw_footer(canvas, document) -> None:
        if footer:
            canvas.saveState()
            canvas.setFont(family, 8)
            canvas.drawCentredString(A4[0] / 2, 25, footer.format(page=document.page))
            canvas.restoreState()

    doc.build(flow, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()


# ---------------------------------------------------------------- Word (python-docx)

def _runs(paragraph, text: str) -> None:
    for part in re.split(r"(\*\*.+?\*\*|\*.+?\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            paragraph.add_run(part[1:-1]).italic = True
        else:
            paragraph.add_run(part)


def render_docx(pack: Pack, title: str, author: str, font: str = "Arial", size: float = 11) -> bytes:
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.last_modified_by = author
    document.core_properties.created = datetime(2027, 1, 1, 9, 0, 0)
    document.core_properties.modified = datetime(2027, 1, 1, 9, 0, 0)
    document.core_properties.revision = 1
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for style_name in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[style_name].font.name = font
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    text_width = Mm(170)
    for block in pack.blocks:
        if isinstance(block, H):
            paragraph = document.add_heading(level=block.level)
            _runs(paragraph, block.text)
        elif isinstance(block, P):
            paragraph = document.add_paragraph(style="List Bullet" if block.bullet else None)
            _runs(paragraph, block.text)
            if block.size:
                for run in paragraph.runs:
                    run.font.size = Pt(block.size)
        elif isinstance(block, T):
            table = document.add_table(rows=len(block.rows), cols=len(block.widths))
            if block.borders:
                table.style = document.styles["Table Grid"]
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.width = int(text_width * block.widths[c])
                    parts = text.split("\n")
                    cell.paragraphs[0].text = ""
                    _runs(cell.paragraphs[0], parts[0])
                    for part in parts[1:]:
                        _runs(cell.add_paragraph(), part)
                    if block.size:
                        for paragraph in cell.paragraphs:
                            for run in paragraph.runs:
                                run.font.size = Pt(block.size)
                    if block.header and r == 0:
                        shading = OxmlElement("w:shd")
                        shading.set(qn("w:val"), "clear")
                        shading.set(qn("w:color"), "auto")
                        shading.set(qn("w:fill"), "D9E2F3")
                        cell._tc.get_or_add_tcPr().append(shading)
            if block.header:
                tr_pr = table.rows[0]._tr.get_or_add_trPr()
                tr_pr.append(OxmlElement("w:tblHeader"))
            document.add_paragraph()
        elif isinstance(block, Break):
            if block.landscape != (section.orientation == WD_ORIENT.LANDSCAPE):
                section = document.add_section()
                section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
                section.page_width, section.page_height = section.page_height, section.page_width
                text_width = section.page_width - Mm(40)
            else:
                document.add_page_break()
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def word_pdf(pack: Pack, title: str, author: str, font: str = "Arial", size: float = 11) -> bytes:
    """The pack as Word writes it, saved as PDF by LibreOffice (as offices publish)."""
    return docx_to_pdf(render_docx(pack, title, author, font, size))


# ---------------------------------------------------------------- pages

def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def set_pages(pdf: bytes, records: dict) -> None:
    """Replace each record's ``_find`` (a phrase printed where the record starts) by the page that
    holds it. A phrase found on no page, or on several, is a generator error."""
    texts = [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]
    for rows in records.values():
        for row in rows:
            if "_find" not in row:
                continue
            needle = _squash(row.pop("_find"))
            pages = [n for n, text in enumerate(texts, start=1) if needle in text]
            if len(pages) != 1:
                raise ValueError(f"phrase {needle!r} found on pages {pages}")
            row["page"] = pages[0]


def drop_finds(records: dict) -> None:
    """Word files have no pages: every record's page is null."""
    for rows in records.values():
        for row in rows:
            row.pop("_find", None)
            row["page"] = None


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
