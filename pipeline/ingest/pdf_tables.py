"""PDF tables: ruled tables from pdfplumber's line finder, unruled tables
from text alignment, both as one intermediate grid (``RawTable``) that may
be joined across a page break before it becomes a layout ``Table``, where
each cell reads a word its narrow column broke over lines whole."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from pipeline.ingest.pdf_blocks import (BARE_NUMBER, BULLETS, CLOSING, MIN_SPACE, SENTENCE_END, common_word,
                                        group_paragraphs, join_hyphenated, join_letter_spaced, list_levels,
                                        segment_words, split_marker, to_block)
from pipeline.ingest.pdf_text import Line, Word, group_lines, split_segments
from pipeline.layout import BBox, BlockKind, Cell, Provenance, Table, TextBlock

_EDGE_TOLERANCE = 2.0  # points within which two grid lines are the same line
_ALIGN_TOLERANCE = 4.0  # points within which text counts as aligned on a column
_PIECE_TOLERANCE = 1.0  # points of error in where a cell's text may run to


@dataclass(slots=True)
class RawCell:
    row: int
    col: int
    bbox: BBox
    page: int
    row_span: int = 1
    col_span: int = 1
    words: list[Word] = field(default_factory=list)
    fill: str | None = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: (round(w.top), w.x0)))


@dataclass(slots=True)
class RawTable:
    page: int
    bbox: BBox
    col_edges: list[float]  # n_cols + 1 x positions
    n_rows: int
    cells: list[RawCell]
    ruled: bool
    pages: list[int] = field(default_factory=list)
    header_rows: int = 0
    continued_rows: list[int] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return len(self.col_edges) - 1

    def row_texts(self, row: int) -> list[str]:
        return [c.text for c in sorted(self.cells, key=lambda c: c.col) if c.row == row]


def _cluster(values: Sequence[float], tolerance: float = _EDGE_TOLERANCE) -> list[float]:
    anchors: list[float] = []
    for v in sorted(values):
        if not anchors or v - anchors[-1] > tolerance:
            anchors.append(v)
    return anchors


def _index(anchors: Sequence[float], value: float) -> int:
    return min(range(len(anchors)), key=lambda i: abs(anchors[i] - value))


def ruled_table(cell_boxes: Sequence[tuple[float, float, float, float]], page: int) -> RawTable:
    """A grid from the cell rectangles pdfplumber found: a cell whose
    rectangle covers several grid columns or rows is one merged cell."""
    xs = _cluster([b[0] for b in cell_boxes] + [b[2] for b in cell_boxes])
    ys = _cluster([b[1] for b in cell_boxes] + [b[3] for b in cell_boxes])
    cells = []
    for x0, top, x1, bottom in cell_boxes:
        col, row = _index(xs, x0), _index(ys, top)
        cells.append(RawCell(row=row, col=col, bbox=BBox(x0, top, x1, bottom), page=page,
                             row_span=max(1, _index(ys, bottom) - row), col_span=max(1, _index(xs, x1) - col)))
    bbox = BBox(xs[0], ys[0], xs[-1], ys[-1])
    return RawTable(page=page, bbox=bbox, col_edges=xs, n_rows=len(ys) - 1, cells=cells, ruled=True, pages=[page])


def ruled_tables(cell_boxes: Sequence[tuple[float, float, float, float]], page: int) -> list[RawTable]:
    """The grids of the cell rectangles pdfplumber found as one table: two
    tables set one right under the other (a key over the grid it keys, a
    border shared) are two where the rows of one share no column boundary
    with the rows above and the row under them, if any, keeps their
    boundaries (a question form's rows, each merging cells its own way,
    stay one table; a one-row strip under a grid is its own);
    a row run across the table (no boundary inside) stays with the rows
    above it; rows of another width than the grid's are not its rows."""
    left = min(b[0] for b in cell_boxes)
    tops = _cluster([b[1] for b in cell_boxes])
    rows: list[list[tuple[float, float, float, float]]] = [[] for _ in tops]
    for box in cell_boxes:
        rows[_index(tops, box[1])].append(box)
    inner = [[b[0] for b in row if b[0] > left + _EDGE_TOLERANCE] for row in rows]

    def shared(a: Sequence[float], b: Sequence[float]) -> bool:
        return any(abs(x - y) <= _EDGE_TOLERANCE for x in a for y in b)

    bands: list[list[tuple[float, float, float, float]]] = []
    inner_above: list[float] = []  # the column boundaries of the band's rows
    for i, row in enumerate(rows):
        same_width = bool(bands) and _spans_band(row, bands[-1])
        below = inner[i + 1] if i + 1 < len(rows) else []
        # the last row has none under it to confirm a form's own merging: sharing no boundary, it is apart
        apart = bool(inner[i] and inner_above and not shared(inner[i], inner_above)
                     and (i + 1 == len(rows) or shared(inner[i], below)))
        if same_width and not apart:
            bands[-1].extend(row)
        else:
            bands.append(list(row))
            inner_above = []
        inner_above += inner[i]
    return [ruled_table(band, page) for band in bands]


def _spans_band(row: Sequence[tuple[float, float, float, float]],
                band: Sequence[tuple[float, float, float, float]]) -> bool:
    """Whether the row runs from the band's left edge to its right, but for
    cells merged down into it from above: a grid's rows do; a column of
    shaded cells under a shaded header band (a borderless table's rating
    column, first or last, meeting the band at a corner) is no row of it.
    A row wider or narrower than the band by whole columns (a header over
    an open top-left corner, a total under the figures only) is a row of
    it: the narrower one's edges are column boundaries of the wider."""
    top = min(b[1] for b in row)
    left, right = min(b[0] for b in band), max(b[2] for b in band)
    merged = [b for b in band if b[3] > top + _EDGE_TOLERANCE]
    starts = min([b[0] for b in row] + [b[0] for b in merged])
    ends = max([b[2] for b in row] + [b[2] for b in merged])
    if abs(starts - left) <= _EDGE_TOLERANCE and abs(ends - right) <= _EDGE_TOLERANCE:
        return True
    if min(ends, right) - max(starts, left) <= _EDGE_TOLERANCE:
        return False  # meeting at a corner only
    row_edges = [x for b in row for x in (b[0], b[2])]
    band_edges = [x for b in band for x in (b[0], b[2])]
    narrow, wide = (band_edges, row_edges) if ends - starts > right - left else (row_edges, band_edges)
    return all(any(abs(x - y) <= _EDGE_TOLERANCE for y in wide) for x in (min(narrow), max(narrow)))


def place_words(table: RawTable, words: list[Word]) -> None:
    """Each word into the cell under its middle (the nearest cell when it
    sits on a border)."""
    for word in words:
        x, y = word.x_mid, word.y_mid
        inside = [c for c in table.cells if c.bbox.x0 <= x <= c.bbox.x1 and c.bbox.top <= y <= c.bbox.bottom]
        if inside:
            inside[0].words.append(word)
        else:
            nearest = min(table.cells, key=lambda c: abs((c.bbox.x0 + c.bbox.x1) / 2 - x) + abs((c.bbox.top + c.bbox.bottom) / 2 - y))
            nearest.words.append(word)


def shade_cells(table: RawTable, fills: Sequence[tuple[BBox, str]]) -> None:
    """A cell's fill is the colour of the smallest filled rectangle that
    covers most of it, no larger than the table (white counts as no shading)."""
    largest = 1.1 * table.bbox.width * table.bbox.height
    for cell in table.cells:
        area = cell.bbox.width * cell.bbox.height
        best: tuple[float, str] | None = None
        for box, colour in fills:
            overlap = (max(0.0, min(box.x1, cell.bbox.x1) - max(box.x0, cell.bbox.x0))
                       * max(0.0, min(box.bottom, cell.bbox.bottom) - max(box.top, cell.bbox.top)))
            box_area = box.width * box.height
            if area and overlap >= 0.8 * area and box_area <= largest and (best is None or box_area < best[0]):
                best = (box_area, colour)
        if best and best[1] != "#ffffff":
            cell.fill = best[1]


# --- unruled tables -----------------------------------------------------------


# Of the text size: the least gap between two cells' text in one line, the cell
# padding of a borderless table (a word space is about a third, more when justified).
_CELL_GAP = 0.6
_MIN_STARTS = 3  # lines on which text starts at one x after a cell gap: a column's left edge
# A paragraph's number, labelled or not: "1", "40.3", "2.1.", "(a)", "4)", "Q1", "Item 1", "Minute 5:".
_NUMBER = re.compile(r"^(?:[A-Za-z]+\.? )?\(?(?:[A-Za-z]{0,2}\d{1,3}(?:\.\d{1,3})*|[a-z])[.):]?$")


def column_starts(lines: Sequence[Line], prose: set[int] | None = None) -> list[float]:
    """Where the columns of a borderless table start, as camelot's stream
    reading finds them from text edges: the x at which a cell other than a
    line's first starts (``cell_first_words``) on three lines or more.
    Cells narrow padding sets closer than column-wide gaps split there.
    ``prose``: the lines' justified ones (``_filling_the_measure``), where known."""
    prose = _filling_the_measure(lines) if prose is None else prose
    starts = sorted(w.x0 for line in lines if id(line) not in prose for w in cell_first_words(line)[1:])
    edges: list[float] = []
    group: list[float] = []
    for x in [*starts, math.inf]:
        if group and x - group[0] > _EDGE_TOLERANCE:
            if len(group) >= _MIN_STARTS:
                edges.append(group[0])
            group = []
        group.append(x)
    return edges


