"""Action tracker statuses printed in forms other than a status cell's words,
for extractors/action_status.py and extractors/actions.py: a mark in one of
several columns each headed by a status ("Closed | In progress | Not
begun"), read as the ticked column's heading; progress as a percentage or a
band of one ("100%", "50–99%"), read through the pack's key of bands where
it prints one; and a row across the tracker labelled as one of a row's
fields ("Owner: Head of Estates"), which groups the rows under it by that
field and names no topic.

Free of I/O: each function reads a table or a text, and status words
through ``status_of`` (action_status.status_of_words, status.json's words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.marks import CHECKED, COMPLETE, EMPTY_BOXES, OUTSTANDING
from extractors.tables import Header, header_matches, load_vocab, words
from extractors.text import clean
from pipeline.layout import Table

StatusOf = Callable[[str], "str | None"]

# --- a mark in one of several status columns -------------------------------------

# A mark choosing a column: a tick or checked box (☒ too: extractors/marks.py), a typed "x", a "Yes", a dot or
# square; an empty box chooses none.
_MARK = re.compile(rf"(?:{CHECKED.pattern})|x|y|yes|[\u25cf\u25a0\u2b24]", re.I)
_EMPTY_BOX = re.compile(rf"[{EMPTY_BOXES}]|\[\s*\]")
_HEADING_WORDS = 4  # a status column's heading is a status and no more ("Not yet begun")


def tick_columns(table: Table, header: Header, status_of: StatusOf) -> dict[int, str]:
    """The columns headed each by a status alone whose body cells hold a mark
    or nothing ("Done | In hand | Not begun", a tick in one of them a row),
    their headings in the header's row or in the row under it (a "Status"
    heading spread over them above): column -> the status its heading states
    (``status_of``: the pack's key first). Empty unless two or more are and
    one of their cells at least is marked."""
    for heading_row in (header.row, header.row + 1):
        if not 0 <= heading_row < table.n_rows:
            continue
        headings = table.grid()[heading_row]
        columns = {col: status for col, text in enumerate(headings)
                   if len(words(text).split()) <= _HEADING_WORDS and (status := status_of(text))
                   and all(_MARK.fullmatch(cell) or _EMPTY_BOX.fullmatch(cell) or not cell
                           for cell in _body_texts(table, heading_row, col))}
        marked = any(_MARK.fullmatch(cell) for col in columns for cell in _body_texts(table, heading_row, col))
        if len(columns) >= 2 and marked:
            return columns
    return {}


def _body_texts(table: Table, heading_row: int, col: int) -> list[str]:
    """The text of a column's own cells under its heading (rows across the table left out)."""
    return [clean(cell.text) for row in range(heading_row + 1, table.n_rows)
            if (cell := table.cell(row, col)) is not None and cell.col_span == 1]


def ticked_status(table: Table, row: int, columns: dict[int, str]) -> str | None:
    """The status of the column of ``columns`` (``tick_columns``) marked in ``row``; None where none is, or
    marked columns disagree."""
    marked = {status for col, status in columns.items() if (cell := table.cell(row, col)) is not None
              and cell.col_span == 1 and _MARK.fullmatch(clean(cell.text))}
    return marked.pop() if len(marked) == 1 else None


# --- progress as a percentage or a band of one -----------------------------------

_DASH = r"[-\u2013\u2014]"
# A percentage complete, alone or opening the cell before more words ("90% complete \u2013 on track").
_DONE = "|".join(load_vocab("status.json")["done_words"]["after_percentage"])  # "complete", "done"
_PERCENTAGE = re.compile(rf"(?P<value>\d{{1,3}})\s*%(?:\s*(?:{_DONE}))?"
                         r"\s*(?:$|[-\u2013\u2014:;,(]\s*(?P<rest>.*))", re.I | re.S)
# A band of them, from its lower bound ("60\u201399%", "60% - 99%", "60 to 99%").
_LOWER_BOUND = rf"(?P<low>\d{{1,3}})\s*%?\s*(?:{_DASH}|to)\s*"
_BAND = re.compile(rf"{_LOWER_BOUND}{_PERCENTAGE.pattern}", re.I | re.S)
# A key entry: a percentage or a band, a dash, colon or "=", and what it means, up to the next entry (after a ";",
# or a "," opening another percentage) or the end of the line.
_NEXT_ENTRY = r"(?=;|,\s*\d{1,3}\s*%?\s*(?:[-\u2013\u2014%]|to\b)|\.?\s*$)"
_BAND_ENTRY = re.compile(rf"(?P<band>(?:{_LOWER_BOUND.replace('?P<low>', '')})?\d{{1,3}}\s*%)\s*(?:{_DASH}|[:=])\s*"
                         rf"(?P<meaning>[^;]{{2,60}}?)\s*{_NEXT_ENTRY}", re.I)
_KEY_CHARS = 300  # a key line, not a paragraph of prose quoting figures


def _band(text: str) -> re.Match[str] | None:
    """A band of percentages, its lower bound below its upper ("100% \u2013 50% done" is none)."""
    m = _BAND.fullmatch(text.strip())
    return m if m and int(m.group("low")) < int(m.group("value")) else None


def _band_token(low: str, value: str) -> str:
    """A band's key token, however its dashes and spaces are printed ("60\u201399%" and "60 to 99 %" alike)."""
    return f"{int(low)}-{int(value)}%"


def progress_status(text: str, status_of: StatusOf, key: dict[str, str] | None = None,
                    banded: bool = False) -> str | None:
    """A progress cell's status: a percentage complete, outstanding below 100%
    and complete at it unless the words after it say what it still awaits
    ("100% \u2013 awaiting sign-off"); a band ("60\u201399%") as the pack's key of
    bands reads it (``band_key``), else, in a column known to give progress
    (``banded``), outstanding: a band reaching 100% ("90\u2013100%") may not
    be done. None for any other text, and for a band no key reads outside
    such a column (a range of figures, "5\u201310%", states no progress)."""
    if band := _band(text):
        return (key or {}).get(_band_token(band.group("low"), band.group("value")), OUTSTANDING if banded else None)
    m = _PERCENTAGE.fullmatch(text.strip())
    if not m:
        return None
    if int(m.group("value")) < 100:
        return OUTSTANDING
    return (status_of(m.group("rest")) if m.group("rest") else None) or COMPLETE


def band_key(texts: list[str], status_of: StatusOf) -> dict[str, str]:
    """The pack's key of bands of progress, in one line ("Progress: 100% \u2013
    done; 60\u201399% \u2013 in hand; 0\u201359% \u2013 not begun", entries after ";" or
    ",") or one entry a line: band token -> status, two entries at least
    over the line or the run of lines, as a key tells bands apart. A band
    reaching 100% is complete unless its meaning says what it still awaits;
    one below it outstanding, whatever it is called ("75\u201399% \u2013 nearly
    complete"). A lone percentage's entry ("100% \u2013 done") is read as its
    cells are (``progress_status``)."""
    key: dict[str, str] = {}
    run: list[re.Match[str]] = []  # the entries of consecutive lines that are each one entry
    for text in [*texts, ""]:
        entries = list(_BAND_ENTRY.finditer(text)) if len(text) <= _KEY_CHARS else []
        if len(entries) == 1 and entries[0].start() == 0:
            run += entries
            continue
        for found in (run if len(run) >= 2 else []) + (entries if len(entries) >= 2 else []):
            if (band := _band(found.group("band"))) is not None:
                reaches = int(band.group("value")) >= 100
                awaits = reaches and status_of(found.group("meaning")) == OUTSTANDING
                key.setdefault(_band_token(band.group("low"), band.group("value")),
                               COMPLETE if reaches and not awaits else OUTSTANDING)
        run = []
    return key


_PROGRESS_HEADINGS = ("progress", "complete", "completion", "completed", "done", "progress band")


def with_progress_column(table: Table, header: Header, status_of: StatusOf) -> Header:
    """The header with its status column found by its heading and cells where
    none is claimed yet: an unclaimed column headed as progress ("Progress",
    "% complete") whose every body cell is a percentage or a band of them."""
    if header.row < 0 or "status" in header.columns or "rag" in header.columns:
        return header
    claimed = set(header.columns.values())
    for col, text in enumerate(table.grid()[header.row]):
        cells = [cell for cell in _body_texts(table, header.row, col) if cell]
        if col not in claimed and header_matches(text, _PROGRESS_HEADINGS) and len(cells) >= 2 \
                and all(progress_status(cell, status_of, banded=True) for cell in cells):
            return Header(header.row, {**header.columns, "status": col})
    return header


# --- a row across the tracker labelled as a row's field ---------------------------

_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z '\u2019/&-]{0,40}?)\s*:\s*\S")
# A noun a field's label may end on after its word ("Lead officer", "Owner name", "Due date").
_FIELD_NOUNS = frozenset({"officer", "officers", "name", "names", "date", "person", "lead"})


def labels_a_field(text: str, field_phrases: tuple[str, ...]) -> bool:
    """Whether a row across a tracker is a "Label: value" row whose label is
    one of a row's fields (``field_phrases``, maybe with a noun after:
    "Owner: Head of Estates", "Lead officer: ..."): it groups the rows under
    it by who owns them or when they are due, and names no topic of theirs.
    A label only holding such a word ("Due diligence: ...") is a topic's."""
    m = _LABELLED.match(clean(text))
    if m is None:
        return False
    label = words(m.group("label"))
    head, _, last = label.rpartition(" ")
    return label in field_phrases or (head in field_phrases and last in _FIELD_NOUNS)
