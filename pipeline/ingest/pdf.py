"""The PDF backend: bytes to a LayoutDocument, on pdfplumber.

Two passes. The first reads each page once (words with their fonts, the
ruled tables, the filled rectangles) and closes it, so memory stays flat on
long files. The second works on the whole document: it drops running
headers and footers, finds unruled tables, joins tables carried over a page
break, and decides headings against the document's body text size.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from pipeline.ingest import PAGE_NUMBER_LINE
from pipeline.ingest.pdf_blocks import (SENTENCE_END, HeadingScale, Para, group_paragraphs, join_hyphenated,
                                        join_letter_spaced, known_words, list_levels, make_spans, split_marker,
                                        to_block)
from pipeline.ingest.pdf_symbols import fonts_without_unicode_map
from pipeline.ingest.pdf_tables import (WRAP_GAP, RawCell, RawTable, broken_words, carried_rows, cell_first_words,
                                        cell_gap, columnar, continues, header_left_behind, headed_rows, join,
                                        place_words, ruled_table, ruled_tables, shade_cells, split_unruled, to_table)
from pipeline.ingest.pdf_text import (WORD_ATTRS, Line, Word, body_size, group_lines, make_style, normalise_colour,
                                      split_segments, strike_marks, to_words)
from pipeline.layout import BBox, Block, BlockKind, FileType, LayoutDocument, Page, Provenance, TextBlock

_SQUARE_MIN, _SQUARE_MAX = 3.0, 16.0  # side of a drawn status square, points
_BOX_MIN = 6.0  # side of a drawn check box, points (up to _SQUARE_MAX): smaller outlines are no box to tick
_SHARED_EDGE = 0.3  # points: strokes this close share an edge (a grid's cells); a box in a cell stands clear of its rules
_RUNNING_BAND = 0.08  # share of the page height at top and bottom where running headers live
_COLUMN_GAP = 12.0  # points of white space that can separate page columns
_SIDEBAR_MAX_WIDTH = 0.3  # share of the page width a sidebar column may take
_SIDEBAR_MIN_LINES = 4


@dataclass(slots=True)
class _PageContent:
    page: Page
    lines: list[Line]  # text outside ruled tables
    tables: list[RawTable]
    fills: list[tuple[BBox, str]]  # filled rectangles, for cell shading
    short_rules: list[BBox]  # horizontal rules too short to underline a table or the text: a footnote separator
    has_text: bool
    has_images: bool


def read_pdf(path: Path, data: bytes, sha256: str) -> LayoutDocument:
    contents: list[_PageContent] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        breaks_in_place = _typeset_by_library(pdf.metadata)
        for number, page in enumerate(pdf.pages, start=1):
            try:
                contents.append(_read_page(page, number))
            finally:
                page.close()
    warnings = _warnings(contents)
    furniture = _drop_running_lines(contents)
    footnotes = [note for content in contents for note in _take_footnotes(content)]
    asides = [aside for content in contents for aside in (*_take_sidebars(content), *_take_asides(content))]
    frames = _Frames.of(contents)
    flow = _join_tables(_page_flows(contents), {c.page.number: c.page.height for c in contents})
    size = body_size([*(ln for c in contents for ln in c.lines), *_table_lines(flow)])
    lines = [item for item in flow if isinstance(item, Line)]
    words = [w for line in [*lines, *_table_lines(flow)] for w in line.words]
    finishing = broken_words([item for item in flow if isinstance(item, RawTable)], words, breaks_in_place)
    return LayoutDocument(
        source_file=path.name,
        source_path=str(path),
        sha256=sha256,
        file_type=FileType.PDF,
        pages=tuple(c.page for c in contents),
        blocks=tuple(_blocks(flow, size, finishing, known_words(words), frames)),
        body_size=size,
        warnings=tuple(warnings),
        page_furniture=tuple(furniture),
        footnotes=tuple(footnotes),
        asides=tuple(asides),
    )


def _typeset_by_library(metadata: dict) -> bool:
    """Whether a typesetting library made the PDF (reportlab), which breaks
    a word too wide for its line where it stands; word processors first
    move it to a line of its own."""
    return "reportlab" in str(metadata.get("Producer", "")).lower()


# --- pass one: each page ---------------------------------------------------------


def _is_square(obj: dict) -> bool:
    """A small filled square, drawn as a rectangle or as a closed path (how
    office suites export a shape: Word's VML squares and dots saved as PDF)."""
    width, height = obj["width"], obj["height"]
    return (obj.get("object_type") in ("rect", "curve") and bool(obj.get("fill"))
            and _SQUARE_MIN <= width <= _SQUARE_MAX and abs(width - height) <= 1.5)


def _drawn_mark(obj: dict) -> str:
    """The glyph a drawn status mark stands for: a path with curves is a dot."""
    curved = any(op[0] in ("c", "v", "y") for op in obj.get("path") or ())
    return "●" if curved else "■"


def _check_boxes(page: pdfplumber.page.Page, words: Sequence[Word]) -> tuple[list[Word], set[int]]:
    """Check boxes drawn as outlines (how LibreOffice prints a Word legacy
    check box form field: a small stroked square, crossed corner to corner
    by two lines when checked), as the glyphs a typed box would be, ☒ / ☐,
    and the ids of the strokes that drew them (no rules of a table). A
    square outline holding text is a frame, and one touching other strokes
    a cell of a grid drawn box by box: no box to tick. An empty box is one
    only among options (see _among_options): else it marks a list item or a
    cell's text, and reads as nothing, as before."""
    candidates: list[tuple[dict, list[dict]]] = []
    strokes = [*page.rects, *page.lines]
    for box in page.rects:
        width, height = box["width"], box["height"]
        if (box.get("fill") or not box.get("stroke") or not _BOX_MIN <= width <= _SQUARE_MAX
                or abs(width - height) > 1.5
                or any(box["x0"] < w.x_mid < box["x1"] and box["top"] < w.y_mid < box["bottom"] for w in words)):
            continue
        crosses = [line for line in page.lines
                   if line["x0"] >= box["x0"] - 1 and line["x1"] <= box["x1"] + 1 and line["top"] >= box["top"] - 1
                   and line["bottom"] <= box["bottom"] + 1 and line["width"] >= 0.6 * width
                   and line["height"] >= 0.6 * height]
        crossing = {id(line) for line in crosses}
        if any(other is not box and id(other) not in crossing and other["x0"] <= box["x1"] + _SHARED_EDGE
               and other["x1"] >= box["x0"] - _SHARED_EDGE and other["top"] <= box["bottom"] + _SHARED_EDGE
               and other["bottom"] >= box["top"] - _SHARED_EDGE for other in strokes):
            continue
        candidates.append((box, crosses))
    found: list[Word] = []
    used: set[int] = set()
    for box, crosses in candidates:
        after = _words_after(box, words)
        if not crosses and not _among_options(box, after, [other for other, _ in candidates if other is not box]):
            continue
        # The box takes the height of the text it opens, so it joins that line and no other.
        top, bottom = (after[0].top, after[0].bottom) if after else (box["top"], box["bottom"])
        found.append(Word("\u2612" if crosses else "\u2610", box["x0"], box["x1"], top, bottom,
                          make_style(None, None, None)))
        used |= {id(box)} | {id(line) for line in crosses}
    return found, used


def _words_after(box: dict, words: Sequence[Word]) -> list[Word]:
    """The words that follow ``box`` on its line, left to right, as far as a
    gap wider than the box (the end of its cell or option)."""
    side = box["x1"] - box["x0"]
    level = sorted((w for w in words if box["top"] <= w.y_mid <= box["bottom"] + side / 2 and w.x0 >= box["x1"] - 1),
                   key=lambda w: w.x0)
    run: list[Word] = []
    for word in level:
        if word.x0 - (run[-1].x1 if run else box["x1"]) > side:
            break
        run.append(word)
    return run


def _among_options(box: dict, after: Sequence[Word], others: Sequence[dict]) -> bool:
    """Whether an empty drawn box is one of a set of options: another box on
    its line (a row of options each before its word), or a column of boxes
    each alone in its cell or before one word (a tick column, a Yes / No).
    A box that opens each line of a list, or a cell's phrase, is a bullet or
    marker: it chooses nothing."""
    mid = (box["top"] + box["bottom"]) / 2
    if any(other["top"] <= mid <= other["bottom"] for other in others):
        return True
    column = any(abs(other["x0"] - box["x0"]) <= 1.5 and not other["top"] <= mid <= other["bottom"] for other in others)
    return column and len(after) <= 1


def _read_page(page: pdfplumber.page.Page, number: int) -> _PageContent:
    words = to_words(page.extract_words(extra_attrs=WORD_ATTRS), fonts_without_unicode_map(page))
    squares, boxes = _check_boxes(page, words)
    fills: list[tuple[BBox, str]] = []
    shapes: list[BBox] = []  # every filled shape but a status square, rectangles and drawn outlines alike
    for shape in [*page.rects, *page.curves]:
        colour = normalise_colour(shape.get("non_stroking_color")) if shape.get("fill") else None
        if colour is None:
            continue
        if _is_square(shape):
            # A drawn status square reads as the glyph it stands for, in its colour.
            squares.append(Word(_drawn_mark(shape), shape["x0"], shape["x1"], shape["top"], shape["bottom"],
                                make_style(None, None, colour)))
            continue
        box = BBox(shape["x0"], shape["top"], shape["x1"], shape["bottom"])
        shapes.append(box)
        if shape["object_type"] == "rect":
            fills.append((box, colour))
    # Struck-through words carry the line across them in their style; the
    # lines would otherwise split a table row (Word draws them as thin rects).
    struck = {id(mark) for mark in strike_marks([*page.lines, *page.rects], words)}
    # Squares and check boxes inside cells would otherwise count as tiny ruled tables.
    table_source = (page.filter(lambda obj: not _is_square(obj) and id(obj) not in struck and id(obj) not in boxes)
                    if squares or struck else page)
    closing = _closing_lines(table_source.edges) if page.lines or page.rects else []
    settings = {"explicit_horizontal_lines": closing} if closing else None
    finder = table_source.debug_tablefinder(settings)
    strokes = [*table_source.lines, *table_source.rects]
    # A grid's part of one cell, no rules around it, is a shaded band behind a borderless table's header row (its
    # rating column's shaded cells meeting it at a corner): its words are read with the rows' text.
    tables = [table for found in finder.tables for table in ruled_tables(found.cells, number)
              if len(table.cells) > 1 or _bordered(table.bbox, strokes)]
    for table in tables:
        shade_cells(table, fills)
    # pdfplumber keeps only tables of two cells or more; a lone ruled cell is a
    # table when shaded and holding text (a call-out box), not an empty frame.
    in_tables = {cell for found in finder.tables for cell in found.cells}
    cards: list[BBox] = []
    for cell in finder.cells:
        if cell not in in_tables:
            box = ruled_table([cell], number)
            shade_cells(box, fills)
            if not box.cells[0].fill or not _holds_text(box.bbox, words):
                continue
            if _bordered(box.bbox, strokes):
                tables.append(box)
            else:
                cards.append(box.bbox)
    for grid in _card_grids(cards):
        table = _card_table(grid, number)
        shade_cells(table, fills)
        tables.append(table)
    tables.sort(key=lambda table: (table.bbox.top, table.bbox.x0))

    body: list[Word] = []
    in_table: dict[int, list[Word]] = {}
    for word in words + squares:
        x, y = word.x_mid, word.y_mid
        for i, table in enumerate(tables):
            box = table.bbox
            if box.x0 <= x <= box.x1 and box.top <= y <= box.bottom:
                in_table.setdefault(i, []).append(word)
                break
        else:
            body.append(word)
    # A column of filled boxes with text level with each, on the same side or sides for every box, is a
    # borderless table's shaded column (a rating's colour behind each row's code): its words are read with
    # the rows' text.
    shaded_columns = {i for i, table in enumerate(tables) if _shaded_column(table, body)}
    for i in sorted(shaded_columns):
        body += in_table.pop(i, [])
    kept = [(table, in_table.get(i, [])) for i, table in enumerate(tables) if i not in shaded_columns]
    tables = [table for table, _ in kept]
    for table, table_words in kept:
        place_words(table, table_words)
    width, height = float(page.width), float(page.height)
    if page.rotation % 180 == 90:
        width, height = height, width  # a portrait sheet turned to be read landscape: coordinates come turned
    return _PageContent(
        page=Page(number, width, height),
        lines=_badges_apart(group_lines(body, number), shapes),
        tables=tables,
        fills=fills,
        short_rules=_short_rules([*page.lines, *page.rects], width),
        has_text=bool(words),
        has_images=bool(page.images),
    )


_BADGE_SIZE_RATIO = 1.5  # a badge's text is set this much larger or smaller than the text beside it


def _badges_apart(lines: list[Line], shapes: Sequence[BBox]) -> list[Line]:
    """The page's lines with the text of each badge on a line of its own:
    words in a filled shape of their own (a numbered circle beside a
    box's text), a column gap from the rest of their line and set in a
    clearly different size. Its larger extent would otherwise take the
    text beside it into its line ("1" joined to the judgment "ADEQUATE")."""
    apart: list[list[Word]] = []
    for line in lines:
        segments = split_segments(line, _COLUMN_GAP)
        for segment in segments if len(segments) > 1 else ():
            others = [w for other in segments if other is not segment for w in other]
            holder = _holder(segment, shapes)
            if holder is None or any(_inside(w, holder) for w in others):
                continue
            size, other_size = max(w.style.size or 0.0 for w in segment), max(w.style.size or 0.0 for w in others)
            if min(size, other_size) > 0 and max(size, other_size) >= _BADGE_SIZE_RATIO * min(size, other_size):
                apart.append(segment)
    if not apart:
        return lines
    taken = {id(w) for segment in apart for w in segment}
    page = lines[0].page
    rest = group_lines([w for line in lines for w in line.words if id(w) not in taken], page)
    return sorted([*rest, *(Line(segment, page) for segment in apart)], key=lambda line: (line.top, line.x0))


def _holder(words: Sequence[Word], shapes: Sequence[BBox]) -> BBox | None:
    """The smallest shape all ``words`` lie inside, if any."""
    holding = [shape for shape in shapes if all(_inside(w, shape) for w in words)]
    return min(holding, key=lambda shape: shape.width * shape.height, default=None)


def _inside(word: Word, shape: BBox) -> bool:
    return (shape.x0 - 1 <= word.x0 and word.x1 <= shape.x1 + 1
            and shape.top - 1 <= word.top and word.bottom <= shape.bottom + 1)


def _short_rules(strokes: Sequence[dict], page_width: float) -> list[BBox]:
    return [BBox(s["x0"], s["top"], s["x1"], s["bottom"]) for s in strokes
            if s["bottom"] - s["top"] <= 1.5 and 20 <= s["x1"] - s["x0"] <= 0.45 * page_width]


def _shaded_column(table: RawTable, body: Sequence[Word]) -> bool:
    """Whether ``table`` is one column of filled boxes, two or more, each with
    text level with it left or right of the column (``body``), on the same
    side or sides for every box: the shaded cells of a borderless table's
    column (the first or last, or one between), not a table of its own."""
    if table.n_cols != 1 or table.n_rows < 2 or not all(cell.fill for cell in table.cells):
        return False
    sides: set[tuple[bool, bool]] = set()
    for cell in table.cells:
        level = [w for w in body if w.top < cell.bbox.bottom and w.bottom > cell.bbox.top]
        sides.add((any(w.x1 <= cell.bbox.x0 for w in level), any(w.x0 >= cell.bbox.x1 for w in level)))
    return len(sides) == 1 and any(next(iter(sides)))


def _holds_text(box: BBox, words: Sequence[Word]) -> bool:
    return any(box.x0 <= w.x_mid <= box.x1 and box.top <= w.y_mid <= box.bottom for w in words)


def _bordered(box: BBox, strokes: Sequence[dict]) -> bool:
    """Whether rules (lines, rectangles thin as lines, or the top and foot
    of a stroked rectangle: a box's outline) drawn across ``box``'s top and
    foot border it, or one rule runs down its whole left or right side (a
    web page's call-out, shaded with a coloured bar at its side); not only
    the edges of a filled rectangle (a shaded band behind an unruled table's row)."""
    across = [s for s in strokes if s["x0"] <= box.x0 + 2 and s["x1"] >= box.x1 - 2]
    rules = [(s["top"] + s["bottom"]) / 2 for s in across if s["bottom"] - s["top"] <= 2]
    rules += [y for s in across if s.get("object_type") == "rect" and s.get("stroke") for y in (s["top"], s["bottom"])]
    if all(any(abs(rule - y) <= 2 for rule in rules) for y in (box.top, box.bottom)):
        return True
    down = [s for s in strokes if s["top"] <= box.top + 2 and s["bottom"] >= box.bottom - 2 and s["x1"] - s["x0"] <= 6]
    return any(abs(s["x0"] - x) <= 2 or abs(s["x1"] - x) <= 2 for s in down for x in (box.x0, box.x1))


def _card_grids(cards: Sequence[BBox]) -> list[list[BBox]]:
    """Shaded cards laid out as a grid (a web page's tiles: each an area's
    grade, set apart by white gaps, no rules): cards of one size in rows,
    the first of two or more, each row close under the last and set on
    the first's columns (the last may leave places empty). A shaded box
    alone in its row, no grid above it, is no card."""
    by_size: dict[tuple[int, int], list[BBox]] = {}
    for card in cards:
        by_size.setdefault((round(card.width / 2), round(card.height / 2)), []).append(card)
    grids = []
    for same in by_size.values():
        rows: list[list[BBox]] = []
        for card in sorted(same, key=lambda c: (c.top, c.x0)):
            if rows and abs(card.top - rows[-1][0].top) <= 2:
                rows[-1].append(card)
            else:
                rows.append([card])
        grid: list[list[BBox]] = []
        for row in [*rows, []]:
            if row and grid and row[0].top - grid[-1][0].bottom <= row[0].height and all(
                    any(abs(card.x0 - column.x0) <= 2 for column in grid[0]) for card in row):
                grid.append(row)
                continue
            if grid:
                grids.append([card for grid_row in grid for card in grid_row])
            grid = [row] if len(row) >= 2 else []
    return grids


def _card_table(cards: Sequence[BBox], page: int) -> RawTable:
    """A grid of cards as a table, one cell a card, the white gaps between
    them no column or row of their own; a place the last row leaves
    empty is an empty cell."""
    lefts = [min(c.x0 for c in cards)]
    for x in sorted(c.x0 for c in cards):
        if x - lefts[-1] > 2:
            lefts.append(x)
    tops = [min(c.top for c in cards)]
    for y in sorted(c.top for c in cards):
        if y - tops[-1] > 2:
            tops.append(y)
    width, height = cards[0].width, cards[0].height
    cells = {(min(range(len(tops)), key=lambda i: abs(tops[i] - c.top)),
              min(range(len(lefts)), key=lambda i: abs(lefts[i] - c.x0))): c for c in cards}
    raw_cells = [RawCell(row=r, col=k, page=page, bbox=cells.get((r, k), BBox(lefts[k], tops[r], lefts[k] + width,
                                                                              tops[r] + height)))
                 for r in range(len(tops)) for k in range(len(lefts))]
    bbox = BBox(lefts[0], tops[0], max(c.x1 for c in cards), max(c.bottom for c in cards))
    return RawTable(page=page, bbox=bbox, col_edges=[*lefts, bbox.x1], n_rows=len(tops), cells=raw_cells,
                    ruled=True, pages=[page])


def _closing_lines(edges: Sequence[dict]) -> list[dict]:
    """Horizontal rules that close a table left open by a page break: where
    the column rules of a ruled table stop together at the page's foot (or
    start together at its head) with no rule drawn across them."""
    verticals = [e for e in edges if e["orientation"] == "v" and e["height"] >= 10]
    horizontals = [e for e in edges if e["orientation"] == "h"]
    closing = []
    for end in ("top", "bottom"):
        groups: dict[int, list[dict]] = {}
        for edge in verticals:
            groups.setdefault(round(edge[end]), []).append(edge)
        for y, group in groups.items():
            x0, x1 = min(e["x0"] for e in group), max(e["x0"] for e in group)
            if len(group) < 2 or x1 - x0 < 30:
                continue
            spans = [h for h in horizontals if h["x0"] <= x0 + 2 and h["x1"] >= x1 - 2]
            if spans and not any(abs(h["top"] - y) <= 2 for h in spans):
                closing.append({"object_type": "line", "x0": x0, "x1": x1, "top": float(y), "bottom": float(y),
                                "width": x1 - x0, "height": 0.0})
    return closing


def _warnings(contents: Sequence[_PageContent]) -> list[str]:
    unread = [c.page.number for c in contents if not c.has_text and c.has_images]
    if not unread:
        return []
    pages = ", ".join(str(n) for n in unread)
    return [f"Page(s) {pages} have no text layer (scanned images?); their content was not read. "
            "Run OCR on the PDF to include them."]


# --- pass two: the document ------------------------------------------------------------


def _drop_running_lines(contents: list[_PageContent]) -> list[TextBlock]:
    """Remove page numbers and lines repeated at the same place at the top
    or foot of most pages; return the repeated lines, each once."""
    def key(line: Line, height: float) -> tuple[str, int, str] | None:
        if line.top < _RUNNING_BAND * height:
            band, offset = "top", line.top
        elif line.bottom > (1 - _RUNNING_BAND) * height:
            band, offset = "foot", height - line.bottom
        else:
            return None
        return band, round(offset / 4), re.sub(r"\d+", "#", line.text.lower())

    keys = [[key(line, c.page.height) for line in c.lines] for c in contents]
    seen = Counter(k for page_keys in keys for k in set(page_keys) if k)
    needed = max(2, math.ceil(0.5 * len(contents)))
    furniture: dict[tuple[str, int, str], TextBlock] = {}
    for content, page_keys in zip(contents, keys):
        kept = []
        for line, k in zip(content.lines, page_keys):
            if k is None or (seen[k] < needed and not PAGE_NUMBER_LINE.match(line.text.strip())):
                kept.append(line)
            elif seen[k] >= needed and k not in furniture and not PAGE_NUMBER_LINE.match(line.text.strip()):
                furniture[k] = TextBlock(BlockKind.PARAGRAPH, make_spans([line.words]),
                                         Provenance(page=line.page, bbox=line.bbox))
        content.lines = kept
    return list(furniture.values())


_NOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§])(?:\W|$)")


