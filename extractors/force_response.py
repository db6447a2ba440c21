"""Force response tables: the inspection's AFIs, causes of concern and
recommendations quoted row by row beside the force's response
(Ref | Area | Recommendation or AFI | Response | Owner | Target date | Status;
No. | HMICFRS area | Type | What HMICFRS said | Lead | Progress | Status), and
the tables that list them one a row under a header naming the item type
(Ref | Area | Type | Recommendation / AFI | Target date; a register's Ref |
Type | Parent | ..., a recommendation's parent naming its cause's ref).
Columns are found by their header words, in any order; a row set across the
table is a group's area ("Cause of concern 1 – Managing offenders") or an item
over the rows that serve it ("Cause of concern 1 (managing offenders): The force doesn't ...").
A finding cell opening with its kind's label ("Cause of concern: ...") is
that kind's item, its words after the label (a plan's Ref | Area | HMICFRS
finding | Lead | Our action | Due | Status, refs "CoC1", "R1.1", "AFI1"); a
finding column naming no kind takes each row's from a type column naming
every row's (Ref | Type | HMICFRS finding | Parent | Lead | Target date)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.context import DocumentContext
from extractors.per_document import per_document
from extractors.sections import (
    continues,
    inline_label,
    is_bulleted,
    is_labelled_box,
    is_lead_in,
    list_text,
    part_label,
)
from extractors.tables import Header, blocks_text, find_header, is_full_width, words
from extractors.text import clean
from extractors.vocab import Area, match_area
from pipeline.layout import LayoutDocument, Table, TextBlock

AFI = "areas_for_improvement"
CAUSE = "causes_of_concern"
RECOMMENDATION = "recommendations"
_ITEM_KINDS = (AFI, CAUSE, RECOMMENDATION)

_ROLES: dict[str, tuple[str, ...]] = {
    "text": ("recommendation or afi", "recommendation afi", "afi recommendation", "recommendation",
             "area for improvement", "areas for improvement", "afi", "cause of concern", "description", "finding",
             "what hmicfrs said", "hmicfrs said", "inspection finding", "hmicfrs text", "hmicfrs wording"),
    "response": ("force response", "response", "progress update", "update", "action taken", "actions taken",
                 "progress", "progress to date", "action plan", "force action", "our action", "our actions",
                 "commentary"),
    "ref": ("ref", "reference", "no", "number", "id"),
    "kind": ("type", "category"),
    "area": ("area", "theme", "section", "pillar", "inspection area", "topic"),
    # the ref of the cause of concern a recommendation serves, in a register listing both ("Parent: CoC1")
    "parent": ("parent", "parent ref", "linked to"),
    # the inspectorate's own timescale beside its recommendation (never a force's target date)
    "timescale": ("timescale", "timescales", "timeframe", "timeframes"),
}
# a table setting each cause of concern beside its recommendation (Cause of concern | Recommendation | Timescale)
_PAIRED_ROLES: dict[str, tuple[str, ...]] = {
    "cause": ("cause of concern", "causes of concern", "cause for concern"),
    **_ROLES,
}
# a ref's kind, its number run on or not ("AFI 3", "AFI3", "CoC1")
_KIND_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bafi(?:\b|\d)|area for improvement|areas for improvement"), AFI),
    (re.compile(r"\bcoc(?:\b|\d)|cause (?:of|for) concern"), CAUSE),
    (re.compile(r"\brec\b|recommendation|^r ?\d"), RECOMMENDATION),
]


@dataclass(frozen=True, slots=True)
class Quoted:
    """One AFI, cause of concern or recommendation a response table quotes."""

    record_type: str
    order: tuple[int, int, int]  # table's block index, row, the item's place in its cell
    page: int | None
    area: Area | None
    text: str
    response: str | None
    parent: tuple[int, int, int] | None  # order of the cause of concern a recommendation serves
    timescale: str | None  # as its own column prints it
    lead_in: str | None = None  # the sentence a cell's listed items hang from


@per_document
def quoted_items(doc: LayoutDocument, ctx: DocumentContext) -> tuple[Quoted, ...]:
    """Every item the document's response tables quote (read once for the
    AFI and the causes of concern extractors)."""
    found: list[Quoted] = []
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table) and not is_labelled_box(block):  # a box of labelled items is read as text
            header = (_paired_header(block) or find_header(block, _ROLES, ("text", "response"))
                      or _listing_header(block))
            if header:
                found.extend(_rows(block, index, header, ctx))
    return tuple(found)


def _listing_header(table: Table) -> Header | None:
    """The header of a table that lists an inspection's items one a row, no
    response beside them (PEEL area | Area for improvement; No. |
    Recommendation | Timescale; Ref | Area | Type | Recommendation / AFI):
    its text column names the kind of item, or several kinds with a type or
    ref column saying each row's ("AFI 2", "R1"), beside at least one other
    column of the roles."""
    header = find_header(table, _ROLES, ("text",))
    if header is None or len(header.columns) < 2:
        return None
    grid = table.grid()
    kinds = _kinds_named(grid[header.row][header.columns["text"]])
    if not kinds:
        # a text column of no kind ("HMICFRS finding") beside a type column naming every row's ("CoC", "Rec", "AFI")
        return header if "kind" in header.columns and all(
            _kind_of(grid[row][header.columns["kind"]]) for row in range(header.first_body_row, table.n_rows)
            if not is_full_width(table, row)) else None
    if len(kinds) > 1 and not {"kind", "ref"} & header.columns.keys():
        return None
    return header


def _paired_header(table: Table) -> Header | None:
    """The header of a table quoting each cause of concern in a column of
    its own beside its recommendations."""
    header = find_header(table, _PAIRED_ROLES, ("cause", "text"))
    if header is None or _kind_of(table.grid()[header.row][header.columns["text"]]) != RECOMMENDATION:
        return None
    return header


def _rows(table: Table, index: int, header: Header, ctx: DocumentContext) -> list[Quoted]:
    grid = table.grid()
    columns = header.columns
    default_kind = _kind_of(grid[header.row][columns["text"]])
    out: list[Quoted] = []
    cause: tuple[int, int, int] | None = None
    causes_by_ref: dict[str, tuple[int, int, int]] = {}  # each cause's ref, for a parent column naming it
    area: Area | None = None
    for row in range(header.first_body_row, table.n_rows):
        if is_full_width(table, row):
            group = _group_row(grid[row][0], ctx.framework)
            if group.text:
                # an item set across the table over the rows that serve it ("Cause of concern 1 (<area>): <text>")
                order = (index, row, 0)
                out.append(Quoted(group.kind, order, table.page_of_row(row), group.area, group.text, None,
                                  cause if group.kind == RECOMMENDATION else None, None))
                cause = order if group.kind == CAUSE else cause
            if "area" not in columns:
                # a merged row grouping the rows below ("Areas for improvement – Investigating crime")
                area = group.area
            continue
        if "cause" in columns:
            # a cause merged down over its recommendations' rows is read on its first row
            cause_text = blocks_text(_own_blocks(table, row, columns["cause"]), " ")
            if len(cause_text.split()) >= _ITEM_WORDS and not part_label(cause_text):  # no reference ("CoC 1")
                cause = (index, row, 0)
                out.append(Quoted(CAUSE, cause, table.page_of_row(row), area, cause_text, None, None, None))
        items = _cell_items(_own_blocks(table, row, columns["text"]))
        if not items:
            continue
        labels = " ".join(grid[row][columns[role]] for role in ("ref", "kind") if role in columns)
        kind = _kind_of(labels) or default_kind or RECOMMENDATION
        if "area" in columns and grid[row][columns["area"]].strip():
            area = match_area(clean(grid[row][columns["area"]]), ctx.framework)
        response = None
        if "response" in columns:
            response = blocks_text(_own_blocks(table, row, columns["response"]), "\n") or None
        timescale = clean(grid[row][columns["timescale"]]) or None if "timescale" in columns else None
        # a recommendation serves the cause its parent column names, else the last cause above it
        serves = causes_by_ref.get(words(grid[row][columns["parent"]]), cause) if "parent" in columns else cause
        for place, (text, lead_in) in enumerate(items):
            order = (index, row, place)
            kind, text = _labelled(kind, text)
            out.append(Quoted(kind, order, table.page_of_row(row), area, text, response,
                              serves if kind == RECOMMENDATION else None, timescale, lead_in))
            if kind == CAUSE:
                cause = order
                if "ref" in columns and words(grid[row][columns["ref"]]):
                    causes_by_ref[words(grid[row][columns["ref"]])] = order
    return out


_ITEM_WORDS = 3  # the fewest words an item is worded in


def _labelled(kind: str, text: str) -> tuple[str, str]:
    """The kind and words of a cell's item that opens with its kind's label
    ("Cause of concern: The force isn't ..." in a plan's finding column),
    else the row's kind and the cell's words."""
    label = inline_label(text)
    if label and label.rest and label.part.value in _ITEM_KINDS:
        return label.part.value, label.rest
    return kind, text


def _cell_items(blocks: tuple[TextBlock, ...]) -> list[tuple[str, str | None]]:
    """The items a text cell quotes, each with the lead-in it hangs from: one
    a bullet where the cell lists them (under a lead-in, if any: "Within six
    months, the force should:"), else the cell's text as one item. A cell of
    a word or two ("2", "None", "—": a count or a blank) quotes none."""
    whole = blocks_text(blocks, " ")
    if sum(1 for b in blocks if is_bulleted(b)) < 2:
        return [(whole, None)] if len(whole.split()) >= _ITEM_WORDS else []
    lead_in: str | None = None
    listed: list[str] = []
    for block in blocks:
        text = clean(block.text)
        if is_bulleted(block):
            listed.append(list_text(text))
        elif listed and continues(listed[-1], text):
            listed[-1] = f"{listed[-1]} {text}"
        elif not listed and is_lead_in(text):
            lead_in = text
        else:
            return [(whole, None)]  # bullets under a sentence of the item's own: its points, not items
    return [(text, lead_in) for text in listed if len(text.split()) >= _ITEM_WORDS]


_GROUP_SEPARATOR = re.compile(r"\s[-\u2013\u2014]\s|:\s|\(|\)")


@dataclass(frozen=True, slots=True)
class _Group:
    """What a full-width row of a table says: the area of the rows below,
    and, where it goes on to the item's words, the item's kind and text."""

    area: Area | None
    kind: str | None = None
    text: str | None = None


def _group_row(text: str, framework: str | None) -> _Group:
    """A full-width row read: "Cause of concern 1 – Managing offenders" is an
    area; "Cause of concern 1 (managing offenders): The force doesn't ..." is
    a cause in that area."""
    text = clean(text)
    label = inline_label(text)
    if label and label.rest and label.part.value in _ITEM_KINDS and not match_area(label.rest, framework):
        return _Group(match_area(label.area, framework) if label.area else None, label.part.value, label.rest)
    for piece in _GROUP_SEPARATOR.split(text):
        area = match_area(piece.strip(), framework) if piece.strip() else None
        if area:
            return _Group(area)
    return _Group(None)


def _own_blocks(table: Table, row: int, col: int) -> tuple[TextBlock, ...]:
    """The blocks of the cell starting at (row, col); a cell merged down
    over several rows is read on its first row only."""
    cell = table.cell(row, col)
    return cell.blocks if cell is not None and cell.row == row else ()


def _kinds_named(label: str) -> set[str]:
    """The kinds a ref ("AFI 3", "Rec 2", "CoC 1") or header ("Recommendation / AFI") names."""
    text = words(label)
    return {kind for pattern, kind in _KIND_WORDS if pattern.search(text)}


def _kind_of(label: str) -> str | None:
    """The kind a ref or header names, if only one."""
    kinds = _kinds_named(label)
    return kinds.pop() if len(kinds) == 1 else None
