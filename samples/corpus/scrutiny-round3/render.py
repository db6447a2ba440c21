"""A small block model and its PDF (reportlab) and DOCX (python-docx)
renderers for the round-3 packs: what samples/generator does not offer
(per-pack fonts and margins, shaded cells, full-width merged rows, glyphs
such as ticks and dots in a font that has them, running headers and footers,
typed numbers), kept apart from the packs' content.

Inline markup is samples/generator's: ``**bold**``, ``*italic*``,
``{#rrggbb|coloured}``.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from generator.model import runs  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
GLYPH_FONT = "DejaVuSans"
GLYPHS = set("✓✗●■")


@dataclass(frozen=True)
class H:
    text: str
    level: int = 1


@dataclass(frozen=True)
class P:
    text: str
    size: float | None = None
    indent: float = 0.0  # points (PDF) / the same in DOCX
    hang: str | None = None  # a marker hung in the indent, the text's wrapped lines aligned after it


@dataclass(frozen=True)
class Num:
    """Paragraphs numbered by Word's own list numbering (DOCX; typed "N." in
    PDF); a later Num continues the numbering of the earlier ones."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Bul:
    items: tuple[str, ...]
    level: int = 0  # nesting depth: 1 for sub-bullets ("o"), as Word's List Bullet 2


@dataclass(frozen=True)
class T:
    """A table; ``rows[r][c]`` is a cell's content (a string, or a tuple of
    strings and Bul for several paragraphs), ``None`` under a span."""

    rows: tuple[tuple[object, ...], ...]
    widths: tuple[float, ...]
    header_rows: int = 0  # rows in bold on a grey fill
    repeat_header: bool = True  # repeated on each page the table runs on to
    bordered: bool = True
    fills: dict[tuple[int, int], str] = field(default_factory=dict)
    spans: tuple[tuple[int, int, int, int], ...] = ()  # (row, col, rows, cols)


@dataclass(frozen=True)
class Break:
    pass


Block = H | P | Bul | Num | T | Break


@dataclass(frozen=True)
class PdfLook:
    font: str = "Helvetica"
    bold_font: str = "Helvetica-Bold"
    italic_font: str = "Helvetica-Oblique"
    body_size: float = 11.0
    cell_size: float = 10.0
    margin: float = 72.0
    landscape: bool = False
    header: str | None = None  # drawn at the top of every page
    footer: str | None = None  # drawn at the foot of every page, with the page number


def _register_ttf(name: str, file: str) -> None:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def register_dejavu_serif() -> PdfLook:
    """A look in DejaVu Serif, a TrueType face unlike Word's Arial."""
    _register_ttf("DejaVuSerif", "DejaVuSerif.ttf")
    _register_ttf("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")
    _register_ttf("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf")
    pdfmetrics.registerFontFamily("DejaVuSerif", normal="DejaVuSerif", bold="DejaVuSerif-Bold",
                                  italic="DejaVuSerif-Italic", boldItalic="DejaVuSerif-Bold")
    return PdfLook(font="DejaVuSerif", bold_font="DejaVuSerif-Bold", italic_font="DejaVuSerif-Italic")


def _markup(text: str, look: PdfLook) -> str:
    out = []
    for run in runs(text):
        chunk = ""
        for ch in run.text:
            piece = escape(ch)
            chunk += f'<font name="{GLYPH_FONT}">{piece}</font>' if ch in GLYPHS else piece
        chunk = chunk.replace("\n", "<br/>")
        if run.colour:
            chunk = f'<font color="{run.colour}">{chunk}</font>'
        if run.italic:
            chunk = f"<i>{chunk}</i>"
        if run.bold:
            chunk = f"<b>{chunk}</b>"
        out.append(chunk)
    # ``~~text~~`` is struck through (reportlab draws a line across the words)
    return re.sub(r"~~(.+?)~~", r"<strike>\1</strike>", "".join(out))