def _take_footnotes(content: _PageContent) -> list[TextBlock]:
    """Remove the page's footnotes from its lines and return them, one
    block per note: the lines under a short rule in the page's lower half,
    all smaller than the text above the rule, the first opening with a
    note's number or mark."""
    height = content.page.height
    for rule in sorted(content.short_rules, key=lambda r: r.top, reverse=True):
        if rule.top < 0.5 * height:
            break
        below = [line for line in content.lines if line.top >= rule.bottom - 1]
        above = [line for line in content.lines if line.bottom <= rule.top + 1]
        if not below or not above or not _NOTE_MARK.match(below[0].text):
            continue
        text_size = body_size(above) or 0.0
        if any(line.size >= text_size - 0.5 for line in below):
            continue
        content.lines = [line for line in content.lines if line.top < rule.bottom - 1]
        notes: list[list[Line]] = []
        for line in below:
            if not notes or (_NOTE_MARK.match(line.text) and line.x0 <= notes[-1][0].x0 + 2):
                notes.append([line])
            else:
                notes[-1].append(line)
        return [TextBlock(BlockKind.PARAGRAPH, make_spans([line.words for line in note]),
                          Provenance(page=content.page.number, bbox=BBox(min(ln.x0 for ln in note), note[0].top,
                                                                         max(ln.x1 for ln in note), note[-1].bottom)))
                for note in notes]
    return []


