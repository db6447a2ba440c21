"""Agenda items of the pack's own meeting: number, title, presenter.

An agenda is recognised by its context and read by its content, not by a
fixed layout: it opens under a heading that says so ("Agenda", "Items for
Discussion") and runs as long as its item numbers run on ("4", "4a", "4b",
"5", "5.1", "6A"), through numbered lines, list items and tables alike, past
times printed on lines of their own, descriptions, "Lead: ..." lines and
sub-headings such as "Part 2 (exempt)" after which the numbering continues.
It ends where the numbering starts again (the minutes of the previous
meeting), or a few blocks after the last item.

A table's columns are told apart by what their cells hold: item numbers,
times, presenters (roles and titles of office, "All"), titles (the longest
text), and anything else (a purpose or paper reference) left aside; where
the items are numbered, a row left unnumbered ("Comfort break", "Close") is
the timetable's. A presenter not in a column of its own ends the title: after
a tab or a dash, in brackets, or on a line of its own below ("Presented by the
Chief Constable", or a line naming a role under a bold item, plain or italic);
a purpose in brackets after it ("(for decision)") is neither.
Without an agenda heading, a table whose header names the item and who
presents it is the agenda, unless its header makes it a tracker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.dates import opens_with_date
from extractors.meetings import (AGENDA_ROLES, is_agenda_heading, is_agenda_table, looks_like_presenter, pack_meeting,
                                 presenter_line)
from extractors.tables import (DOTTED_NUMBER, bilingual_side, header_matches, in_english, leading_number,
                               logical_tables, words)
from extractors.text import clean, strip_bullet
from pipeline.layout import Block, BlockKind, Cell, LayoutDocument, Table, TextBlock

NAME = "agenda"
VERSION = "2.17.0"

_NUMBER = re.compile(r"^\s*(?:item\s+)?(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*(?:[.):\u2013\u2014-]\s*)?$", re.I)
_TIME = re.compile(r"^\d{1,2}(?:[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))$", re.I)
_OPENING_TIME = re.compile(r"^\d{1,2}(?:[.:]\d{2}|\s*(?:am|pm)\b)", re.I)
_PLACEHOLDER = re.compile(r"^[\s\u2013\u2014\-/]*(?:n/?a)?[\s\u2013\u2014\-/]*$", re.I)
# The presenter at the end of a title: after a dash, or in brackets (a tab is read from the block's own text).
_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[\-\u2013\u2014]\s*\(?(?P<presenter>[^()\-\u2013\u2014]+?)\)?\s*$")
_BRACKETED = re.compile(r"^(?P<title>.+?)\s*[\-\u2013\u2014]?\s*\(\s*(?P<presenter>[^()]+?)\s*\)\s*$")
# A bracketed name or role of a few capitalised words, no dates or figures.
# A pack's page range after a title ("(Pages 1 - 2)", "(Page 3)", "[pp. 4-5]", or unbracketed at its end,
# "Action log  Pages 3 - 4"): where the paper sits, no presenter.
_PAGES = r"(?:pages?|pp?\.?)\s*\d{1,4}(?:\s*(?:[\-\u2013\u2014,&]|to|and)\s*\d{1,4})*"
_PAGE_RANGE = re.compile(rf"\s*[(\[]\s*{_PAGES}\s*[)\]]|\s+{_PAGES}\s*$", re.I)
_BRACKETED_NAME = re.compile(r"^[A-Z][\w'\u2019.-]*(?:[ ,/&]+[\w'\u2019.-]+){0,8}$")
# An item's purpose in brackets at the end of its line ("(for decision)", "(For information and noting)"): what
# the board is asked to do, neither title nor presenter.
_PURPOSES = r"(?:decision|information|assurance|noting|note|discussion|approval|agreement|consideration|comment|" \
            r"endorsement|scrutiny|awareness|debate|update)"
_PURPOSE = re.compile(rf"\s*[(\[]\s*for\s+{_PURPOSES}(?:\s*(?:,|/|&|and|or)\s*{_PURPOSES})*\s*[)\]]\s*$", re.I)
_BRANCH = re.compile(r"\s*\((?P<branch>[A-Z][\w'\u2019&, -]{1,40})\)\s*$")  # "(Local Policing)" after a role
_JOINING_WORDS = {"and", "of", "the", "for", "to", "in"}  # the lower-case words of a role's title ("Head of Crime")
_MAX_GAP = 3  # blocks an agenda runs on past its last item (descriptions, papers, times)
_MAX_LEAD_IN = 2  # blocks between the agenda heading and its first item
_MIN_LISTED = 3  # items of an agenda that only its bracketed presenters make one


@dataclass(frozen=True, slots=True)
class _Item:
    number: str | None
    title: str
    presenter: str | None
    page: int | None
    presenter_in_title: bool = True  # no presenter column: a suffix of the title may name one


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    meeting_date = ctx.meeting_date or pack_meeting(doc)[1]
    result = ExtractorResult()
    side = bilingual_side(doc)  # a bilingual pack's items are titled on their English side
    for ordinal, item in enumerate(_agenda_items(doc)):
        result.drafts.append(factory.draft(
            "agenda_items",
            key=(item.number or f"#{ordinal}",),
            page=item.page,
            confidence=0.9 if item.number else 0.7,
            meeting_date=meeting_date,
            number=item.number,
            title=in_english(item.title, side),
            presenter=in_english(item.presenter, side) if item.presenter else None,
        ))
    return result


def _agenda_items(doc: LayoutDocument) -> list[_Item]:
    """The first agenda the pack prints (later ones belong to reports)."""
    blocks = doc.blocks
    joined = dict(logical_tables(blocks))
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            # the table a reader sees (a header row ruled apart from the borderless rows below it joined to
            # them: logical_tables), else the part alone
            whole = joined.get(index, block)
            for table in [whole, block] if whole is not block else [block]:
                if is_agenda_table(table):
                    items = _table_items(table, None)
                    if items:
                        return _split_presenters(items)
        elif is_agenda_heading(block):
            items = _read_agenda(blocks, index + 1, block.level if block.kind is BlockKind.HEADING else 0)
            if items:
                return _split_presenters(items)
    return _presented_list(blocks)


def _presented_list(blocks: tuple[Block, ...]) -> list[_Item]:
    """An agenda under no heading, typed as numbered paragraphs from 1, each
    naming its presenter in brackets ("1. Welcome and introductions (Mayor)"):
    the brackets on every item tell it from minutes numbered the same way."""
    for index, block in enumerate(blocks):
        if isinstance(block, Table) or block.kind is BlockKind.HEADING or _item_number(block)[0] != "1":
            continue
        items = _read_agenda(blocks, index, 0)
        bracketed = [_bracketed(item.title) for item in items]
        if len(items) >= _MIN_LISTED and all(m and looks_like_presenter(m.group("presenter")) for m in bracketed):
            return _split_presenters(items)
        return []  # the pack's first numbered list is not its agenda
    return []


def _read_agenda(blocks: tuple[Block, ...], start: int, level: int) -> list[_Item]:
    """The items from ``start`` on, for as long as their numbering runs on:
    a heading as high as the agenda's own (``level``) ends them, a
    sub-heading only where the numbering does not carry on below it."""
    items: list[_Item] = []
    item_line = -1  # the block of the last item's numbered line
    gap = 0
    for index in range(start, len(blocks)):
        block = blocks[index]
        last = items[-1].number if items else None
        if gap > (_MAX_GAP if items else _MAX_LEAD_IN):
            break
        if isinstance(block, Table):
            rows = _table_items(block, last)
            if rows:
                items += rows
                gap = 0
            elif items:
                break  # a table that lists no items of this agenda ends it
            else:
                gap += 1  # a block of meeting details between the heading and the items
            continue
        text = clean(block.text)
        if not text or _TIME.match(text):
            continue  # a time on a line of its own heads the item below it
        number, title = _item_number(block, last)
        if number is not None:
            if not _follows(last, number):
                break  # the numbering starts again: another list (the previous meeting's minutes)
            title, presenter = _tab_presenter(block, title)
            items.append(_Item(number, title, presenter, block.prov.page, presenter_in_title=presenter is None))
            item_line = index
            gap = 0
            continue
        presenter = _labelled_presenter(text)
        if presenter is None and item_line == index - 1 and items[-1].presenter_in_title \
                and _presenter_under(blocks[item_line], block):
            presenter = text  # the line under a bold item names who presents it
        if presenter and items and items[-1].presenter is None:
            items[-1] = replace(items[-1], presenter=presenter, presenter_in_title=False)
            continue
        if block.kind is BlockKind.HEADING and items and (
                block.level <= level or not _continues_after(blocks, index, last)):
            break
        if item_line == index - 1 and _is_dash_line(block) and not _is_dash_line(_next_text(blocks, index)):
            # a dash line right under an item's line, none after it: the title wrapped at its separator
            items[-1] = replace(items[-1], title=f"{items[-1].title} {_title_line(block)}")
            continue
        if block.kind is BlockKind.LIST_ITEM and items:
            continue  # a bullet point under an item
        gap += 1
    return items


def _labelled_presenter(text: str) -> str | None:
    """``presenter_line``, where the role carries its branch in brackets
    ("Lead: Assistant Chief Constable (Local Policing)"): kept as printed."""
    branch = _BRANCH.search(text)
    if branch is None:
        return presenter_line(text)
    role = presenter_line(text[:branch.start()])
    return f"{role} ({branch.group('branch')})" if role else None


def _presenter_under(item_line: TextBlock, line: TextBlock) -> bool:
    """A presenter printed as a paragraph of its own right under a bold item
    line ("Chief Executive" under "4. Minutes of the last meeting"), plain or
    in italics, or in italics under an item that is not: it names a role or
    a person, not in the item's bold; a purpose line ("For assurance"), a
    date ("8th June 2027") or an explanatory paragraph names no one."""
    text = clean(line.text)
    # unlabelled, the line must read as a name or a title throughout: "Chief Constable's report on performance" is
    # a description
    titled = all(word[:1].isupper() or word.lower() in _JOINING_WORDS for word in re.split(r"[\s,/&]+", text) if word)
    # set apart from the item by its type: plain under a bold item, or italic under an item that is not
    # ("**Item 3**  Title" over an italic "Director of Finance")
    set_apart = (item_line.is_bold and not line.is_bold) or (line.is_italic and not item_line.is_italic)
    return line.kind is BlockKind.PARAGRAPH and set_apart and titled and looks_like_presenter(text)


def _tab_presenter(block: TextBlock, title: str) -> tuple[str, str | None]:
    """An item's line that sets its presenter after a tab ("Neighbourhood
    policing<TAB>Head of Neighbourhoods"): the title is the text before the
    tab where the last tab-separated piece names a role or an office."""
    pieces = [piece for piece in (clean(p) for p in block.text.split("\t")) if piece]
    presenter = pieces[-1] if len(pieces) > 1 else ""
    if not presenter or not title.endswith(presenter) or len(presenter) >= len(title) or not looks_like_presenter(presenter):
        return title, None
    return title[:-len(presenter)].strip(), presenter


def _next_text(blocks: tuple[Block, ...], index: int) -> TextBlock | None:
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return after if isinstance(after, TextBlock) else None


def _continues_after(blocks: tuple[Block, ...], index: int, last: str | None, window: int = 3) -> bool:
    """True when the next numbered block within ``window`` after a sub-heading
    ("Part 2 - exempt items") carries on the agenda's numbering."""
    for block in blocks[index + 1:index + 1 + window]:
        if isinstance(block, Table):
            return bool(_table_items(block, last))
        number, _ = _item_number(block, last)
        if number is not None:
            return _follows(last, number)
    return False


