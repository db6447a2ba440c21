"""Render the transcription to a PDF laid out as Word would print it: A4
portrait, one-inch margins, Helvetica (the Arial of PDF viewers), Symbol
bullets, bordered tables whose header rows repeat and whose rows break across
pages, a status square as a coloured glyph of an embedded TrueType font."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, PageBreak as RLPageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from generator.model import Block, Bullets, Heading, Numbered, PageBreak, Para, Table, runs

# Helvetica has no U+25A0; Word embeds Arial, which has. Any TrueType font
# with the glyph does; DejaVu Sans ships with most Linux systems.
SYMBOL_FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)
SYMBOL_FONT = "DejaVuSans"
SYMBOL_CHARS = {"\u25a0"}

BODY_SIZE = 11.0
CELL_SIZE = 10.0
HEADING_SIZES = {1: 18.0, 2: 14.0, 3: 12.0, 4: 11.0}
MARGIN = inch
BULLET_STEP = 18.0
CELL_BULLET_STEP = 13.0  # narrow columns: Word's cell lists sit closer to the edge
BORDER_WIDTH = 0.5


def _register_symbol_font() -> None:
    if SYMBOL_FONT in pdfmetrics.getRegisteredFontNames():
        return
    for path in SYMBOL_FONT_FILES:
        if path.exists():
            pdfmetrics.registerFont(TTFont(SYMBOL_FONT, str(path)))
            return
    raise SystemExit("DejaVuSans.ttf not found (needed for the status squares); install fonts-dejavu-core.")


def _markup(text: str) -> str:
    """ReportLab paragraph markup for a marked-up text."""
    parts = []
    for run in runs(text):
        chunk = escape(run.text).replace("\n", "<br/>")
        if any(ch in SYMBOL_CHARS for ch in run.text):
            chunk = f'<font name="{SYMBOL_FONT}">{chunk}</font>'
        if run.colour:
            chunk = f'<font color="{run.colour}">{chunk}</font>'
        if run.italic:
            chunk = f"<i>{chunk}</i>"
        if run.bold:
            chunk = f"<b>{chunk}</b>"
        parts.append(chunk)
    return "".join(parts)


def _style(name: str, size: float, *, align: int = TA_LEFT, indent: float = 0.0, space_after: float = 6.0,
           space_before: float = 0.0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName="Helvetica", fontSize=size, leading=round(size * 1.2, 1), alignment=align,
        leftIndent=indent, bulletIndent=max(indent - 10.0, 0.0), spaceAfter=space_after, spaceBefore=space_before,
        bulletFontName="Symbol", bulletFontSize=size,
    )


def _para(para: Para, size: float, space_after: float) -> Paragraph:
    align = TA_CENTER if para.align == "center" else TA_LEFT
    return Paragraph(_markup(para.text), _style("p", para.size or size, align=align, space_after=space_after))


def _bullets(bullets: Bullets, size: float, step: float = BULLET_STEP) -> list[Flowable]:
    return [
        Paragraph(_markup(text), _style("li", size, indent=step * (level + 1), space_after=2.0),
                  bulletText="\u2022")
        for level, text in bullets.items
    ]


def _numbered(numbered: Numbered, size: float) -> list[Flowable]:
    out = []
    for number, text in enumerate(numbered.items, start=1):
        style = _style("ol", size, indent=BULLET_STEP * 1.5, space_after=4.0)
        style.bulletFontName = "Helvetica"
        out.append(Paragraph(_markup(text), style, bulletText=f"{number}."))
    return out


class RuledTable(RLTable):
    """A bordered table that, like Word, closes every page's part of it with
    a full box and rules off the repeated header row (ReportLab's own grid
    leaves rows split across pages open)."""

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(BORDER_WIDTH)
        canvas.setStrokeColor(colors.black)
        canvas.rect(0, 0, self._width, self._height, stroke=1, fill=0)
        if self.repeatRows and len(self._rowpositions) > self.repeatRows + 1:
            below_header = self._rowpositions[self.repeatRows]
            canvas.line(0, below_header, self._width, below_header)
        canvas.restoreState()


def _cell(content: tuple) -> list[Flowable]:
    out: list[Flowable] = []
    for block in content:
        out += _bullets(block, CELL_SIZE, CELL_BULLET_STEP) if isinstance(block, Bullets) else [_para(block, CELL_SIZE, 3.0)]
    return out


def _table(table: Table, frame_width: float) -> RLTable:
    total = sum(table.widths)
    widths = [frame_width * w / total for w in table.widths]
    data = [[_cell(content) for content in row] for row in table.rows]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.bordered:
        commands.append(("INNERGRID", (0, 0), (-1, -1), BORDER_WIDTH, colors.black))
    for merge in table.merges:
        commands.append(("SPAN", (merge.col, merge.row), (merge.col + merge.cols - 1, merge.row + merge.rows - 1)))
    table_class = RuledTable if table.bordered else RLTable
    return table_class(data, colWidths=widths, repeatRows=table.header_rows, splitInRow=1,
                       style=TableStyle(commands), hAlign="LEFT", spaceAfter=8)


def _flowables(blocks: list[Block], frame_width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            size = HEADING_SIZES[block.level]
            style = _style("h", size, space_before=6.0, space_after=6.0)
            style.keepWithNext = 1  # as Word's heading styles do
            out.append(Paragraph(f"<b>{_markup(block.text)}</b>", style))
        elif isinstance(block, Para):
            out.append(_para(block, BODY_SIZE, 6.0))
        elif isinstance(block, Bullets):
            out += _bullets(block, BODY_SIZE)
            out.append(Spacer(1, 4))
        elif isinstance(block, Numbered):
            out += _numbered(block, BODY_SIZE)
        elif isinstance(block, Table):
            out.append(_table(block, frame_width))
        elif isinstance(block, PageBreak):
            out.append(RLPageBreak())
    return out


def render_pdf(blocks: list[Block], title: str, author: str) -> bytes:
    _register_symbol_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=title, author=author, creator="samples/generate.py", invariant=1,
    )
    doc.build(_flowables(blocks, doc.width))
    return buffer.getvalue()