def _take_asides(content: _PageContent) -> list[TextBlock]:
    """Remove from the page's lines a sidebar set beside the body and return
    it as one block: italic pieces ending lines, right of the page's middle,
    stacked on one left edge, two or more, with body text beside them."""
    pieces: list[list[Word]] = []
    for line in content.lines:
        last = split_segments(line, _COLUMN_GAP)[-1]
        if last[0].x0 > 0.55 * content.page.width and all(w.style.italic for w in last):
            pieces.append(last)
    stacks: list[list[list[Word]]] = []
    for piece in sorted(pieces, key=lambda p: p[0].top):
        stack = next((s for s in stacks if abs(s[-1][0].x0 - piece[0].x0) <= 3
                      and piece[0].top - s[-1][0].bottom <= 1.5 * max(piece[0].style.size or 0.0, 1.0)), None)
        if stack is None:
            stacks.append([piece])
        else:
            stack.append(piece)
    asides, taken = [], set()
    italic = {id(w) for stack in stacks for piece in stack for w in piece}
    for stack in stacks:
        left, top, bottom = stack[0][0].x0, stack[0][0].top, stack[-1][-1].bottom
        beside = [line for line in content.lines
                  if line.top <= bottom and line.bottom >= top and line.x0 < left and not line.words[0].style.italic]
        if len(stack) < 2 or not beside:
            continue
        if (_under_header_cell(content.tables, content.lines, left, top)
                or _cells_start_at(content.lines, left, top, bottom, italic)
                or _runs_on_from_above(content.lines, stack)):
            continue  # the foot of a borderless table's cells (a comment under a level)
        if stack[0][0].text[:1].islower():
            continue  # a sentence carried on, an aside opens one: a cell's comment carried over a page break
        taken |= {id(w) for piece in stack for w in piece}
        box = BBox(left, top, max(w.x1 for piece in stack for w in piece), bottom)
        asides.append(TextBlock(BlockKind.PARAGRAPH, make_spans(stack), Provenance(page=content.page.number, bbox=box)))
    if taken:
        content.lines = group_lines([w for line in content.lines for w in line.words if id(w) not in taken],
                                    content.page.number)
    return asides