_NUMBER_PARTS = re.compile(r"^(?P<major>\d+)(?:\.(?P<minor>\d+)|(?P<letter>[a-z]))?$", re.I)


def _follows(previous: str | None, number: str) -> bool:
    """True when ``number`` can come next after ``previous`` in one agenda:
    the next item (a number may be skipped, as exempt items are), or the
    next sub-item ("4" -> "4a" -> "4b" -> "5", "5" -> "5.1" -> "5.2" -> "6")."""
    if previous is None:
        return True
    before, after = _NUMBER_PARTS.match(previous), _NUMBER_PARTS.match(number)
    if not (before and after):
        return False

    def sub(m: re.Match[str]) -> int:
        if m.group("minor"):
            return int(m.group("minor"))
        return ord(m.group("letter").lower()) - ord("a") + 1 if m.group("letter") else 0

    major_before, major_after = int(before.group("major")), int(after.group("major"))
    if major_after == major_before:
        return sub(after) == sub(before) + 1
    return major_after in (major_before + 1, major_before + 2) and sub(after) <= 1


def _is_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(text))


# --- tables -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Columns:
    number: int | None
    title: int
    presenter: int | None
    first_row: int
    time: int | None = None  # a timed agenda's column of start times


def _table_items(table: Table, last: str | None) -> list[_Item]:
    """The agenda items a table lists, numbered on from ``last``; [] when it
    lists none (a block of meeting details, a tracker)."""
    columns = _columns(table)
    if columns is None:
        return []
    items: list[_Item] = []
    for row in range(columns.first_row, table.n_rows):
        title_cell = table.cell(row, columns.title)
        if title_cell is None or title_cell.row != row:
            continue
        title_blocks = _title_blocks(title_cell)
        number = None
        if columns.number is not None and columns.number != columns.title:
            number_cell = table.cell(row, columns.number)
            number = _cell_number(number_cell) if number_cell and number_cell.row == row else None
        first_line = strip_bullet(clean(title_blocks[0].text)) if title_blocks else ""
        if number is None and title_blocks:
            number, numbered_line = _item_number(title_blocks[0])
            first_line = numbered_line if number is not None else first_line
        title = " ".join(line for line in [first_line, *(_title_line(b) for b in title_blocks[1:])] if line).strip()
        if not title:
            continue
        presenter = _presenter_cell(table, row, columns.presenter)
        # a timed agenda's row is an item of its own, numbered or not; an untimed row under it is a note
        timed = columns.time is not None and _TIME.match(clean(table.grid()[row][columns.time])) is not None
        if number is None and not timed:
            if items and _wrapped(items[-1].title, title):
                # a title that wrapped onto a row of its own in an unruled table
                items[-1] = replace(items[-1], title=f"{items[-1].title} {title}")
                continue
            if items or last is not None:
                continue  # a note under an item ("Papers: ..."), not an item
        elif number is not None and not items and not _follows(last, number):
            return []  # numbered apart from the items above it: another list
        items.append(_Item(number, title, presenter, table.page_of_row(row), columns.presenter is None))
    if any(item.number for item in items):
        # where the agenda numbers its items, a row it leaves unnumbered is the timetable's ("Comfort break", "Close")
        return [item for item in items if item.number]
    has_header = columns.first_row > 0
    return items if has_header and last is None and is_agenda_table(table) else []