def cell_first_words(line: Line) -> list[Word]:
    """The first word of each of the line's cells: its first word, and each
    word a cell gap from the word before it, save on a justified line,
    whose stretched word spaces are no cell gaps (over a page of them some
    would line up by chance)."""
    if _justified(line):
        return line.words[:1]
    return [line.words[0], *(b for a, b in zip(line.words, line.words[1:]) if cell_gap(a, b, line.size))]


def _filling_the_measure(lines: Sequence[Line]) -> set[int]:
    """The lines (ids) of justified prose too short of words to tell by
    their spaces (``_justified``): two words stretched across the measure,
    as many lines of a narrow column at a large size hold. Each ends at the
    measure of a run of lines set from one left edge, one under another
    with no more than a text size's white between, where a line of the run
    of three words or more, its spaces all alike, ends, or, in a run of
    none, where two lines of two words end in a run of which three lines
    open in lower case (carrying on a sentence, as a table's rows do not:
    a word alone on its line and the short last line count). A line of three
    words or more whose gaps differ (a table's row of cells, whatever its
    edges) ends the run: rows under the prose are no prose."""
    prose: set[int] = set()
    run: list[Line] = []
    for line in [*lines, None]:
        prose_like = line is not None and (_justified(line) or len(line.words) <= 2)
        if (prose_like and run and line.page == run[-1].page and abs(line.x0 - run[0].x0) <= 1.0
                and 0 <= line.top - run[-1].bottom <= max(line.size, 1.0)):
            run.append(line)
            continue
        measures = [ln.x1 for ln in run if _justified(ln)]  # a narrow paragraph's, and a wider one's under it
        if not measures and sum(1 for ln in run[1:] if ln.words[0].text[:1].islower()) >= 3:
            # lines of two words or one only, three of them carrying on a sentence (a word alone on its line, the
            # paragraph's short last line too): the end two lines of two words share
            ends = [ln.x1 for ln in run if len(ln.words) == 2]
            measures = [x for x in ends if sum(1 for y in ends if abs(x - y) <= 1.0) >= 2]
        prose |= {id(ln) for ln in run if len(ln.words) > 1 and any(abs(ln.x1 - x) <= 1.0 for x in measures)}
        run = [line] if prose_like else []
    return prose


def cell_gap(a: Word, b: Word, size: float) -> bool:
    """Whether ``b`` stands a cell gap after ``a``: wider than a word space."""
    return b.x0 - a.x1 >= _CELL_GAP * (size or 10.0)


def _segments(line: Line, starts: Sequence[float] = ()) -> list[list[Word]]:
    """The line's pieces separated by column-wide gaps, or by a cell gap
    where the next piece starts at a column's left edge (``starts``, from
    ``column_starts``); a list marker set apart by a tab stays with its
    text, save a bare number, which a column-wide gap sets apart as a
    table's item-number column, and so does a bullet mid-line (an item of
    a cell's list)."""
    wide = split_segments(line, min_gap=max(12.0, 1.3 * (line.size or 10.0)))
    segments: list[list[Word]] = []
    for segment in wide:
        segments.append([segment[0]])
        for prev, word in zip(segment, segment[1:]):
            # a list marker a tab from its text opens a list item, whose text stands on one edge too
            marker = prev is line.words[0] and split_marker(Line([prev, word], line.page)) is not None
            if (cell_gap(prev, word, line.size) and not marker
                    and any(abs(word.x0 - x) <= _EDGE_TOLERANCE for x in starts)):
                segments.append([])
            segments[-1].append(word)
    if len(wide) == 1 and len(segments) == 2 and len(segments[0]) <= 2 \
            and _NUMBER.match(" ".join(w.text for w in segments[0])):
        segments = wide  # a paragraph's number a cell gap from its text ("40.3  Q1. How", "Item 1  Apologies")
    # at the line's start any marker but a bare number; mid-line only a bullet, which is never a column of its own
    pieces: list[list[Word]] = []
    for segment in segments:
        lone = pieces[-1][0].text if pieces and len(pieces[-1]) == 1 else None
        if (lone is not None and (lone in BULLETS if len(pieces) > 1 else not lone.isdigit())
                and split_marker(Line(pieces[-1] + segment[:1], line.page))):
            pieces[-1] = pieces[-1] + segment
        else:
            pieces.append(segment)
    return pieces


@dataclass(slots=True)
class _Column:
    x0: float
    x1: float

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2


def _cut_at_columns(segments: list[list[Word]], columns: Sequence[_Column], size: float) -> list[list[Word]]:
    """Segments cut again where a gap wider than a word space spans a header
    column's left edge: a cell's wrapped line may end closer to the next
    column than column-wide gaps stand (narrow cell padding)."""
    edges = [col.x0 for col in columns[1:]]
    cut: list[list[Word]] = []
    for segment in segments:
        piece = [segment[0]]
        for prev, word in zip(segment, segment[1:]):
            if cell_gap(prev, word, size) and any(prev.x1 <= edge <= word.x0 + _ALIGN_TOLERANCE for edge in edges):
                cut.append(piece)
                piece = []
            piece.append(word)
        cut.append(piece)
    return cut


def _text_x0(segment: list[Word]) -> float:
    """Where a piece's text starts: a numbered entry may hang its number left of the column's heading."""
    return segment[1].x0 if len(segment) > 1 and split_marker(Line(segment[:2], 0)) else segment[0].x0


# Points: the most a typesetter sets a table's row off its columns, every cell alike, where it splits the row
# over a page break and sets the parts again (reportlab's split rows of a table aligned left); past the
# tolerance of alignment, short of a column of its own (two cells' padding and some text).
_MAX_SHIFT = 8.0


def _moved(columns: Sequence[_Column], shift: float) -> list[_Column]:
    return [_Column(c.x0 + shift, c.x1 + shift) for c in columns]


def _shift_of(line: Line, columns: list[_Column], starts: Sequence[float], least: int = 2) -> float | None:
    """How far a line of ``least`` pieces or more stands off the columns,
    each piece starting that far from its column's edge, the same for all:
    a row the typesetter set again a few points off (``_MAX_SHIFT``); None
    where the line does not."""
    pieces = _segments(line, starts)
    if len(pieces) < least:
        return None
    first = _text_x0(pieces[0])
    for column in columns:
        shift = first - column.x0
        if not _ALIGN_TOLERANCE < abs(shift) <= _MAX_SHIFT:
            continue
        moved = _moved(columns, shift)
        placed = _placed(line, moved, starts)
        if placed is not None and all(abs(_text_x0(piece) - moved[k].x0) <= _EDGE_TOLERANCE for k, piece in placed):
            return shift
    return None


def _column_of(segment: list[Word], columns: list[_Column]) -> int | None:
    """The column a piece of text belongs to: aligned on the column's left
    edge or centre, else the column whose span holds it."""
    x0, x1 = segment[0].x0, segment[-1].x1
    mid = (x0 + x1) / 2
    text_x0 = _text_x0(segment)
    for k, col in enumerate(columns):
        if any(abs(x - col.x0) <= _ALIGN_TOLERANCE for x in (x0, text_x0)) or abs(mid - col.mid) <= _ALIGN_TOLERANCE:
            return k
    for k, col in enumerate(columns):
        next_x0 = columns[k + 1].x0 if k + 1 < len(columns) else float("inf")
        if col.x0 - _ALIGN_TOLERANCE <= text_x0 and x1 <= next_x0 + _ALIGN_TOLERANCE:
            return k
    return None


def columnar(lines: Sequence[Line]) -> bool:
    """Whether most of the lines are cut in pieces at table columns: a
    borderless table's rows rather than a page column of prose (whose
    justified lines of two words stretch a gap as wide as a column's)."""
    prose = _filling_the_measure(lines)
    starts = column_starts(lines, prose)
    return sum(1 for line in lines if id(line) not in prose and len(_segments(line, starts)) >= 2) >= 0.5 * len(lines)


def split_unruled(lines: Sequence[Line], text_right: float, above: RawTable | None = None) -> list[Line | RawTable]:
    """Lines with the runs that are aligned in columns replaced by tables;
    ``text_right`` is where the page's lines wrap (its right margin);
    ``above`` the ruled table right over the lines, if any."""
    out: list[Line | RawTable] = []
    prose = _filling_the_measure(lines)
    starts = column_starts(lines, prose)
    i = 0
    headed = above is not None and bool(lines) and _right_under(above, lines[0])
    while i < len(lines):
        found = None if id(lines[i]) in prose else _table_from(lines, i, text_right, starts, headed and i == 0)
        if found is not None and _numbered_paragraphs(found[0]):
            found = None  # its lines read as list items, each bare number a tab stop from its text
        if i == 0 and headed:
            # the header's cells tell columns the rows may not: too few rows, cells full to their padding, a
            # number read as its question's list marker ("1." | "How ...": one cell, not two)
            under = _rows_under_header(lines, above, text_right, starts)
            if under is not None and (found is None or under[0].n_cols > found[0].n_cols):
                found = under
        if found is None:
            out.append(lines[i])
            i += 1
        elif run_on := _blocks_side_by_side(found[0], out):
            # each block whole, the right one (begun above) first: never the two read across line by line
            edge = found[0].col_edges[1] - _ALIGN_TOLERANCE
            rows = lines[i:i + found[1]]
            right = out[len(out) - run_on:] + [Line(ws, line.page) for line in rows
                                                if (ws := [w for w in line.words if w.x0 >= edge])]
            del out[len(out) - run_on:]
            out.extend(right + [Line(ws, line.page) for line in rows if (ws := [w for w in line.words if w.x0 < edge])])
            i += found[1]
        else:
            table, used = found
            used -= _give_back_prose_rows(table, lines[i:i + used])
            below = lines[i]
            while out and isinstance(out[-1], Line) and _header_above(out[-1], below, table, starts):
                below = out.pop()
                _prepend_header_line(table, below, starts)
            out.append(table)
            i += used
    return out