def _runs_on_from_above(lines: Sequence[Line], stack: Sequence[list[Word]]) -> bool:
    """Whether italic words stand on the stack's left edge right over it,
    none of its pieces (no column gap set them apart from the text before
    them on their line): the stack is the end of text begun beside other
    text run close to it (a comment in a borderless table's cell, a line of
    which stands within a column gap of the response beside it), no aside."""
    first = stack[0][0]
    size = max(first.style.size or 0.0, 1.0)
    own = {id(word) for piece in stack for word in piece}
    return any(word.style.italic and id(word) not in own and abs(word.x0 - first.x0) <= 3.0
               and word.top < first.top and first.top - word.bottom <= 1.5 * size
               for line in lines for word in line.words)


def _cells_start_at(lines: Sequence[Line], left: float, top: float, bottom: float, apart: set[int]) -> bool:
    """Whether plain text (no word of ``apart``) beside the stack from
    ``top`` to ``bottom``, or on the line right over it, starts at the left
    edge ``left`` a cell gap after other text on its line: a word of a
    borderless table's column (the level over a comment in its cell). Text
    elsewhere on the page starting there (a signature line's "Date:") is
    no cell of the stack's."""
    return any(id(word) not in apart and not word.style.italic and abs(word.x0 - left) <= 3.0
               for line in lines if line.top <= bottom and line.bottom >= top - _ROW_STEP * max(line.size, 1.0)
               for word in cell_first_words(line)[1:])


