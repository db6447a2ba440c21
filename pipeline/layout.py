"""The one typed layout model every ingest backend produces and every extractor reads.

A LayoutDocument is a flat sequence of blocks in reading order: headings,
paragraphs, list items and tables. Every block carries its provenance (page and
bounding box for PDF; a locator such as ``body/p[12]`` for DOCX, with a page
only where rendered page breaks say so) and the style of its text.

Coordinates are PDF points with a top-left origin, as in pdfplumber.
Colours are lower-case ``#rrggbb`` strings, normalised by the backends.
The model is immutable: backends build it once, extractors only read it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class BBox:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a block sits in its source: 1-based page (None when unknown) and
    bounding box (PDF), or a structural locator (DOCX)."""

    page: int | None
    bbox: BBox | None = None
    locator: str | None = None


@dataclass(frozen=True, slots=True)
class Style:
    bold: bool = False
    italic: bool = False
    size: float | None = None
    colour: str | None = None  # text (glyph fill) colour, "#rrggbb"
    font: str | None = None
    strike: bool = False  # struck through (how some action logs mark an action done)


# Marks a pack prints in a colour to give a status (red/amber/green squares,
# dots, triangles): what backends keep as coloured spans and extractors read.
STATUS_GLYPHS = frozenset("■●▪⬛◼█⬤▮▲◆")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one style. A coloured status square is a Span "■"
    whose style carries its colour (backends turn drawn squares into such
    spans too)."""

    text: str
    style: Style


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


class _TextMemo:
    """A slot for a block's joined text, outside the dataclass's fields (so
    equality, hashing, repr, asdict and pickling never see it). A block is
    immutable, so its text is worked out on first read and kept: extractors
    read the same blocks' text hundreds of thousands of times a document."""

    __slots__ = ("_text",)


@dataclass(frozen=True, slots=True)
class TextBlock(_TextMemo):
    """A heading, a paragraph or a list item.

    ``level`` is the heading level (1 = most prominent) for headings, the
    nesting depth (0 = top level) for list items, and 0 for paragraphs.
    ``marker`` is the list marker as printed ("•", "1.", "a)"), kept out of
    the text.
    """

    kind: BlockKind
    spans: tuple[Span, ...]
    prov: Provenance
    level: int = 0
    marker: str | None = None

    @property
    def text(self) -> str:
        try:
            return self._text
        except AttributeError:  # first read (an unpickled block starts without it too)
            text = "".join(span.text for span in self.spans).strip()
            object.__setattr__(self, "_text", text)  # the frozen dataclass's own __setattr__ refuses every name
            return text

    @property
    def style(self) -> Style:
        """The style of most of the block's characters."""
        weights: dict[Style, int] = {}
        for span in self.spans:
            if span.text.strip():
                weights[span.style] = weights.get(span.style, 0) + len(span.text.strip())
        if not weights:
            return self.spans[0].style if self.spans else Style()
        return max(weights, key=weights.__getitem__)

    @property
    def is_bold(self) -> bool:
        return _mostly(self.spans, lambda s: s.bold)

    @property
    def is_italic(self) -> bool:
        return _mostly(self.spans, lambda s: s.italic)


def _mostly(spans: tuple[Span, ...], test) -> bool:
    """True when at least 80% of the visible characters pass ``test``."""
    total = passing = 0
    for span in spans:
        n = len(span.text.strip())
        total += n
        if test(span.style):
            passing += n
    return total > 0 and passing >= 0.8 * total


@dataclass(frozen=True, slots=True)
class Cell(_TextMemo):
    """One cell of a table: its top-left grid position and spans, its content
    as blocks (paragraphs and nested list items), and its shading."""

    row: int
    col: int
    blocks: tuple[TextBlock, ...]
    prov: Provenance
    row_span: int = 1
    col_span: int = 1
    fill: str | None = None  # cell shading, "#rrggbb"

    @property
    def text(self) -> str:
        try:
            return self._text
        except AttributeError:  # first read, as TextBlock.text
            text = "\n".join(b.text for b in self.blocks if b.text)
            object.__setattr__(self, "_text", text)
            return text

    @property
    def spans(self) -> Iterator[Span]:
        for block in self.blocks:
            yield from block.spans


class _TableIndex:
    """Slots for a table's cells indexed by grid position and by row, and its
    grid of texts, outside the dataclass's fields (as ``_TextMemo``): built on
    first look-up, so readers of a long table look a cell up in constant time,
    not by a scan of every cell."""

    __slots__ = ("_at", "_rows", "_grid")