def _give_back_prose_rows(table: RawTable, lines: Sequence[Line]) -> int:
    """Take off the borderless ``table`` the rows closing it that are
    paragraphs under it (its ``lines``' last ones), and say how many lines
    they were: rows filling the first column only, under rows that each
    fill two columns or more (two at least, to show the table's kind), that
    read as no first cell of those: words where each holds a reference or
    number, or a sentence closed by a mark none of them ends with ("Noted."
    under agenda titles, under questions, under "Label:" cells), on one
    line. A closing row of the table's own (a title with no lead, a
    question with no response) reads as its first cells do, or wraps within
    its column, and stays."""
    body = range(guess_header_rows(table), table.n_rows)
    texts = {(c.row, c.col): c.text for c in table.cells if c.text}
    filled = {r: [k for k in range(table.n_cols) if (r, k) in texts] for r in body}
    run = table.n_rows
    while run - 1 in filled and filled[run - 1] == [0]:
        run -= 1
    rows = [r for r in body if r < run]
    if run == table.n_rows or len(rows) < 2 or any(len(filled[r]) < 2 for r in rows):
        return 0
    heads = [texts[(r, 0)] for r in rows if (r, 0) in texts]
    numbered = len(heads) == len(rows) and all(_has_digit(head) for head in heads)
    marks = {_closing_mark(head) for head in heads}

    lines_of = {c.row: len({round(w.top) for w in c.words}) for c in table.cells if c.col == 0}

    def prose(row: int) -> bool:
        # a cell wrapped within its column is the table's: a paragraph under it wraps at the page's margin
        text = texts[(row, 0)]
        return lines_of[row] == 1 and ((numbered and not _has_digit(text))
                                       or _closing_mark(text) not in marks | {"", ":", ";"})

    last = next((r for r in range(run, table.n_rows) if prose(r)), table.n_rows)
    if last == table.n_rows or not all(prose(r) for r in range(last, table.n_rows)):
        return 0
    given = {id(w) for c in table.cells if c.row >= last for w in c.words}
    table.cells[:] = [c for c in table.cells if c.row < last]
    table.n_rows = last
    table.bbox = BBox(table.bbox.x0, table.bbox.top, table.bbox.x1, max(c.bbox.bottom for c in table.cells))
    return sum(1 for line in lines if any(id(w) in given for w in line.words))


def _closing_mark(text: str) -> str:
    """The stop a cell's text ends with (".", "?", ":"), else ""."""
    found = SENTENCE_END.search(text)
    return found.group(0)[0] if found else ""


def _numbered_paragraphs(table: RawTable) -> bool:
    """Whether a borderless table of two columns is paragraphs numbered "1",
    "2" with no full stop, each number hung a tab stop left of its text: no
    header, a bare number opening every row, one more than the row's
    before, and every text a paragraph, ending its sentence (an item
    number's column beside titles is a table's: a title ends no sentence)."""
    if table.n_cols != 2 or table.n_rows < 2:
        return False
    rows = [table.row_texts(row) for row in range(table.n_rows)]
    if any(len(texts) != 2 or not BARE_NUMBER.match(texts[0]) or not SENTENCE_END.search(texts[1])
           for texts in rows):
        return False
    numbers = [int(texts[0]) for texts in rows]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _blocks_side_by_side(table: RawTable, above: Sequence[Line | RawTable]) -> int:
    """How many lines of ``above`` begin the right block where a table of
    two columns is two blocks of text set side by side, else 0 (a letter's
    addresses, the sender's right of the recipient's): the right
    block runs on from two plain lines or more right over the first line
    holding both, each starting where the right column does. One such line
    is a label/value table's first value wrapped over the label centred
    beside it, as is a left column of labels ("Subject:"). A table's
    columns start on its first row (a header wrapped over lines is bold)."""
    if table.n_cols != 2 or any(cell.col == 0 and cell.text.endswith(":") for cell in table.cells):
        return 0
    run_on, top = 0, table.bbox.top
    for line in reversed(above):
        if not (isinstance(line, Line) and not line.bold and line.page == table.page
                and abs(line.x0 - table.col_edges[1]) <= _ALIGN_TOLERANCE
                and 0 <= top - line.bottom <= max(line.size, 1.0)):
            break
        run_on, top = run_on + 1, line.top
    return run_on if run_on >= 2 else 0


def _rows_under_header(lines: Sequence[Line], header: RawTable, text_right: float,
                       starts: Sequence[float]) -> tuple[RawTable, int] | None:
    """The rows printed with the borders off under a header row that stands
    as a table of its own (ruled or shaded), read in the header's columns,
    each cell's text starting where the header cell's does: a number
    column whose "1." the rows alone read as the question's list marker;
    rows too few, or too full to their cells' padding, to find the columns
    by (a row a page break carried over under the repeated header, its
    number cell left on the page before). An empty header cell (over the
    numbers) is a column too, its text inset in it as the others' is. Some
    line must hold two cells."""
    filled = [cell for cell in header.cells if cell.words]
    if header.n_rows != 1 or len(filled) < 2:
        return None
    insets = sorted(min(w.x0 for w in cell.words) - cell.bbox.x0 for cell in filled)
    inset = insets[len(insets) // 2]
    columns = sorted((_Column(min(w.x0 for w in cell.words), max(w.x1 for w in cell.words)) if cell.words
                      else _Column(cell.bbox.x0 + inset, cell.bbox.x0 + inset) for cell in header.cells),
                     key=lambda column: column.x0)
    rows: list[list[tuple[int, list[Word]]]] = []
    end = 0
    while end < len(lines) and (end == 0 or _row_follows(lines, 0, end)):
        placed = _placed(lines[end], columns, starts)
        if placed is None:
            break
        rows.append(placed)
        end += 1
    if not any(len(row) > 1 for row in rows):
        return None
    return _grid(lines[:end], rows, columns, text_right, headed=True), end


def _right_under(table: RawTable, line: Line) -> bool:
    """Whether ``line`` stands right under the table (no more than a cell's
    wrapped lines apart): the first row under a header row of its own."""
    return -_EDGE_TOLERANCE <= line.top - table.bbox.bottom <= WRAP_GAP * max(line.size, 1.0)


def _moved_down(cells: list[RawCell]) -> list[RawCell]:
    """Copies of a table's cells a row lower, under a header row joined above them; the table given is left as
    it was (the caller may still hold it)."""
    return [replace(cell, row=cell.row + 1) for cell in cells]


def headed_rows(header: RawTable, rows: RawTable) -> RawTable | None:
    """A header row that stands as a table of its own (ruled or shaded) and
    the borderless rows right under it as one table, where each header cell
    heads one of the rows' columns, in order; else None."""
    first = sorted((w for cell in rows.cells if cell.row == 0 for w in cell.words), key=lambda w: w.x0)
    if (header.n_rows != 1 or rows.ruled or header.page != rows.page or header.n_cols != rows.n_cols or not first
            or not _right_under(header, Line(first, rows.page))):
        return None
    heads = sorted(header.cells, key=lambda cell: cell.col)
    if any(cell.col_span != 1 or not cell.bbox.x0 - _ALIGN_TOLERANCE <= edge < cell.bbox.x1
           for cell, edge in zip(heads, rows.col_edges)):
        return None
    bbox = BBox(min(header.bbox.x0, rows.bbox.x0), header.bbox.top, max(header.bbox.x1, rows.bbox.x1), rows.bbox.bottom)
    return RawTable(page=rows.page, bbox=bbox, col_edges=rows.col_edges, n_rows=rows.n_rows + 1,
                    cells=[*heads, *_moved_down(rows.cells)], ruled=False, pages=rows.pages, header_rows=1,
                    continued_rows=[row + 1 for row in rows.continued_rows])


def header_left_behind(line: Line, rows: RawTable, line_page_height: float,
                       rows_page_height: float) -> RawTable | None:
    """The borderless ``rows`` opening their page, with no header of their
    own, under ``line`` as their header row, where ``line`` closes the page
    before (a header row a page break left alone at the foot): bold, one
    piece over each of the rows' columns, each starting at the column's
    edge; else None."""
    if (rows.ruled or guess_header_rows(rows) or not line.bold or line.page != rows.page - 1
            or line.bottom < 0.7 * line_page_height or rows.bbox.top > 0.3 * rows_page_height):
        return None
    columns = [_Column(x, x) for x in rows.col_edges[:-1]]
    placed = _placed(line, columns, rows.col_edges[:-1])
    if (placed is None or len(placed) != rows.n_cols
            or any(abs(piece[0].x0 - columns[k].x0) > _ALIGN_TOLERANCE for k, piece in placed)):
        return None
    heads = [RawCell(row=0, col=k, bbox=BBox(piece[0].x0, line.top, piece[-1].x1, line.bottom), page=line.page,
                     words=list(piece)) for k, piece in placed]
    return RawTable(page=line.page, bbox=BBox(rows.bbox.x0, line.top, rows.bbox.x1, line.bottom),
                    col_edges=rows.col_edges, n_rows=rows.n_rows + 1, cells=[*heads, *_moved_down(rows.cells)],
                    ruled=False, pages=[line.page, *rows.pages], header_rows=1,
                    continued_rows=[row + 1 for row in rows.continued_rows])


def _columns_of(table: RawTable) -> list[_Column]:
    return [_Column(x0, x1) for x0, x1 in zip(table.col_edges, table.col_edges[1:])]


def _header_above(line: Line, below: Line, table: RawTable, starts: Sequence[float]) -> bool:
    """Whether ``line`` is the top of the table's header row, ``below`` the
    header line under it: header cells wrapped over lines and set at the
    foot of their row ("Level of" over "assurance", the cells beside it on
    its last line). Both bold and of a size, as close as a cell's wrapped
    lines, every piece over a header cell with text."""
    if not (line.bold and below.bold and line.page == table.page and abs(line.size - below.size) <= 0.5
            and 0 <= below.top - line.bottom <= WRAP_GAP * max(line.size, 1.0)):
        return False
    placed = _placed(line, _columns_of(table), starts)
    header = {cell.col: cell for cell in table.cells if cell.row == 0}
    return placed is not None and all(k in header and header[k].words for k, _ in placed)


def _prepend_header_line(table: RawTable, line: Line, starts: Sequence[float]) -> None:
    """``line``'s pieces read first in the header cells under them."""
    header = {cell.col: cell for cell in table.cells if cell.row == 0}
    for k, piece in _placed(line, _columns_of(table), starts) or []:
        header[k].words[:0] = piece
        header[k].bbox = BBox(min(header[k].bbox.x0, piece[0].x0), line.top, max(header[k].bbox.x1, piece[-1].x1),
                              header[k].bbox.bottom)
    for cell in header.values():
        cell.bbox = BBox(cell.bbox.x0, line.top, cell.bbox.x1, cell.bbox.bottom)
    table.bbox = BBox(table.bbox.x0, line.top, table.bbox.x1, table.bbox.bottom)


def _justified(line: Line) -> bool:
    """Whether the line's wide gaps are a justified line's stretched word
    spaces: every space on it the same width (a table's gaps between cells
    differ from the spaces inside them)."""
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:])]
    return len(gaps) >= 2 and max(gaps) - min(gaps) <= 0.5