def _style(look: PdfLook, size: float, *, indent: float = 0.0, after: float = 6.0, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        "s", fontName=look.bold_font if bold else look.font, fontSize=size, leading=round(size * 1.25, 1),
        alignment=TA_LEFT, leftIndent=indent, spaceAfter=after, bulletIndent=max(indent - 10, 0),
        bulletFontName="Symbol", bulletFontSize=size,  # Word's bullets are Symbol glyphs
    )


def _cell_flowables(content: object, look: PdfLook, bold: bool) -> list:
    parts = content if isinstance(content, tuple) else (content,)
    out = []
    for part in parts:
        if isinstance(part, Bul):
            style = _style(look, look.cell_size, indent=12 + 14 * part.level, after=1)
            if part.level:
                style.bulletFontName = look.font  # Word's sub-bullet "o" is a letter, not a Symbol glyph
            out += [Paragraph(_markup(t, look), style, bulletText="o" if part.level else "•") for t in part.items]
        else:
            out.append(Paragraph(_markup(str(part), look), _style(look, look.cell_size, after=2, bold=bold)))
    return out


def _pdf_table(table: T, look: PdfLook, width: float) -> RLTable:
    total = sum(table.widths)
    col_widths = [width * w / total for w in table.widths]
    data = [[_cell_flowables(c, look, r < table.header_rows) if c is not None else "" for c in row]
            for r, row in enumerate(table.rows)]
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if table.bordered:
        commands += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    if table.header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, table.header_rows - 1), colors.HexColor("#d9d9d9")))
    for (r, c), fill in table.fills.items():
        commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
    for r, c, nr, nc in table.spans:
        commands.append(("SPAN", (c, r), (c + nc - 1, r + nr - 1)))
    repeat = table.header_rows if table.repeat_header else 0
    return RLTable(data, colWidths=col_widths, repeatRows=repeat, splitInRow=1, style=TableStyle(commands),
                   hAlign="LEFT", spaceAfter=8)


HEADING_SIZES = {1: 16.0, 2: 13.0, 3: 11.5}


