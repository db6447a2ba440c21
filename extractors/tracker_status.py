"""Action tracker statuses printed in forms other than a status cell's words,
for extractors/actions.py: a mark in one of several columns each headed by a
status ("Complete | Ongoing | Not started"), read as the ticked column's
heading; progress as a percentage or a band of one ("100%", "50–99%"), read
through the pack's key of bands where it prints one; and a row across the
tracker labelled as one of a row's fields ("Owner: Head of Communications"),
which groups the rows under it by that field and names no topic.

Free of I/O: each function reads a table or a text, and status words
through ``status_of`` (actions.status_of_words, status.json's words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.assurance_levels import CHECKED
from extractors.tables import Header, header_matches, words
from extractors.text import clean
from pipeline.layout import Table

COMPLETE, OUTSTANDING = "complete", "outstanding"
StatusOf = Callable[[str], "str | None"]

# --- a mark in one of several status columns -------------------------------------

_MARK = re.compile(rf"(?:{CHECKED.pattern})|x", re.I)
_HEADING_WORDS = 4  # a status column's heading is a status and no more ("Not yet started")


def tick_columns(table: Table, header: Header, status_of: StatusOf) -> dict[int, str]:
    """The columns headed each by a status alone whose body cells hold a mark
    or nothing ("Complete | Ongoing | Not started", a tick in one of them a
    row): column -> the status its heading states. Empty unless two or more
    are and one of their cells at least is marked."""
    if header.row < 0:
        return {}
    headings = table.grid()[header.row]
    columns = {col: status for col, text in enumerate(headings)
               if len(words(text).split()) <= _HEADING_WORDS and (status := status_of(text))
               and all(not cell or _MARK.fullmatch(cell) for cell in _body_texts(table, header.row, col))}
    marked = any(_MARK.fullmatch(cell) for col in columns for cell in _body_texts(table, header.row, col))
    return columns if len(columns) >= 2 and marked else {}


def _body_texts(table: Table, header_row: int, col: int) -> list[str]:
    """The text of a column's own cells under the header (rows across the table left out)."""
    return [clean(cell.text) for row in range(header_row + 1, table.n_rows)
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
_PERCENTAGE = re.compile(r"(?P<value>\d{1,3})\s*%(?:\s*(?:complete|completed|done))?"
                         r"\s*(?:$|[-\u2013\u2014:;,(]\s*(?P<rest>.*))", re.I | re.S)
# A band of them, from its lower bound ("50\u201399%", "50% - 99%", "50 to 99%").
_BAND = re.compile(rf"(?P<low>\d{{1,3}})\s*%?\s*(?:{_DASH}|to)\s*{_PERCENTAGE.pattern}", re.I | re.S)
# A key entry: a percentage or a band, a dash, colon or "=", and what it means, up to the next entry.
_BAND_ENTRY = re.compile(rf"(?P<band>(?:\d{{1,3}}\s*%?\s*{_DASH}\s*)?\d{{1,3}}\s*%)\s*(?:{_DASH}|[:=])\s*"
                         r"(?P<meaning>[^;]{2,60}?)\s*(?=;|\.?\s*$)")


def _band(text: str) -> re.Match[str] | None:
    """A band of percentages, its lower bound below its upper ("100% \u2013 50% done" is none)."""
    m = _BAND.fullmatch(text.strip())
    return m if m and int(m.group("low")) < int(m.group("value")) else None


def _band_token(low: str, value: str) -> str:
    """A band's key token, however its dashes and spaces are printed ("50\u201399%" and "50 - 99 %" alike)."""
    return f"{int(low)}-{int(value)}%"


def progress_status(text: str, status_of: StatusOf, key: dict[str, str] | None = None) -> str | None:
    """A progress cell's status: a percentage complete, outstanding below 100%
    and complete at it unless the words after it say what it still awaits
    ("100% \u2013 awaiting sign-off"); a band ("50\u201399%") as the pack's key of
    bands reads it (``band_key``), else outstanding: a band reaching 100%
    ("90\u2013100%") may not be done. None for any other text."""
    if band := _band(text):
        return (key or {}).get(_band_token(band.group("low"), band.group("value")), OUTSTANDING)
    m = _PERCENTAGE.fullmatch(text.strip())
    if not m:
        return None
    if int(m.group("value")) < 100:
        return OUTSTANDING
    return (status_of(m.group("rest")) if m.group("rest") else None) or COMPLETE


def band_key(text: str, status_of: StatusOf) -> dict[str, str]:
    """A key line's bands of progress ("Progress bands: 100% \u2013 complete;
    50\u201399% \u2013 well advanced; 0\u201349% \u2013 started or not yet started"):
    band token -> status, two entries at least, as a key tells bands apart.
    A band reaching 100% is complete unless its meaning says what it still
    awaits; one below it outstanding, whatever it is called ("75\u201399% \u2013
    nearly complete"). A lone percentage's entry ("100% \u2013 complete") is
    read as its cells are (``progress_status``)."""
    entries = list(_BAND_ENTRY.finditer(text)) if len(text) <= 300 else []
    if len(entries) < 2:
        return {}
    key: dict[str, str] = {}
    for entry in entries:
        if (band := _band(entry.group("band"))) is None:
            continue
        reaches = int(band.group("value")) >= 100
        awaits = reaches and status_of(entry.group("meaning")) == OUTSTANDING
        key[_band_token(band.group("low"), band.group("value"))] = COMPLETE if reaches and not awaits else OUTSTANDING
    return key


# --- a row across the tracker labelled as a row's field ---------------------------

_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z '\u2019/&-]{0,40}?)\s*:\s*\S")
_LABEL_WORDS = 4  # a field's label ("Responsible officer"), not a sentence before a colon


def labels_a_field(text: str, field_phrases: tuple[str, ...]) -> bool:
    """Whether a row across a tracker is a "Label: value" row whose label
    names one of a row's fields (``field_phrases``: "Owner: Superintendent,
    Operations", "Lead officer: ..."): it groups the rows under it by who
    owns them or when they are due, and names no topic of theirs."""
    m = _LABELLED.match(clean(text))
    return bool(m) and len(words(m.group("label")).split()) <= _LABEL_WORDS \
        and header_matches(m.group("label"), field_phrases)
