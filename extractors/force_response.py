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
finding column naming no kind takes each row's from a type or ref column
naming every row's (Ref | Type | HMICFRS finding | Parent | Lead | Target
date). A label's bracket gives the item's area or timescale
("Recommendation (within six months): ..."); a cell of labelled paragraphs
quotes each, and the bullets under a labelled lead-in ("Recommendations:
Within six months, the force should:"). A tracker's card per item (a label |
value table: Ref, Type, Area, Wording, Lead, Update, ...) quotes the one
item its wording row holds. A ref coded under a cause's ref ("CoC 1 R1",
"C1.R2", "1a" under "CoC 1", "C1", "1") is a recommendation serving that
cause. A table with no area column or row takes the area of the section it
stands in (the heading above it names it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.area_key import area_abbreviations, keyed_area
from extractors.area_notes import noted_areas
from extractors.context import DocumentContext
from extractors.per_document import per_document
from extractors.sections import (
    InlineLabel,
    continues,
    graded_heading,
    inline_label,
    is_afi_sentence,
    is_bulleted,
    is_heading_like,
    is_labelled_box,
    is_lead_in,
    list_text,
    part_label,
    place_blocks,
    timescale_of,
)
from extractors.tables import (Header, blocks_text, find_header, header_matches, is_full_width, join_continued_rows,
                               logical_tables, words)
from extractors.text import clean
from extractors.vocab import Area, force_of_subject, key, match_area, theme_names
from pipeline.layout import LayoutDocument, Table, TextBlock

AFI = "areas_for_improvement"
CAUSE = "causes_of_concern"
RECOMMENDATION = "recommendations"
_ITEM_KINDS = (AFI, CAUSE, RECOMMENDATION)

_ROLES: dict[str, tuple[str, ...]] = {
    "text": ("recommendation or afi", "recommendation afi", "afi recommendation", "recommendation",
             "area for improvement", "areas for improvement", "afi", "cause of concern", "description", "finding",
             "what hmicfrs said", "hmicfrs said", "inspection finding", "hmicfrs text", "hmicfrs wording", "wording"),
    "response": ("force response", "response", "progress update", "update", "action taken", "actions taken",
                 "progress", "progress to date", "action plan", "force action", "our action", "our actions",
                 "commentary", "what we are doing", "what we have done", "what we will do", "what is being done"),
    "ref": ("ref", "reference", "no", "number", "id"),
    "kind": ("type", "category"),
    "area": ("area", "theme", "section", "pillar", "inspection area", "topic"),
    # the ref of the cause of concern a recommendation serves, in a register listing both ("Parent: CoC1")
    "parent": ("parent", "parent ref", "linked to"),
    # the inspectorate's own timescale beside its recommendation (never a force's target date)
    "timescale": ("timescale", "timescales", "timeframe", "timeframes"),
    # the strengths a force's own summary sets beside the items ("What we do well | Where we must improve"): no item
    "strengths": ("what we do well", "what the force does well", "strengths"),
}
# a force's own words for the items ("Where we must improve", "What the force needs to improve"), read only where
# the document gives an inspection's findings (DocumentContext.gives_findings): a pack's performance paper's "Where
# we need to improve" column is the force's own view, no inspection's items
_OWN_WORDS_ROLES: dict[str, tuple[str, ...]] = {
    **_ROLES,
    "text": (*_ROLES["text"], "must improve", "need to improve", "needs to improve"),
}
# a tracker's own words, read only where its kind or ref column names every row's kind (Tracker ref | Source
# "PEEL 2025 AFI 1" | Theme | Requirement | Status): "requirement" alone heads many a table that quotes no inspection
_TRACKER_ROLES: dict[str, tuple[str, ...]] = {
    **_ROLES,
    "text": (*_ROLES["text"], "requirement", "requirements"),
    "kind": (*_ROLES["kind"], "source"),
}
# a table setting each cause of concern beside its recommendation (Cause of concern | Recommendation | Timescale)
_PAIRED_ROLES: dict[str, tuple[str, ...]] = {
    "cause": ("cause of concern", "causes of concern", "cause for concern"),
    **_ROLES,
}
# a ref's kind, its number run on or not ("AFI 3", "AFI3", "CoC1"); "must improve" names the AFIs of a column
# only _OWN_WORDS_ROLES takes for the items' ("Where we must improve")
_KIND_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bafi(?:\b|\d)|area for improvement|areas for improvement|\b(?:must|needs? to) improve\b"), AFI),
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
    force: str | None = None  # the force the text column's header names ("Norfolk area for improvement"), if any


@per_document
def quoted_items(doc: LayoutDocument, ctx: DocumentContext) -> tuple[Quoted, ...]:
    """Every item the document's response tables and cards quote (read once
    for the AFI and the causes of concern extractors)."""
    # the area of the section each table stands in: the heading above it names it ("Investigating crime" over a
    # table of that area's AFIs, "2. Cause of concern – <area>" over a cause's rows)
    section_areas = {id(p.block): p.area for p in place_blocks(doc, ctx) if isinstance(p.block, Table)}
    # the document's own names for areas: abbreviations its key spells out ("RTTP"), and names its notes map to
    # areas ("Public contact and response" by "1 HMICFRS area: Responding to the public.")
    abbreviations = {**area_abbreviations(doc, ctx.framework), **noted_areas(doc, ctx.framework)}
    found, carded = _card_items(doc, ctx, section_areas)
    roles = _OWN_WORDS_ROLES if ctx.gives_findings else _ROLES
    for index, block in enumerate(doc.blocks):
        if index in carded:
            continue
        if isinstance(block, Table) and not is_labelled_box(block):  # a box of labelled items is read as text
            section_area = section_areas.get(id(block))
            block = join_continued_rows(block)
            header = (_paired_header(block) or find_header(block, roles, ("text", "response"))
                      or _listing_header(block, roles))
            if header:
                found.extend(_rows(block, index, header, ctx, section_area, abbreviations))
    return tuple(found)


def quoting_tables(doc: LayoutDocument, ctx: DocumentContext) -> tuple[Table, ...]:
    """The tables that quote the inspection's items (responses, plans, trackers)."""
    indices = sorted({quoted.order[0] for quoted in quoted_items(doc, ctx)})
    return tuple(block for index in indices if isinstance(block := doc.blocks[index], Table))


def _listing_header(table: Table, roles: dict[str, tuple[str, ...]]) -> Header | None:
    """The header of a table that lists an inspection's items one a row, no
    response beside them (PEEL area | Area for improvement; No. |
    Recommendation | Timescale; Ref | Area | Type | Recommendation / AFI):
    its text column names the kind of item, or several kinds with a type or
    ref column saying each row's ("AFI 2", "R1"), beside at least one other
    column of ``roles``. A tracker's words (``_TRACKER_ROLES``: Source |
    Requirement) are tried after them."""
    grid = table.grid()
    for tried in (roles, _TRACKER_ROLES):
        header = find_header(table, tried, ("text",))
        if header is None or len(header.columns) < 2:
            continue
        kinds = _kinds_named(grid[header.row][header.columns["text"]])
        if not kinds:
            # a text column of no kind ("HMICFRS finding", "Requirement") beside a type, source or ref column
            # naming every row's ("CoC", "Rec", "AFI"; "CoC 1", "AFI 2"; "PEEL 2025 AFI 1")
            if any(role in header.columns and all(
                    _kind_of(grid[row][header.columns[role]]) for row in range(header.first_body_row, table.n_rows)
                    if not is_full_width(table, row)) for role in ("kind", "ref")):
                return header
            continue
        if len(kinds) > 1 and not {"kind", "ref"} & header.columns.keys():
            continue
        return header
    return None


def _paired_header(table: Table) -> Header | None:
    """The header of a table quoting each cause of concern in a column of
    its own beside its recommendations."""
    header = find_header(table, _PAIRED_ROLES, ("cause", "text"))
    if header is None or _kind_of(table.grid()[header.row][header.columns["text"]]) != RECOMMENDATION:
        return None
    return header


def _rows(table: Table, index: int, header: Header, ctx: DocumentContext, section_area: Area | None,
          abbreviations: dict[str, Area]) -> list[Quoted]:
    """The items a table's rows quote, in the area its area column (by name,
    or by a name the document's key or notes map to an area:
    ``abbreviations``; a column no header word names is the area column
    where they map its every cell, a plan's "Portfolio") or a row set across
    it names, else the area of the section it stands in."""
    grid = table.grid()
    columns = header.columns
    keyed_column = None if "area" in columns else _keyed_column(table, header, abbreviations)
    if keyed_column is not None:
        columns = {**columns, "area": keyed_column}
    default_kind = _kind_of(grid[header.row][columns["text"]])
    out: list[Quoted] = []
    cause: tuple[int, int, int] | None = None
    causes_by_ref: dict[str, tuple[int, int, int]] = {}  # each cause's ref, for a parent column naming it
    causes_by_code: dict[tuple[str, ...], tuple[int, int, int]] = {}  # each cause's ref code ("CoC 1": ("1",))
    codes = [_ref_code(grid[row][columns["ref"]]) for row in range(header.first_body_row, table.n_rows)] \
        if "ref" in columns else []
    coded_heads = {code[:n] for code in codes for n in range(1, len(code))}  # the codes others are coded under
    area = section_area
    # a column headed as the force's themes ("FMS theme") names the areas by their short theme names ("Response")
    themes = theme_names(ctx.framework) if "area" in columns and header_matches(
        grid[header.row][columns["area"]], ("theme", "themes")) else {}
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
        ref = grid[row][columns["ref"]] if "ref" in columns else ""
        code = _ref_code(ref)
        # a row no label names whose ref others are coded under ("C1" over "C1.R1") is their cause
        heads = code in coded_heads and default_kind in (None, CAUSE)
        kind = _kind_of(labels) or (CAUSE if heads else default_kind) or RECOMMENDATION
        # a ref coding a recommendation under its cause's ("CoC 1 R1", "C1.R2", "1a", "Rec 1.2" under "CoC 1"),
        # where no type column names the row's kind
        coded_under = None if AFI in _kinds_named(ref) else _coded_under(code, causes_by_code)
        if coded_under and not ("kind" in columns and _kind_of(grid[row][columns["kind"]])):
            kind = RECOMMENDATION
        if "area" in columns and grid[row][columns["area"]].strip():
            printed = clean(grid[row][columns["area"]])
            area = (_cell_area(printed, ctx.framework) or keyed_area(printed, abbreviations)
                    or themes.get(key(printed)))
        response = None
        if "response" in columns:
            response = blocks_text(_own_blocks(table, row, columns["response"]), "\n") or None
        timescale = clean(grid[row][columns["timescale"]]) or None if "timescale" in columns else None
        # a recommendation serves the cause its ref is coded under, else the cause its parent column names, else
        # the last cause above it
        serves = coded_under or (causes_by_ref.get(words(grid[row][columns["parent"]]), cause)
                                 if "parent" in columns else cause)
        quoted = _quoted_cell(items, (index, row), table.page_of_row(row), kind, area, response, timescale, serves,
                              ctx.framework)
        out.extend(quoted)
        causes = [q.order for q in quoted if q.record_type == CAUSE]
        if causes:
            cause = causes[-1]
            if words(ref):
                causes_by_ref[words(ref)] = cause
            if code:
                causes_by_code[code] = cause
    holder = _force_of_header(grid[header.row][columns["text"]])
    return [replace(quoted, force=holder) for quoted in out] if holder else out


def _keyed_column(table: Table, header: Header, abbreviations: dict[str, Area]) -> int | None:
    """The column no role claims whose every body cell is a name the
    document's key or notes map to an area, or None."""
    if not abbreviations:
        return None
    grid = table.grid()
    body = [row for row in range(header.first_body_row, table.n_rows) if not is_full_width(table, row)]
    for col in range(table.n_cols):
        cells = [clean(grid[row][col]) for row in body if grid[row][col].strip()]
        if col not in header.columns.values() and cells and all(keyed_area(c, abbreviations) for c in cells):
            return col
    return None


# the kind of item a header names, after the force whose items the column holds ("Norfolk area for improvement")
_KIND_PHRASE = re.compile(r"\b(?:areas?\s+for\s+improvement|afis?|causes?\s+(?:of|for)\s+concern|recommendations?)\b",
                          re.I)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _force_of_header(text: str) -> str | None:
    """The force a text column's header names before the kind of item
    ("Norfolk area for improvement", "Kent Police's AFIs"): a comparison's
    column of another force's items. None where it names none."""
    m = _KIND_PHRASE.search(text)
    owner = _POSSESSIVE.sub("", clean(text[:m.start()])).strip() if m else ""
    force = force_of_subject(owner) if owner else None
    return force.name if force else None


# the numbers of a ref and a letter run on after one: "CoC 1 R2" -> 1, 2; "C1.R2" -> 1, 2; "1a" -> 1, a
_REF_CODE = re.compile(r"\d+|(?<=\d)[a-z]\b")


def _ref_code(ref: str) -> tuple[str, ...]:
    """A ref's code, the numbering that places an item under another's."""
    return tuple(_REF_CODE.findall(words(ref)))


def _coded_under(code: tuple[str, ...], causes_by_code: dict[tuple[str, ...], tuple[int, int, int]]
                 ) -> tuple[int, int, int] | None:
    """The cause whose ref code the ``code`` extends, the nearest first
    ("CoC 1 R1" under "CoC 1"), or None."""
    return next((causes_by_code[code[:n]] for n in range(len(code) - 1, 0, -1) if code[:n] in causes_by_code), None)


def _cell_area(text: str, framework: str | None) -> Area | None:
    """The area an area cell names: its whole text, else its words before
    the grade it prints after them ("Investigating crime (Adequate)"), else
    the name it ends with (a bilingual cell printing the other language's
    name first, "Ymchwilio i droseddau Investigating crime")."""
    tokens = text.split()
    endings = (" ".join(tokens[start:]) for start in range(1, len(tokens) - 1))  # the longest first, two words at least
    graded = graded_heading(text, framework)  # "Investigating crime (Adequate)": the area's grade after it
    return match_area(text, framework) or (graded[0] if graded else None) or next(
        (area for ending in endings if (area := match_area(ending, framework, fuzzy=False))), None)


def _quoted_cell(items: list[tuple[str | None, str, str | None]], at: tuple[int, int], page: int | None,
                 kind: str | None, area: Area | None, response: str | None, timescale: str | None,
                 serves: tuple[int, int, int] | None, framework: str | None) -> list[Quoted]:
    """A text cell's items (``_cell_items``; ``at``: the table's block index
    and the row) quoted, each read with its label (``_labelled``): of the
    kind its label names, else ``kind`` (none: not quoted), in the area and
    timescale its label's bracket gives, else the row's; a recommendation
    serves the cause the cell sets above it, else ``serves``. One reading for
    a table's rows and a card's wording cell."""
    quoted: list[Quoted] = []
    for place, (named_kind, text, lead_in) in enumerate(items):
        item = _labelled(named_kind or kind, text, framework)
        if item.kind is None:
            continue
        order = (*at, place)
        quoted.append(Quoted(item.kind, order, page, item.area or area, item.text, response,
                             serves if item.kind == RECOMMENDATION else None, timescale or item.timescale, lead_in))
        if item.kind == CAUSE:
            serves = order  # the recommendations after it in the cell serve it
    return quoted


_ITEM_WORDS = 3  # the fewest words an item is worded in
# "No area for improvement identified", "There were no recommendations in this area", a summary's "The inspectors
# gave us no area for improvement here": a cell saying its row has none
_SAYS_NONE = re.compile(r"^(?:there\s+(?:are|were|is|was)\s+|(?:the\s+)?(?:inspectors?|inspectorate|hmicfrs|it|they)\s+"
                        r"(?:gave|made|raised|identified|found)\s+(?:us\s+|the\s+force\s+)?)?"
                        r"no\s+(?:areas?\s+for\s+improvement|afis?"
                        r"|causes?\s+(?:of|for)\s+concern|recommendations?)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Labelled:
    """A cell's item read with the label it may open with."""

    kind: str | None  # None: a card's item whose kind nothing names
    text: str
    area: Area | None  # the area the label's bracket names ("Area for improvement (leadership and management): ...")
    timescale: str | None  # the timescale the label's bracket gives ("Recommendation (within six months): ...")


def _labelled(kind: str | None, text: str, framework: str | None) -> _Labelled:
    """The kind and words of a cell's item that opens with its kind's label
    ("Cause of concern: The force isn't ..." in a plan's finding column),
    with the area or timescale the label's bracket gives; else the row's
    kind and the cell's words."""
    label = _item_label(text)
    if label is None:
        return _Labelled(kind, text, None, None)
    return _Labelled(label.part.value, label.rest, *label.bracketed(framework))


def _item_label(text: str) -> InlineLabel | None:
    """The item kind's label a paragraph opens with, the item's words after it."""
    label = inline_label(text)
    return label if label and label.rest and label.part.value in _ITEM_KINDS else None


def _cell_items(blocks: tuple[TextBlock, ...]) -> list[tuple[str | None, str, str | None]]:
    """The items a text cell quotes, each with the kind a label gives it
    (None: the row's) and the lead-in it hangs from: one a bullet where the
    cell lists them (under a lead-in, if any: "Within six months, the force
    should:"), else the cell's text as one item; a cell of labelled
    paragraphs, each labelled one (``_labelled_cell_items``). A cell of a
    word or two ("2", "None", "—": a count or a blank) quotes none."""
    whole = blocks_text(blocks, " ")
    if _SAYS_NONE.match(whole):
        return []  # "No area for improvement identified": a plan's row for an area the inspection left without one
    bullets = sum(1 for b in blocks if is_bulleted(b))
    labelled = sum(1 for b in blocks if not is_bulleted(b) and _item_label(clean(b.text)))
    if labelled and (labelled > 1 or bullets):
        return _labelled_cell_items(blocks)
    if bullets == 0 and len(blocks) > 1 and all(is_afi_sentence(clean(b.text)) for b in blocks):
        return [(None, clean(b.text), None) for b in blocks]  # a paragraph an item: "The force should ..." each
    if bullets < 2:
        return [(None, whole, None)] if len(whole.split()) >= _ITEM_WORDS else []
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
            return [(None, whole, None)]  # bullets under a sentence of the item's own: its points, not items
    return [(None, text, lead_in) for text in listed if len(text.split()) >= _ITEM_WORDS]


def _labelled_cell_items(blocks: tuple[TextBlock, ...]) -> list[tuple[str | None, str, str | None]]:
    """The items of a cell whose paragraphs open with their kinds' labels
    (a plan's finding cell holding a cause and its recommendations): each
    labelled paragraph an item (read with its label, ``_labelled``), and the
    bullets under a labelled lead-in ("Recommendations: Within six months, the
    force should:") items of that kind hanging from the lead-in's words. An
    unlabelled paragraph explains the item above; bullets under a labelled
    item are its points."""
    items: list[tuple[str | None, str, str | None]] = []
    kind: str | None = None
    lead_in: str | None = None
    points = False  # the bullets below belong to the labelled item above
    for block in blocks:
        text = clean(block.text)
        label = None if is_bulleted(block) else _item_label(text)
        if label and is_lead_in(label.rest):
            kind, lead_in, points = label.part.value, label.rest, False
        elif label:
            items.append((None, text, None))
            kind, lead_in, points = None, None, True
        elif is_bulleted(block):
            if not points and len(list_text(text).split()) >= _ITEM_WORDS:
                items.append((kind, list_text(text), lead_in))
        elif items and continues(items[-1][1], text):
            items[-1] = (items[-1][0], f"{items[-1][1]} {text}", items[-1][2])
        elif is_lead_in(text):
            # an unlabelled lead-in: one with a timescale introduces recommendations
            kind, lead_in, points = (RECOMMENDATION if timescale_of(text) else None), text, False
    return items


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


# A card's label: a few words naming the value beside it ("Type", "PEEL area", "HMICFRS wording:"), never a ref
# ("AFI 1") or a sentence
_CARD_LABEL = re.compile(r"^[A-Za-z][A-Za-z'\u2019&/()\- ]{0,40}:?$")


@dataclass(frozen=True, slots=True)
class _Card:
    """One item set out as a label | value card: the row of each role's label."""

    rows: dict[str, int]
    title: str | None  # a row set across the card over its labels ("Area for improvement 3")


def _cards(table: Table) -> list[_Card]:
    """The cards a two-column table sets out, one item each, or none: every
    row a short label beside its value, the labels naming the item's words
    and at least two more roles (its type, area, ref, parent, response or
    timescale). A table of several cards (or a card cut by a page break and
    joined again) starts a new card where the first label comes round again
    or a row is set across it."""
    if table.n_cols != 2 or table.n_rows < 3:
        return []
    segments: list[tuple[str | None, list[tuple[str, int]]]] = [(None, [])]
    first_label: str | None = None
    for row in range(table.n_rows):
        if is_full_width(table, row):
            segments.append((clean(table.row_cells(row)[0].text), []))
            continue
        cells = table.row_cells(row)
        label = clean(cells[0].text) if cells and cells[0].col == 0 else ""
        if not _CARD_LABEL.match(label) or len(label.split()) > 5:
            return []
        first_label = first_label or words(label)
        if words(label) == first_label and segments[-1][1]:
            segments.append((None, []))
        segments[-1][1].append((label, row))
    cards: list[_Card] = []
    for title, labelled in segments:
        if not labelled:
            continue
        if len({words(label) for label, _ in labelled}) < len(labelled):
            return []  # a label twice in one card: a table of another kind
        rows: dict[str, int] = {}
        for label, row in labelled:
            role = next((role for role, phrases in _ROLES.items() if header_matches(label, phrases)), None)
            if role and role not in rows:
                rows[role] = row
        if "text" not in rows or len(rows) < 3:
            return []
        cards.append(_Card(rows, title))
    return cards


def _card_items(doc: LayoutDocument, ctx: DocumentContext, section_areas: dict[int, Area | None]
                ) -> tuple[list[Quoted], set[int]]:
    """The items of the document's cards (a tracker's card per item), and
    the block indices of the tables that hold them. An item's kind is its
    type row's ("Cause of concern"), else a recommendation where its ref is
    coded under a cause's ("CoC 1 R1"), else the kind its text label, title
    or ref names, else the kind the part heading above the cards names; a
    recommendation serves the cause its ref is coded under, else the one its
    parent row names by ref ("Linked to: C1"), else the last cause above it.
    A card with no area row takes the area of the section it stands in
    (``section_areas``, by the id of each table block)."""
    found: list[Quoted] = []
    carded: set[int] = set()
    causes_by_ref: dict[str, tuple[int, int, int]] = {}
    causes_by_code: dict[tuple[str, ...], tuple[int, int, int]] = {}
    parents: list[tuple[int, str]] = []  # each recommendation's place in ``found`` and the ref it names
    cause: tuple[int, int, int] | None = None
    for index, table in logical_tables(doc.blocks):
        cards = _cards(table)
        if not cards:
            continue
        end = index + 1  # past the parts ``logical_tables`` joined
        while end < len(doc.blocks) and isinstance(doc.blocks[end], Table) and doc.blocks[end].n_cols == table.n_cols:
            end += 1
        carded.update(range(index, end))
        heading_kind = _kind_of_part_above(doc, index)
        grid = table.grid()
        for card in cards:
            values = {role: clean(grid[row][1]) for role, row in card.rows.items()}
            ref, parent = words(values.get("ref", "")), words(values.get("parent", ""))
            code = _ref_code(ref)
            coded_under = None if AFI in _kinds_named(ref) else _coded_under(code, causes_by_code)
            text_row = card.rows["text"]
            card_kind = (_kind_of(values.get("kind", "")) or (RECOMMENDATION if coded_under else None)
                         or _kind_of(grid[text_row][0]) or _kind_of(card.title or "") or _kind_of(ref) or heading_kind)
            area = (match_area(values["area"], ctx.framework) if values.get("area")
                    else section_areas.get(id(doc.blocks[index])))
            response = blocks_text(_own_blocks(table, card.rows["response"], 1), "\n") or None \
                if "response" in card.rows else None
            # the wording cell read as a table's text cell: one item, or a lead-in's bullets, or labelled items
            quoted = _quoted_cell(_cell_items(_own_blocks(table, text_row, 1)), (index, text_row),
                                  table.page_of_row(text_row), card_kind, area, response, values.get("timescale"),
                                  coded_under or cause, ctx.framework)
            if parent and not coded_under:
                parents.extend((len(found) + place, parent) for place, q in enumerate(quoted)
                               if q.record_type == RECOMMENDATION)
            found.extend(quoted)
            causes = [q.order for q in quoted if q.record_type == CAUSE]
            if causes:
                cause = causes[-1]
                if ref:
                    causes_by_ref[ref] = cause
                if code:
                    causes_by_code[code] = cause
    for place, ref in parents:
        if ref in causes_by_ref:
            found[place] = replace(found[place], parent=causes_by_ref[ref])
    return found, carded


def _kind_of_part_above(doc: LayoutDocument, index: int) -> str | None:
    """The item kind the nearest part heading above block ``index`` names
    ("Areas for improvement" over a run of cards), if any."""
    for block in reversed(doc.blocks[:index]):
        if isinstance(block, TextBlock) and is_heading_like(block):
            label = part_label(clean(block.text))
            if label:
                return label[0].value if label[0].value in _ITEM_KINDS else None
    return None