def _take_sidebars(content: _PageContent) -> list[TextBlock]:
    """Remove from the page's lines a narrow column of short lines set beside
    a wide main column (a web page's contents or navigation sidebar, printed
    from a browser) and return it as one block. The column is stacked at the
    page's left or right, no word crosses the gap beside it, and it keeps a
    line spacing of its own: most of its lines stand between the main
    column's baselines, where a table's label column lines up with its rows,
    and its first line heads no row of column headings (a chart whose marks
    sit centred between its labels' lines)."""
    pieces = [(segment, line) for line in content.lines for segment in split_segments(line, _COLUMN_GAP)]
    if len(pieces) < 2 * _SIDEBAR_MIN_LINES:
        return []
    narrow = _SIDEBAR_MAX_WIDTH * content.page.width
    left_edge, right_edge = min(s[0].x0 for s, _ in pieces), max(s[-1].x1 for s, _ in pieces)
    taken: set[int] = set()
    sidebars = []
    for is_left, within in ((True, [s for s, _ in pieces if s[-1].x1 <= left_edge + narrow]),
                            (False, [s for s, _ in pieces if s[0].x0 >= right_edge - narrow])):
        # the column's lines start at its edge, a nested entry a little in
        side = [s for s in within if s[0].x0 <= min(p[0].x0 for p in within) + 0.25 * narrow] if within else []
        for stack in _stacks(side):
            column = _sidebar_column(stack, pieces, is_left, content.tables)
            if column is not None and not taken & {id(w) for w in column}:
                taken |= {id(w) for w in column}
                box = BBox(min(w.x0 for w in column), min(w.top for w in column),
                           max(w.x1 for w in column), max(w.bottom for w in column))
                lines = group_lines(column, content.page.number)
                sidebars.append(TextBlock(BlockKind.PARAGRAPH, make_spans([line.words for line in lines]),
                                          Provenance(page=content.page.number, bbox=box)))
    if taken:
        content.lines = group_lines([w for line in content.lines for w in line.words if id(w) not in taken],
                                    content.page.number)
    return sidebars


def _stacks(pieces: Sequence[list[Word]]) -> list[list[list[Word]]]:
    """Pieces one under another, each within two lines' height of the last."""
    stacks: list[list[list[Word]]] = []
    for piece in sorted(pieces, key=lambda p: p[0].top):
        size = max(piece[0].style.size or 0.0, 1.0)
        if stacks and piece[0].top - max(w.bottom for w in stacks[-1][-1]) <= 2.5 * size:
            stacks[-1].append(piece)
        else:
            stacks.append([piece])
    return stacks


def _sidebar_column(stack: list[list[Word]], pieces: Sequence[tuple[list[Word], Line]],
                    is_left: bool, tables: Sequence[RawTable]) -> list[Word] | None:
    """The words of ``stack`` where it is a sidebar beside the page's main
    column (see ``_take_sidebars``), else None."""
    if len(stack) < _SIDEBAR_MIN_LINES:
        return None
    members = {id(piece[0]) for piece in stack}
    x0, x1 = min(p[0].x0 for p in stack), max(p[-1].x1 for p in stack)
    top, bottom = min(w.top for p in stack for w in p), max(w.bottom for p in stack for w in p)
    beside = [s for s, _ in pieces if id(s[0]) not in members and s[0].top < bottom and s[-1].bottom > top]
    if len(beside) < _SIDEBAR_MIN_LINES:
        return None
    if is_left and any(s[0].x0 < x1 + _COLUMN_GAP for s in beside):
        return None  # text beside it reaches into the column: one flow, or a table
    if not is_left and any(s[-1].x1 > x0 - _COLUMN_GAP for s in beside):
        return None
    main_width = max(s[-1].x1 for s in beside) - min(s[0].x0 for s in beside)
    if main_width < 2 * (x1 - x0):
        return None
    if _heads_columns(stack[0], beside):
        return None  # its first line heads a row of column headings: a table's label column
    if _under_header_cell(tables, [line for _, line in pieces], x0, top):
        return None  # a borderless table's column
    main_tops = [s[0].top for s in beside]
    in_line = sum(1 for p in stack if any(abs(p[0].top - t) <= 1.0 for t in main_tops))
    if in_line > 0.3 * len(stack):
        return None  # lined up with the text beside it: a table's label column
    return [w for piece in stack for w in piece]


def _under_header_cell(tables: Sequence[RawTable], lines: Sequence[Line], left: float, top: float) -> bool:
    """Whether text on the left edge ``left`` from ``top`` down stands in a
    column of a borderless table under a header row of its own (ruled or
    shaded, over rows printed with the borders off): a one-row table above
    it, run over the text beside it too, one of whose cells starts its text
    on that edge, the page's lines running on from under it to ``top`` as
    a table's rows do (no more white between them than between rows). A
    table further up, or of rows of its own, heads no text under it."""
    for table in tables:
        if not (table.n_rows == 1 and table.bbox.bottom <= top + 2.0 and table.bbox.x0 < left - _COLUMN_GAP
                and any(cell.words and abs(min(w.x0 for w in cell.words) - left) <= 3.0 for cell in table.cells)):
            continue
        reach = table.bbox.bottom
        for line in sorted((line for line in lines if table.bbox.bottom - 2.0 <= line.top < top),
                           key=lambda line: line.top):
            if line.top - reach > _ROW_STEP * max(line.size, 1.0):
                break
            reach = max(reach, line.bottom)
        size = max((w.style.size or 0.0) for cell in table.cells for w in cell.words)
        if top - reach <= _ROW_STEP * max(size, 1.0):
            return True
    return False


def _heads_columns(head: list[Word], beside: Sequence[list[Word]]) -> bool:
    """Whether the pieces level with ``head`` are column headings: two or
    more, and no text below spans the gap between two of them (a dated
    line's "Date", "Time" and "Venue" over a page's prose are no columns)."""
    middle, size = (head[0].top + head[0].bottom) / 2, max(head[0].style.size or 0.0, 1.0)
    level = sorted((s for s in beside if abs((s[0].top + s[0].bottom) / 2 - middle) <= 0.5 * size),
                   key=lambda s: s[0].x0)
    if len(level) < 2:
        return False
    gaps = [(a[-1].x1, b[0].x0) for a, b in zip(level, level[1:])]
    below = [s for s in beside if s[0].top > head[0].bottom]
    return not any(s[0].x0 <= left and s[-1].x1 >= right for s in below for left, right in gaps)


# Of a borderless table's lines left of a gap between two of its columns: how many have text on the same
# baseline past it (a cell wrapping over more lines than the others leaves some without).
_ROWS_ACROSS = 0.35