def _table_from(lines: Sequence[Line], start: int, text_right: float, starts: Sequence[float],
                headed: bool = False) -> tuple[RawTable, int] | None:
    """The borderless table whose first line is ``lines[start]`` and how
    many lines it takes, if they are one; ``headed`` where a header row of
    its own stands right over it (the first line is then a body row)."""
    head = _segments(lines[start], starts)
    if len(head) < 2 or _justified(lines[start]):
        return None
    head = _parted_over_marks(head, lines, start, starts)
    # a heading set over two lines ("Requires" over "improvement") is read in one piece: its widest word ends it
    own = [_Column(s[0].x0, max(w.x1 for w in s)) for s in head]
    columns = _with_empty_columns(own, lines, start)
    rows: list[list[tuple[int, list[Word]]]] = [[(columns.index(col), s) for col, s in zip(own, head)]]
    end = start + 1
    shift = 0.0  # of the rows set off the columns (``_shift_of``), from the first such row on
    while end < len(lines) and _row_follows(lines, start, end):
        line = lines[end]
        placed = _placed(line, columns, starts)
        if placed is None and shift:
            placed = _placed(line, _moved(columns, shift), starts)
        if placed is None and (moved := _shift_of(line, columns, starts)) is not None:
            shift, placed = moved, _placed(line, _moved(columns, moved), starts)
        if placed is not None and len(placed) == 1 and end == start + 1 and line.bold and not lines[start].bold:
            break  # a bold line of one piece under a plain line of pieces (a form's tick boxes) is a heading
        if (placed is not None and len(placed) == 1 and placed[0][0] == 0 and line.bold
                and not any(ln.bold for ln in lines[start:end])
                and not (end + 1 < len(lines) and _row_follows(lines, start, end + 1)
                         and _placed(lines[end + 1], columns, starts) is not None)):
            # a bold line at the first column's edge closing rows none of which is bold, no row under it: a heading
            # after them (a margin-note column's table followed by the item's "Actions")
            break
        if placed is None:
            # a group heading run across the table, its rows going on under it, is a row of one cell; a heading
            # over a second table has that table's bold header row under it instead: the first table ends there
            if not (_runs_across(line, columns, starts) and end + 1 < len(lines) and _row_follows(lines, start, end + 1)
                    and not lines[end + 1].bold and _placed(lines[end + 1], columns, starts)):
                break
            placed = [(_SPANNING, list(line.words))]
        rows.append(placed)
        end += 1
    multi = sum(1 for row in rows if len(row) > 1)
    if not ((len(columns) >= 3 and len(rows) >= 2) or multi >= 3):
        return None
    return _grid(lines[start:end], rows, columns, text_right, headed), end - start


_SPANNING = -1  # the column of a row's one piece that runs across every column
WRAP_GAP = 0.3  # of the text size: the most white between a cell's wrapped lines at single spacing


def _with_empty_columns(columns: list[_Column], lines: Sequence[Line], start: int) -> list[_Column]:
    """The first row's columns and those it leaves empty (the first row on
    a page a table carried over a break without its header): where text of
    the lines under it, as far as they stand as rows, starts a cell gap
    from the text before it on three lines or more, clear of every piece of
    the first row; and a first column whose header cell is empty, where
    two rows or more open at one x left of the first heading, a cell gap
    from their next piece, which starts under that heading ("Q1" |
    question; "1" | title, a bare number being a column as ``_segments``
    reads it; not a list marker hung left of its text, "1." before it)."""
    end = _rows_end(lines, start)
    # a start a few points left of a column's is a row of it set off the columns (``_shift_of``), no column
    empty = [_Column(x, x) for x in column_starts(lines[start:end]) if x > columns[0].x0 + _ALIGN_TOLERANCE
             and not any(c.x0 - _MAX_SHIFT <= x <= c.x1 + _ALIGN_TOLERANCE for c in columns)]
    lefts = []
    for line in lines[start + 1:end]:
        # the words left of the first heading, the next starting under it a cell gap after them
        ahead = [w for w in line.words if w.x0 < columns[0].x0 - _ALIGN_TOLERANCE]
        under = line.words[len(ahead):]
        if (ahead and under and ahead == line.words[:len(ahead)]
                and abs(under[0].x0 - columns[0].x0) <= _ALIGN_TOLERANCE and cell_gap(ahead[-1], under[0], line.size)
                and not (len(ahead) == 1 and not ahead[0].text.isdigit()
                         and split_marker(Line(ahead + under[:1], line.page)))):
            lefts.append(ahead[0].x0)
    if sum(1 for x in lefts if x - min(lefts) <= _EDGE_TOLERANCE) >= 2:
        empty.append(_Column(min(lefts), min(lefts)))
    return sorted([*columns, *empty], key=lambda c: c.x0)


_MARK_LENGTH = 2  # characters: a mark in a cell of its own ("X", "✓", "●"), no word of a sentence


def _parted_over_marks(head: list[list[Word]], lines: Sequence[Line], start: int,
                       starts: Sequence[float]) -> list[list[Word]]:
    """The first line's pieces parted again at a cell gap where a mark
    (``_MARK_LENGTH``) alone in its piece on a line under it starts at the
    next word's x, short of the next piece: the heading of a narrow column
    set closer to the heading before it than column-wide gaps stand
    ("Assured  Partly" over an "X" under each), whose column, marked once
    a row, holds too few starts for ``column_starts``. A list marker stays
    with its text, as ``_segments`` keeps it."""
    line = lines[start]
    marks = [s[0] for below in lines[start + 1:_rows_end(lines, start)] for s in _segments(below, starts)
             if len(s) == 1 and len(s[0].text) <= _MARK_LENGTH]
    parted: list[list[Word]] = []
    for k, segment in enumerate(head):
        right = head[k + 1][0].x0 if k + 1 < len(head) else math.inf
        parted.append([segment[0]])
        for prev, word in zip(segment, segment[1:]):
            marker = prev is segment[0] and split_marker(Line([prev, word], line.page)) is not None
            if (cell_gap(prev, word, line.size) and not marker
                    and any(abs(w.x0 - word.x0) <= _EDGE_TOLERANCE and w.x1 < right for w in marks)):
                parted.append([])
            parted[-1].append(word)
    return parted


def _rows_end(lines: Sequence[Line], start: int) -> int:
    """The end of the lines that stand as rows of a table whose first line is ``lines[start]``."""
    end = start + 1
    while end < len(lines) and _row_follows(lines, start, end):
        end += 1
    return end