def render_pdf(blocks: list[Block], look: PdfLook, title: str, author: str) -> bytes:
    _register_ttf(GLYPH_FONT, "DejaVuSans.ttf")
    pagesize = landscape(A4) if look.landscape else A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=look.margin, rightMargin=look.margin,
                            topMargin=look.margin, bottomMargin=look.margin, title=title, author=author,
                            creator="samples/corpus/scrutiny-round3/generate.py", invariant=1)
    flow: list = []
    numbered = 0  # the last number a Num block gave
    for block in blocks:
        if isinstance(block, H):
            style = _style(look, HEADING_SIZES[block.level], after=6, bold=True)
            style.keepWithNext = 1
            flow.append(Paragraph(_markup(block.text, look), style))
        elif isinstance(block, P):
            style = _style(look, block.size or look.body_size, indent=block.indent)
            if block.hang:
                style.bulletIndent, style.bulletFontName = 0, look.font
            flow.append(Paragraph(_markup(block.text, look), style,
                                  bulletText=_markup(block.hang, look) if block.hang else None))
        elif isinstance(block, Num):
            numbered += 1
            for item in block.items:
                flow.append(Paragraph(_markup(item, look), _style(look, look.body_size, indent=18, after=2),
                                      bulletText=f"{numbered}."))
                numbered += 1
            numbered -= 1
        elif isinstance(block, Bul):
            flow += [Paragraph(_markup(t, look), _style(look, look.body_size, indent=18, after=2), bulletText="•")
                     for t in block.items]
            flow.append(Spacer(1, 4))
        elif isinstance(block, T):
            flow.append(_pdf_table(block, look, doc.width))
        elif isinstance(block, Break):
            flow.append(PageBreak())

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(look.font, 8)
        width, height = pagesize
        if look.header:
            canvas.drawString(look.margin, height - look.margin / 2, look.header)
        if look.footer:
            canvas.drawString(look.margin, look.margin / 2, look.footer)
            canvas.drawRightString(width - look.margin, look.margin / 2, str(document.page))
        canvas.restoreState()

    doc.build(flow, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


# --- DOCX -----------------------------------------------------------------

ZIP_TIME = (2025, 1, 6, 9, 0, 0)


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every member's timestamp fixed (python-docx
    stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _write_runs(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
    for run in runs(text):
        for i, line in enumerate(run.text.split("\n")):
            if i:
                paragraph.add_run().add_break()
            out = paragraph.add_run(line)
            out.bold = run.bold or bold or None
            out.italic = run.italic or None
            if size:
                out.font.size = Pt(size)
            if run.colour:
                out.font.color.rgb = RGBColor.from_string(run.colour[1:].upper())


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill[1:].upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _docx_table(document, table: T, text_width_mm: float) -> None:
    n_rows, n_cols = len(table.rows), len(table.widths)
    out = document.add_table(rows=n_rows, cols=n_cols)
    out.style = document.styles["Table Grid" if table.bordered else "Normal Table"]
    out.autofit = False
    total = sum(table.widths)
    for row in out.rows:
        for c, width in enumerate(table.widths):
            row.cells[c].width = Mm(text_width_mm * width / total)
    for r in range(table.header_rows if table.repeat_header else 0):
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        out.rows[r]._tr.get_or_add_trPr().append(header)
    for r, c, nr, nc in table.spans:
        out.cell(r, c).merge(out.cell(r + nr - 1, c + nc - 1))
    for r, row in enumerate(table.rows):
        for c, content in enumerate(row):
            if content is None:
                continue
            cell = out.cell(r, c)
            parts = content if isinstance(content, tuple) else (content,)
            first = cell.paragraphs[0]
            for part in parts:
                items = part.items if isinstance(part, Bul) else (str(part),)
                for item in items:
                    paragraph = first if first is not None else cell.add_paragraph()
                    first = None
                    if isinstance(part, Bul):
                        paragraph.style = document.styles["List Bullet 2" if part.level else "List Bullet"]
                    _write_runs(paragraph, item, 10, bold=r < table.header_rows)
            if (r, c) in table.fills:
                _shade(cell, table.fills[(r, c)])
            if r < table.header_rows:
                _shade(cell, "#d9d9d9")


def render_docx(blocks: list[Block], *, title: str, author: str, when: datetime, header: tuple[str, ...] = (),
                landscape_pages: bool = False) -> bytes:
    document = Document()
    section = document.sections[0]
    if landscape_pages:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    text_width_mm = (297 if landscape_pages else 210) - 40
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for level, size in HEADING_SIZES.items():
        style = document.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold = "Arial", Pt(size), True
        style.font.color.rgb = RGBColor(0, 0, 0)
    if header:
        section.header.is_linked_to_previous = False
        first = section.header.paragraphs[0]
        for i, line in enumerate(header):
            paragraph = first if i == 0 else section.header.add_paragraph()
            _write_runs(paragraph, line, 9)
    for block in blocks:
        if isinstance(block, H):
            _write_runs(document.add_paragraph(style=f"Heading {block.level}"), block.text)
        elif isinstance(block, P):
            paragraph = document.add_paragraph()
            if block.indent:
                paragraph.paragraph_format.left_indent = Pt(block.indent)
            if block.hang:
                paragraph.paragraph_format.first_line_indent = Pt(-block.indent)
                _write_runs(paragraph, block.hang + "\t", block.size)
            _write_runs(paragraph, block.text, block.size)
        elif isinstance(block, Num):
            for item in block.items:
                _write_runs(document.add_paragraph(style="List Number"), item)
        elif isinstance(block, Bul):
            for item in block.items:
                _write_runs(document.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, T):
            _docx_table(document, block, text_width_mm)
        elif isinstance(block, Break):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())