def _gutter(lines: Sequence[Line], tables: Sequence[RawTable], width: float) -> float | None:
    """The x of the gap between two page columns of prose, if the page has
    them: no word crosses it, and each side holds mostly full lines, or the
    right one only the few lines the text runs on into; not a gap between
    two columns of a borderless table (``tables``: the page's ruled ones)."""
    pieces = [Line(seg, line.page) for line in lines for seg in split_segments(line, _COLUMN_GAP)]
    if len(pieces) < 12:
        return None
    # How many pieces cross each whole x, by a running sum over their ends.
    change = [0] * (int(width) + 2)
    for piece in pieces:
        first, last = max(0, math.floor(piece.x0) + 1), min(int(width), math.ceil(piece.x1) - 1)
        if first <= last:
            change[first] += 1
            change[last + 1] -= 1
    crossing, running = [], 0
    for step in change:
        running += step
        crossing.append(running)
    low, high = int(0.3 * width), int(0.7 * width)
    fewest = min(crossing[low:high])
    if fewest > 0.1 * len(pieces):
        return None
    # The middle of the widest stretch crossed by the fewest pieces.
    runs, start = [], None
    for x in range(low, high + 1):
        if x < high and crossing[x] == fewest:
            start = x if start is None else start
        elif start is not None:
            runs.append((x - start, start))
            start = None
    length, start = max(runs)
    x = start + length / 2
    # Each side of a line is measured whole: a justified narrow column
    # stretches its word spaces wider than the gaps ``pieces`` are cut at.
    split = [line for line in lines if not any(w.x0 < x < w.x1 for w in line.words)]
    left = [(ws[0].x0, ws[-1].x1) for line in split if (ws := [w for w in line.words if w.x1 <= x])]
    right = [(ws[0].x0, ws[-1].x1) for line in split if (ws := [w for w in line.words if w.x0 >= x])]
    if not _full_column(left):
        return None
    # The gap is one between two columns of a borderless table whose header row runs across it, its cells
    # over the text under them (whatever the cells' lines: a question wrapped beside its number leaves most
    # lines of one piece; a comment set smaller under a level shares no baselines with the cells beside it).
    if _headed_across(lines, tables, x, _full_column(right)):
        return None
    rows = [(ws, line) for line in split if (ws := [w for w in line.words if w.x1 <= x])]
    # Or the left side's lines are a borderless table's rows, where those rows run on across the gap (text on
    # the same baseline past it): a table in the left page column beside prose set at another leading shares
    # few baselines with it, and none where the prose runs on past its rows (at a leading that meets the
    # rows' baselines now and then).
    across = sum(1 for ws, line in rows
                 if any(abs(w.bottom - ws[-1].bottom) <= 1.0 for w in line.words if w.x0 >= x))
    if columnar([Line(ws, line.page) for ws, line in rows]) and across >= _ROWS_ACROSS * len(rows) \
            and not _prose_beside_rows(split, x):
        return None
    if _full_column(right):
        return x
    # A right-hand column the text runs on into for a few lines only (the
    # close of the story begun on the left) is too short to be mostly full.
    run_on = group_lines([w for line in split for w in line.words if w.x0 >= x], lines[0].page)
    return x if _run_on_column(run_on, _measure(left), len(left)) else None


def _headed_across(lines: Sequence[Line], tables: Sequence[RawTable], x: float, prose_right: bool) -> bool:
    """Whether a borderless table's header row runs across the gap at ``x``
    over the lines under it: a bold line, or a ruled or shaded header row
    standing alone over rows printed with the borders off, of three cells or
    more on both sides of the gap, text under each cell starting where it
    does on two lines or more. A wrapped question beside its number is no
    table's row by itself (most of its lines hold one piece), and two page
    columns under a heading start under none of its inner pieces. Two
    page columns of prose (``prose_right``: the right side is one too) each
    opening with a numbered heading on one baseline are no header: the
    right side's starts repeat the left side's, shifted by the gap."""
    heads = [(line.bottom, _cell_starts(line, x)) for line in lines if line.bold]
    heads += [(table.bbox.bottom, sorted(min(w.x0 for w in cell.words) for cell in table.cells if cell.words))
              for table in tables if table.n_rows == 1 and table.bbox.x0 < x < table.bbox.x1]
    for bottom, starts in heads:
        left, right = [s for s in starts if s < x], [s for s in starts if s > x]
        if len(starts) < 3 or not left or not right:
            continue
        if prose_right and len(left) == len(right) and all(
                abs((r - right[0]) - (s - left[0])) <= 4.0 for s, r in zip(left, right)):
            continue
        block: list[Line] = []
        for line in sorted((line for line in lines if line.top >= bottom - 1.0), key=lambda line: line.top):
            if line.top - (block[-1].bottom if block else bottom) > _ROW_STEP * max(line.size, 1.0):
                break
            block.append(line)
        block_starts = [_cell_starts(line, x) for line in block]
        if all(sum(1 for xs in block_starts if any(abs(s - x0) <= 4.0 for x0 in xs)) >= 2 for s in starts):
            if not _prose_beside_rows(block, x):
                return True
    return False


def _prose_beside_rows(block: Sequence[Line], x: float) -> bool:
    """Whether one side of the gap at ``x`` is a page column of prose beside
    the other side's table rows: its lines, one piece each (after a list
    marker), run on through the white above each row but one (two or
    more rows; the two sides' headings may stand apart alike) and mostly
    carry a sentence on there. A table's cells break where its rows do,
    leaving white above each row's first line in every column, however
    tall the row; a page column's lines keep their own leading whatever
    stands beside them."""
    sides = [[Line(ws, line.page) for line in block if (ws := [w for w in line.words if w.x1 <= x])],
             [Line(ws, line.page) for line in block if (ws := [w for w in line.words if w.x0 >= x])]]
    for prose, rows in (sides, sides[::-1]):
        # a page column: one piece a line (a justified line's stretched spaces are no cell gaps), mostly full
        if (len(rows) < 2 or not all(map(_one_piece, prose))
                or not _full_column([(line.x0, line.x1) for line in prose])):
            continue
        # just above each row's first line, in the white that parts it from the row before
        probes = [b.top - _PROBE for a, b in zip(rows, rows[1:])
                  if b.top - a.bottom > WRAP_GAP * max(a.size, 1.0) and prose[0].top < b.top - _PROBE < prose[-1].bottom]
        through = [i for y in probes if (i := _line_through(prose, y)) is not None]
        if len(probes) < 2 or len(through) < max(2, len(probes) - 1):
            continue
        run_on = sum(1 for i in through if i > 0 and not SENTENCE_END.search(prose[i - 1].words[-1].text))
        if 2 * run_on >= len(through):
            return True
    return False


_PROBE = 1.5  # points above a row's first line: inside the white between two rows


def _one_piece(line: Line) -> bool:
    """Whether a line is one piece of text, after the list marker it may open with."""
    marked = split_marker(line)
    words = marked[2] if marked and marked[2] else line.words
    return len(cell_first_words(Line(words, line.page))) == 1


def _line_through(lines: Sequence[Line], y: float) -> int | None:
    """The index of the line of a column that runs through height ``y``:
    the line standing there, or the next where ``y`` falls in no more white
    than between wrapped lines."""
    for i, line in enumerate(lines):
        if line.top <= y <= line.bottom:
            return i
        if i and lines[i - 1].bottom < y < line.top:
            return i if line.top - lines[i - 1].bottom <= WRAP_GAP * max(line.size, 1.0) else None
    return None


_ROW_STEP = 2.0  # of the text size: the most white between a table's rows, or its header and first row


def _cell_starts(line: Line, x: float) -> list[float]:
    """Where the line's cells start, each side of a cell gap at ``x`` read
    as a line of its own: two page columns' justified lines side by side
    stretch their word spaces each to its own width."""
    left = [w for w in line.words if w.x1 <= x]
    right = line.words[len(left):]
    apart = bool(left and right) and right[0].x0 >= x and cell_gap(left[-1], right[0], line.size)
    sides = [left, right] if apart else [line.words]
    return [w.x0 for side in sides for w in cell_first_words(Line(side, line.page))]


def _measure(side: Sequence[tuple[float, float]]) -> float:
    return max(x1 for _, x1 in side) - min(x0 for x0, _ in side)


def _full_column(side: Sequence[tuple[float, float]]) -> bool:
    """Whether a side's pieces (x0, x1) are a page column of prose: six lines
    or more, most of them as wide as the column; short aligned pieces are a
    table's column, not a page column."""
    if len(side) < 6:
        return False
    extent = _measure(side)
    return sum(1 for x0, x1 in side if x1 - x0 >= 0.7 * extent) >= 0.5 * len(side)


