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
from extractors.tables import blocks_text, find_header, header_matches, leading_number, words
from extractors.text import clean
from pipeline.layout import BlockKind, Cell, LayoutDocument, Table, TextBlock

NAME = "agenda"
VERSION = "1.2.0"

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

# A presenter in brackets at the end of a line: a name or role of a few
# capitalised words, no dates or figures.
_BRACKETED_PRESENTER = re.compile(
    r"^(?P<title>.+?)\s*\(\s*(?P<presenter>[A-Z][\w'\u2019.-]*(?:[ ,/&]+[\w'\u2019.-]+){0,5})\s*\)\s*$")


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
    """The first agenda the pack prints (later ones belong to reports). A
    table without a header of its own is the agenda only when it follows the
    "Agenda" heading closely (a column-header line may sit between)."""
    agenda_heading: int | None = None
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            items = _from_table(block, agenda_heading is not None and index - agenda_heading <= 2)
            if items:
                return items
        elif words(block.text) in {"agenda", "meeting agenda", "agenda items"}:
            agenda_heading = index
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
    title_col = columns.get("title")
    if number_col is None and title_col is not None and _bare_numbers(table, first, title_col):
        # "Item | Title | Lead": the column headed "Item" holds the numbers
        number_col = title_col
        title_col = _titled_column(table, header.row, exclude={number_col, *columns.values()}) if header else None
    if number_col is None:
        number_col = _numbered_column(table, first, exclude=set(columns.values()))
    if title_col is None and number_col is not None and _numbers_inline(table, first, number_col):
        title_col = number_col  # "1. Apologies" in one cell, or a numbered list item
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
        title_blocks = title_cell.blocks if title_cell and title_cell.row == row else ()
        number_cell = table.cell(row, number_col) if number_col is not None else None
        number = _cell_number(number_cell) if number_cell and number_col != title_col else None
        title = blocks_text(title_blocks, " ")
        if number is None and title_blocks:
            number, first_line = leading_number(title_blocks[0])
            title = " ".join([first_line, *(clean(b.text) for b in title_blocks[1:])]).strip()
        presenter = clean(grid[row][presenter_col]) if presenter_col is not None else ""
        if not title:
            continue
        if number is None and items and items[-1][0] is not None:
            # a title that wrapped onto a row of its own in an unruled table
            last_number, last_title, last_presenter, page = items[-1]
            items[-1] = (last_number, f"{last_title} {title}", last_presenter or presenter or None, page)
            continue
        items.append((number, title, presenter or None, table.page_of_row(row)))
    if header is None and not any(number for number, *_ in items):
        return []  # a table under the heading that lists no numbered items is not the agenda
    return items


def _numbers_inline(table: Table, first: int, col: int) -> bool:
    """True when the column's numbered cells also hold the item's title."""
    inline = total = 0
    for row in range(first, table.n_rows):
        cell = table.cell(row, col)
        blocks = [b for b in cell.blocks if b.text.strip()] if cell and cell.row == row else []
        if blocks:
            total += 1
            number, rest = leading_number(blocks[0])
            inline += bool(number and rest)
    return inline * 2 > total


def _cell_number(cell: Cell) -> str | None:
    blocks = [b for b in cell.blocks if b.text.strip() or b.marker]
    if not blocks:
        return None
    number, rest = leading_number(blocks[0])
    if number is None:
        m = _NUMBER.match(clean(blocks[0].text))
        number = m.group("number") if m else None
    return number


def _bare_numbers(table: Table, first: int, col: int) -> bool:
    """True when the column's cells hold nothing but item numbers."""
    texts = [clean(table.grid()[row][col]) for row in range(first, table.n_rows)]
    texts = [t for t in texts if t]
    return bool(texts) and all(_NUMBER.fullmatch(t.rstrip(".)")) for t in texts)


def _titled_column(table: Table, header_row: int, exclude: set[int]) -> int | None:
    """The column headed as a title ("Title", "Subject"), else the first free one."""
    free = [c for c in range(table.n_cols) if c not in exclude]
    titled = [c for c in free if header_matches(table.grid()[header_row][c], _ROLES["title"])]
    return (titled or free or [None])[0]


def _numbered_column(table: Table, first: int, exclude: set[int]) -> int | None:
    """The column whose cells mostly start with an item number."""
    rows = range(first, table.n_rows)
    for col in range(table.n_cols):
        if col in exclude:
            continue
        numbered = sum(1 for row in rows if (cell := table.cell(row, col)) and cell.row == row and _cell_number(cell))
        if numbered >= max(1, len(rows) // 2):
            return col
    return None


def _from_lines(blocks) -> list[AgendaItem]:
    """Numbered list items or numbered paragraphs, up to the next heading or
    table. A line ends with its presenter after a dash ("- Chief Constable"),
    or in brackets ("(Deputy Commissioner)") where most lines end so: a
    bracket only some lines end with is part of their title."""
    lines: list[tuple[str, str, int | None]] = []
    for block in blocks:
        if isinstance(block, Table) or block.kind is BlockKind.HEADING:
            break
        number, text = leading_number(block)
        if number is None:
            if lines:
                break
            continue
        lines.append((number, text, block.prov.page))
    bracketed = sum(1 for _, text, _ in lines if _BRACKETED_PRESENTER.match(text))
    presenters_bracketed = bracketed >= 2 and bracketed * 2 >= len(lines)
    items: list[AgendaItem] = []
    for number, text, page in lines:
        m = (presenters_bracketed and _BRACKETED_PRESENTER.match(text)) or _TRAILING_PRESENTER.match(text)
        title, presenter = (m.group("title").strip(" -\u2013"), m.group("presenter").strip()) if m else (text, None)
        items.append((number, title, presenter, page))
    return items