def _row_follows(lines: Sequence[Line], start: int, end: int) -> bool:
    """Whether ``lines[end]`` stands close enough under the line above, and
    small enough, to be a row of the table whose header is ``lines[start]``."""
    line, prev = lines[end], lines[end - 1]
    # A header row may stand further apart than the rows under it.
    if line.top - prev.bottom > (2.5 if end == start + 1 else 1.5) * max(line.size, 1.0):
        return False
    # A line set larger than every row above is a heading after the table, not a row; but a bold header
    # row may be set smaller than the plain rows under it.
    return not (line.size >= max(ln.size for ln in lines[start:end]) + 1
                and not (end == start + 1 and lines[start].bold and not line.bold))


def _placed(line: Line, columns: list[_Column], starts: Sequence[float]) -> list[tuple[int, list[Word]]] | None:
    """The line's pieces each with its column; None where they do not fit
    the columns (a piece outside them, two in one, one running across a
    column boundary: prose, or another table)."""
    placed = [(_column_of(s, columns), s) for s in _cut_at_columns(_segments(line, starts), columns, line.size)]
    if any(k is None for k, _ in placed) or len({k for k, _ in placed}) < len(placed):
        return None
    cells = [(k, s) for k, s in placed if k is not None]
    if any(k + 1 < len(columns) and s[-1].x1 > columns[k + 1].x0 + _ALIGN_TOLERANCE for k, s in cells):
        return None  # text running across a column boundary is prose, not a cell
    return cells


def _runs_across(line: Line, columns: list[_Column], starts: Sequence[float]) -> bool:
    """Whether the line is a group heading inside a table ("Open actions"):
    one bold piece from the first column's edge across a column boundary."""
    return (line.bold and len(columns) > 1 and len(_segments(line, starts)) == 1
            and abs(line.x0 - columns[0].x0) <= _ALIGN_TOLERANCE and line.x1 > columns[1].x0 + _ALIGN_TOLERANCE)


def _carries_on(text: str) -> bool:
    """Whether a cell's line opening with ``text`` carries on a sentence: a
    word in lower case, not a label ("a.", "(b)")."""
    return text[:1].islower() and not _NUMBER.match(text)


def _grid(lines: Sequence[Line], rows: list[list[tuple[int, list[Word]]]], columns: list[_Column],
          text_right: float, headed: bool = False) -> RawTable:
    """Rows of (column, words) as a grid. A line whose pieces all sit under
    filled cells of the row above is that row wrapped when it stands
    closer to it than rows stand apart, or starts in lower case. A line
    whose pieces reach up into the line above only in cells the row left
    empty is of that row whatever else it fills: a mark centred on a row
    whose first cell wraps (its area over two lines, the dot beside them)
    stands over both lines."""
    page = lines[0].page
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    row_gap = max(gaps[1:], default=0.0)  # the header row may stand apart
    # the white over each line after the first that opens a row with its first cell (a reference, a number; a
    # word in lower case there carries on the cell above: "Partly" over "assured")
    opening = [gaps[i - 1] for i in range(2, len(lines))
               if 0 in dict(rows[i]) and not _carries_on(dict(rows[i])[0][0].text)]
    grid_rows: list[dict[int, list[Word]]] = []
    row_lines: list[list[Line]] = []
    for i, (line, row) in enumerate(zip(lines, rows)):
        previous = grid_rows[-1] if grid_rows else None
        # The header row may stand apart from the rows; a bold header wrapped over lines keeps them close. A
        # plain first line wraps onto a line under it that leaves its first filled cell empty: a body row's
        # reference or number, or a plain header's first heading (over a number column it leaves empty), neither
        # of which wraps; or where the header is a table of its own (ruled or shaded over borderless rows:
        # ``headed``) and the first line a body row.
        first_wraps = i == 1 and ((lines[0].bold and line.bold) or headed
                                  or (not lines[0].bold and min(dict(rows[0])) not in dict(row)))
        close = (i > 1 or first_wraps) and gaps[i - 1] <= 0.5 * row_gap and row_gap - gaps[i - 1] >= 2
        # a line leaving the first cell empty, set closer than every row opening with it, is of the row above
        # whatever cells it fills: a cell's next paragraph set a little apart (a rating under its question), a
        # mark centred on a row of three lines (level with its middle one)
        spaced = i > 1 and 0 not in dict(row) and bool(opening) and gaps[i - 1] <= min(opening) - 2
        # a cell's last line alone, set no further under its row than the row's own lines stand apart, where
        # rows stand no further apart (no white between rows: Word's cells with no top or bottom margin): it
        # carries on the one cell it fills, left mid-sentence ("... that were late" over "(ACC Local Policing)"),
        # where that cell's line above ran out of room for its first word and the next line opens a row: a row
        # of its own with its first cell empty (an agenda's sub-item, a sub-action) follows a line with room
        # left, or wraps onto a line of its own
        carried = (i > 1 and previous is not None and 0 in previous and 0 not in dict(row) and len(row) == 1
                   and row[0][0] in previous and len(row_lines[-1]) > 1
                   and (i + 1 == len(lines) or 0 in dict(rows[i + 1]))
                   and gaps[i - 1] <= min(b.top - a.bottom for a, b in zip(row_lines[-1], row_lines[-1][1:])) + 0.5
                   and not SENTENCE_END.search(previous[row[0][0]][-1].text)
                   and _ran_full(previous[row[0][0]], row[0][0], row[0][1], columns, text_right, line.size))
        # Under "Exactly" line spacing tighter than the text every piece reaches up into the line above, the
        # next row's too, in the columns the row above fills; a mark centred on the row reaches into an empty one.
        reaching = [k for k, s in row if min(w.top for w in s) < lines[i - 1].bottom] if i > 1 else []
        overlaps = previous is not None and bool(reaching) and not any(k in previous for k in reaching)
        # a group heading run across the table is a row of its own: no row's wrapped line, nor wrapped into
        apart = previous is None or _SPANNING in previous or any(k == _SPANNING for k, _ in row)
        wraps = not apart and previous is not None and (overlaps or spaced or carried or (
            all(k in previous for k, _ in row) and (close or all(s[0].text[:1].islower() for _, s in row))))
        if wraps:
            for k, s in row:
                col = _overflowed(previous, k, s, columns, lines[i - 1], text_right) if len(row) == 1 else k
                previous.setdefault(col, []).extend(s)
            row_lines[-1].append(line)
        else:
            grid_rows.append({k: list(s) for k, s in row})
            row_lines.append([line])
    right = max(line.x1 for line in lines)
    edges = [c.x0 for c in columns] + [max(right, columns[-1].x1)]
    cells = []
    for r, (row, members) in enumerate(zip(grid_rows, row_lines)):
        top, bottom = min(m.top for m in members), max(m.bottom for m in members)
        if _SPANNING in row:
            cells.append(RawCell(row=r, col=0, bbox=BBox(edges[0], top, edges[-1], bottom), page=page,
                                 col_span=len(columns), words=row[_SPANNING]))
            continue
        for k in range(len(columns)):
            words = row.get(k, [])
            box = BBox(edges[k], top, edges[k + 1], bottom)
            if words:
                box = BBox(min(w.x0 for w in words), top, max(w.x1 for w in words), bottom)
            cells.append(RawCell(row=r, col=k, bbox=box, page=page, words=words))
    bbox = BBox(edges[0], lines[0].top, edges[-1], lines[-1].bottom)
    return RawTable(page=page, bbox=bbox, col_edges=edges, n_rows=len(grid_rows), cells=cells, ruled=False, pages=[page])


# What says a piece's own cell did not wrap it (``_overflowed``). A line that
# wrapped for want of room stops short of the next column by less than its next
# word and a space; one that did not leaves room for the piece with its space
# twice over, and half its column empty: a cell that wrapped in a box narrower
# than the gap to the next column (a tile, a grade's two words) leaves less.
_TYPICAL_SPACE = 0.3  # of the text size: a word space of most fonts, near enough
_ROOM_FOR_PIECE = 2.0  # times the wrapped piece and its space
_EMPTY_SHARE = 0.5  # of the column's width


def _overflowed(previous: dict[int, list[Word]], col: int, piece: list[Word], columns: Sequence[_Column],
                above: Line, text_right: float) -> int:
    """The column a wrapped piece continues. A line of tab-separated pieces
    (an agenda's title, then its presenter after a tab) wraps back to the
    paragraph's indent, under the first column, though it carries on the
    last piece. It does so where the piece's own column's cell had room for
    it (that cell did not wrap) and the line above ran out of room in its
    last column: the piece's first word would not have fitted there before
    the page's right margin, ``text_right``. A line of its own under a title
    (a sub-point) follows a last column that had room to go on."""
    last = max(previous)
    if last == col:
        return col
    space = _TYPICAL_SPACE * (above.size or 10.0)
    width = piece[0].x1 - piece[0].x0  # the first word: what would not fit in the last column
    own = {id(w) for w in previous.get(col, [])}
    last_own = {id(w) for w in previous[last]}
    ends = [w.x1 for w in above.words if id(w) in own]
    last_ends = [w.x1 for w in above.words if id(w) in last_own]
    if not ends or not last_ends:
        return col
    room = columns[col + 1].x0 - _ALIGN_TOLERANCE - max(ends)
    had_room = (room >= _ROOM_FOR_PIECE * (space + piece[-1].x1 - piece[0].x0)
                and room >= _EMPTY_SHARE * (columns[col + 1].x0 - columns[col].x0))
    last_full = max(last_ends) + space + width > text_right
    return last if had_room and last_full else col