def _columns(table: Table) -> _Columns | None:
    """Which column holds what, from the cells' content, with the header's
    words deciding between columns the content leaves open."""
    first = _first_body_row(table)
    body = range(first, table.n_rows)
    if not body:
        return None
    texts = {c: [clean(table.grid()[r][c]) for r in body] for c in range(table.n_cols)}
    filled = {c: [t for t in ts if t and not _is_placeholder(t)] for c, ts in texts.items()}

    def share(col: int, test) -> float:
        return sum(1 for t in filled[col] if test(t)) / len(filled[col]) if filled[col] else 0.0

    times = {c for c in filled if share(c, _TIME.match) >= 0.6}
    numbers = [c for c in range(table.n_cols)
               if c not in times and filled[c] and sum(1 for r in body if _row_cell_number(table, r, c)) >= 0.6 * len(filled[c])]
    named = _named_columns(table, first - 1) if first else {}
    number = numbers[0] if numbers else None
    taken = times | {number}
    presenters = [c for c in filled if c not in taken and share(c, looks_like_presenter) >= 0.5]
    named_presenter = named.get("presenter")
    presenter = named_presenter if named_presenter is not None and named_presenter not in taken and filled[
        named_presenter] else (presenters[-1] if presenters else None)
    free = [c for c in range(table.n_cols) if c not in taken and c != presenter and filled[c]]
    if number is not None and _numbers_inline(table, first, number):
        free.insert(0, number)  # "1. Apologies" in one cell
    if not free:
        return None
    # the column the header names the title; where that one holds the numbers ("Eitem / Item"), the next it
    # names so ("Title" beside a bilingual pack's "Teitl")
    titled = [c for c in free if c == named.get("title")] or [
        c for c in free if first and named.get("title") not in free and header_matches(table.grid()[first - 1][c], AGENDA_ROLES["title"])]
    title = titled[0] if titled and _mean_length(filled[titled[0]]) >= 8 else max(
        free, key=lambda c: _mean_length(filled[c]))
    return _Columns(number, title, presenter, first, min(times) if times else None)