@dataclass(frozen=True, slots=True)
class Table(_TableIndex):
    """A table as a grid of cells. A table that continues over a page break
    is one Table whose ``pages`` lists every page it touches; header rows
    repeated on the continuation pages are dropped and counted in
    ``header_rows`` only once.

    A cell that a page break split in two stays two cells in consecutive rows
    (``continued_rows`` names the rows that continue the row above across a
    break), so extractors can decide whether to join them.
    """

    n_rows: int
    n_cols: int
    cells: tuple[Cell, ...]
    prov: Provenance
    pages: tuple[int, ...] = ()
    header_rows: int = 0
    ruled: bool = True
    continued_rows: tuple[int, ...] = ()
    kind: BlockKind = field(default=BlockKind.TABLE, init=False)

    def cell(self, row: int, col: int) -> Cell | None:
        """The cell covering grid position (row, col), spans included."""
        try:
            at = self._at
        except AttributeError:  # first look-up (an unpickled table starts without it too)
            at = {}
            for c in self.cells:  # the first cell covering a position wins, as a scan in order would find it
                for r in range(c.row, c.row + c.row_span):
                    for k in range(c.col, c.col + c.col_span):
                        at.setdefault((r, k), c)
            object.__setattr__(self, "_at", at)
        return at.get((row, col))

    def row_cells(self, row: int) -> list[Cell]:
        """Cells that start in ``row``, left to right."""
        try:
            rows = self._rows
        except AttributeError:
            rows = {}
            for c in self.cells:
                rows.setdefault(c.row, []).append(c)
            for cells in rows.values():
                cells.sort(key=lambda c: c.col)  # stable: cells sharing a column keep their order
            object.__setattr__(self, "_rows", rows)
        return list(rows.get(row, ()))

    def grid(self) -> list[list[str]]:
        """The text of every grid position, merged cells repeated (fresh lists:
        a caller may change its copy)."""
        try:
            kept = self._grid
        except AttributeError:  # first call, as Table.cell
            kept = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
            for c in self.cells:
                for r in range(c.row, min(c.row + c.row_span, self.n_rows)):
                    for k in range(c.col, min(c.col + c.col_span, self.n_cols)):
                        kept[r][k] = c.text
            object.__setattr__(self, "_grid", kept)
        return [list(row) for row in kept]

    def page_of_row(self, row: int) -> int | None:
        cells = self.row_cells(row)
        return cells[0].prov.page if cells else self.prov.page


Block = TextBlock | Table


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def doc_id_for(sha256: str) -> str:
    """A document's id: the first 16 hex digits of its bytes' SHA-256 (a
    document that failed to read has one too, so it is not a LayoutDocument's alone)."""
    return sha256[:16]


class FileType(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True, slots=True, weakref_slot=True)  # weakly referenced by per-document caches (extractors/per_document.py)
class LayoutDocument:
    source_file: str  # basename as found
    source_path: str
    sha256: str
    file_type: FileType
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    body_size: float | None = None  # the most common text size, for relative judgements
    warnings: tuple[str, ...] = ()
    # Running headers and footers, kept out of the reading flow: each distinct
    # text once, at the first page it appears on (page numbers left out). A
    # pack may name its meeting or board only there.
    page_furniture: tuple[TextBlock, ...] = ()
    # Footnotes printed at the foot of a page (small text under a short rule),
    # kept out of the reading flow so they never run into the paragraph
    # they annotate or continue one; each with its page.
    footnotes: tuple[TextBlock, ...] = ()
    # Text set beside the flow, not in it (a pull-quote in a sidebar beside a
    # narrowed body, repeating or summarising it), each with its page.
    asides: tuple[TextBlock, ...] = ()

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.sha256)

    @property
    def page_count(self) -> int | None:
        return len(self.pages) or None

    def text_blocks(self) -> Iterator[TextBlock]:
        """Every text block, those inside table cells included, in reading order."""
        for block in self.blocks:
            if isinstance(block, Table):
                for cell in sorted(block.cells, key=lambda c: (c.row, c.col)):
                    yield from cell.blocks
            else:
                yield block

    def tables(self) -> Iterator[Table]:
        return (b for b in self.blocks if isinstance(b, Table))

    def to_dict(self) -> dict:
        return asdict(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)