def _ran_full(cell: list[Word], col: int, piece: list[Word], columns: Sequence[_Column], text_right: float,
              size: float) -> bool:
    """Whether the cell's last line ran out of room: the piece's first word
    would not have fitted after it before the column's right edge (a line
    wraps only when full). A cell's text stops short of the next column by
    the two cells' side margins; the last column's runs to the page's right
    margin, ``text_right``."""
    last_top = cell[-1].top
    end = max(w.x1 for w in cell if abs(w.top - last_top) <= _ALIGN_TOLERANCE)
    right = columns[col + 1].x0 - _CELL_GUTTER if col + 1 < len(columns) else text_right
    return end + _TYPICAL_SPACE * (size or 10.0) + piece[0].x1 - piece[0].x0 > right


_CELL_GUTTER = 12.0  # points between a cell's text and the next column's: side margins (Word 0.19 cm each, reportlab 6)


# --- across pages ---------------------------------------------------------------


def continues(first: RawTable, second: RawTable, first_page_height: float, second_page_height: float) -> bool:
    """Whether ``second`` (first thing on its page) carries on ``first`` (last
    thing on the page before): same columns, one at the page's foot, the
    other at the head."""
    if second.page != first.pages[-1] + 1 or first.n_cols != second.n_cols or first.ruled != second.ruled:
        return False
    # an unruled table's right edge is only where its longest line ends
    edges = slice(None) if first.ruled else slice(-1)
    if any(abs(a - b) > 3.0 for a, b in zip(first.col_edges[edges], second.col_edges[edges])):
        return False
    last_part_bottom = max(c.bbox.bottom for c in first.cells if c.page == first.pages[-1])
    return last_part_bottom >= 0.7 * first_page_height and second.bbox.top <= 0.3 * second_page_height


def carried_rows(first: RawTable, items: Sequence[Line | RawTable]) -> tuple[RawTable, int] | None:
    """A page's opening plain lines and the borderless table under them read
    again in the columns of the borderless table ``first`` the page before
    ends with, and how many items they were, where the table's columns are
    some of ``first``'s and every line fits them: the end of a cell carried
    over the break (a line of one column) and rows whose number the table
    alone read as its question's list marker ("5." | question: fewer
    columns, so no continuation of ``first``); with no table under them,
    the end of the row the break split alone (``_split_row_end``); else
    the end of the split row and the rows after it (``_rows_carried_on``);
    rows carried whole first (``_whole_rows_carried``)."""
    k = 0
    while k < len(items) and isinstance(items[k], Line) and not items[k].bold:
        k += 1
    if first.ruled:
        return None
    if whole := _whole_rows_carried(first, items):
        return whole
    if k == len(items) or not isinstance(items[k], RawTable) or items[k].ruled:
        return _split_row_end(first, [item for item in items[:k] if isinstance(item, Line)]) or _rows_carried_on(first, items)
    second = items[k]
    edges = first.col_edges[:-1]
    if second.n_cols >= first.n_cols or not all(any(abs(e - f) <= 3.0 for f in edges) for e in second.col_edges[:-1]):
        return _rows_carried_on(first, items)
    lines = group_lines([w for item in items[:k] for w in item.words] + [w for c in second.cells for w in c.words],
                        second.page)
    columns = [_Column(x, x) for x in edges]
    starts = column_starts(lines)
    rows = [_placed(line, columns, starts) for line in lines]
    if any(row is None for row in rows):
        return None
    return _grid(lines, rows, columns, max(line.x1 for line in lines)), k + 1


def _leading_words(items: Sequence[Line | RawTable], max_rows: int | None = None) -> list[list[Word]]:
    """The words of the plain lines and small borderless tables opening a page, up to the first other item:
    what a table carried over from the page before may have become (``max_rows`` caps a table's rows)."""
    taken: list[list[Word]] = []
    for item in items:
        if isinstance(item, Line) and not item.bold:
            taken.append(item.words)
        elif (isinstance(item, RawTable) and not item.ruled and (max_rows is None or item.n_rows <= max_rows)
              and not guess_header_rows(item)):
            taken.append([w for cell in item.cells for w in cell.words])
        else:
            break
    return taken


def _rows_carried_on(first: RawTable, items: Sequence[Line | RawTable]) -> tuple[RawTable, int] | None:
    """The page's opening plain lines and borderless tables read in the
    columns of the borderless table ``first`` the page before ends with,
    and how many items they were: the end of the row the break split and
    the rows after it, too few for the page alone to find their columns by.
    Items (no table with a header of its own) are taken whole while every
    line of theirs fits the columns, or fits them set off by a few points
    alike (``_shift_of``: the typesetter set the split row again off the
    columns); some line must hold two cells."""
    columns = [_Column(x, x) for x in first.col_edges[:-1]]
    taken = _leading_words(items)
    if not taken:
        return None
    lines = group_lines([w for words in taken for w in words], first.pages[-1] + 1)
    starts = column_starts(lines)
    shift = next((moved for line in lines if _placed(line, columns, starts) is None
                  and (moved := _shift_of(line, columns, starts)) is not None), _carried_shift(lines, columns, starts))
    rows = [_placed(line, columns, starts) or _placed(line, _moved(columns, shift), starts) for line in lines]
    # whole items only: the first with a line that does not fit ends the rows
    placed = {id(w) for line, row in zip(lines, rows) if row is not None for w in line.words}
    used = 0
    while used < len(taken) and all(id(w) in placed for w in taken[used]):
        used += 1
    kept = {id(w) for words in taken[:used] for w in words}
    pairs = [(line, row) for line, row in zip(lines, rows) if row is not None and id(line.words[0]) in kept]
    if not pairs or not any(len(row) > 1 for _, row in pairs):
        return None
    # the first line carries the split row on: its first cell (a number, a question) is left on the page before
    # or goes on in lower case, and a cell the row left unfinished goes on, or one opens in lower case, or rows
    # of the table's own follow (their first cells filled); a row of its own opening the page, and a block
    # under a finished row (a signature's), are no end of it
    last = {cell.col: cell.text for cell in first.cells if cell.row == first.n_rows - 1}
    opening = pairs[0][1]
    if any(k == 0 and not _carries_on(piece[0].text) for k, piece in opening):
        return None
    if not (any(_carries_on(piece[0].text) or not SENTENCE_END.search(last.get(k, "")) for k, piece in opening)
            or any(k == 0 for _, row in pairs[1:] for k, _ in row)):
        return None
    table_lines = [line for line, _ in pairs]
    return _grid(table_lines, [row for _, row in pairs], columns, max(line.x1 for line in table_lines)), used


def _carried_shift(lines: Sequence[Line], columns: list[_Column], starts: Sequence[float]) -> float:
    """How far the page's first line, carrying on a row a page break split,
    stands off the columns where it does not fit them (``_shift_of``, one
    piece enough: the end of one cell), else 0."""
    if not lines or _placed(lines[0], columns, starts) is not None:
        return 0.0
    return _shift_of(lines[0], columns, starts, least=1) or 0.0


def _split_row_end(first: RawTable, lines: Sequence[Line]) -> tuple[RawTable, int] | None:
    """The end of the borderless table ``first``'s last row, carried over a
    page break with no rows after it, as a one-row table in ``first``'s
    columns, and how many of the page's opening ``lines`` it takes: lines
    one under another, each piece starting on a column's edge, the first
    column (the row's number or reference, left on the page before) empty
    throughout, and the row reading unfinished in a column they carry on:
    where two cells or more are filled on some line, its cell ends
    mid-sentence or their piece there opens in lower case; where one column
    only, both (a cell's last word alone over the break). A paragraph
    opening the page runs across the columns' edges; a signature block
    under a finished row starts rows of its own."""
    columns = [_Column(x, x) for x in first.col_edges[:-1]]
    starts = column_starts(lines)
    moved = _moved(columns, _carried_shift(lines, columns, starts))
    cells: dict[int, list[Word]] = {}
    end, side_by_side = 0, False
    while end < len(lines) and (end == 0 or _row_follows(lines, 0, end)):
        placed = _placed(lines[end], moved, starts)
        if placed is None or any(k == 0 or abs(s[0].x0 - moved[k].x0) > _ALIGN_TOLERANCE for k, s in placed):
            break
        side_by_side |= len(placed) > 1
        for k, piece in placed:
            cells.setdefault(k, []).extend(piece)
        end += 1
    last = {cell.col: cell.text for cell in first.cells if cell.row == first.n_rows - 1}
    if side_by_side:
        carried = any(not SENTENCE_END.search(last.get(k, "")) or words[0].text[:1].islower()
                      for k, words in cells.items())
    else:  # one column only: its cell stops mid-sentence and the piece carries the sentence on in lower case
        carried = len(cells) == 1 and all(last.get(k) and not SENTENCE_END.search(last[k])
                                          and words[0].text[:1].islower() for k, words in cells.items())
    if not carried:
        return None
    # one row: the lines are its cells' lines, which ``to_table`` reads apart again
    row = Line([w for line in lines[:end] for w in line.words], lines[0].page)
    return _grid([row], [sorted(cells.items())], columns, row.x1), end


