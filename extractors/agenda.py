"""Agenda items of the pack's own meeting: number, title, presenter.

An agenda is a table under an "Agenda" heading (or any table whose header
names an item and who presents it: "Presented By", "Lead", "Officer"), or a
numbered list under that heading whose lines may end with the presenter
("4. Performance report - Chief Constable").
"""

from __future__ import annotations

import re

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.meetings import pack_meeting
from extractors.tables import blocks_text, find_header, words
from extractors.text import clean
from pipeline.layout import BlockKind, LayoutDocument, Table, TextBlock

NAME = "agenda"
VERSION = "1.0.0"

_ROLES = {
    "number": ("item no", "item number", "no", "number", "ref", "#"),
    "presenter": ("presented by", "presenter", "lead", "officer", "lead officer", "responsible", "by", "owner", "speaker"),
    "title": ("item", "agenda item", "title", "subject", "report", "business", "topic"),
}
_NUMBER = re.compile(r"^\s*(?:item\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:[.):]|\s|$)", re.I)
_TRAILING_PRESENTER = re.compile(
    r"^(?P<title>.+?)\s*(?:[\-\u2013\u2014]\s+|\(\s*|\t+|\s{3,})(?:presented\s+by\s*:?\s*|lead\s*:\s*)?"
    r"(?P<presenter>(?:the\s+)?(?:PCC|PFCC|OPCC|OPFCC|Chief\s+Constable|Deputy\s+Chief\s+Constable|ACC|DCC|T/?ACC|"
    r"Chief\s+(?:Executive|Fire\s+Officer|Finance\s+Officer)|Chair|Monitoring\s+Officer|"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s+(?:Police|Constabulary|Fire\s+and\s+Rescue\s+Service))"
    r"(?:\s*(?:/|and|&)\s*[A-Z][\w/&' -]{1,40})?)\s*\)?\s*$"
)


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    meeting_date = ctx.meeting_date or pack_meeting(doc)[1]
    result = ExtractorResult()
    for ordinal, (number, title, presenter, page) in enumerate(_agenda_items(doc)):
        result.drafts.append(factory.draft(
            "agenda_items",
            key=(number or f"#{ordinal}",),
            page=page,
            confidence=0.9 if number else 0.7,
            meeting_date=meeting_date,
            number=number,
            title=title,
            presenter=presenter,
        ))
    return result


AgendaItem = tuple[str | None, str, str | None, int | None]


def _agenda_items(doc: LayoutDocument) -> list[AgendaItem]:
    """The first agenda the pack prints (later ones belong to reports)."""
    under_agenda = False
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            items = _from_table(block, under_agenda)
            if items:
                return items
            under_agenda = False
        elif words(block.text) in {"agenda", "meeting agenda", "agenda items"}:
            under_agenda = True
            items = _from_lines(doc.blocks[index + 1:])
            if items:
                return items
    return []


def _from_table(table: Table, under_agenda: bool) -> list[AgendaItem]:
    header = find_header(table, _ROLES, required=("title", "presenter"))
    if header is None and not under_agenda:
        return []
    columns = header.columns if header else {}
    first = header.first_body_row if header else table.header_rows
    grid = table.grid()
    number_col = columns.get("number")
    if number_col is None:
        number_col = _numbered_column(grid[first:], exclude=set(columns.values()))
    title_col = columns.get("title")
    if title_col is None:
        free = [c for c in range(table.n_cols) if c != number_col and c not in columns.values()]
        if not free:
            return []
        title_col = free[0]
    presenter_col = columns.get("presenter")
    if presenter_col is None and header is None:
        free = [c for c in range(table.n_cols) if c not in (number_col, title_col)]
        presenter_col = free[-1] if free else None
    items: list[AgendaItem] = []
    for row in range(first, table.n_rows):
        title_cell = table.cell(row, title_col)
        title = blocks_text(title_cell.blocks, " ") if title_cell and title_cell.row == row else ""
        number = _number(grid[row][number_col]) if number_col is not None else None
        if number_col is None or number_col == title_col:
            number, title = _split_number(title)
        if not title:
            continue
        presenter = clean(grid[row][presenter_col]) if presenter_col is not None else ""
        items.append((number, title, presenter or None, table.page_of_row(row)))
    if header is None and not any(number for number, *_ in items):
        return []  # a table under the heading that lists no numbered items is not the agenda
    return items


def _numbered_column(rows: list[list[str]], exclude: set[int]) -> int | None:
    """The column whose cells are mostly bare item numbers."""
    if not rows:
        return None
    for col in range(len(rows[0])):
        if col in exclude:
            continue
        numbered = sum(1 for r in rows if _number(r[col]) and len(r[col].strip()) <= 8)
        if numbered >= max(1, len(rows) // 2):
            return col
    return None


def _number(text: str) -> str | None:
    m = _NUMBER.match(clean(text))
    return m.group("number") if m else None


def _split_number(text: str) -> tuple[str | None, str]:
    """("4", "Performance report") from "4. Performance report"."""
    m = _NUMBER.match(text)
    if not m:
        return None, text
    return m.group("number"), text[m.end():].strip(" .:)-\u2013")


def _from_lines(blocks) -> list[AgendaItem]:
    """Numbered list items or numbered paragraphs, up to the next heading or table."""
    items: list[AgendaItem] = []
    for block in blocks:
        if isinstance(block, Table) or block.kind is BlockKind.HEADING:
            break
        number = _number(block.marker) if isinstance(block, TextBlock) and block.marker else None
        text = clean(block.text)
        if number is None:
            number, text = _split_number(text)
        if number is None:
            if items:
                break
            continue
        m = _TRAILING_PRESENTER.match(text)
        title, presenter = (m.group("title").strip(" -\u2013"), m.group("presenter").strip()) if m else (text, None)
        items.append((number, title, presenter, block.prov.page))
    return items