def _named_columns(table: Table, header_row: int) -> dict[str, int]:
    """The columns the header row names, by role (each cell names one)."""
    named: dict[str, int] = {}
    for col, text in enumerate(table.grid()[header_row]):
        role = next((r for r, phrases in AGENDA_ROLES.items() if r not in named and header_matches(text, phrases)), None)
        if role and col not in named.values():
            named[role] = col
    return named


def _mean_length(texts: list[str]) -> float:
    return sum(len(t) for t in texts) / len(texts) if texts else 0.0


def _first_body_row(table: Table) -> int:
    """The first row below the header: the top rows of short labels in which
    no cell is numbered or timed, where a later row is (merged header cells
    repeat their label across the columns they span)."""
    first = 0
    while first < min(3, table.n_rows - 1):
        cells = [c for c in table.row_cells(first) if c.row == first]
        texts = [clean(" ".join(b.text for b in c.blocks)) for c in cells]
        if any(_cell_number(c) for c in cells) or any(len(t.split()) > 4 or _TIME.match(t) for t in texts):
            break
        first += 1
    if first and not any(_row_cell_number(table, r, c) for r in range(first, table.n_rows) for c in range(table.n_cols)):
        return table.header_rows if table.header_rows and table.header_rows < table.n_rows else first
    return first