def _whole_rows_carried(first: RawTable, items: Sequence[Line | RawTable]) -> tuple[RawTable, int] | None:
    """The borderless table ``first``'s next rows, carried whole over a page
    break with no header repeated (a row or two: too little for the page
    alone to find columns and rows by; it may read each as a table of its
    own, a cell's wrapped line a row), in ``first``'s columns, and how many
    of the page's opening ``items`` (plain lines, small headerless
    borderless tables) they take, whole. Each row is a line and the lines
    wrapped under it, every piece starting on a column's edge, filling each
    column every body row of ``first`` fills, its first cell of the first
    column's kind (a reference or number where every row's is one),
    ``first`` holding a header row and a row, or two rows. Where the rows'
    first cells are words, only rows of three columns or more, all filled,
    are taken: two pieces (a signature and a date) may fall on two edges by
    chance."""
    header = guess_header_rows(first)
    body = range(header, first.n_rows)
    if len(body) < (1 if header else 2):  # a header row names the columns; else two rows show them
        return None
    taken = _leading_words(items, max_rows=4)
    if not taken:
        return None
    lines = group_lines([w for words in taken for w in words], first.pages[-1] + 1)
    columns = [_Column(x, x) for x in first.col_edges[:-1]]
    starts = column_starts(lines)
    texts = {(c.row, c.col): c.text for c in first.cells}
    always = {k for k in range(first.n_cols) if all(texts.get((r, k)) for r in body)}
    heads = [texts.get((r, 0), "") for r in body]
    numbered = all(_has_digit(head) for head in heads)
    if not numbered and first.n_cols < 3:
        return None
    rows: list[tuple[Line, list[tuple[int, list[Word]]]]] = []
    start = 0
    while start < len(lines) and (not rows or _row_follows(lines, 0, start)):
        end = start + 1
        while end < len(lines) and 0 <= lines[end].top - lines[end - 1].bottom <= WRAP_GAP * max(lines[end].size, 1.0):
            end += 1
        placed = [_placed(line, columns, starts) for line in lines[start:end]]
        if any(row is None or any(abs(piece[0].x0 - columns[k].x0) > _ALIGN_TOLERANCE for k, piece in row)
               for row in placed):
            break
        cells: dict[int, list[Word]] = {}
        for row in placed:
            for k, piece in row:
                cells.setdefault(k, []).extend(piece)
        if 0 not in cells or not always <= cells.keys() or len(cells) < 2:
            break
        opening = " ".join(w.text for w in cells[0])
        if numbered and not (_has_digit(opening) and opening[:1].isdigit() == heads[0][:1].isdigit()):
            break
        if not numbered and len(cells) < first.n_cols:
            break
        rows.append((Line([w for line in lines[start:end] for w in line.words], lines[0].page), sorted(cells.items())))
        start = end
    # whole items only: the rows must end where an item does
    read = {id(w) for line in lines[:start] for w in line.words}
    used = 0
    while used < len(taken) and all(id(w) in read for w in taken[used]):
        used += 1
    if not rows or sum(len(words) for words in taken[:used]) != len(read):
        return None
    return _grid([line for line, _ in rows], [cells for _, cells in rows], columns,
                 max(line.x1 for line, _ in rows)), used


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def join(first: RawTable, second: RawTable) -> None:
    """Append ``second`` to ``first``: header rows repeated at the top of
    ``second`` dropped, and its first row marked as continuing the row above
    when a page break split that row."""
    repeated = 0
    while (repeated < min(3, first.n_rows - 1, second.n_rows - 1)
           and second.row_texts(repeated) == first.row_texts(repeated) and any(second.row_texts(repeated))):
        repeated += 1
    if repeated:
        first.header_rows = repeated
    joined_at = first.n_rows
    kept = [c for c in second.cells if c.row >= repeated]
    for cell in kept:
        cell.row += joined_at - repeated
    first.cells.extend(kept)
    first.n_rows += second.n_rows - repeated
    first.pages.append(second.page)
    first_row = sorted((c for c in kept if c.row == joined_at), key=lambda c: c.col)
    if first_row and _splits_row(first_row):
        first.continued_rows.append(joined_at)


def _splits_row(row: list[RawCell]) -> bool:
    """A row opened by the page break rather than by the document: its first
    cell is empty or carries on a sentence, or every cell does."""
    first = row[0].text
    if not first or first[:1].islower():
        return True
    filled = [c.text for c in row if c.text]
    return all(t[:1].islower() for t in filled)


def guess_header_rows(table: RawTable) -> int:
    """One header row when the first row is bold throughout and the rest is not."""
    if table.header_rows or table.n_rows < 2:
        return table.header_rows

    def bold(cells: list[RawCell]) -> bool:
        words = [w for c in cells for w in c.words]
        chars = sum(len(w.text) for w in words)
        return chars > 0 and sum(len(w.text) for w in words if w.style.bold) >= 0.8 * chars

    first = [c for c in table.cells if c.row == 0]
    rest = [c for c in table.cells if c.row > 0]
    return 1 if bold(first) and not bold(rest) else 0


# --- words a narrow column broke ----------------------------------------------------


def broken_words(tables: Sequence[RawTable], words: Iterable[Word], breaks_in_place: bool) -> set[int]:
    """The words (ids) that finish a word begun at the end of the line above
    in a table cell. Word and reportlab break a word too wide for its cell
    between two letters, with no hyphen, filling the line ("Assuran" over
    "ce", "22/01/20" over "26", "HTA" over "/26/18"). Two pieces are one
    word when the first fills its line so that no letter more would fit,
    the two would not fit on one line, and the second starts in lower case,
    a digit or the slash, stop or hyphen inside a reference, date or URL
    (capitals after capitals). Digits carry on digits, and a piece opening
    with such a separator carries on whatever it follows. (A line broken
    after a hyphen or slash, where line breakers may break, is joined with
    the rest of a paragraph's lines: ``pdf_blocks.continues_token``.) Letters are read against the
    document (``words``, all of it): a second piece it prints as a word
    elsewhere, or with another ending, is a word of its own unless it also
    prints the two together ("Assurance" that happens to fill its line over
    "level" stays two words); after a first piece it prints as a word, only
    an ending of a letter or two carries on ("Discharge" over "d"). Where the
    line's geometry cannot tell (a whole word may end within a letter of the
    cell's edge as well as a piece), two common English words that make none
    together stay apart: the second read with the pieces that carry it on
    ("Partly" over "assur" over "ed" is "Partly assured"), and the article or
    a preposition counts as a word though short ("Developing" over "a").
    Word processors move a word too wide for its line onto a line of its
    own before breaking it, so there a first piece opens its line; a
    typesetting library (``breaks_in_place``: reportlab) breaks it where it
    stands, after other words.
    """
    pairs = [pair for table in tables for pair in _piece_pairs(table, breaks_in_place)]
    # Words the document prints other than as a piece at a cell's line end or start.
    known = Counter(_token(w.text) for w in words)
    known.subtract(_token(piece.text) for piece in {id(piece): piece for pair in pairs for piece in pair}.values())
    following = {id(head): tail for head, tail in pairs}

    def carried_on(piece: Word) -> str:
        """``piece`` with the pieces on the lines below that finish it, each read against the one before."""
        after = following.get(id(piece))
        if after is not None and _one_word(piece.text, after.text, after.text, known):
            return piece.text + carried_on(after)
        return piece.text

    finishing: set[int] = set()
    joined: dict[int, str] = {}  # a piece read into the word before: the word so far
    for head, tail in pairs:
        so_far = joined.get(id(head), head.text)
        if _one_word(so_far, tail.text, carried_on(tail), known):
            finishing.add(id(tail))
            joined[id(tail)] = so_far + tail.text
    return finishing


def _token(text: str) -> str:
    return text.strip(".,;:!?'\"()[]‘’“”").lower()


def _closes(text: str) -> bool:
    """Whether ``text`` is only punctuation that closes a word (a comma or
    full stop a narrow column carried onto the next line)."""
    return all(ch in CLOSING for ch in text)


def _opens_with_separator(text: str) -> bool:
    """Whether ``text`` opens with the separator inside a reference, date or
    URL, the line broken just before it ("22/01" over "/2026", "example.gov"
    over ".uk"); a hyphen only set against what follows (a lone one is a dash)."""
    return text[0] in "/." or (text[0] == "-" and text[1:2].isalnum())


def _one_word(head: str, tail: str, tail_word: str, known: Counter[str]) -> bool:
    """Whether ``tail``, opening the line below ``head``, finishes it;
    ``tail_word`` is ``tail`` with the pieces that finish it in turn."""
    if _closes(tail) or _opens_with_separator(tail):
        return True
    if tail[0].isdigit():
        return head[-1].isdigit()  # a date or a reference; "January" over "2026" is two
    if _POSSESSIVE.search(head):  # a word ends at its possessive: "Commissioner's" over "comment" is two
        return False
    if known[_token(head + tail)] > 0:
        return True
    ending = _token(tail)
    # a compound ends on a whole word of its own ("Drug-related" over "harm"): its last part is read with the tail
    last_part = _token(_COMPOUND_JOIN.split(head)[-1])
    if _likelier_one_word(last_part, ending):
        return True
    if _known_word(ending, known) or _two_common_words(last_part, _token(tail_word)):
        return False
    # After a whole word only an ending ("Discharge" over "d"); an unknown word may follow a word that fills its line.
    return known[_token(head)] <= 0 or len(ending) <= 2