# How far apart the lines of a run-on column may be, in font sizes: a line
# and a paragraph's space.
_PARAGRAPH_STEP = 3.0


def _run_on_column(lines: Sequence[Line], measure: float, full_lines: int) -> bool:
    """Whether a few lines right of a full page column of ``full_lines``
    lines are the column the text runs on into: three or more lines, at
    most half as many as the full column's (parallel text, Welsh beside
    English, keeps in step line for line), one block with no gap wider than
    a paragraph's space, starting at one left edge, set to the full
    column's measure, whose every line that wraps onto the next (the next
    close under it) fills that measure, as prose wraps. A table's cells
    beside a column of text start at their own edges, wrap short, or stand
    level with their own row's neighbours, apart from the next row's."""
    if not 3 <= len(lines) <= full_lines / 2:
        return False
    if any(below.top - line.top > _PARAGRAPH_STEP * max(line.size, 1.0) for line, below in zip(lines, lines[1:])):
        return False
    edge = min(line.x0 for line in lines)
    if any(line.x0 - edge > 2.0 for line in lines):
        return False
    if max(line.x1 for line in lines) - edge < 0.9 * measure:
        return False
    wrapped = [line for line, below in zip(lines, lines[1:]) if below.top - line.top <= 1.5 * max(line.size, 1.0)]
    return bool(wrapped) and all(line.x1 - edge >= 0.75 * measure for line in wrapped)


def _split_at(lines: Sequence[Line], gutter: float) -> list[Line]:
    """The page's lines again, each column's words grouped into lines of
    their own (columns set at different line spacing would otherwise chain
    their lines into one), lines with a word across the gutter kept whole."""
    whole = [line for line in lines if any(w.x0 < gutter < w.x1 for w in line.words)]
    kept = {id(line) for line in whole}
    words = [w for line in lines if id(line) not in kept for w in line.words]
    page = lines[0].page
    out = [*whole, *group_lines([w for w in words if w.x1 <= gutter], page),
           *group_lines([w for w in words if w.x1 > gutter], page)]
    return sorted(out, key=lambda line: (line.top, line.x0))


def _page_flow(content: _PageContent) -> list[Line | RawTable]:
    """The page's lines and tables in reading order: page columns one after
    the other, full-width lines and tables between them."""
    gutter = _gutter(content.lines, content.tables, content.page.width)
    lines = content.lines if gutter is None else _split_at(content.lines, gutter)

    def place(x0: float, x1: float) -> tuple[int, int]:
        if gutter is None or (x0 < gutter < x1):
            return 0, 0
        return 1, int(x0 >= gutter)

    items: list[tuple[int, int, float, Line | RawTable]] = []
    for line in lines:
        items.append((*place(line.x0, line.x1), line.top, line))
    for table in content.tables:
        items.append((*place(table.bbox.x0, table.bbox.x1), table.bbox.top, table))
    if gutter is None:
        items.sort(key=lambda item: item[2])
        ordered = [(item[3], 0) for item in items]
    else:
        ordered = _banded(items)
    # Lines wrap at the right margin: as wide as the left one (a word
    # processor's page), or further out where a line runs past that.
    text_right = max([content.page.width - min(line.x0 for line in lines), *(line.x1 for line in lines)]
                     if lines else [content.page.width])
    flow: list[Line | RawTable] = []
    run: list[Line] = []
    previous_side: int | None = None
    above: RawTable | None = None  # the table the run of lines stands under
    for item, side in ordered:
        if isinstance(item, Line) and (previous_side is None or side == previous_side):
            run.append(item)
        else:
            flow.extend(_under(above, split_unruled(run, text_right, above), flow))
            run = [item] if isinstance(item, Line) else []
            above = item if isinstance(item, RawTable) else None
            if isinstance(item, RawTable):
                flow.append(item)
        previous_side = side
    flow.extend(_under(above, split_unruled(run, text_right, above), flow))
    for item in flow:
        if isinstance(item, RawTable) and not item.ruled:
            shade_cells(item, content.fills)
    return _headed_columns(flow)


def _under(above: RawTable | None, parts: list[Line | RawTable], flow: list[Line | RawTable]) -> list[Line | RawTable]:
    """``parts`` read from the lines under the table ``above`` (the flow's
    last item), its header row joined to the borderless rows right under it
    (``headed_rows``) in the flow's place of it."""
    if above is None or not parts or not isinstance(parts[0], RawTable) or flow[-1] is not above:
        return parts
    joined = headed_rows(above, parts[0])
    if joined is None:
        return parts
    flow[-1] = joined
    return parts[1:]


def _headed_columns(flow: list[Line | RawTable]) -> list[Line | RawTable]:
    """The flow with each region of two columns under headings set side by
    side (a slide's "Area A | Area B" over each area's bullets) read column by
    column: the left heading and the lines under it, then the right ones.
    Lines read across the gutter would merge the headings and interleave the
    columns' lines."""
    out: list[Line | RawTable] = []
    i = 0
    while i < len(flow):
        found = _column_region(flow, i)
        if found is None:
            out.append(flow[i])
            i += 1
            continue
        gutter, used = found
        region = flow[i:i + used]
        words = [w for line in region if isinstance(line, Line) for w in line.words]
        page = flow[i].page
        out += group_lines([w for w in words if w.x1 <= gutter], page)
        out += group_lines([w for w in words if w.x0 >= gutter], page)
        i += used
    return out


def _column_region(flow: Sequence[Line | RawTable], start: int) -> tuple[float, int] | None:
    """The gutter and the number of flow items of a headed two-column region
    opening at ``start``, else None. The opening line is two heading pieces
    (bold, or larger than the text under them) a column gap apart; the lines
    under it keep their words on either side of the right heading's left
    edge, and each column's text starts where its heading does."""
    head = flow[start]
    if not isinstance(head, Line):
        return None
    pieces = split_segments(head, _COLUMN_GAP)
    if len(pieces) != 2:
        return None
    left_head, right_head = pieces
    marked = split_marker(head)
    if len(left_head) == 1 and marked is not None and marked[1] is left_head[0]:
        return None  # a number or bullet a tab stop from its title opens a list item, not a column
    gutter = right_head[0].x0 - 1.0
    end = start + 1
    while end < len(flow):
        line, prev = flow[end], flow[end - 1]
        if (not isinstance(line, Line) or line.page != head.page or line.top - prev.bottom > 2.0 * max(line.size, 1.0)
                or not _apart_at(line, gutter)):
            break
        end += 1
    if end - start < 3:
        return None
    under = [w for line in flow[start + 1:end] for w in line.words]
    left = [w for w in under if w.x1 <= gutter]
    right = [w for w in under if w.x0 >= gutter]
    if not left or not right:
        return None
    body = max(w.style.size or 0.0 for w in under)
    if not all(w.style.bold or (w.style.size or 0.0) >= body + 1 for w in head.words):
        return None
    if abs(min(w.x0 for w in left) - left_head[0].x0) > 3 or abs(min(w.x0 for w in right) - right_head[0].x0) > 3:
        return None
    return gutter, end - start