def _row_cell_number(table: Table, row: int, col: int) -> str | None:
    cell = table.cell(row, col)
    return _cell_number(cell) if cell and cell.row == row else None


def _title_blocks(cell: Cell) -> list[TextBlock]:
    """A title cell's lines that make the title: its first line and the
    lines it wrapped onto, not the bullet points or "Papers: ..." notes below."""
    blocks = [b for b in cell.blocks if b.text.strip()]
    if not blocks:
        return []
    kept = [blocks[0]]
    dash_lines = sum(1 for b in blocks[1:] if _is_dash_line(b))
    for block in blocks[1:]:
        # one line opening with a dash is the title wrapped at its separator ("... - 14 April 2026"),
        # where several are sub-points
        wrapped_at_dash = _is_dash_line(block) and dash_lines == 1
        if (block.kind is BlockKind.LIST_ITEM and not wrapped_at_dash) or re.match(r"^[A-Z][\w ]{0,20}:\s", clean(block.text)):
            break
        kept.append(block)
    if len(kept) == 1 and kept[0].kind is BlockKind.LIST_ITEM and _item_number(kept[0])[0] is None:
        return []  # a cell of bullet points only: sub-points of the item above
    return kept


def _is_dash_line(block: TextBlock | None) -> bool:
    return block is not None and block.kind is BlockKind.LIST_ITEM and block.marker in ("-", "\u2013", "\u2014")


def _title_line(block: TextBlock) -> str:
    """A title's line after its first: a line wrapped at a dash keeps it."""
    return clean(f"{block.marker} {block.text}") if _is_dash_line(block) else strip_bullet(clean(block.text))


