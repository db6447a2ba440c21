"""Table helpers shared by extractors: recognising a table by its header
words, reading rows as cells, and loading the wording vocabularies.

Packs of different offices name the same column differently ("Decision of
PCC", "PCC Decision", "Outcome", "Level of assurance"), so a column is found
by any of several header phrases, matched on normalised words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Collection, Iterator

from extractors.per_document import per_document
from extractors.text import clean, strip_bullet
from pipeline.layout import Block, BlockKind, Cell, Span, Table, TextBlock

VOCAB_DIR = Path(__file__).resolve().parents[1] / "schemas" / "vocab"
_NON_WORD = re.compile(r"[^a-z0-9?#]+")


@cache
def load_vocab(name: str) -> dict[str, Any]:
    """A vocabulary file of schemas/vocab (read once; it is data, not input)."""
    return json.loads((VOCAB_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=16384)  # header cells and labels are read again by every extractor and every role
def words(text: str) -> str:
    """Lower-case words separated by single spaces, punctuation dropped."""
    return _NON_WORD.sub(" ", clean(text).lower()).strip()


@dataclass(frozen=True, slots=True)
class Header:
    """Where a recognised header sits: the row it ends on and the column of
    each role that was found."""

    row: int
    columns: dict[str, int]

    @property
    def first_body_row(self) -> int:
        return self.row + 1


def header_matches(text: str, phrases: tuple[str, ...]) -> bool:
    """True when a header cell's words hold one of ``phrases`` as whole words."""
    return bool(phrases) and _phrases_pattern(tuple(phrases)).search(f" {words(text)} ") is not None