# A possessive closing a word: "Commissioner's".
_POSSESSIVE = re.compile(r"[^\W\d_]['\u2019]s$")

# The hyphen between two parts of a compound word ("drug-related").
_COMPOUND_JOIN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# The shortest second piece read as a word of its own for being a common word ("d", "ed" and "ce" are endings).
_MIN_COMMON_PIECE = 3
# Short English words read as words of their own after a whole word, where the joined letters spell no word
# (word counts hold the endings "d" and "ed" as common words too).
_SHORT_WORDS = frozenset({"a", "an", "as", "at", "be", "by", "if", "in", "is", "it", "of", "on", "or", "to", "we"})


def _likelier_one_word(head: str, ending: str) -> bool:
    """Whether the pieces' letters are likelier one English word than two or
    more, by word segmentation over English web counts: "safe" over "guarding"
    is "safeguarding", "under" over "spend" "underspend", though the document
    prints neither and may print "spend" ("call" over "handlers" stays two).
    Asked only where the line's geometry cannot tell (``_fills_line``): the
    first piece fills its line to within a letter and the two are wider than
    the line, as well a word broken there as two words the line wrapped."""
    joined = head + ending
    return joined.isalpha() and segment_words(joined) == [joined]


def _two_common_words(head: str, ending: str) -> bool:
    """Whether the pieces are two common English words that make none together
    ("seriously" over "injured"), where the document prints neither elsewhere;
    ``ending`` is the second with any pieces that finish it."""
    return (len(ending) >= _MIN_COMMON_PIECE or ending in _SHORT_WORDS) and common_word(head) and common_word(ending) \
        and not common_word(head + ending)


def _known_word(token: str, known: Counter[str]) -> bool:
    """Whether the document prints ``token`` as a word, or the same word
    with another ending ("completed" where it prints "complete")."""
    if known[token] > 0:
        return True
    if len(token) < 4:
        return False
    stem = token[:max(4, len(token) - 2)]
    return any(count > 0 and word.startswith(stem) for word, count in known.items())


def _opens_line(word: Word, line: Line) -> bool:
    """Whether ``word`` is the line's first word after any list marker."""
    marked = split_marker(line)
    return word is (marked[2][0] if marked else line.words[0])


def _piece_pairs(table: RawTable, breaks_in_place: bool) -> Iterator[tuple[Word, Word]]:
    """(last word of a line, first word of the next line) in each cell, top
    to bottom, where the two may be pieces of one word."""
    cells = [(group_lines(cell.words, cell.page), extent) for cell, extent in _text_extents(table)]
    space = _word_space([line for lines, _ in cells for line in lines])
    for lines, (left, right) in cells:
        for above, below in zip(lines, lines[1:]):
            head, tail = above.words[-1], below.words[0]
            # Where the line would end with its spaces unstretched (justified text fills every line).
            end = head.x1 - sum(max(0.0, b.x0 - a.x1 - space) for a, b in zip(above.words, above.words[1:]))
            if (head.style == tail.style and below.top - above.bottom < 0.6 * max(above.size, 1.0)
                    and (breaks_in_place or _opens_line(head, above)) and _fills_line(head, tail, end, left, right)):
                yield head, tail


def _word_space(lines: Sequence[Line]) -> float:
    """The narrowest space between two words of the lines (the font's own,
    where text is justified it is that of a paragraph's last line)."""
    gaps = [b.x0 - a.x1 for line in lines for a, b in zip(line.words, line.words[1:])
            if b.x0 - a.x1 >= MIN_SPACE * max(line.size, 1.0)]  # closer words are a style change inside a word
    return min(gaps, default=0.0)


_APOSTROPHE = re.compile(r"[^\W\d_]['\u2019]$")
# The letters fonts set as one glyph, which a line cannot break inside.
_LIGATURE = re.compile(r"ff[il]|f[fil]")


def _fills_line(head: Word, tail: Word, end: float, left: float, right: float) -> bool:
    """Whether ``head``'s line, ending at ``end``, stops where ``tail``'s first
    letter would no longer fit, and the two words are wider than a line."""
    # a word ending in punctuation ends there (after a hyphen or slash: ``continues_token``), bar an apostrophe
    # inside a word ("Commissioner'" over "s")
    if not (head.text[-1].isalnum() or (_APOSTROPHE.search(head.text) and tail.text[0].islower())):
        return False
    first = tail.text[0]
    capitals = head.text[-2:].isupper() and tail.text.isupper()  # a word set in capitals carries on in them
    if not (first.islower() or first.isdigit() or capitals or _closes(tail.text) or _opens_with_separator(tail.text)):
        return False  # a capital opens a word of its own
    # the first letter's width, near enough; a ligature's ("fi", one glyph) is its letters'
    ligature = _LIGATURE.match(tail.text)
    letter = (tail.x1 - tail.x0) / len(tail.text) * (len(ligature.group(0)) if ligature else 1)
    too_wide = (head.x1 - head.x0) + (tail.x1 - tail.x0) > right - left - _PIECE_TOLERANCE
    return right - end < letter + _PIECE_TOLERANCE and too_wide


def _text_extents(table: RawTable) -> Iterator[tuple[RawCell, tuple[float, float]]]:
    """Each cell with text and where its lines may run, left to right. A
    ruled cell's text stands inside its borders by the table's cell padding
    (the inset most cells show on the left, the same on the right); an
    unruled column's lines run as far as its longest."""
    filled = [cell for cell in table.cells if cell.words]
    if table.ruled:
        insets = Counter(round(2 * (min(w.x0 for w in c.words) - c.bbox.x0)) / 2 for c in filled)
        padding = max(0.0, insets.most_common(1)[0][0]) if insets else 0.0
        for cell in filled:
            yield cell, (cell.bbox.x0 + padding, cell.bbox.x1 - padding)
        return
    columns: dict[int, list[RawCell]] = {}
    for cell in filled:
        if cell.col_span > 1:  # a group heading run across the table runs as far as its own text
            yield cell, (min(w.x0 for w in cell.words), max(w.x1 for w in cell.words))
            continue
        columns.setdefault(cell.col, []).append(cell)
    for cells in columns.values():
        extent = (min(w.x0 for c in cells for w in c.words), max(w.x1 for c in cells for w in c.words))
        for cell in cells:
            yield cell, extent


def _join_broken(lines_words: list[list[Word]], finishing: set[int]) -> list[list[Word]]:
    """A paragraph's words per line with each finishing piece read into the
    word it finishes, on that word's line."""
    out: list[list[Word]] = []
    for words in lines_words:
        words = list(words)
        previous = next((line for line in reversed(out) if line), None)
        if previous and words and id(words[0]) in finishing:
            head, tail = previous[-1], words.pop(0)
            previous[-1] = Word(head.text + tail.text, head.x0, head.x1, head.top, head.bottom, head.style)
        out.append(words)
    return out


# --- to the layout model ------------------------------------------------------------

_CELL_PADDING = 6.0  # points between a cell's right border and its text (Word's default margin is 5.76)


def to_table(raw: RawTable, finishing: set[int], known: Counter[str]) -> Table:
    """The layout Table: each cell's words as paragraphs and list items, list
    depth measured from the cell's left edge over the whole table column so
    a list carried over a page break keeps its depth; a word a narrow column
    broke over lines is read whole (``finishing``, from ``broken_words``), as
    is one hyphenated at a line end (``known``: the words the document prints)."""
    cell_paras = {}
    by_column: dict[int, list[tuple[RawCell, object]]] = {}
    for cell in raw.cells:
        paras = group_paragraphs(group_lines(cell.words, cell.page), cell.bbox.x1 - _CELL_PADDING)
        cell_paras[id(cell)] = paras
        for para in paras:
            para.words = join_hyphenated(join_letter_spaced(_join_broken(para.words, finishing)), known)
            if para.marker is not None:
                by_column.setdefault(cell.col, []).append((cell, para))
    levels: dict[int, int] = {}
    for items in by_column.values():
        depths = list_levels([para.marker_x - cell.bbox.x0 for cell, para in items])
        levels.update({id(para): depth for (_, para), depth in zip(items, depths)})
    cells = []
    for cell in sorted(raw.cells, key=lambda c: (c.row, c.col)):
        blocks: list[TextBlock] = []
        for para in cell_paras[id(cell)]:
            if para.marker is not None:
                blocks.append(to_block(para, BlockKind.LIST_ITEM, levels[id(para)]))
            else:
                blocks.append(to_block(para, BlockKind.PARAGRAPH))
        cells.append(Cell(row=cell.row, col=cell.col, blocks=tuple(blocks), prov=Provenance(cell.page, cell.bbox),
                          row_span=cell.row_span, col_span=cell.col_span, fill=cell.fill))
    return Table(n_rows=raw.n_rows, n_cols=raw.n_cols, cells=tuple(cells), prov=Provenance(raw.page, raw.bbox),
                 pages=tuple(raw.pages), header_rows=guess_header_rows(raw), ruled=raw.ruled,
                 continued_rows=tuple(raw.continued_rows))