def _presenter_cell(table: Table, row: int, col: int | None) -> str | None:
    if col is None:
        return None
    text = clean(table.grid()[row][col])
    # a date in the lead column ("Date of the next meeting | 3rd March") says when, not who presents
    return None if _is_placeholder(text) or opens_with_date(text) else text


def _wrapped(previous: str, text: str) -> bool:
    """True when ``text`` reads as the rest of the title above it."""
    return text[:1].islower() or bool(re.search(r"(?:[,:;&\-\u2013]|\b(?:and|of|the|for|to|in|on|with))$", previous))


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
    """The item number a cell holds alone ("3", "6A", "5.1", "Item 2 -"),
    or opens with as a list marker or typed number."""
    blocks = [b for b in cell.blocks if b.text.strip() or b.marker]
    if not blocks:
        return None
    text = clean(blocks[0].text)
    if _TIME.match(text) and not _NUMBER_PARTS.match(text.rstrip(".")):
        return None
    m = _NUMBER.match(text)
    if m:
        return m.group("number")
    number, rest = _item_number(blocks[0])
    return number if rest else None


def _item_number(block: TextBlock, last: str | None = None) -> tuple[str | None, str]:
    """``leading_number``, with sub-item numbers ("5.1 Title" after item 5),
    and no number for a line that opens with a date or a time ("17 March
    2025", "13.00", "2:00 pm")."""
    text = clean(block.text)
    if block.marker and not any(c.isalnum() for c in block.marker):
        return None, text  # a bullet point, whatever figure it opens with
    dotted = DOTTED_NUMBER.match(block.marker or text)
    if dotted and last is not None and _follows(last, dotted.group("number")):
        return dotted.group("number"), (text if block.marker else text[dotted.end():]).strip()
    number, rest = leading_number(block)
    if number is not None and not block.marker and (
            _OPENING_TIME.match(text) or opens_with_date(text)):
        return None, text
    return number, rest


# --- presenters in titles -----------------------------------------------------------------------------------


def _split_presenters(items: list[_Item]) -> list[_Item]:
    """Presenters printed at the end of their titles: after a dash when the
    words name a role, or in brackets when they name a role or where most
    items end so (a bracket only some titles end with, naming no role, is
    part of them); a bracket that labels its presenter ("(Lead: Head of
    Crime)") names them wherever it stands. A pack's page range and an item's purpose in brackets
    ("(for decision)") are neither title nor presenter."""
    items = [replace(item, title=_without_page_range(_without_purpose(item.title))) for item in items]
    bracketed = sum(1 for item in items if item.presenter_in_title and _bracketed(item.title))
    names_bracketed = bracketed >= 2 and bracketed * 2 >= len(items)
    out = []
    for item in items:
        if not item.presenter_in_title or item.presenter:
            out.append(item)
            continue
        labelled = _BRACKETED.match(item.title)
        presenter = presenter_line(labelled.group("presenter")) if labelled else None
        if presenter:  # a labelled bracket: "Contact centre performance (Lead: Head of Public Contact)"
            out.append(replace(item, title=labelled.group("title").strip(" -\u2013\u2014"), presenter=presenter))
            continue
        m = _bracketed(item.title)
        if m and (names_bracketed or looks_like_presenter(m.group("presenter"))):
            out.append(replace(item, title=m.group("title").strip(" -\u2013\u2014"), presenter=m.group("presenter")))
            continue
        m = _SUFFIX.match(item.title)
        if m and looks_like_presenter(m.group("presenter")):
            out.append(replace(item, title=m.group("title").strip(), presenter=m.group("presenter").strip()))
            continue
        out.append(item)
    return out


def _without_purpose(title: str) -> str:
    return clean(_PURPOSE.sub("", title)) or title


def _without_page_range(title: str) -> str:
    return clean(_PAGE_RANGE.sub(" ", title)) or title


def _bracketed(title: str) -> re.Match[str] | None:
    m = _BRACKETED.match(title)
    return m if m and _BRACKETED_NAME.match(m.group("presenter")) else None