@lru_cache(maxsize=1024)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of ``phrases`` standing as whole words in padded words (" a b "): one pass per cell."""
    return re.compile(" (?:" + "|".join(map(re.escape, phrases)) + ") ")


def find_header(table: Table, roles: dict[str, tuple[str, ...]], required: tuple[str, ...],
                max_rows: int = 3, first_row: int = 0, wrapped: bool = False) -> Header | None:
    """The header of ``table``: the first of its top rows that may head it
    (``_header_candidates``) whose cells name every ``required`` role. A
    role matches the leftmost unclaimed cell whose words hold one of its
    phrases; roles are tried in the order given, so list the more specific
    first. Rows above ``first_row`` are none of the table's own (a key
    printed in a tracker's first rows) and are passed over. With
    ``wrapped``, labels wrapping onto a second header row are read too (``_wrapped_on``)."""
    candidates = list(_header_candidates(table, max_rows, first_row))
    for row in candidates:
        texts = _row_texts(table, row)
        if sum(1 for t in texts if t.strip()) < len(required):
            continue
        columns = _roles_of(texts, roles)
        if all(role in columns for role in required):
            return _wrapped_on(table, roles, row, columns, candidates) if wrapped else Header(row, columns)
    return None


def _roles_of(texts: list[str], roles: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """The column each role's phrase names among a header row's ``texts``."""
    # each cell's words worked out once for every role (a cell of over 60 characters heads no column)
    cell_words = {col: f" {words(text)} " for col, text in enumerate(texts) if len(text) <= _LABEL_CHARS}
    columns: dict[str, int] = {}
    for role, phrases in roles.items():
        if not phrases:
            continue
        holds = _phrases_pattern(tuple(phrases)).search
        for col, padded_words in cell_words.items():
            if col not in columns.values() and holds(padded_words):
                columns[role] = col
                break
    return columns


def _wrapped_on(table: Table, roles: dict[str, tuple[str, ...]], row: int, columns: dict[str, int],
                candidates: list[int]) -> Header:
    """The header found at ``row``, or carried on into the row under it where
    its labels wrap over two rows drawn alike ("Statws /" over "Status", the
    Welsh line of a bilingual label above the English): the labels read
    together name the same columns and more."""
    below = row + 1
    if below not in candidates or not _short_labels(table, below) \
            or _drawn_as(table, below) != _drawn_as(table, row) or _drawn_as(table, row) == (False, None):
        return Header(row, columns)
    joined = _roles_of([f"{top} {under}" for top, under in zip(_row_texts(table, row), _row_texts(table, below))],
                       roles)
    if len(joined) > len(columns) and all(joined.get(role) == col for role, col in columns.items()):
        return Header(below, joined)
    return Header(row, columns)


_LABEL_CHARS = 60  # the longest cell that may head a column


def _header_candidates(table: Table, max_rows: int, first_row: int) -> Iterator[int]:
    """The top rows that may head ``table``, in order: rows above its header
    (a title across the table, a note), the first row that looks like a
    header (declared a header row, drawn bold or shaded throughout, or every
    cell a short label), and after it only rows that carry the header on:
    declared ones, rows drawn as it is, rows under a heading spread over some
    of their columns ("Update" over "June | July"). A body row is never tried,
    whatever its words: "AFI 1 | Head of Response" would head an item and a
    response column."""
    header: int | None = None  # the first row that looks like a header
    for row in range(first_row, min(first_row + max_rows, table.n_rows)):
        banner = is_full_width(table, row)
        if header is not None and (banner or not (
                row < table.header_rows or _drawn_as(table, header) == _drawn_as(table, row) != (False, None)
                or any(1 < cell.col_span < table.n_cols for cell in table.row_cells(row - 1)))):
            return
        yield row
        if header is None and not banner and (row < table.header_rows or _drawn_as(table, row) != (False, None)
                                              or _short_labels(table, row)):
            header = row


def _drawn_as(table: Table, row: int) -> tuple[bool, str | None]:
    """How a row's cells of text are drawn: all bold or not, and the shading
    they all share (None where they share none), as a header row stands out."""
    cells = [cell for cell in table.row_cells(row) if cell.text.strip()]
    bold = bool(cells) and all(block.is_bold for cell in cells for block in cell.blocks if block.text)
    fills = {cell.fill for cell in cells}
    shading = fills.pop() if len(fills) == 1 else None
    return bold, None if shading in (None, "#ffffff") else shading


def _short_labels(table: Table, row: int) -> bool:
    """Whether a row holds text and every cell of it is short enough to head a column."""
    texts = [text for text in _row_texts(table, row) if text.strip()]
    return bool(texts) and all(len(text) <= _LABEL_CHARS for text in texts)


def _row_texts(table: Table, row: int) -> list[str]:
    """The text of every grid position of one row, merged cells repeated
    (``Table.grid()``'s row, without reading the rest of the table)."""
    texts = [""] * table.n_cols
    for cell in table.cells:
        if cell.row <= row < cell.row + cell.row_span:
            for col in range(cell.col, min(cell.col + cell.col_span, table.n_cols)):
                texts[col] = cell.text
    return texts


def blocks_text(blocks: tuple[TextBlock, ...] | list[TextBlock], sep: str = "\n") -> str:
    """The blocks' cleaned text, bullets dropped, joined by ``sep``."""
    parts = [strip_bullet(clean(b.text)) for b in blocks]
    return sep.join(p for p in parts if p)


def box_lines(table: Table) -> list[TextBlock] | None:
    """The lines of a box framing notes' lines (a "Decisions and actions"
    box closing an item): a one-column table, its lines in one cell or a row
    each, read top to bottom as the paragraphs it holds; None for any other table."""
    if table.n_cols != 1 or not table.cells:
        return None
    return [block for row in range(table.n_rows) for cell in table.row_cells(row) for block in cell.blocks
            if isinstance(block, TextBlock) and block.text.strip()]


def is_full_width(table: Table, row: int) -> bool:
    """True for a row made of one cell spanning every column (a group
    heading inside a table)."""
    cells = table.row_cells(row)
    return len(cells) == 1 and cells[0].col_span >= table.n_cols > 1


def own_cell(table: Table, row: int, col: int | None) -> Cell | None:
    """The cell at ``row`` and ``col`` where it starts in that row (not one merged down into it); None for no column."""
    if col is None:
        return None
    cell = table.cell(row, col)
    return cell if cell is not None and cell.row == row else None


def unclaimed_columns(table: Table, header: Header) -> list[tuple[int, list[str]]]:
    """Each column no role of ``header`` claims, with its body cells' text
    (the empty ones and the rows merged across the table left out)."""
    grid = table.grid()
    return [(col, [clean(grid[row][col]) for row in range(header.row + 1, table.n_rows)
                   if clean(grid[row][col]) and not is_full_width(table, row)])
            for col in range(table.n_cols) if col not in header.columns.values()]


# An item heading numbered with a zero minor ("4.0 Fraud") is item 4.0 titled by the words after it.
_LEADING_NUMBER = re.compile(r"^\s*(?:item\s+|q(?:uestion)?\s*)?(?P<number>\d{1,3}(?:\.0)?[a-z]?)(?:[.):]\s*|\s+(?=\S)|$)",
                             re.I)
# A number keeping every level of a multi-level list's marker, or typed so: "1.1", "2.3.", "Q1.2", "Item 5.1a"
# (a sub-item or a sub-question, which leading_number would cut to its first level).
DOTTED_NUMBER = re.compile(r"^\s*(?:item\s+|q(?:uestion)?\s*)?(?P<number>\d{1,3}(?:\.\d{1,3})+[a-z]?)\.?(?:\s+|$)",
                           re.I)


# An action stated as a line of the minutes: "ACTION AB/25/01: ...",
# "Action - DCC to ...", "Action PF to ...", "Action agreed: ...", "5.8 Action (GSB 26/17): ..." (after its minute
# number). A reference, where printed, holds a digit; in brackets, or as letters
# (or letters and a digit) before a numbered reference ("GSB 26/17", "L1 28/05"), it may hold a space; a board's
# capital letters before a plain number ("AB 61") too, never a lower-case word
ACTION_LINE = re.compile(
    # "We agreed the following action (PDB 26/41): ...": the lead-in of a letter or of minutes in prose
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\s+)?(?:(?:we|it\s+was|the\s+(?:board|committee|meeting|panel))\s+agreed\s+"
    r"(?:the\s+following\s+|an?\s+)?)?action"
    # "Action agreed: ...", labelled as the one action of the item (status.json run_in_labels)
    rf"(?:\s+(?:{'|'.join(load_vocab('status.json')['key_wording']['run_in_labels'])})(?=\s*:))?"
    r"(?:\s+(?P<ref>(?=[\w/.-]*\d)[a-z0-9][\w/.-]*|(?:[a-z]{2,6}|[a-z]{1,5}\d)\s\d{1,4}(?:[/.-]\d{1,4})+|"
    r"(?-i:[A-Z]{2,6})\s\d{1,4})"
    r"|\s*\((?=[^)]*\d)(?P<bracketed_ref>[a-z0-9][\w /.-]{0,20}?)\))?"
    # after its separator; or run in with no separator, straight on to its owners' initials and the deed ("Action PF
    # to discuss ...", "Action SN send ...", "Action JB/KL to ..."), never a name ("Action Fraud reported ...")
    r"(?:\s*(?::|\s[-\u2013\u2014]|[-\u2013\u2014]\s)\s*|\s+(?=(?-i:[A-Z]{2,4})(?:\s*(?:/|,|&|and)\s*(?-i:[A-Z]{2,4}))*"
    r"\s+(?:to\s+)?(?-i:[a-z]{2,})\b))(?P<text>\S.*)$",
    re.I | re.S)


# A label a cell's actions are set under ("Actions:", "Actions agreed:"), on its own line or running into them.
ACTIONS_LABEL = re.compile(rf"^\s*actions?(?:\s+(?:{'|'.join(load_vocab('status.json')['key_wording']['run_in_labels'])}))?"
                           r"\s*:", re.I)
# A sentence opening after another in one paragraph, as a PDF's reader joins a short line to the one above.
_SENTENCE_OPENS = re.compile(r"(?<=[.!?])\s+(?=\S)")


def action_line_at(text: str) -> int | None:
    """Where the actions typed in a cell's paragraph start (a decision cell
    holding the level, the comment and the action set under them): 0 where
    the paragraph is an action line (``ACTION_LINE``) or opens with an
    actions label; else where a sentence of it opens an action line stating
    its reference, run on after the comment ("... before the spring.
    Action XYZ 3/11: Provide ..."); None where no action is typed there.
    The decision's commentary ends there, and the actions start."""
    if ACTION_LINE.match(text) or ACTIONS_LABEL.match(text):
        return 0
    return next(iter(run_on_action_starts(text)), None)


def run_on_action_starts(text: str) -> list[int]:
    """Where each action line stating its reference starts after a sentence
    of ``text`` (a paragraph a PDF's reader ran together: "... figures.
    Action XYZ 3/12: Provide ..."), in order."""
    return [gap.end() for gap in _SENTENCE_OPENS.finditer(text)
            if (m := ACTION_LINE.match(text[gap.end():])) and (m.group("ref") or m.group("bracketed_ref"))]


def leading_number(block: TextBlock) -> tuple[str | None, str]:
    """The item number a block starts with, from its list marker ("1.",
    "2)") or printed at the start of its text, and the text without it."""
    text = clean(block.text)
    if block.marker:
        m = _LEADING_NUMBER.match(block.marker)
        if m:
            return m.group("number"), text
    m = _LEADING_NUMBER.match(text)
    if m and m.end() < len(text):
        return m.group("number"), text[m.end():].lstrip(" .:)-\u2013")
    return None, text


def logical_tables(blocks: tuple[Block, ...]) -> list[tuple[int, Table]]:
    """Tables as a reader sees them, with the index of their first block:
    consecutive tables of the same width are one table (a backend may cut a
    table where a page breaks or where its header row is drawn apart)."""
    runs: list[tuple[int, list[Table]]] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == index and runs[-1][1][-1].n_cols == block.n_cols:
            runs[-1][1].append(block)
        else:
            runs.append((index, [block]))
    return [(index, parts[0] if len(parts) == 1 else _concatenate(parts)) for index, parts in runs]


def _concatenate(parts: list[Table]) -> Table:
    cells: list[Cell] = []
    continued: list[int] = []
    pages: list[int] = []
    offset = 0
    for part in parts:
        cells += [replace(cell, row=cell.row + offset) for cell in part.cells]
        continued += [row + offset for row in part.continued_rows]
        pages += [p for p in part.pages or (part.prov.page,) if p is not None and p not in pages]
        offset += part.n_rows
    first = parts[0]
    return Table(offset, first.n_cols, tuple(cells), first.prov, pages=tuple(pages),
                 header_rows=first.header_rows, ruled=first.ruled, continued_rows=tuple(continued))


# The most words of a label opening a row of a label | value block ("Date raised", "Latest update").
_LABEL_WORDS = 4


def labelled_blocks_as_rows(table: Table) -> Table:
    """A two-column table printing each record as a block of label | value
    rows, one block after another ("Action | AB 27/04 – Publish ...",
    "Raised | 3 March 2027", "Status | Open", then the next "Action"; a
    sheet of small borderless tables ``logical_tables`` joins), as a reader
    takes it: a header row of the labels over one row per block. Any other
    table as it is: two blocks at least, each printing the same labels, each
    label a few words, no cell merged."""
    if table.n_cols != 2 or any(cell.row_span != 1 or cell.col_span != 1 for cell in table.cells):
        return table
    labels = [words(row[0]) for row in table.grid()]
    if not all(labels) or any(len(label.split()) > _LABEL_WORDS for label in labels):
        return table
    starts = [row for row, label in enumerate(labels) if label == labels[0]]
    size = starts[1] if len(starts) > 1 else 0
    block = labels[:size]
    if size < 3 or len(set(block)) < size or starts != list(range(0, len(labels), size)) \
            or any(labels[start:start + size] != block for start in starts):
        return table
    cells = [replace(cell, row=0, col=row) for row in range(size) if (cell := table.cell(row, 0))]
    cells += [replace(cell, row=at + 1, col=offset) for at, start in enumerate(starts) for offset in range(size)
              if (cell := table.cell(start + offset, 1))]
    return replace(table, n_rows=len(starts) + 1, n_cols=size, cells=tuple(cells), header_rows=1, continued_rows=())


def rows_above(table: Table, end: int) -> Table:
    """``table`` cut short before row ``end`` (the rows from it are none of
    its own: a key printed at its foot); a cell spanning the cut ends at it."""
    if end >= table.n_rows:
        return table
    cells = tuple(replace(cell, row_span=min(cell.row_span, end - cell.row)) for cell in table.cells if cell.row < end)
    return replace(table, n_rows=end, cells=cells, continued_rows=tuple(r for r in table.continued_rows if r < end))


def join_continued_rows(table: Table, rows: Collection[int] | None = None) -> Table:
    """The table with each row a page break split (``continued_rows``; only
    those of ``rows`` where given) joined to the row above, so an item broken
    across pages is read whole and paged where it starts: a continuation
    cell is one cell again with the cell above it (a merged cell above takes
    it), its blocks after that cell's, a paragraph the break cut mid-sentence
    made one again, its rows merged below kept merged; the rows below move
    up. A continued row not joined stays marked."""
    joining = {row for row in (table.continued_rows if rows is None else rows)
               if row in table.continued_rows and _covered_above(table, row)}
    if not joining:
        return table

    def anchor(cell: Cell) -> Cell:
        while cell.row in joining:
            cell = table.cell(cell.row - 1, cell.col)  # never None: _covered_above
        return cell

    def kept_rows(start: int, stop: int) -> int:
        return sum(1 for row in range(start, stop) if row not in joining)

    blocks = {(cell.row, cell.col): cell.blocks for cell in table.cells}
    ends = {(cell.row, cell.col): cell.row + cell.row_span for cell in table.cells}
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if cell.row in joining:
            top = anchor(cell)
            above = (top.row, top.col)
            blocks[above] = _run_on(blocks[above], cell.blocks)
            # a continuation merged down over rows below (a decision shared by the next question) merges the cell above
            ends[above] = max(ends[above], cell.row + cell.row_span)
    cells = tuple(
        replace(cell, row=kept_rows(0, cell.row), row_span=max(1, kept_rows(cell.row, ends[cell.row, cell.col])),
                blocks=blocks[cell.row, cell.col])
        for cell in table.cells if cell.row not in joining)
    return replace(table, n_rows=kept_rows(0, table.n_rows), cells=cells,
                   continued_rows=tuple(kept_rows(0, row) for row in table.continued_rows if row not in joining))


def _covered_above(table: Table, row: int) -> bool:
    """Whether every cell of ``row`` has a cell above it to carry on."""
    return row > 0 and all(table.cell(row - 1, cell.col) is not None for cell in table.row_cells(row))


def _run_on(blocks: tuple[TextBlock, ...], more: tuple[TextBlock, ...]) -> tuple[TextBlock, ...]:
    """``more`` after ``blocks``; where ``more`` opens by carrying on the
    sentence the last block left open (no list marker of its own), the two
    are the one paragraph a page break cut."""
    # imported here: sections reads vocabularies through this module
    from extractors.sections import continues
    if blocks and more and blocks[-1].text and not more[0].marker and continues(blocks[-1].text, more[0].text):
        last, first = blocks[-1], more[0]
        space = Span(" ", last.spans[-1].style)
        return (*blocks[:-1], replace(last, spans=(*last.spans, space, *first.spans)), *more[1:])
    return blocks + more


# Words that mark the English side of a bilingual label ("Cofnodion / Minutes",
# "Statws / Status"): the scrutiny pack's own vocabulary, never the other language's.
_ENGLISH_LABEL_WORDS = frozenset(
    "minutes notes agenda actions action apologies present date venue question questions key update owner status "
    "ref raised meeting item items business board commissioner police crime and the of for to any other".split())
# "Welsh / English": the sides part at a spaced slash; an unspaced one belongs to a side ("Action (A26/19)", a date)
_BILINGUAL = re.compile(r"^(?P<left>(?:(?!\s/\s).)+?)\s+/\s+(?P<right>(?:(?!\s/\s).)+)$", re.S)


def english_side(doc_texts: list[str]) -> str | None:
    """Which side of a bilingual pack's "Welsh / English" labels is English
    ("left" or "right"): the side that holds the pack's English label words
    more often. None when the pack prints no such labels."""
    score = 0
    for text in doc_texts:
        m = _BILINGUAL.match(clean(text))
        if not m or len(text) > 120:
            continue
        left, right = (set(words(m.group(side)).split()) & _ENGLISH_LABEL_WORDS for side in ("left", "right"))
        score += (len(right) > len(left)) - (len(left) > len(right))
    return "right" if score >= 2 else "left" if score <= -2 else None


def in_english(text: str, side: str | None) -> str:
    """A bilingual label's English part ("Troseddau gwledig / Rural crime"
    -> "Rural crime"); other texts as they are."""
    m = _BILINGUAL.match(clean(text)) if side else None
    return m.group(side).strip() if m else text


@per_document
def bilingual_side(doc) -> str | None:
    """``english_side`` of a LayoutDocument's headings, paragraphs and running headers."""
    return english_side([b.text for b in (*doc.page_furniture, *doc.text_blocks()) if len(b.text) <= 120])


# The columns of minutes set out as a table ("Minute | Discussion | Action"): the minute's number, what was said,
# and what was agreed to be done.
_MINUTE_ROLES = {"number": ("minute", "minute no", "item", "no"),
                 "notes": ("discussion", "notes", "minutes", "summary of discussion", "record"),
                 "actions": ("action", "actions", "actions agreed", "agreed actions", "action agreed")}
_ITEM_TITLE_WORDS = 8  # the longest bold opening line read as an item's title


@dataclass(frozen=True, slots=True)
class MinuteRow:
    """One minute of a minutes table: its notes, read as paragraphs, a bold
    short first line made the item's heading ("Fraud"), the paragraphs of
    its action cell (none where the table has no action column), and its
    number as printed ("3"; "3.1" numbers a paragraph of minute 3, no title
    of its own), None where its number cell holds none."""

    notes: tuple[TextBlock, ...]
    actions: tuple[TextBlock, ...]
    number: str | None = None

    @property
    def item(self) -> str | None:
        """The title of the item minuted, where the notes open with one."""
        return clean(self.notes[0].text) if self.notes and self.notes[0].kind is BlockKind.HEADING else None


def minute_rows(table: Table) -> list[MinuteRow]:
    """The minutes set out as ``table``, a row each (``MinuteRow``); empty
    for any table whose header names no minute and discussion columns."""
    header = find_header(table, _MINUTE_ROLES, required=("number", "notes"))
    if header is None:
        return []
    rows: list[MinuteRow] = []
    for row in range(header.first_body_row, table.n_rows):
        notes = _own_blocks(table, row, header.columns["notes"])
        if notes and notes[0].is_bold and len(notes[0].text.split()) <= _ITEM_TITLE_WORDS \
                and not re.search(r"[.?:;]$", notes[0].text):
            notes[0] = replace(notes[0], kind=BlockKind.HEADING, level=3)
        numbered = _own_blocks(table, row, header.columns["number"])
        # a minute's paragraph number ("3.1") is its number whole, not an item number and a title ("1"); a number
        # alone ("3", "3.") titles nothing
        printed = clean(numbered[0].text) if numbered else ""
        dotted = DOTTED_NUMBER.match(printed) or re.fullmatch(r"(?P<number>\d{1,3})\.?", printed)
        number, title = (dotted.group("number"), printed[dotted.end():]) if dotted \
            else leading_number(numbered[0]) if numbered else (None, "")
        if number and title and not (notes and notes[0].kind is BlockKind.HEADING):
            # the minute's number cell titles its item ("3. Road safety"): the notes' heading
            notes.insert(0, replace(numbered[0], kind=BlockKind.HEADING, level=3, marker=None,
                                    spans=(Span(title, numbered[0].spans[0].style),)))
        actions = _own_blocks(table, row, header.columns["actions"]) if "actions" in header.columns else []
        rows.append(MinuteRow(tuple(notes), tuple(actions), number))
    return rows


def _own_blocks(table: Table, row: int, col: int) -> list[TextBlock]:
    """The paragraphs of the cell at (row, col) holding text, where that cell opens on ``row``."""
    cell = table.cell(row, col)
    return [b for b in cell.blocks if b.text.strip()] if cell is not None and cell.row == row else []