def _apart_at(line: Line, gutter: float) -> bool:
    """Whether no word of the line crosses the gutter and, where it has words
    on both sides, a column gap parts them (a word space is one line of prose)."""
    if any(w.x0 < gutter < w.x1 for w in line.words):
        return False
    left = [w.x1 for w in line.words if w.x1 <= gutter]
    right = [w.x0 for w in line.words if w.x0 >= gutter]
    return not (left and right) or min(right) - max(left) >= _COLUMN_GAP


def _banded(items: list[tuple[int, int, float, Line | RawTable]]) -> list[tuple[Line | RawTable, int]]:
    """Two-column reading order: each band between full-width items reads
    its left column, then its right column."""
    items.sort(key=lambda item: item[2])
    ordered: list[tuple[Line | RawTable, int]] = []
    band: list[tuple[int, int, float, Line | RawTable]] = []
    for item in items:
        if item[0] == 0:
            band.sort(key=lambda b: (b[1], b[2]))
            ordered += [(b[3], b[1] + 1) for b in band]
            band = []
            ordered.append((item[3], 0))
        else:
            band.append(item)
    band.sort(key=lambda b: (b[1], b[2]))
    ordered += [(b[3], b[1] + 1) for b in band]
    return ordered


def _page_flows(contents: Sequence[_PageContent]) -> list[list[Line | RawTable]]:
    return [_page_flow(content) for content in contents]


def _join_tables(flows: list[list[Line | RawTable]], heights: dict[int, float]) -> list[Line | RawTable]:
    """One flow for the document, a table carried over a page break joined
    to its start."""
    out: list[Line | RawTable] = []
    for flow in flows:
        flow = flow[_repeated_header(out, flow, heights):]
        if (out and flow and isinstance(out[-1], Line) and isinstance(flow[0], RawTable)
                and (headed := header_left_behind(out[-1], flow[0], heights[out[-1].page], heights[flow[0].page]))):
            out[-1], flow = headed, flow[1:]
        last = out[-1] if out else None
        carried = carried_rows(last, flow) if isinstance(last, RawTable) else None
        # the lines read in the columns of the table before only where they carry it on over the break
        if (carried is not None and isinstance(last, RawTable)
                and continues(last, carried[0], heights[last.pages[-1]], heights[carried[0].page])):
            flow = [carried[0], *flow[carried[1]:]]
        for i, item in enumerate(flow):
            previous = out[-1] if out else None
            if (i == 0 and isinstance(item, RawTable) and isinstance(previous, RawTable)
                    and continues(previous, item, heights[previous.pages[-1]], heights[item.page])):
                join(previous, item)
            else:
                out.append(item)
    return out


def _repeated_header(out: Sequence[Line | RawTable], flow: Sequence[Line | RawTable],
                     heights: dict[int, float]) -> int:
    """1 where the page opens with a repeat of the header row that stands as
    a table of its own (ruled or shaded over rows printed with the borders
    off) over the table the page carries on, else 0: the rows under it join
    the rows under the first."""
    if len(out) < 2 or len(flow) < 2:
        return 0
    head, previous, repeat, rows = out[-2], out[-1], flow[0], flow[1]
    if not (isinstance(head, RawTable) and isinstance(previous, RawTable) and isinstance(repeat, RawTable)
            and isinstance(rows, RawTable)):
        return 0
    if repeat.n_rows != head.n_rows or any(repeat.row_texts(r) != head.row_texts(r) for r in range(head.n_rows)):
        return 0
    return int(continues(previous, rows, heights[previous.pages[-1]], heights[rows.page]))


def _table_lines(flow: Sequence[Line | RawTable]) -> Iterator[Line]:
    for item in flow:
        if isinstance(item, RawTable):
            for cell in item.cells:
                if cell.words:
                    yield Line(cell.words, cell.page)


@dataclass(slots=True)
class _Frames:
    """How far the document's lines reach to the right from each left
    margin, page by page, to tell where a run of lines could have run to."""

    widths: dict[int, float]  # page number -> page width
    reaches: dict[int, list[tuple[float, float]]]  # page number -> each line's (x0, x1)

    @classmethod
    def of(cls, contents: Sequence[_PageContent]) -> _Frames:
        return cls({c.page.number: c.page.width for c in contents},
                   {c.page.number: [(line.x0, line.x1) for line in c.lines] for c in contents})

    def right(self, run: Sequence[Line]) -> float | None:
        """Where the run's lines may run to: how far lines set from its left
        margin reach on most pages of its size (a page of ragged prose or
        short lines reaches less far than its frame; mirrored margins move
        the left margin, so lines are compared from the same one). None for
        a run none of whose lines reaches within a quarter of the width of
        it: a page column's, which stops at the gutter."""
        if not run:
            return None
        left, width = min(line.x0 for line in run), self.widths[run[0].page]
        reached = [max(x1 for x0, x1 in lines if abs(x0 - left) <= 1.0) for page, lines in self.reaches.items()
                   if abs(self.widths[page] - width) <= 1.0 and any(abs(x0 - left) <= 1.0 for x0, _ in lines)]
        if not reached:
            return None
        right = statistics.median(reached)
        return right if max(line.x1 for line in run) >= right - 0.25 * (right - left) else None


def _blocks(flow: Sequence[Line | RawTable], size: float | None, finishing: set[int],
            known: Counter[str], frames: _Frames) -> list[Block]:
    """Paragraphs, list items and headings from each run of lines between
    tables, measured against the page's text frame (``frames``); the
    tables themselves, words broken over a cell's lines (``finishing``)
    read whole, and words hyphenated at a line end where the document
    knows them whole (``known``)."""
    parts: list[list[Para] | RawTable] = []
    run: list[Line] = []

    def close_run() -> None:
        parts.append(group_paragraphs(run, frames.right(run)))
        run.clear()

    for item in flow:
        if isinstance(item, Line):
            if run and (item.page != run[-1].page or item.top < run[-1].top):
                close_run()
            run.append(item)
        else:
            close_run()
            parts.append(item)
    close_run()

    paras = [p for part in parts if isinstance(part, list) for p in part]
    scale = HeadingScale(paras, size)
    depth = _list_depths(parts)
    blocks: list[Block] = []
    for part in parts:
        if isinstance(part, RawTable):
            blocks.append(to_table(part, finishing, known))
            continue
        for para in part:
            para.words = join_hyphenated(join_letter_spaced(para.words), known)
            level = scale.level(para)
            if level is not None:
                blocks.append(to_block(para, BlockKind.HEADING, level))
            elif para.marker is not None:
                blocks.append(to_block(para, BlockKind.LIST_ITEM, depth[id(para)]))
            else:
                blocks.append(to_block(para, BlockKind.PARAGRAPH))
    return blocks


def _list_depths(parts: Sequence[list[Para] | RawTable]) -> dict[int, int]:
    """List depth of each list item, by indentation within its run of
    consecutive items (a run may cross a page break)."""
    depths: dict[int, int] = {}
    run: list[Para] = []

    def close() -> None:
        depths.update({id(p): d for p, d in zip(run, list_levels([p.marker_x for p in run]))})
        run.clear()

    for part in parts:
        if isinstance(part, RawTable):
            close()
            continue
        for para in part:
            if para.marker is None:
                close()
            else:
                run.append(para)
    close()
    return depths
