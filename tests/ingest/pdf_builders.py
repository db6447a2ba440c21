"""Small real PDFs made with reportlab, for the ingest tests.

Text is set in DejaVu Sans (Debian's fonts-dejavu-core), which has the
glyphs scrutiny documents use ("•", "◦", "▪", "■"); reportlab's built-in
Helvetica has none of them.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from pipeline.ingest.pdf import read_pdf
from pipeline.layout import LayoutDocument

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# Names of our own, so fonts other modules register under DejaVu's names don't clash.
FONT_FILES = {"PdfTestSans": "DejaVuSans", "PdfTestSans-Bold": "DejaVuSans-Bold",
              "PdfTestSans-Oblique": "DejaVuSans-Oblique", "PdfTestSans-BoldOblique": "DejaVuSans-BoldOblique"}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FONT_FILES
GREEN, RED = colors.HexColor("#00b050"), colors.HexColor("#ff0000")
PORTRAIT, LANDSCAPE = A4, landscape(A4)


def register_fonts() -> None:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_stem in FONT_FILES.items():
        path = FONT_DIR / f"{file_stem}.ttf"
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: install Debian's fonts-dejavu-core for the PDF tests")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def style(size: float = 10, bold: bool = False, italic: bool = False, left: float = 0, space_after: float = 6,
          colour: colors.Color = colors.black) -> ParagraphStyle:
    register_fonts()
    font = {(False, False): REGULAR, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}[(bold, italic)]
    return ParagraphStyle(f"s{size}{bold}{italic}{left}", fontName=font, fontSize=size, leading=size * 1.2,
                          leftIndent=left, spaceAfter=space_after, textColor=colour)


def para(text: str, size: float = 10, bold: bool = False, italic: bool = False, **kwargs) -> Paragraph:
    return Paragraph(text, style(size, bold, italic, **kwargs))


def item(text: str, marker: str = "•", depth: int = 0, size: float = 10, tab: float = 14) -> Paragraph:
    """A list item whose text is indented 18 points per depth, its marker
    ``tab`` points left of it, its wrapped lines hanging under its text."""
    left = 18 * (depth + 1)
    st = style(size, left=left, space_after=2)
    st.bulletIndent, st.bulletFontName = left - tab, REGULAR
    return Paragraph(text, st, bulletText=marker)


def grid(rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[tuple] = (),
         ruled: bool = True, repeat_rows: int = 0) -> Table:
    """A reportlab table of text or flowables, bordered unless ``ruled`` is false."""
    cells = [[para(c) if isinstance(c, str) else c for c in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=repeat_rows)
    base = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        base.append(("GRID", (0, 0), (-1, -1), 0.75, colors.black))
    table.setStyle(TableStyle(base + list(commands)))
    return table


HEADER_FILL = colors.HexColor("#d9d9d9")


def borderless(rows: Sequence[Sequence[object]], widths: Sequence[float], spans: Sequence[int] = (),
               commands: Sequence[tuple] = (), repeat_rows: int = 0, band: bool = True) -> Table:
    """A borderless table as packs print them: cells padded 4 points, so a
    full cell's text stands closer to the next column's than a column-wide
    gap; the header row bold, on a grey band unless ``band`` is false;
    ``spans`` rows in bold run across every column (group headings); a
    cell given as flowables (list items) is set as given."""
    cells = [[para(text, bold=r == 0 or r in spans, space_after=0) if isinstance(text, str) else text for text in row]
             for r, row in enumerate(rows)]
    style = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             *((("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),) if band else ()),
             *(("SPAN", (0, r), (-1, r)) for r in spans), *commands]
    return grid(cells, widths, style, ruled=False, repeat_rows=repeat_rows)


class Square(Flowable):
    """A small filled mark drawn, not a glyph: a rectangle (``"rect"``), a
    closed path of straight lines (``"path"``, how LibreOffice exports
    Word's shapes) or a circle of curves (``"circle"``)."""

    def __init__(self, colour: colors.Color, side: float = 8, shape: str = "rect") -> None:
        super().__init__()
        self.colour, self.side, self.shape = colour, side, shape

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        if self.shape == "rect":
            self.canv.rect(0, 0, self.side, self.side, stroke=0, fill=1)
        elif self.shape == "circle":
            self.canv.circle(self.side / 2, self.side / 2, self.side / 2, stroke=0, fill=1)
        else:
            path = self.canv.beginPath()
            path.moveTo(self.side / 2, 0)
            for x, y in ((0, 0), (0, self.side), (self.side, self.side), (self.side, 0)):
                path.lineTo(x, y)
            path.close()
            self.canv.drawPath(path, stroke=0, fill=1)


def story_pdf(story: Sequence[Flowable], pagesize: tuple[float, float] = PORTRAIT,
              on_page: Callable[[Canvas, object], None] | None = None) -> bytes:
    """A PDF laid out by platypus, with ``on_page`` drawing each page's
    running header and footer."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=56, rightMargin=56, topMargin=72, bottomMargin=72)
    hook = on_page or (lambda canvas, document: None)
    doc.build(list(story), onFirstPage=hook, onLaterPages=hook)
    return out.getvalue()


def two_column_pdf(story: Sequence[Flowable], gutter: float = 24) -> bytes:
    """A PDF of two page columns (frames, ``gutter`` points apart) within
    ``story_pdf``'s margins, the story running down the left, then the right."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=PORTRAIT, leftMargin=56, rightMargin=56, topMargin=72, bottomMargin=72)
    width = (PORTRAIT[0] - 112 - gutter) / 2
    doc.addPageTemplates([PageTemplate(frames=[Frame(56, 72, width, PORTRAIT[1] - 144, id="left"),
                                               Frame(56 + width + gutter, 72, width, PORTRAIT[1] - 144, id="right")])])
    doc.build(list(story))
    return out.getvalue()


def canvas_pdf(draw: Callable[[Canvas], None], pagesize: tuple[float, float] = PORTRAIT) -> bytes:
    """A PDF drawn directly on a canvas, for exact positions."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=pagesize)
    draw(canvas)
    canvas.save()
    return out.getvalue()


def running_header_footer(title: str) -> Callable[[Canvas, object], None]:
    """An on-page hook printing ``title`` at the top and "Page N" at the foot."""
    def draw(canvas: Canvas, document: object) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.drawString(56, height - 40, title)
        canvas.drawRightString(width - 56, 36, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()
    return draw


def read(data: bytes, name: str = "test.pdf") -> LayoutDocument:
    return read_pdf(Path(name), data, hashlib.sha256(data).hexdigest())


Spacer = Spacer  # re-exported so tests build whole stories from this module
