"""Scrutiny actions, from the numbered lists under a meeting's "Actions"
heading, "ACTION:" lines, requests minuted in prose ("The PCC asked that
...") in notes that list no actions, and action tracker tables, with their
status (read by extractors/action_status.py). A new action printed both in
the notes' list and in the tracker is one action: the list gives its
meeting and page, the tracker its reference (the list's number where the
tracker prints none), topic, update and status.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from extractors.action_status import (GLYPHS, STATUS_LABEL_WORD, UNSTATED, UPDATE_WORDS, Legend, Status, asked_status,
                                      banded_fills, cell_status, completion_status, decorated_columns,
                                      due_column_status, due_status_column, foot_key_rows, is_status_key, key_rows,
                                      labelled_status, marked_rows_key, numbered_keys, printed_legend, read_legend,
                                      read_status_key, row_status, status_column_key, status_from_update,
                                      status_of_title, status_of_words, statuses_by_look, texts_by_column,
                                      titled_status, with_current_status, with_decided_status, with_status_words_column)
from extractors.assurance_levels import DECIDER, item_heading
from extractors.assurance_minutes import is_label
from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.dates import day_and_month, find_dates, only_date, parse_month
from extractors.marks import UNKNOWN
from extractors.meetings import (ITEM_LINE, MINUTE_REFERENCE, PARAGRAPH_NUMBER, Mention, MentionKind, fix_case,
                                 is_agenda_table, is_standing_business, item_number, meeting_at, meetings, mentions,
                                 minute_paragraphs, names_own_record, notes_meeting_at, pack_meeting)
from extractors.per_document import per_document
from extractors.tables import (ACTION_LINE, ACTIONS_LABEL, Header, action_line_at, bilingual_side, box_lines,
                               find_header, header_matches, in_english, is_full_width, join_continued_rows,
                               labelled_blocks_as_rows, leading_number, load_vocab, logical_tables, minute_rows,
                               own_cell, rows_above, run_on_action_starts, unclaimed_columns, words)
from extractors.text import clean, normalise_for_match, strip_bullet
from extractors.tracker_status import labels_a_field, tick_columns, ticked_status, with_progress_column
from pipeline.ingest.bilingual import english_half
from pipeline.layout import Block, BlockKind, Cell, LayoutDocument, Span, Table, TextBlock

NAME = "actions"
VERSION = "1.115.0"

_INDENT_TOLERANCE = 2.5  # points between two markers set at one indent
_MERGE_MIN = 90  # rapidfuzz ratio: the same action reprinted, not a similar one

_ROLES = {  # tried in this order: the more specific headers first
    "owner": ("owner", "action owner", "lead", "responsible", "by whom", "responsible officer"),
    "status": ("status", "current status", "progress status", "complete", "open closed", "open", "done"),
    # A RAG column beside a status column is the owner's view of progress;
    # the status column's word wins where they disagree.
    "rag": ("rag", "rag status", "rag rating"),
    "number": ("no", "ref", "reference", "action no", "action number", "number", "#", "item"),
    # "Item" beside a column that numbers the rows ("Ref | Meeting | Item | Action") names the agenda item raising
    # them: their topic.
    "topic": ("topic", "theme", "subject", "scrutiny topic", "meeting topic", "area", "title", "item"),
    # The date an action was closed, in a log with no status column: claimed before "date".
    "completed_on": ("date completed", "completed on", "completed date", "date of completion", "date closed",
                     "closed on", "closed date", "closure date", "date of closure"),
    # A deadline is no meeting's date: claimed before "date" so that it is not read as one.
    "due": ("due", "due date", "target date", "deadline", "completion date", "target completion date", "by when",
            "timescale", "timescales", "target", "revised date"),
    # When a row was last brought up to date: claimed before "date" so that it is read as no meeting's date.
    "updated_on": ("last updated", "date updated", "updated on", "date of update"),
    "date": ("date", "meeting date", "date raised", "date of meeting", "date agreed", "date set", "meeting", "raised",
             "date opened", "opened", "date added", "added", "board", "board date"),
    "action": ("action", "actions", "action agreed", "agreed action", "action required", "recommendation"),
    "update": ("update", "updates", "action taken", "progress", "progress update", "latest update", "update on progress", "comments", "comment",
               "response", "commentary", "position", "outcome", "closure note", "how closed"),
}
_ACTIONS_HEADINGS = frozenset(load_vocab("status.json")["key_wording"]["actions_headings"])
_RESOLUTION = re.compile(r"^\s*That\b")
# An action's reference: a board's capitals (maybe with a digit) and its numbers; of numbered parts ("DM/26/31",
# "APB 26/44", "PCC/12/03", "L1 28/05"), or of one number ("A12", "GSB 44").
# A lettered part of a numbered reference is part of it ("RB 12/05(a)").
_PARTS_REF = r"[A-Z]{1,6}(?:\s?\d{1,4})?(?:[/.-]\d{1,4})+(?:\([a-z]\))?|[A-Z]{1,5}\d\s\d{1,4}(?:[/.-]\d{1,4})+"
_REF = rf"{_PARTS_REF}|[A-Z]{{1,6}}-?\d{{1,4}}|[A-Z]{{2,6}}\s\d{{1,4}}"
# A span of years closing a would-be reference ("MTFS 2027/28", "Q3 2026/2027", "PEEL 2023-25"): the second year the
# first's next, or after a hyphen one of the next three (a framework's years); a year and a sequence number ("PCC
# 2026/14") is a reference.
_YEARS = re.compile(r"(?:^|[\sA-Z])(?:19|20)(?P<first>\d\d)(?P<joint>[/-])(?P<second>(?:19|20)?\d\d)$")
_HYPHENED_SPAN = 3  # the most years a span joined by a hyphen runs


def _span_of_years(ref: str) -> bool:
    m = _YEARS.search(ref)
    if not m:
        return False
    years = (int(m.group("second")) - int(m.group("first"))) % 100
    return years == 1 or (m.group("joint") == "-" and 1 <= years <= _HYPHENED_SPAN)


# An action's owners by their initials: "RC", "JM / GB".
_OWNER_INITIALS = r"[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*"
# An action minuted after its reference and a dash or colon: "DM/26/31 – Report ...", "GSB 44: ..."; or hung from
# a log's numbered reference by space alone, as a hanging indent prints it ("SB 28/11   Provide ..."). A span of
# years is never the reference (_leading_ref: "MTFS 2027/28 Savings plan ..." is the plan's name).
_LEADING_REF = re.compile(rf"^(?P<ref>{_REF})(?:\s*[-\u2013\u2014:]\s+(?=\S)"
                          r"|(?:(?<=[/.]\d)|(?<=[/.]\d\d)|(?<=[/.]\d\d\d)|(?<=[/.]\d\d\d\d))\s+(?=[A-Z][a-z]))")


def _leading_ref(text: str) -> re.Match[str] | None:
    """The reference an action opens with, if any: never a span of years,
    nor a section's dotted number set off by space alone ("PEEL 2.1
    Findings ...": a heading's number, not a log's hanging reference)."""
    m = _LEADING_REF.match(text)
    if m is None or _span_of_years(m.group("ref")):
        return None
    hung = not m.group(0)[m.end("ref"):].strip()
    section = _SECTION_NUMBER.fullmatch(m.group("ref"))
    return None if hung and section and section.group("name") in _SECTION_NAMES else m


# A section's number after the name of its report or framework: "PEEL 2.1" (parts joined by points alone; the names
# in status.json key_wording section_names). A log's reference numbered so ("JAC 12.3") is no section.
_SECTION_NUMBER = re.compile(r"(?P<name>[A-Z]{2,6})\s\d{1,2}(?:\.\d{1,2})+")
_SECTION_NAMES = frozenset(load_vocab("status.json")["key_wording"]["section_names"])


# An action closing with its reference in brackets: "... with the OPCC. (PAB 47)", "... Board (action XYZ 1/2).", a
# resolution's item "... (action XYZ 1/2); and"; said an action's, a log's plain number and its owner's initials
# after a dash ("... to the PCC (Action 16 – RC)"); a bracket of other words ("(by June 2027)", "(Appendix 2)") is
# the action's own text.
_TRAILING_REF = re.compile(rf"\s*\((?P<said>(?i:action)\s*:?\s*)?"
                           rf"(?P<ref>{_REF}|(?<=(?i:action) )\d{{1,4}}(?=\s*[-\u2013\u2014]))"
                           rf"(?:\s*[-\u2013\u2014]\s*{_OWNER_INITIALS})?\)(?:\s*;\s*(?:and|or)|[.;])?\s*$")


def _is_log_reference(trailing: re.Match) -> bool:
    """Whether a bracket closing a numbered item is its log reference, to number it over the list's own
    number: said so ("(action ABC 12)") or numbered as a log's ("(ABC 12/01)"); a figure's label ("(KPI 4)")
    is the item's own text."""
    return bool(trailing.group("said") or re.search(r"[/.-]\d", trailing.group("ref")))


_NUMBER = re.compile(r"^\s*(?P<number>\d{1,3}[a-z]?)(?:[.):]\s*|\s+)", re.I)
_FULL_PARAGRAPH_NUMBER = re.compile(r"\s*(?P<number>\d{1,3}(?:\.\d{1,3})+)")  # all of "18.2.1", past "18.2"
_KEY_WORDING = load_vocab("status.json")["key_wording"]
# A heading naming the items whose actions it lists, in words() form (status.json key_wording).
_ACTIONS_OF_ITEMS = re.compile(_KEY_WORDING["actions_of_items"])


@dataclass(frozen=True, slots=True)
class Action:
    text: str
    number: str | None
    meeting_date: date | None
    topic: str | None
    update: str | None
    status: Status
    source: str
    page: int | None
    key: tuple[object, ...]
    # a tracker row's topic taken from the meeting that raised it, not printed in the row: the item it is minuted
    # under says more
    topic_of_meeting: bool = False


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    legend = read_legend(doc)
    key = read_status_key(doc)
    pack_date = ctx.meeting_date or pack_meeting(doc)[1]
    minuted = minute_paragraphs(doc)  # minutes hung from their numbers, as the paragraphs they stand for
    listed = (list_actions(minuted, pack_date) + action_lines(minuted, pack_date) + read_out_actions(minuted, pack_date)
              + logged_actions(doc, pack_date) + prose_actions(doc))
    tracked = (tracker_actions(doc, legend, key, pack_date, listed) + entry_actions(doc, pack_date)
               + reference_entries(doc) + numbered_updates(doc, pack_date) + card_actions(doc))
    result = ExtractorResult()
    for action in merge(listed, tracked):
        result.drafts.append(factory.draft(
            "actions",
            key=action.key,
            page=action.page,
            confidence=action.status.confidence,
            meeting_date=action.meeting_date,
            topic=action.topic,
            number=action.number,
            text=action.text,
            update=action.update,
            status=action.status.value,
            status_source=action.status.source,
            source=action.source,
        ))
    return result


# --- numbered action lists ----------------------------------------------------

def list_actions(doc: LayoutDocument, pack_date: date | None = None) -> list[Action]:
    """Actions listed under an "Actions" heading (numbered or not: "4.
    Actions"), numbered list items, a number | text table or a table of
    actions with no progress column (Ref | Action | Owner | Due), up to the
    next heading; outside any meeting's notes or dated record ("Decision
    record of the Board - <date>") they were agreed at the pack's own
    meeting (``pack_date``) and take its topic ("Theme: ..." over a
    one-topic meeting)."""
    found: list[Action] = []
    blocks = doc.blocks
    own_topic = next((m.topic for m in meetings(doc) if m.meeting_date == pack_date), None)
    side = bilingual_side(doc)
    for index, block in enumerate(blocks):
        resolution = _is_bare_resolution(block, side)
        if not (_is_actions_heading(block, side) or resolution):
            continue
        meeting = notes_meeting_at(doc, index)
        if meeting is None and (record := meeting_at(doc, index)) and record.meeting_date != pack_date \
                and names_own_record(record.title):
            # agreed in another meeting's record, titled by its board and date ("<Board> Meeting – <Topic> –
            # <date>", "<Board> Meeting – Part 2 – <date>"), not as notes; a paper dated for the board is one the
            # pack's own meeting considers
            meeting = record
        meeting_date = meeting.meeting_date if meeting else pack_date
        # a sentence introducing the actions has only the items set under it: the minute's next paragraph is no action
        lead_in = resolution or _is_lead_in(block, side)
        # the item whose sub-heading the list is, or whose minute the sentence introducing it is part of ("the Deputy
        # Commissioner undertook to:"), names its topic, before the notes' own (a topic in the notes heading's
        # bracket spans several items)
        minuted_under = _heading_item_above(doc, meeting.block_index, index, listed=True) \
            if meeting and lead_in and block.kind is not BlockKind.HEADING else None
        topic = (_item_headed(doc, meeting.block_index, index) or minuted_under or meeting.topic
                 or _only_item(doc, meeting.block_index, index)) if meeting else own_topic
        lead_number = _minute_number(block) if lead_in else None
        minute = MINUTE_REFERENCE.match(clean(block.text)) if block.kind is BlockKind.HEADING else None
        for ordinal, (number, text, page) in enumerate(_listed_items(blocks[index + 1:], lead_in, lead_number,
                                                                     minute.group(0).strip() if minute else None)):
            trailing = _TRAILING_REF.search(text)
            if resolution:
                if not trailing:
                    continue  # a resolution without an action's reference ("the report be noted") is no action
                # the item carries on the resolution's sentence ("RESOLVED that: (a) the force to share ...")
                number, text = trailing.group("ref"), text[:1].upper() + text[1:trailing.start()].rstrip()
            elif trailing and (number is None or _is_log_reference(trailing)):
                # an item closing with its reference in brackets: "Publish the figures ... (ABC 12/01)"; the
                # reference lasts across meetings, a list's "2." only within it
                text, number = text[:trailing.start()].rstrip(), trailing.group("ref")
            found.append(Action(text, number, meeting_date, topic, None, UNSTATED, "action_list",
                                page, ("list", index, ordinal)))
    return found


# The labels of a log entry's update and of its status ("Update:", "Latest progress:", "Status – open").
_UPDATE_LABEL = rf"(?i:(?:latest\s+)?(?:{UPDATE_WORDS}))\s*:\s*"
# Where a label opens: after a space, unless the word before owns it ("Chief Constable's update:", "Members' update:");
# a full stop before it is not needed (clean() folds the label's own line into the entry's).
_LABEL_START = r"\s+(?<!['\u2019]s\s)(?<!s['\u2019]\s)"


def _without_update_label(text: str) -> str:
    """An update without the label opening it ("Update: Figures shared." is "Figures shared."); a dated
    entry's label ("Update 23/04/2026: ...") dates the entry and stays."""
    return re.sub(rf"^{_UPDATE_LABEL}", "", text)


# An action log set out as paragraphs, one an action: "PRSB 2026/09 (raised 26
# March 2026) – Provide ... Update: ... Status: Open", its update and status
# maybe in paragraphs of their own under it ("Update: ... Members agreed that
# this action could be closed."); a possessed label ("Chief Constable's update:")
# is none. Under a part going through the log, the entry may open with the
# reference alone ("XYZ 12/04 – Provide ...").
_ENTRY = re.compile(rf"^(?:(?P<ref>[A-Z][\w/.-]*(?:\s+[\w/.-]*\d[\w/.-]*)?)\s*\((?i:raised)\s+(?P<raised>[^)]{{6,30}})\)"
                    rf"|(?P<bare>{_REF}))\s*[-\u2013\u2014:]\s*(?P<text>.+?)"
                    rf"(?:{_LABEL_START}{_UPDATE_LABEL}(?P<update>.*?))?"
                    rf"(?:{_LABEL_START}{STATUS_LABEL_WORD}(?P<status>[^.\n]{{2,30}})\.?)?\s*$", re.S)
# A paragraph carrying on an entry: its update or its status, labelled.
_ENTRY_PART = re.compile(rf"^(?:{_UPDATE_LABEL}|{STATUS_LABEL_WORD})")


def entry_actions(doc: LayoutDocument, as_of: date | None = None) -> list[Action]:
    """Actions of a log printed as paragraphs rather than a table, each with
    its reference, the date it was raised (or, under a part going through
    the log, its reference alone), an "Update:" and maybe a "Status:" (the
    log's own status, as a status column's), in the entry's paragraph or in
    labelled paragraphs under it. Without a status, the update's wording as
    of the pack's meeting (``as_of``) gives it ("Members agreed that this
    action could be closed"); an entry by its reference alone whose update
    states nothing is none. An entry with neither update nor status is an
    action's line, no log's; a reference over a title of a few words is
    ``reference_entries``'. An action raised at the notes' meeting takes the
    notes' topic."""
    found: list[Action] = []
    topics = {m.meeting_date: m.topic for m in meetings(doc) if m.meeting_date}
    blocks = doc.blocks
    part = ""  # the heading of the part the paragraphs stand in
    for index, block in enumerate(blocks):
        if not isinstance(block, TextBlock):
            continue
        if block.kind is BlockKind.HEADING:
            part = clean(block.text)
            continue
        text = clean(block.text)
        for carried in blocks[index + 1:index + 3]:
            if not isinstance(carried, TextBlock) or not _ENTRY_PART.match(clean(carried.text)) \
                    or carried.kind is BlockKind.HEADING:
                break
            text = f"{text}\n{clean(carried.text)}"
        m = _ENTRY.match(text)
        bare = m.group("bare") if m else None
        if not m or (bare and (_span_of_years(bare) or not _LOG_PART.search(part)
                               or _reference_line(clean(block.text)))):
            continue
        update = (m.group("update") or "").strip() or None
        if m.group("status"):
            stated = status_of_words(m.group("status"))
            if stated is None:
                continue
            status = Status(stated, "status_column", 0.9)
        elif update:
            status = status_from_update(update, as_of)
            if bare and status.value == UNKNOWN:
                continue
        else:
            continue
        raised = next((d.value for d in find_dates(m.group("raised") or "")), None)
        found.append(Action(m.group("text").strip(), m.group("ref") or bare, raised, topics.get(raised), update,
                            status, "action_tracker", block.prov.page, ("entry", index)))
    return found


# An outstanding reference minuted in prose, on a line of its own over the minutes of its progress: its reference (a
# log's letters and numbered parts, or numbered by year with a letter of its kind: "09/2031/R") and its title of a
# few words, "09/2031/R – Custody refurbishment" (an action's own wording, "PAM 26/62 – Provide a plan for ...", runs
# longer). A span of years is no reference ("Q3 2026/27 – Performance report").
_REFERENCE_LINE = re.compile(rf"^(?P<ref>{_PARTS_REF}|\d{{1,4}}(?:/\d{{1,4}})+/[A-Z]{{1,3}})"
                             r"\s*[-\u2013\u2014:]\s+(?P<title>[^.!?;:\s]+(?:\s[^.!?;:\s]+){0,5})\.?$")
# The meeting's own log by name, or a part of the minutes going through it, not one setting actions ("Actions
# agreed"): "Action log", "Public Outstanding References" (status.json key_wording).
_LOG_PART = re.compile(rf"\b(?:{'|'.join(_KEY_WORDING['log_parts'])})\b", re.I)


def _reference_line(text: str) -> re.Match[str] | None:
    """A line of an outstanding reference and its title, if ``text`` is one: never a span of years."""
    m = _REFERENCE_LINE.match(text)
    return None if m is None or _span_of_years(m.group("ref")) else m


def reference_entries(doc: LayoutDocument) -> list[Action]:
    """Outstanding references (or actions) of the log minuted in prose under a
    part going through them: each a line of its reference and title, the
    minutes of its progress under it ("09/2031/R – Custody refurbishment"
    over "The committee heard the works were finished and agreed to close
    it."), its update, its status the update's; two such references at
    least, as a log holds. Raised at earlier meetings the minutes do not date."""
    found: list[Action] = []
    entries: list[Action] = []
    part: str | None = None
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, TextBlock):
            continue
        text = clean(block.text)
        if block.kind is BlockKind.HEADING or (block.kind is BlockKind.LIST_ITEM and _item_title(block, text)):
            found += entries if len(entries) > 1 else []
            part, entries = text, []  # a heading, or an item's bold numbered line, opens the next part
            continue
        m = _reference_line(text)
        if not m or not part or not _LOG_PART.search(part):
            continue
        update = _progress_under(doc.blocks[index + 1:])
        if update:
            entries.append(Action(m.group("title").strip(), m.group("ref"), None, None, update,
                                  status_from_update(update), "action_tracker", block.prov.page, ("reference", index)))
    return found + (entries if len(entries) > 1 else [])


# A log's action reported by its number alone, in brackets, opening the minute of its progress: "(9) The Director
# confirmed that ...".
_BRACKETED_NUMBER = re.compile(r"^\((?P<number>\d{1,4})\)\s+(?=\S)")


def numbered_updates(doc: LayoutDocument, as_of: date | None = None) -> list[Action]:
    """The log's actions the minutes report on by their numbers alone, each
    a paragraph or item "(9) ..." under a sentence introducing them that
    names the log ("The Action Log was noted and the following discussed:")
    or under a heading naming it: the minute is all the pack prints of the
    action, so it is the text and the update both; the status is the
    update's as of the pack's meeting (``as_of``). A sentence resolving
    ("... considered the action log and RESOLVED that:") introduces the
    meeting's resolutions, no updates, and a resolution ("(1) the report be
    noted;") is none. Raised at earlier meetings the minutes do not date."""
    found: dict[int, Action] = {}  # by the entry's place: read once under the heading and its sentence
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if not isinstance(block, TextBlock) or not _LOG_PART.search(text := clean(block.text)) \
                or not (text.endswith(":") or block.kind is BlockKind.HEADING) or _RESOLVES.search(text):
            continue
        for at in range(index + 1, len(blocks)):
            entry = blocks[at]
            numbered = _bracketed(entry) if isinstance(entry, TextBlock) else None
            if not numbered or entry.kind is BlockKind.HEADING:
                if at == index + 1 and block.kind is BlockKind.HEADING and isinstance(entry, TextBlock) \
                        and entry.kind is not BlockKind.HEADING and clean(entry.text).endswith(":") \
                        and not _RESOLVES.search(clean(entry.text)):
                    continue  # the heading's own sentence introducing the entries
                break
            number, minute = numbered
            if _RESOLUTION_ITEM.match(minute):
                break
            found[at] = Action(minute, number, None, None, minute, status_from_update(minute, as_of),
                               "action_tracker", entry.prov.page, ("numbered update", at))
    return list(found.values())


# A sentence resolving, which introduces the meeting's resolutions, ending on the resolving verb
# ("RESOLVED that:", "agreed as follows:"; not "Members agreed the updates to the action log as follows:").
_RESOLVES = re.compile(rf"\b(?:{'|'.join(_KEY_WORDING['resolving_verbs'])})(?:\s+(?:that|as\s+follows))?\s*:$", re.I)
# The subjunctive has no auxiliary before "be": "the report will be presented" is an update.
_RESOLUTION_ITEM = re.compile(rf"^(?:that\s+)?(?:{'|'.join(_KEY_WORDING['resolution_determiners'])})\b"
                              r"(?:(?!\b(?:will|shall|can|could|should|would|may|might|must|to|not|is|are|was|were)\b)"
                              r"[^.;:])*?\bbe\s+[a-z]+(?:ed|en)\b", re.I)


def _bracketed(block: TextBlock) -> tuple[str, str] | None:
    """(number, words) of a paragraph opening with a number in brackets, typed or as its list marker."""
    text = clean(block.text)
    m = _BRACKETED_NUMBER.match(f"{block.marker} {text}") if block.marker else None
    rest = text
    if m is None and (m := _BRACKETED_NUMBER.match(text)):
        rest = text[m.end():]
    return (m.group("number"), rest) if m and rest else None


def _progress_under(blocks: tuple[Block, ...]) -> str | None:
    """The minutes of a reference's progress under its line: the bullets
    there, or the one paragraph; None where the next reference, a heading
    or a table follows straight on."""
    lines: list[str] = []
    for block in blocks:
        if not isinstance(block, TextBlock) or block.kind is BlockKind.HEADING \
                or _reference_line(clean(block.text)) or _item_title(block, clean(block.text)):
            break  # the next reference, or the minutes' next item ("4. Any other business")
        if lines and block.kind is not BlockKind.LIST_ITEM:
            break  # the bullets end: what follows is the item's own minute ("RESOLVED, that ...")
        lines.append(_without_update_label(strip_bullet(clean(block.text))))
        if block.kind is not BlockKind.LIST_ITEM:
            break
    return " ".join(lines) or None


def _item_headed(doc: LayoutDocument, start: int, index: int) -> str | None:
    """The title of the item whose sub-heading the "Actions" heading at
    ``index`` is: the nearest heading above it in the notes opening at
    ``start`` set a level higher, where that heading titles an item ("2.
    Violence reduction partnership"). The list closes that item, wherever
    a page breaks it. Where no item heading stands higher, the item the
    heading closes (``_item_closed``). One "Actions" heading after the
    notes' last of several items closes the notes, whatever its level: none."""
    actions_heading = doc.blocks[index]
    if actions_heading.kind is BlockKind.HEADING:
        for block in reversed(doc.blocks[start + 1:index]):
            if isinstance(block, TextBlock) and block.kind is BlockKind.HEADING and block.level < actions_heading.level:
                title = _item_title(block, clean(block.text))
                if title:
                    if _closes_notes(doc, start, index):
                        return None
                    title = in_english(title, bilingual_side(doc))
                    return None if is_standing_business(title) else fix_case(doc, title)
                break
    return _item_closed(doc, start, index)


def _closes_notes(doc: LayoutDocument, start: int, index: int) -> bool:
    """Whether the "Actions" line at ``index`` closes the notes opening at
    ``start``: the one such line, after several items and before none."""
    above, repeated, item_follows = _items_about(doc, start, index)
    return len(above) > 1 and not (repeated or item_follows)


def _items_about(doc: LayoutDocument, start: int, index: int) -> tuple[list[str], bool, bool]:
    """About the "Actions" line at ``index`` in the notes opening at
    ``start``: the titles of the items above it, whether the notes repeat
    such a line (one for each item), and whether an item of scrutiny
    follows it."""
    following = [m.block_index for m in mentions(doc) if m.block_index > start]
    notes = range(start + 1, following[0] if following else len(doc.blocks))
    side = bilingual_side(doc)
    titled = [(at, in_english(title, side)) for at in notes
              if isinstance(block := doc.blocks[at], TextBlock) and (title := _item_title(block, clean(block.text)))]
    repeated = sum(_is_actions_heading(block := doc.blocks[at], side)
                   or (isinstance(block, TextBlock) and bool(_ACTIONS_RUN_IN.match(clean(block.text))))
                   for at in notes) > 1
    item_follows = any(at > index and not is_standing_business(title) for at, title in titled)
    return [title for at, title in titled if at < index], repeated, item_follows


def _item_closed(doc: LayoutDocument, start: int, index: int) -> str | None:
    """The title of the item the "Actions" line at ``index`` closes, where
    it stands as high as the items of the notes opening at ``start`` (a bold
    "Action:" label beside "4. Custody", both headings; or the items are bold
    numbered list items, with no level to compare): the nearest item above,
    when the line stands among the items (the notes repeat it, one for each
    item, or another scrutiny item follows it). One "Actions" line after the
    last item closes the notes: none."""
    above, repeated, item_follows = _items_about(doc, start, index)
    if not above or is_standing_business(above[-1]) or not (repeated or item_follows):
        return None
    return fix_case(doc, above[-1])


# A minute's sentence introducing the actions listed under it as the meeting's decision: "18.2 Resolved that the
# following actions be taken:", "The following actions were agreed:". A sentence telling of actions without
# resolving them ("... described the following actions taken since the inspection:") introduces the force's work.
_BARE_RESOLUTION = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:it\s+was\s+)?(?:resolved|agreed)(?:\s+that)?"
                              r"\s*[:\-\u2013\u2014]$", re.I)
# An undertaking the decider gave in the meeting introduces its items as actions too: "During the discussion, the
# Deputy Commissioner undertook to:"; what the force "has undertaken to" do is its own plan, no action of the meeting.
# A sentence saying the actions are set out below ("Actions agreed at the meeting are listed below.")
# introduces them too, as does the decider's request in a letter after the meeting ("I ask that:").
_ACTIONS_LEAD_IN = re.compile(r"^(?=.*\b(?:resolved|agreed|be\s+taken)\b).*"
                              r"\bthe\s+following\s+actions?\b[^.:;]{0,40}:$"
                              rf"|\b{DECIDER}\s+undertook\s+to\s*:$"
                              rf"|^I\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(_KEY_WORDING['request_verbs'])})"
                              r"(?:\s+that|\s+you\s+to)?\s*:$"
                              rf"|^actions?\s+(?:{'|'.join(_KEY_WORDING['run_in_labels'])})\b[^.:;]{{0,60}}"
                              r"\b(?:below|as\s+follows)\b[^.:;]{0,60}[.:]?$", re.I)
# An action typed as a sentence of its own: an instruction ("Repeat the audit.") or an owner "to" a deed ("Director
# of Estates to circulate ..."; status.json key_wording instruction_verbs). The owner is the sentence's subject, so
# no word before "to" is a verb or a pronoun subject: "It was agreed to defer ...", "Members went on to discuss ...",
# "The Chair ... invited members to comment" tell of the meeting.
_OWNER_WORD = (r"(?!(?:it|there|this|that|we|they|he|she|i|was|were|is|are|has|have|had|did|does|went|goes|began|"
               r"continued|on|would|will|shall|should|could|can|may|might|must|wish|wants?|needs?|seems?|not)\b)"
               r"(?!(?-i:[a-z]\w+ed)\b)[\w'\u2019.&/,-]+")
_INSTRUCTION = re.compile(rf"^(?:{'|'.join(_KEY_WORDING['instruction_verbs'])})\s+(?=[a-z])"
                          rf"|^(?=[A-Z]){_OWNER_WORD}(?:\s+{_OWNER_WORD}){{0,7}}?\s+to\s+(?!be\b)[a-z]{{2,}}\b", re.I)
_INSTRUCTION_WORDS = 40  # the longest plain paragraph read as one action


# A heading's aside saying where the actions it lists are carried ("Actions (carried into the action log at
# Appendix A):"); not one over another meeting's actions ("Actions (from the previous meeting of 12 May):", "(brought
# forward)", "(outstanding)") nor one saying none were set ("Actions (none)").
_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{1,80})\)\s*(?=:?\s*$)")
_CARRIED_INTO_LOG = re.compile(r"\b(?:into|to|in|on)\s+(?:the\s+)?(?:action\s+)?(?:log|tracker)\b", re.I)
_ANOTHER_MEETINGS = re.compile(r"\b(?:from|previous|last|earlier|outstanding|brought|forward|none|nil|no)\b", re.I)


def _without_carried_aside(text: str) -> str:
    """A heading's words without an aside saying where its actions are carried (``_ASIDE``)."""
    aside = _ASIDE.search(text)
    if aside is None or not _CARRIED_INTO_LOG.search(aside.group("aside")) \
            or _ANOTHER_MEETINGS.search(aside.group("aside")) or find_dates(aside.group("aside")):
        return text
    return text[:aside.start()] + text[aside.end():]


def _is_actions_heading(block: Block, side: str | None) -> bool:
    """Whether ``block`` heads a list of actions ("Actions", "4. Actions
    agreed"), or introduces one ("Resolved that the following actions be
    taken:"); a bilingual pack's by its English side ("Camau gweithredu / Actions")."""
    if not isinstance(block, TextBlock):
        return False
    text = in_english(item_number(block)[1], side)  # "4. Actions agreed", a minute's "RB 12/06 Actions"
    # a heading may say in brackets where the actions go ("Actions (carried into the action log):")
    text = _without_carried_aside(text)
    return words(text) in _ACTIONS_HEADINGS or bool(_ACTIONS_OF_ITEMS.fullmatch(words(text))) \
        or _is_lead_in(block, side)


def _is_lead_in(block: TextBlock, side: str | None) -> bool:
    """Whether ``block`` is a sentence introducing the actions under it (``_ACTIONS_LEAD_IN``)."""
    return bool(_ACTIONS_LEAD_IN.search(clean(in_english(leading_number(block)[1], side))))


def _is_bare_resolution(block: Block, side: str | None) -> bool:
    """Whether ``block`` opens a minute's resolutions listed under it ("40.6 RESOLVED that:"): its items
    are actions only where they carry an action's reference ("(a) the force to share ... (ABC 12/03);")."""
    return isinstance(block, TextBlock) and bool(_BARE_RESOLUTION.match(clean(in_english(block.text, side))))


def _minute_number(block: TextBlock) -> str | None:
    """The minute's paragraph number a paragraph opens with ("18.3 The Board noted ..." gives "18.3", "18.2.1 ..."
    gives "18.2.1"), by its marker or its text."""
    for source in (block.marker or "", clean(block.text)):
        if PARAGRAPH_NUMBER.match(source):
            return _FULL_PARAGRAPH_NUMBER.match(source).group("number")
    return None


def _ends_lead_in(block: TextBlock, lead_number: str | None) -> bool:
    """Whether a paragraph ends the items under a lead-in numbered ``lead_number``: the minute's next paragraph
    ("18.3 The Board noted ..."), not one of the lead-in's own sub-numbered items ("18.2.1" under "18.2")."""
    number = _minute_number(block)
    return number is not None and not (lead_number and number.startswith(f"{lead_number}."))


def _only_item(doc: LayoutDocument, start: int, end: int) -> str | None:
    """The title of the one item (``_item_title``) that notes without a
    topic minute between ``start`` (their heading) and ``end`` (the actions'
    heading): actions agreed in such notes were agreed on it. Notes of
    several items leave the actions closing them without a topic, and a
    table's rows set across it may title items of their own ("Item 4:
    Road safety" over its questions, "Item 5: ..." over the next)."""
    headings = [block for block in doc.blocks[start + 1:end] if isinstance(block, TextBlock)]
    row_titles = [cell.blocks[0] for table in doc.blocks[start + 1:end] if isinstance(table, Table)
                  for row in range(table.n_rows) if is_full_width(table, row)
                  and (cell := table.cell(row, 0)) and cell.blocks and isinstance(cell.blocks[0], TextBlock)]
    titles = [title for block in (*headings, *row_titles)
              if (title := _item_title(block, clean(block.text))) and not is_standing_business(title)]
    return fix_case(doc, titles[0]) if len(titles) == 1 else None


# An action line's text that only cites the log's rows by reference ("AB 28/15 (see the action log).").
_CITES_ONLY = re.compile(rf"^(?:{_REF})(?:\s*(?:,|and|&)\s*(?:{_REF}))*\s*(?:\((?i:see)\b[^()]*\))?[.;]?\s*$")


def action_lines(doc: LayoutDocument, pack_date: date | None) -> list[Action]:
    """Actions minuted as lines of an item ("ACTION AB/25/01: The DCC to
    ..."), or typed in a cell of the item's table under what it decided
    (``_typed_in_cells``): the item's heading is their topic, the reference
    their number."""
    found: list[Action] = []
    heading: TextBlock | None = None  # the item's heading: numbered where the minutes number their items
    heading_at = -1
    numbered = False
    side = bilingual_side(doc)
    for index, place, block in _boxes_opened(doc):
        if isinstance(block, Table):
            found += _minute_table_actions(doc, index, block, pack_date)
            if typed := _typed_in_cells(block):
                meeting = meeting_at(doc, index)
                topic = _line_topic(doc, heading, heading_at, meeting, side)
                found += [replace(a, meeting_date=meeting.meeting_date if meeting else pack_date, topic=topic,
                                  key=("cell", *place, at)) for at, a in enumerate(typed)]
            continue
        # a bold action line a Word backend took for a heading is still an action line, and heads nothing
        m = ACTION_LINE.match(in_english(clean(block.text), side))
        is_item = _item_title(block, clean(block.text)) is not None
        if is_item or (block.kind is BlockKind.HEADING and not m and not numbered
                       and not _is_question(clean(block.text)) and not is_label(clean(block.text))
                       and not _labels_item(doc, heading, heading_at, block, index)):
            heading, heading_at, numbered = block, index, numbered or is_item
        if not m or ((run_in := _ACTIONS_RUN_IN.match(m.group(0)))
                     and _SPOKEN_REF.match(m.group(0)[run_in.end():].strip())):
            continue  # "Action agreed: ABC 12/01 – ...": read out by its references (read_out_actions)
        meeting = meeting_at(doc, index)
        topic = _line_topic(doc, heading, heading_at, meeting, side)
        lines = _lines_run_together(m)
        for ordinal, line in enumerate(lines):
            text, ref = line.group("text").strip(), line.group("ref") or line.group("bracketed_ref")
            if not ref and (opening := _opening_log_ref(text)):  # "Action: ABC 12/01 – Report ..."
                text, ref = text[opening.end():], opening.group("ref")
            if ref and _reports_on_log(text, ref):
                # the log's action updated in prose ("Action 11 – ... agreed for action 11 to be closed"): no action
                # of its own, but one it raises, cited at its close, is ("... with a separate action to ... (Action
                # 16 – RC)")
                if raised := _raised_in_update(text):
                    found.append(Action(*raised, meeting.meeting_date if meeting else pack_date, topic, None,
                                        UNSTATED, "action_list", block.prov.page, ("raised", *place, ordinal)))
                continue
            trailing = _TRAILING_REF.search(text)
            if trailing and not ref:  # "... with the OPCC. (PAB 47)"
                text, ref = text[:trailing.start()].rstrip(), trailing.group("ref")
            if _NO_ACTION.match(text) or _CITES_ONLY.match(text):
                continue  # "Action: None."; "Action agreed: AB 28/15 (see the log)." cites the log's row, set there
            found.append(Action(text, ref, meeting.meeting_date if meeting else pack_date, topic, None, UNSTATED,
                                "action_list", block.prov.page,
                                ("line", *place, ordinal) if len(lines) > 1 else ("line", *place)))
    return found


def _line_topic(doc: LayoutDocument, heading: TextBlock | None, heading_at: int, meeting: Mention | None,
                side: str | None) -> str | None:
    """The topic of action lines minuted under ``heading`` (at ``heading_at``) in ``meeting``'s notes: the
    item the heading names, else the notes' topic."""
    # the notes' own heading opens them and names no item: the notes' topic is the actions'
    item = item_heading(doc, heading, side)[1] if not (meeting and meeting.block_index == heading_at) else None
    if item and words(item) in _ACTIONS_HEADINGS:
        item = None  # the lines' own heading ("Actions agreed") names no item: the notes' topic, if any
    if item and (minuted := MINUTE_REFERENCE.match(f"{item} .")) and minuted.end() > len(item):
        item = _titled_under(doc, heading_at)  # a heading that is only the minute's reference ("Ref 03/12/05/2030")
    elif item and (minuted := MINUTE_REFERENCE.match(item)):
        item = item[minuted.end():]  # the minute's reference numbers the item, it is no part of its title
    return item or (meeting.topic if meeting else None)


def _typed_in_cells(table: Table) -> list[Action]:
    """Actions typed in the decision cells of a table of questions (a
    column headed by the decision or the level: ``_DECISION_HEADER``; no
    agenda, minutes or table with a column of actions), under
    the level and comment: action lines ("Action ABC 12/07: Provide ...",
    maybe run on after the comment's last sentence), or the lines under an
    actions label that read as actions, up to the first that does not
    (``tables.action_line_at``: the decision's commentary ends where they
    start). Their meeting and topic are left to the caller."""
    header = find_header(table, {"decision": _DECISION_HEADER}, ("decision",))
    if header is None or is_agenda_table(table) or minute_rows(table) \
            or find_header(table, {"action": _ROLES["action"]}, ("action",)) is not None:
        return []  # an agenda's row names business; minutes and a column of actions are read as such
    found: list[Action] = []
    for cell in table.cells:
        if cell.row <= header.row or cell.col != header.columns["decision"]:
            continue  # a measure's commentary beside its rating is no decision
        held = [b for b in cell.blocks if isinstance(b, TextBlock) and b.text.strip()]
        paragraphs, pages = [clean(b.text) for b in held], [b.prov.page for b in held]
        starts = [(at, start) for at, text in enumerate(paragraphs) if (start := action_line_at(text)) is not None]
        if not starts:
            continue
        first, start = starts[0]
        labelled = False  # under an actions label, each line that reads as an action is one
        for at in range(first, len(paragraphs)):
            text = paragraphs[at][start:] if at == first else paragraphs[at]
            if (label := ACTIONS_LABEL.match(text)) and not ACTION_LINE.match(text):
                text, labelled = text[label.end():].strip(), True
                if not text:
                    continue  # the label on its own line
            line = ACTION_LINE.match(text)
            if not line and not (labelled and (held[at].kind is BlockKind.LIST_ITEM or _reads_as_action(text))):
                break  # the cell's next words are the comment's again, or no action
            for each in (_lines_run_together(line) if line else [None]):
                said = clean(each.group("text")) if each else strip_bullet(text)
                ref = (each.group("ref") or each.group("bracketed_ref")) if each else None
                if not ref and (leading := _leading_ref(said)):
                    said, ref = said[leading.end():], leading.group("ref")
                if said and not _NO_ACTION.match(said):
                    found.append(Action(said, ref, None, None, None, UNSTATED, "action_list", pages[at], ()))
    return found


# The header of a question table's decision column, in whose cells the actions set on a question may be typed.
_DECISION_HEADER = tuple(_KEY_WORDING["decision_headers"])


_TITLE_WORDS = 10  # the longest opening clause read as an item's title


def _titled_under(doc: LayoutDocument, heading_at: int) -> str | None:
    """The title of an item headed only by its minute's reference ("Ref
    03/12/05/2030"), as the line under the heading opens with it, before
    the paper's labels ("Quarterly performance – Paper – For Information.");
    standing business ("Minutes and Action Log for the meeting held on ...")
    is none."""
    below = doc.blocks[heading_at + 1] if heading_at + 1 < len(doc.blocks) else None
    if not isinstance(below, TextBlock) or below.kind is BlockKind.HEADING:
        return None
    title = re.split(r"\s+[-\u2013\u2014]\s+", clean(below.text), maxsplit=1)[0].rstrip(" .")
    if len(title.split()) > _TITLE_WORDS or title.endswith("?") or is_standing_business(title):
        return None
    return fix_case(doc, title)


def _reports_on_log(text: str, ref: str) -> bool:
    """Whether a minuted action line reports on an action of the log and sets none: its words name its own
    action again ("Action 11 – Discussion as to ... Agreement for action 11 to be closed"), or tell of another
    action they raised, cited at their close by its number ("Action 11 – Agreed to close, with a separate action
    to ... (Action 16 – RC)": the update of action 11). A line setting its action, its log reference cited at its
    close ("Action 2: The force to share ... (Action: PCP 27/14)"), tells of none."""
    if re.search(rf"\baction\s+{re.escape(ref)}(?!\w)", text, re.I):
        return True
    cited = _TRAILING_REF.search(text)
    return bool(cited and cited.group("said") and cited.group("ref") != ref
                and re.search(r"\baction\b", text[:cited.start()], re.I))


# A new action a minute on the log's action raises, its reference cited at the minute's close: "... closed with a
# separate action to provide ... (Action 16 – RC)".
_RAISED_ACTION = re.compile(rf"\b(?:{'|'.join(_KEY_WORDING['raised_action_words'])})\s+action\s+"
                            r"(?:(?:was|is)\s+(?:raised|set|agreed)\s+)?to\s+(?P<text>[^()]+?)\s*$", re.I)


def _raised_in_update(text: str) -> tuple[str, str] | None:
    """(text, number) of the new action a minute reporting on the log's action raises (``_RAISED_ACTION``),
    where the minute closes by citing it: its words after "action to", its number the citation's."""
    cited = _TRAILING_REF.search(text)
    m = _RAISED_ACTION.search(text[:cited.start()]) if cited and cited.group("said") else None
    if not m:
        return None
    return m.group("text")[:1].upper() + m.group("text")[1:], cited.group("ref")


def _lines_run_together(line: re.Match[str]) -> list[re.Match[str]]:
    """The action lines of a paragraph the PDF's reader ran together ("Action PB 28/07: ... figures. Action
    PB 28/08: ..."), as a short line is joined to the one above: each sentence opening an action line with its
    reference starts one. The line itself where none follows."""
    text = line.group(0)
    starts = [0] + run_on_action_starts(text)
    if len(starts) == 1 or not (line.group("ref") or line.group("bracketed_ref")):
        return [line]
    parts = [text[start:end].strip() for start, end in zip(starts, starts[1:] + [len(text)])]
    return [found for part in parts if (found := ACTION_LINE.match(part))]


def _boxes_opened(doc: LayoutDocument) -> Iterator[tuple[int, tuple[int, ...], Block]]:
    """The document's blocks by index and place, with the lines of a box (tables.box_lines: "Decisions
    and actions" framed under an item) in its stead: its lines are the item's own."""
    for index, block in enumerate(doc.blocks):
        held = box_lines(block) if isinstance(block, Table) else None
        if held is not None:
            yield from ((index, (index, at), inner) for at, inner in enumerate(held))
        else:
            yield index, (index,), block


# A speaker reading the actions out, as a transcript records it: "For the record, the actions I have are these."
_READ_OUT = re.compile(r"\bactions?\b[^.:;]{0,40}?\b(?:are|is)\s+(?:these|as\s+follows)\s*[.:]", re.I)
# Each action read out after its reference: "PAM 27/03: Share the list ...", "SAB/44/12 – Report ...".
_LOG_REF = r"[A-Z]{2,6}[\s/]?\d{1,4}(?:[/.-]\d{1,4})+(?:\([a-z]\))?"
_SPOKEN_REF = re.compile(rf"(?:^|(?<=[.!?;])\s+)(?P<ref>{_LOG_REF})\s*[:\-\u2013\u2014]\s+")
# A paragraph run in from an actions label ("Actions: ABC 12/01 – Report ... ABC 12/02 – Audit ...", "Actions
# agreed: ABC 12/01 and ABC 12/02 (see the action log).", "Agreed actions: ABC 12/01 – report ...; ABC 12/02 – audit
# ..."): the notes list their actions there.
# (one "Action:" is an action line's: tables.ACTION_LINE); a bilingual pack's label in both languages ("Camau
# gweithredu / Actions:")
_ACTIONS_LABEL_WORDS = (rf"(?:(?:(?:{'|'.join(_KEY_WORDING['run_in_labels'])})\s+)?actions"
                        rf"|actions?\s+(?:{'|'.join(_KEY_WORDING['run_in_labels'])})"
                        rf"|{_KEY_WORDING['actions_of_items']})")  # "Actions agreed under this item:"
_ACTIONS_RUN_IN = re.compile(rf"^(?:[^:/]{{1,40}}?\s/\s+)?{_ACTIONS_LABEL_WORDS}(?:\s+/\s[^:/]{{1,40}}?)?\s*:\s*(?=\S)",
                             re.I)


# A run-in's items numbered in brackets ("Actions: (1) the force to ...; (2) the force to ..."): each after the
# label or a semicolon, numbered on from 1.
_BRACKETED_ITEM = re.compile(r"(?:^|(?<=;)\s+(?:and\s+)?)\((?P<ref>\d{1,2})\)\s+(?=\S)")
_ITEM_JOIN = re.compile(r"\s*;(?:\s+and)?\s*$")


def _numbered_run_in(text: str) -> list[re.Match[str]]:
    """The bracketed numbers of the items a run-in paragraph sets out, where they run (1), (2), ... from its
    start; none where a bracketed number stands in a sentence of its own."""
    items = list(_BRACKETED_ITEM.finditer(text))
    if not items or any(int(m.group("ref")) != ordinal for ordinal, m in enumerate(items, 1)):
        return []
    return items


def _opening_log_ref(text: str) -> re.Match[str] | None:
    """A log's reference an action's words open with, set off by a colon or dash ("ABC 12/01: Share ...",
    "ABC 12/01 – Share ..."), where a list's number or an action line's label stands before it; never a span of
    years or a section's number (``_leading_ref``)."""
    return ref if (ref := _SPOKEN_REF.match(text)) and _leading_ref(text) else None


def _cites_log_rows(text: str) -> bool:
    """Whether a paragraph run in from an actions label names the actions by their log references ("Actions:
    ABC 12/01 – ...", "Actions agreed: ABC 12/01 and ABC 12/02 (see the action log)."); "Actions: none arising."
    lists none, and the notes' requests elsewhere stay actions."""
    return bool((run_in := _ACTIONS_RUN_IN.match(text)) and re.search(rf"\b{_LOG_REF}\b", text[run_in.end():]))


def read_out_actions(doc: LayoutDocument, pack_date: date | None) -> list[Action]:
    """Actions a speaker reads out with their references in one paragraph of
    a transcript ("... the actions I have are these. PAM 27/03: ... PAM 27/04:
    ..."), or that a paragraph run in from an actions label sets out so
    ("Actions: ABC 12/01 – ... ABC 12/02 – ...", or numbered "(1) ...; (2)
    ..."): each runs to the next reference, on the topic of the notes."""
    found: list[Action] = []
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, TextBlock):
            continue
        run_in = None if (announced := _READ_OUT.search(clean(block.text))) else _ACTIONS_RUN_IN.match(clean(block.text))
        if not (announced or run_in):
            continue
        text = clean(block.text)[(announced or run_in).end():].strip()
        spoken = list(_SPOKEN_REF.finditer(text))
        refs = spoken or (_numbered_run_in(text) if run_in else [])
        if run_in and refs and refs[0].start() != 0:
            continue  # a label over words of its own ("Actions: none agreed; see ABC 12/01 ..."), no reference first
        meeting = notes_meeting_at(doc, index)
        for ordinal, ref in enumerate(refs):
            end = refs[ordinal + 1].start() if ordinal + 1 < len(refs) else len(text)
            # one of a sentence's items, set off by ";" (and "; and" before the last)
            said = _ITEM_JOIN.sub("", text[ref.end():end].strip()).rstrip()
            if not spoken and not _reads_as_action(said):
                continue  # "Actions: (1) none arising.", "(1) The Board noted the report": no deed set anyone
            found.append(Action(said[:1].upper() + said[1:], ref.group("ref"),
                                meeting.meeting_date if meeting else pack_date, meeting.topic if meeting else None,
                                None, UNSTATED, "action_list", block.prov.page, ("read out", index, ordinal)))
    return found


# Who does an action and by when, printed after it ("(Owner: Head of ECU)") or on a line of its own ("Lead: DCC").
_ATTRIBUTION = re.compile(r"\s*(?:^|\()\s*(?:action\s+)?(?:owner|lead|responsible(?:\s+officer)?|due|deadline|by\s+when)"
                          r"\s*:[^()]*\)?\.?\s*$", re.I)


def _minute_table_actions(doc: LayoutDocument, index: int, table: Table, pack_date: date | None) -> list[Action]:
    """Actions in the action column of minutes set out as a table
    ("Minute | Discussion | Action"): each paragraph of a row's action cell
    is one, on the item the row minutes; a reference opening it ("GSB 44:",
    "Action AB 12 -") or closing it ("(PAB 47)") is its number."""
    found: list[Action] = []
    meeting = notes_meeting_at(doc, index)
    for row, minute in enumerate(minute_rows(table)):
        for ordinal, paragraph in enumerate(minute.actions):
            text = _ATTRIBUTION.sub("", clean(paragraph.text)).strip()
            if not text or _NO_ACTION.match(text):
                continue
            ref = None
            if m := ACTION_LINE.match(text):
                text, ref = m.group("text").strip(), m.group("ref") or m.group("bracketed_ref")
            elif m := _leading_ref(text):
                text, ref = text[m.end():], m.group("ref")
            elif trailing := _TRAILING_REF.search(text):
                text, ref = text[:trailing.start()].rstrip(), trailing.group("ref")
            found.append(Action(text, ref, meeting.meeting_date if meeting else pack_date,
                                minute.item or (meeting.topic if meeting else None), None, UNSTATED, "action_list",
                                paragraph.prov.page, ("minute table", index, row, ordinal)))
    return found


# A request minuted in prose: "The PCC asked that ...", "He also asked that ...".
_REQUEST = re.compile(rf"^(?:{DECIDER}|he|she|they)\s+(?:also\s+)?(?:asked|requested)\s+that\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_QUESTION_LABEL = re.compile(r"^\s*q(?:uestion)?\s*\d", re.I)


def _labels_item(doc: LayoutDocument, heading: TextBlock | None, heading_at: int, block: TextBlock,
                 index: int) -> bool:
    """Whether a heading is a label inside the item the notes are minuting
    ("Summary of assurance", "Actions agreed" a level below the item's
    heading) rather than the next item: it is deeper than an item heading
    that stands inside the same notes."""
    if heading is None or heading.kind is not BlockKind.HEADING or block.level <= heading.level:
        return False
    meeting = notes_meeting_at(doc, index)
    return meeting is not None and heading_at > meeting.block_index


def _is_question(text: str) -> bool:
    """A question's heading ("Q2. ...", "3. How does the Force ...?"), not an item's."""
    return bool(_QUESTION_LABEL.match(text)) or text.rstrip().endswith("?")


def prose_actions(doc: LayoutDocument) -> list[Action]:
    """Requests the notes minute in prose, in notes that list no actions of
    their own: each sentence of a paragraph opening with "The PCC asked that
    ..." is an action, on the item it is minuted under (the notes' theme
    first)."""
    found: list[Action] = []
    item: str | None = None
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            continue
        text = clean(block.text)
        title = _item_title(block, text)
        if title:
            item = fix_case(doc, title)
            continue
        meeting = notes_meeting_at(doc, index)
        if meeting is None or not _REQUEST.match(text) or _lists_actions(doc, meeting.block_index):
            continue
        sentences = [sentence for sentence in _SENTENCE_END.split(text) if _REQUEST.match(sentence)]
        for ordinal, sentence in enumerate(sentences):
            found.append(Action(sentence, None, meeting.meeting_date, meeting.topic or item, None, UNSTATED,
                                "action_list", block.prov.page, ("prose", index, ordinal)))
    return found


def _item_title(block: TextBlock, text: str) -> str | None:
    """The title of a minuted item's heading: a numbered heading or bold
    list item ("2. Missing persons", a minute's "17/27 Road safety"), or a
    line that is only "Item 3: Road safety"."""
    if _is_question(text) or PARAGRAPH_NUMBER.match(text):
        return None  # "Question 2: ..." or "3. How ...?" heads a question, "5.7 Level of ..." a paragraph: not an item
    number, rest = item_number(block)  # the meetings' rule: "2. ...", "17/27 ...", "Agenda item 3: ..."
    if number and (block.kind is BlockKind.HEADING or (block.kind is BlockKind.LIST_ITEM and block.is_bold)):
        return rest.strip(" :-\u2013") or None
    m = ITEM_LINE.match(text)
    return m.group("title").strip() if m and not re.search(r"[.!?]$", text) else None


def _lists_actions(doc: LayoutDocument, notes_at: int) -> bool:
    """Whether the notes opening at ``notes_at`` list their actions (an
    "Actions" heading, "ACTION:" lines or a paragraph run in from "Actions
    agreed:") up to the next meeting's mention."""
    following = [m.block_index for m in mentions(doc) if m.block_index > notes_at]
    end = following[0] if following else len(doc.blocks)
    return any(isinstance(block, TextBlock) and (words(block.text) in _ACTIONS_HEADINGS
                                                 or ACTION_LINE.match(clean(block.text))
                                                 or _cites_log_rows(clean(block.text)))
               for block in doc.blocks[notes_at + 1:end])


def _listed_items(blocks, lead_in: bool = False, lead_number: str | None = None,
                  minute: str | None = None) -> list[tuple[str | None, str, int | None]]:
    """The actions listed under an actions heading, or under a sentence
    introducing them (``lead_in``, numbered ``lead_number``: up to the
    minute's next numbered paragraph that is none of its sub-numbers); under
    a heading numbered as a minute (``minute``: "RB 12/06 Actions") up to
    the paragraph of the minute after it ("RB 12/07 The next meeting ...")."""
    items: list[tuple[str | None, str, int | None]] = []
    list_level: int | None = None  # the nesting level of the list's own items
    list_x: float | None = None  # where the list's own markers stand on the page, where the format says
    bold_items: bool | None = None  # whether the list's own items are printed bold
    by_ref: bool | None = None  # whether the list's items are numbered by their references ("PAB 30/51 – ...")
    plain: bool | None = None  # whether the list's items are plain paragraphs, no list items, unnumbered
    for block in (part for block in blocks for part in _refs_run_together(block)):
        if isinstance(block, Table):
            if not items and block.n_cols != 2:
                items = _agreed_rows(block)
                break
            if items:
                break
            for row in range(block.n_rows):
                number_cell, text_cell = block.cell(row, 0), block.cell(row, 1)
                number = _number(number_cell.blocks[0]) if number_cell and number_cell.blocks else None
                if number and text_cell and text_cell.text.strip():
                    items.append((number, _cell_text(text_cell), block.page_of_row(row)))
            break
        if is_status_key(block):
            continue
        if lead_in and _ends_lead_in(block, lead_number):
            break
        number, text = leading_number(block)
        if lead_number and not block.marker and (own := _FULL_PARAGRAPH_NUMBER.match(clean(block.text))):
            # the lead-in's own sub-numbered paragraph ("18.2.1 Report ...") keeps all its number
            number, text = own.group("number"), clean(block.text)[own.end():].lstrip(" .:)-\u2013")
        # a reference opening the item is its number over a letter or roman marker ("(a) CMB 27/06 – ..."); a
        # numbered item keeps its number ("2. PEEL 2025: ...")
        numbered = number is not None and any(ch.isdigit() for ch in number)
        if not numbered and (ref := _leading_ref(text)) and not _QUESTION_LABEL.match(text):
            number, text = ref.group("ref"), text[ref.end():]
        elif numbered and (ref := _opening_log_ref(text)):
            # a numbered item opening with its log reference ("1. ABC 12/01: Share ..."): the reference lasts across
            # meetings, the list's "1." only within it
            number, text = ref.group("ref"), text[ref.end():]
        if items and by_ref and numbered and not _leading_ref(text):
            break  # a paragraph numbered after items numbered by reference: the minutes' next item ("4. AOB. None.")
        if minute and number and _numbered_after(number, minute):
            break
        if items and numbered and is_standing_business(re.split(r"[.:]\s", text, maxsplit=1)[0]):
            break  # the minutes' next item, standing business, numbered on from the actions ("3. Any other business.")
        if block.kind is BlockKind.HEADING and not _RESOLUTION.match(text):
            break  # a resolution ("That ...") a backend took for a heading is still an action
        if items and block.is_bold and bold_items is False:
            break  # a bold line after plain items: the minutes' next item heading
        if block.kind is BlockKind.LIST_ITEM:
            # items typed as numbered paragraphs stand at the outer level
            own_level = list_level if list_level is not None else 0 if items else block.level
            if block.level > own_level and not _level_with(block, list_x):  # a sub-bullet belongs to the action above
                items[-1] = (items[-1][0], f"{items[-1][1]}\n{strip_bullet(text)}", items[-1][2])
                continue
            if block.level < own_level:
                break  # an outer item: the minutes' next numbered item heading
            list_level = own_level
            list_x = list_x if list_x is not None else block.prov.bbox.x0 if block.prov.bbox else None
        if number is None and items and (_runs_on(items[-1], block, text) or _TRAILING_REF.fullmatch(text)):
            # the rest of the item above, over a page break, or its reference wrapped onto a line of its own
            items[-1] = (items[-1][0], f"{items[-1][1]} {text}", items[-1][2])
            continue
        unmarked = number is None and block.kind is not BlockKind.LIST_ITEM
        if unmarked and not _RESOLUTION.match(text) and (lead_in or plain is False or not _is_instruction(block, text)):
            break
        items.append((number, strip_bullet(text), block.prov.page))
        plain = unmarked if plain is None else plain
        bold_items = block.is_bold if bold_items is None else bold_items
        by_ref = (number is not None and not numbered) if by_ref is None else by_ref
    return [item for item in items if item[1]]


def _numbered_after(ref: str, minute: str) -> bool:
    """Whether a reference is a later minute's than ``minute`` (the same
    letters, a greater number, no lettered part): "RB 12/07" after "RB
    12/06", where "RB 12/05(a)" names an action of an earlier minute."""
    letters = re.match(r"[A-Za-z]*", ref).group(0)
    if "(" in ref or letters != re.match(r"[A-Za-z]*", minute).group(0):
        return False
    return tuple(map(int, re.findall(r"\d+", ref))) > tuple(map(int, re.findall(r"\d+", minute)))


def _refs_run_together(block: Block) -> tuple[Block, ...]:
    """A paragraph of actions run together, each opening with its log
    reference ("ABC 12/01: Report ... ABC 12/02: Audit ..."), as one
    paragraph an action; any other block as it is."""
    if not isinstance(block, TextBlock) or block.kind is not BlockKind.PARAGRAPH or not block.spans:
        return (block,)
    text = clean(block.text)
    starts = [ref.start("ref") for ref in _SPOKEN_REF.finditer(text)]
    if len(starts) < 2 or starts[0] != 0:
        return (block,)
    return tuple(replace(block, spans=(Span(text[start:end].strip(), block.spans[-1].style),))
                 for start, end in zip(starts, [*starts[1:], len(text)]))


def _is_instruction(block: TextBlock, text: str) -> bool:
    """Whether a plain paragraph under an actions heading, neither numbered
    nor a list item, is an action typed as a paragraph of its own ("Repeat
    the audit."): a plain paragraph of a sentence or two that reads as an
    action (``_reads_as_action``), not one telling of the actions or the
    log ("Two actions were agreed; see the log") nor an action line (read
    as one: ``action_lines``)."""
    return (block.kind is BlockKind.PARAGRAPH and not block.is_bold and len(text.split()) <= _INSTRUCTION_WORDS
            and len(_SENTENCE_END.split(text)) <= 2 and _reads_as_action(text)
            and not _ACTIONS_WORD.search(text) and not ACTION_LINE.match(text))


def _reads_as_action(text: str) -> bool:
    """Whether a line says what someone is to do: an instruction or an owner
    "to" a deed (``_INSTRUCTION``), or a deed hung from its reference; not
    a key ("C = Complete") nor a line saying none was set."""
    return bool(_INSTRUCTION.match(text) or _leading_ref(text)) and "=" not in text and not _NO_ACTION.match(text)


def _level_with(block: TextBlock, list_x: float | None) -> bool:
    """Whether a list item's marker stands where the list's own markers do,
    whatever nesting level the reading gave it: then it is no sub-bullet."""
    return list_x is not None and block.prov.bbox is not None and abs(block.prov.bbox.x0 - list_x) <= _INDENT_TOLERANCE


def _agreed_rows(table: Table) -> list[tuple[str | None, str, int | None]]:
    """The rows of a table of actions agreed (Ref | Action | Owner | Due):
    one with an action column and no update, status or RAG column, which a
    tracker would have (the tracker's reading takes those). A row a page
    break opened that carries on the action above is read into it."""
    header = find_header(table, _ROLES, required=("action",))
    if header is None or any(role in header.columns for role in ("update", "status", "rag")):
        return []
    table = _split_rows_joined(table, header.first_body_row, header.columns["action"], [], [])
    return [(_cell_text(own_cell(table, row, header.columns.get("number"))).rstrip(".") or None, text,
             table.page_of_row(row))
            for row in range(header.first_body_row, table.n_rows)
            if not is_full_width(table, row)
            and (text := _cell_text(own_cell(table, row, header.columns["action"])))
            and not _NO_ACTION.match(text)]


def _runs_on(item: tuple[str | None, str, int | None], block: TextBlock, text: str) -> bool:
    """True when a paragraph carries on the item above over a page break:
    it opens the next page and the item stopped mid-sentence (an item closed
    by its bracketed reference, "... operation. (PAB 28/22)", is whole)."""
    ended = re.search(r"[.?!:;]$", item[1].rstrip()) or _TRAILING_REF.search(item[1])
    return (block.kind is BlockKind.PARAGRAPH and item[2] is not None and block.prov.page == item[2] + 1
            and (text[:1].islower() or not ended))


def _number(block: TextBlock) -> str | None:
    """The number of a cell that holds only a number ("1", "1.") or a marker."""
    number, rest = leading_number(block)
    if number is None:
        m = _NUMBER.match(clean(block.text) + " ")
        number = m.group("number") if m else None
    return number


# --- action trackers ----------------------------------------------------------

# The roles a tracker's header names, tried in turn; the last a log whose only status is the date each action was closed.
_TRACKER_HEADERS = (("action", "update"), ("action", "status"), ("action", "rag"), ("action", "completed_on"))


def _asking_header(table: Table, first_row: int) -> Header | None:
    """The header of a log whose only progress column asks a yes/no question naming a status ("Ref | Action |
    Owner | Complete?"): its reference and action columns by their roles, the question's column the status
    (over another column of yes and no: "Priority"). A recommendation's column is no action's here."""
    header = find_header(table, _ROLES, ("number", "action"), first_row=first_row, wrapped=True)
    if header is None or header_matches(table.grid()[header.row][header.columns["action"]], ("recommendation",)):
        return None
    asking = next((col for col, label in enumerate(table.grid()[header.row])
                   if col not in header.columns.values() and asked_status(label)), None)
    return None if asking is None else Header(header.row, {**header.columns, "status": asking})


def tracker_actions(doc: LayoutDocument, legend: Legend, key: dict[str, str] | None = None,
                    as_of: date | None = None, listed: list[Action] | None = None) -> list[Action]:
    """Tracker rows. A tracker with no topic column gives a row the topic of
    the meeting that set it, where the pack holds that meeting's notes.
    ``as_of`` is the date the tracker reports progress at (the pack's
    meeting): an update that says done by a later date is still open.
    ``listed`` are the actions the minutes state, whose references and
    wording tell the meeting's log from another body's plan
    (``_another_bodys``)."""
    found: list[Action] = []
    marked = marked_rows_key(doc)
    printed = printed_legend(doc)
    for index, table, header, first_row in _logs(doc, as_of):
        if _is_question_log(table, header):
            continue  # its actions are the meeting's own, set as it decided (``logged_actions``)
        table_key = status_column_key(table, header, key or {}, marked, numbered_keys(doc))
        titled = titled_status(doc.blocks, index)
        rows = _rows(table, index, header.columns, _update_columns(table, header), first_row, legend, table_key,
                     as_of, titled, printed)
        if "date" not in header.columns:
            heading_date = _heading_date(doc.blocks, index) or _agreed_at(doc, index, as_of)
            noted = _raised_in_note(doc.blocks, index)
            rows = [replace(a, meeting_date=a.meeting_date or _noted_date(noted, a.number) or heading_date)
                    for a in rows]
        if bilingual_side(doc):  # a bilingual log prints each cell in Welsh and then in English
            rows = [replace(a, text=english_half(a.text), update=a.update and english_half(a.update)) for a in rows]
        if "topic" not in header.columns:
            topics = _raised_topics(doc, index)
            rows = [a if a.topic or a.meeting_date not in topics
                    else replace(a, topic=topics[a.meeting_date], topic_of_meeting=True) for a in rows]
            citations = _citations(doc, index, rows)
            rows = [_as_cited(a, citations.get(a.number)) for a in rows]
        if not _another_bodys(doc.blocks, index, rows, listed or []):
            found += rows
    return found


def _logs(doc: LayoutDocument, as_of: date | None) -> Iterator[tuple[int, Table, Header, int]]:
    """The tables of actions a header names (``_TRACKER_HEADERS``), or a
    headerless tracker, with where each stands, the roles of its columns and
    its first body row; a key at its foot or atop it is none of its rows."""
    named_meetings = {mention.meeting_date for mention in mentions(doc)}
    for index, table in logical_tables(doc.blocks):
        blocks = labelled_blocks_as_rows(table)
        if blocks is not table and header_matches(blocks.grid()[0][0], _ROLES["action"] + _ROLES["number"]):
            table = blocks  # a sheet of label | value blocks, each opening with an action or its reference
        table = rows_above(table, table.n_rows - foot_key_rows(table))  # a key at the foot is no action
        below_key = key_rows(table)  # the header row stands under a key printed in the tracker's first rows
        header = next(filter(None, (find_header(table, _ROLES, required, first_row=below_key, wrapped=True)
                                    for required in _TRACKER_HEADERS)), None) or _asking_header(table, below_key)
        first_row = header.first_body_row if header else 0
        header = header or _headerless_tracker(table)
        if header is None or _records_assurance(table, header) or _titles_a_card(table, header):
            continue
        # The rewriters in turn, each on the roles the one before left. Each finds its column among the unclaimed
        # ones (unclaimed_columns), reading the body cells again: one read of each column's texts could serve them
        # all, as a column's texts do not change with the roles claimed.
        header = _with_text_column(table, _without_deadline_date(table, header))
        header = with_current_status(table, header, _ROLES["status"])
        header = _without_answer_column(table, header)
        header = with_status_words_column(table, header, _ROLES["update"], numbered_keys(doc))
        header = _with_raised_column(table, with_decided_status(table, header), as_of, named_meetings)
        header = with_progress_column(table, header, status_of_words)  # a "Progress" column of bands
        yield index, table, header, first_row


# A status column's heading giving one status as a label's value ("Status: Open"): a card's title row.
_STATED_IN_HEADING = re.compile(r"^\s*(?:current\s+)?status\s*:\s*(?P<status>\S.*)$", re.I)


def _titles_a_card(table: Table, header: Header) -> bool:
    """Whether the row taken for the header titles one card of fields
    ("Recommendation 2 | Status: Open" over "Recommendation | ...", "Force
    update | ..." rows): its status heading states a status of its own, so
    the rows under it are the card's fields, no actions."""
    col = header.columns.get("status")
    stated = _STATED_IN_HEADING.match(table.grid()[header.row][col]) if col is not None and header.row >= 0 else None
    # a list of the column's options ("Status: Open / Closed") heads a column of them
    return bool(stated) and not re.search(r"[/,]|\bor\b", stated.group("status")) \
        and status_of_words(stated.group("status")) is not None


# A card's title: the action's log reference ("AB 44/01") or "Action 2", its number the reference or "2".
_CARD_TITLE = re.compile(rf"^(?:(?P<ref>{_LOG_REF})|(?i:action)\s+(?P<number>\d{{1,3}}[a-z]?))$")
_CARD_ACTION_LABELS = ("action", "action agreed", "agreed action", "action required")
# The other fields of an action's card; a card with a field of another kind of entry ("Complaint", "Finding",
# "Outcome", "Area for improvement") is that entry's, no action's.
_CARD_UPDATE_LABELS = ("update", "latest update", "progress", "progress update", "update on progress")
_CARD_FIELD_LABELS = frozenset((*_CARD_ACTION_LABELS, *_CARD_UPDATE_LABELS, "owner", "action owner", "lead",
                                "lead officer", "responsible officer", "due", "due date", "deadline", "target date",
                                "date raised", "raised", "date agreed", "meeting", "meeting date", "date"))


def card_actions(doc: LayoutDocument) -> list[Action]:
    """Actions printed one small table each, a card: titled by the action's reference and its status ("AB 44/01 |
    Status: Open", ``_titles_a_card``) over rows of fields, one labelled as the action ("Action | Provide ...")
    and maybe its update ("Update | ..."), owner and date raised. Cards one under another may read as one table:
    each title row opens a card. A card of another kind of entry (a recommendation, a risk, a complaint, an audit's
    finding: no "Action" row, a field of its own, or a title that is no action's reference), or whose action says
    none was set, is none."""
    found: list[Action] = []
    for index, table in logical_tables(doc.blocks):
        if table.n_cols != 2:
            continue
        grid = table.grid()
        titles = [row for row in range(table.n_rows) if _card_title(grid[row])]
        for opening, end in zip(titles, (*titles[1:], table.n_rows)):
            title, status = _card_title(grid[opening])
            fields = {words(label): clean(value) for label, value in grid[opening + 1:end] if clean(value)}
            text = next((fields[label] for label in _CARD_ACTION_LABELS if label in fields), None)
            if text is None or _NO_ACTION.match(text) or not fields.keys() <= _CARD_FIELD_LABELS:
                continue
            update = next((value for label, value in fields.items() if label in _CARD_UPDATE_LABELS), None)
            raised = next((dated[0].value for label, value in fields.items()
                           if label in _ROLES["date"] and (dated := find_dates(value))), None)
            found.append(Action(text, title.group("ref") or title.group("number"), raised, None, update,
                                Status(status, "status_column", 0.9), "action_tracker", table.page_of_row(opening),
                                ("card", index, opening)))
    return found


def _card_title(cells: list[str]) -> tuple[re.Match[str], str] | None:
    """The title of a card and the status it states, where ``cells`` are a card's title row ("AB 44/01 |
    Status: Open"): one status, no list of a column's options ("Status: Open / Closed")."""
    title, stated = _CARD_TITLE.match(clean(cells[0])), _STATED_IN_HEADING.match(clean(cells[1]))
    if not (title and stated) or re.search(r"[/,]|\bor\b", stated.group("status")):
        return None
    status = status_of_words(stated.group("status"))
    return (title, status) if status is not None else None


def _without_deadline_date(table: Table, header: Header) -> Header:
    """The header without a date column headed as a deadline: "Target date
    | Revised date" gives the due role the first, and the date role (any
    heading holding "date") would take the second, no meeting's date."""
    col = header.columns.get("date")
    if col is None or header.row < 0 or not header_matches(table.grid()[header.row][col], _ROLES["due"]):
        return header
    return Header(header.row, {role: at for role, at in header.columns.items() if role != "date"})


_PROGRESS_ROLES = ("update", "status", "rag", "completed_on")


def _is_question_log(table: Table, header: Header) -> bool:
    """Whether a table of actions is a log of the meeting's questions (Item |
    Question | Force response | PCC decision | Action arising) that tracks
    no progress: no update, status or RAG column beside its answers. Its
    actions are those the meeting set, as minuted actions are, not a
    tracker's rows."""
    return header.row >= 0 and not any(role in header.columns for role in _PROGRESS_ROLES) \
        and any(header_matches(text, _QUESTION_HEADER) for text in table.grid()[header.row])


def logged_actions(doc: LayoutDocument, pack_date: date | None) -> list[Action]:
    """The actions a log of the meeting's questions sets in its action column
    (``_is_question_log``), as minuted at the log's meeting: a reference
    opening or closing the cell ("ABC 12/07 – Report ...") is the action's
    number, the item cell beside it ("4. Missing children", merged over the
    item's questions) its topic."""
    found: list[Action] = []
    for index, table, header, first_row in _logs(doc, pack_date):
        if not _is_question_log(table, header):
            continue
        # the questions were put at the meeting whose notes, or dated heading ("<Board> – Decision log – <date>"),
        # the log stands under
        meeting = meeting_at(doc, index)
        item_col = header.columns.get("topic", header.columns.get("number"))
        for row in range(first_row, table.n_rows):
            text = _cell_text(own_cell(table, row, header.columns["action"]))
            if is_full_width(table, row) or not text or _NO_ACTION.match(text):
                continue
            number = None
            if ref := _leading_ref(text):
                text, number = text[ref.end():], ref.group("ref")
            elif trailing := _TRAILING_REF.search(text):
                text, number = text[:trailing.start()].rstrip(), trailing.group("ref")
            topic = _item_cell_title(table.cell(row, item_col) if item_col is not None else None) \
                or (meeting.topic if meeting else None)
            found.append(Action(text, number, _row_date(table, row, header.columns.get("date"), pack_date)
                                or (meeting.meeting_date if meeting else pack_date), topic, None, UNSTATED,
                                "action_list", table.page_of_row(row), ("log", index, row)))
    return found


def _item_cell_title(cell: Cell | None) -> str | None:
    """The title of the item a log's item cell numbers ("4. Missing children", its number typed or a list
    marker); a bare number ("4") titles nothing."""
    first = cell.blocks[0] if cell is not None and cell.blocks else None
    if not isinstance(first, TextBlock):
        return None
    number, title = leading_number(first)
    return (title or None) if number else None


# A title or introduction naming a document another body keeps, whose rows are its own work, not the meeting's
# actions: a plan or register ("the force's improvement plan", "HMICFRS recommendations register"), the
# inspectorate's recommendations, internal audit's management actions, a paper the force wrote ("(Force document)").
_OTHER_BODYS = re.compile(r"\b(?:plan|register|audit|hmicfrs|inspectorate|force\s+document|owns\s+this"
                          r"|belongs\s+to)\b", re.I)
_INTRO_BLOCKS = 3  # the paragraphs between a table and its title that may introduce it


@dataclass(frozen=True, slots=True)
class _Title:
    """The heading a table stands under and the paragraphs between them that introduce it."""

    heading: TextBlock
    intro: tuple[str, ...]

    @property
    def names_own_log(self) -> bool:
        """Whether the heading names the meeting's own actions ("Action log", "4. Actions")."""
        return bool(_LOG_PART.search(clean(self.heading.text))) \
            or words(leading_number(self.heading)[1]) in _ACTIONS_HEADINGS


def _title(blocks, index: int) -> _Title | None:
    """The title of the table at ``index``: the heading (or bold line) right
    above it, past at most a few introducing paragraphs; None where a table
    or a list stands between them (the heading is theirs)."""
    intro: list[str] = []
    for block in reversed(blocks[max(0, index - _INTRO_BLOCKS - 1):index]):
        if isinstance(block, Table) or block.kind is BlockKind.LIST_ITEM:
            return None
        text = clean(block.text)
        if block.kind is BlockKind.HEADING or (block.is_bold and len(text) <= 120):
            return _Title(block, tuple(reversed(intro)))
        intro.append(text)
    return None


def _another_bodys(blocks, index: int, rows: list[Action], listed: list[Action]) -> bool:
    """Whether the tracker-like table at ``index`` is another body's plan or
    register printed in the pack (a force's improvement plan, its HMICFRS
    register, internal audit's management actions), not the meeting's log:
    its title names no log of the meeting's own, its rows carry none of the
    references the minutes give their actions ("PAB 27/02" against "R1",
    "AFI4" or none) and reprint none of the minuted actions, and either the
    title or the paragraphs introducing the table name such a document, or
    the minutes do number their actions and the title names no actions at
    all (an item's paper). Its rows' statuses are the owner's, not the
    commissioner's actions."""
    title = _title(blocks, index)
    own_forms = {form for action in listed if (form := _reference_form(action.number))}
    if title is None or title.names_own_log or any(_reference_form(row.number) in own_forms or _reprints(row, listed)
                                                   for row in rows):
        return False  # rows of the minutes' references or wording are the meeting's log, whatever the title says
    if any(_OTHER_BODYS.search(text) for text in (clean(title.heading.text), *title.intro)):
        return True
    return bool(own_forms) and not _ACTIONS_WORD.search(clean(title.heading.text))


# A reference's form: the letters it opens with before its number ("PAB" of "PAB/27/02", "AFI" of "AFI4").
_REFERENCE_FORM = re.compile(r"^(?P<letters>[A-Za-z]{2,})[\s/.-]*\d")
_ACTIONS_WORD = re.compile(r"\b(?:actions?|log|tracker)\b", re.I)


def _reference_form(number: str | None) -> str | None:
    m = _REFERENCE_FORM.match(number or "")
    return m.group("letters").upper() if m else None


def _reprints(row: Action, listed: list[Action]) -> bool:
    """Whether a tracker row reprints one of the minuted actions."""
    target = normalise_for_match(row.text)
    return any(fuzz.ratio(normalise_for_match(action.text), target) >= _MERGE_MIN for action in listed)


_ASSURANCE_HEADER = ("assurance", "level of assurance", "assurance level", "assurance rating")


def _records_assurance(table: Table, header: Header) -> bool:
    """Whether the table records the commissioner's assurance on each of an
    inspection's recommendations ("Rec. | Recommendation | Force update |
    Commissioner's assurance"): its rows are decisions, not actions. A log
    whose rows are actions ("Action arising") beside an assurance column is
    still a tracker."""
    grid = table.grid()[header.row]
    item = grid[header.columns["action"]] if "action" in header.columns else ""
    return (header_matches(item, ("recommendation", "recommendations")) and not header_matches(item, ("action",))
            and any(header_matches(text, _ASSURANCE_HEADER) for text in grid))


@dataclass(frozen=True, slots=True)
class _Citation:
    item: str | None  # the item heading the citation stands under
    worded_page: int | None  # the page of a citation that words the action itself, where it is minuted


@per_document
def _paragraph_texts(doc: LayoutDocument) -> tuple[tuple[int, TextBlock, str], ...]:
    """The document's text blocks other than headings, with their index and cleaned text, read once per document."""
    return tuple((index, block, clean(block.text)) for index, block in enumerate(doc.blocks)
                 if isinstance(block, TextBlock) and block.kind is not BlockKind.HEADING)


_WORD_RUN = re.compile(r"[\w/]+")


@per_document
def _paragraphs_by_word(doc: LayoutDocument) -> dict[str, list[int]]:
    """For each run of word characters and slashes, the paragraphs
    (``_paragraph_texts`` positions, ascending) it stands whole in: a
    reference cited stands apart from the words around it, so its first such
    run does too (read once per document, not once per tracker table)."""
    found: dict[str, list[int]] = {}
    for at, (_, _, text) in enumerate(_paragraph_texts(doc)):
        for word in set(_WORD_RUN.findall(text)):
            found.setdefault(word, []).append(at)
    return found


def _citing_candidates(doc: LayoutDocument, raised: dict[str, date | None], tracker_at: int) -> list[int]:
    """The paragraphs before the tracker that may cite one of ``raised``, in
    reading order: those holding the first word of a reference, or all of
    them where a reference opens with neither a word character nor a slash.
    A long pack's many log tables each look up their own rows' words instead
    of searching every paragraph before them."""
    paragraphs = _paragraph_texts(doc)
    by_word = _paragraphs_by_word(doc)
    candidates: set[int] = set()
    for number in raised:
        first = _WORD_RUN.match(number)
        if first is None:
            candidates = set(range(len(paragraphs)))
            break
        candidates.update(by_word.get(first.group(), ()))
    return sorted(at for at in candidates if paragraphs[at][0] < tracker_at)


def _citations(doc: LayoutDocument, tracker_at: int, rows: list[Action]) -> dict[str, _Citation]:
    """Where the notes before the tracker cite each row raised at their
    meeting by its reference: under which item ("Action agreed: COM 28/09
    (see the action log)." under "Stalking"), and on which page where the
    citation words the action, closing it with the bracketed reference
    ("Actions: the summer rota to be confirmed (AB 28/07); ...")."""
    cited: dict[str, _Citation] = {}
    raised = {a.number: a.meeting_date for a in rows if a.number}
    if not raised:
        return cited
    paragraphs = _paragraph_texts(doc)
    for at in _citing_candidates(doc, raised, tracker_at):
        index, block, text = paragraphs[at]
        numbers = [n for n in raised if n not in cited and re.search(rf"(?<![\w/]){re.escape(n)}(?![\w/])", text)]
        meeting = notes_meeting_at(doc, index) if numbers else None
        if meeting is None:
            continue
        # a line run in from an actions label ("Actions: ... (ABC 12/01 – ABC 12/03).") closes the item above it
        # only where each item has its own, or another item follows; after the last of several it closes the notes
        item = _item_closed(doc, meeting.block_index, index) if _ACTIONS_RUN_IN.match(text) \
            else _heading_item_above(doc, meeting.block_index, index)
        for number in numbers:
            if raised[number] == meeting.meeting_date:  # a later meeting's note of progress is not where it was set
                worded = re.search(rf"\w+\s+\w+\s+\w+\s*\(\s*{re.escape(number)}\s*\)", text)
                cited[number] = _Citation(item, block.prov.page if worded else None)
    return cited


def _as_cited(action: Action, citation: _Citation | None) -> Action:
    """A tracker row with the topic of the item citing it, over the
    meeting's, and the page where the citation words it."""
    if citation is None:
        return action
    if citation.item and (action.topic is None or action.topic_of_meeting):
        action = replace(action, topic=citation.item, topic_of_meeting=True)
    return replace(action, page=citation.worded_page) if citation.worded_page is not None else action


def _heading_item_above(doc: LayoutDocument, start: int, index: int, listed: bool = False) -> str | None:
    """The title of the item heading nearest above ``index`` in the notes
    opening at ``start``, past an "Actions" label; None under standing business.
    With ``listed``, an item titled by a bold numbered line is one too (a PDF's
    reader reads "4. Custody" set bold at body size as a list item). An
    "Actions" heading closing the notes after several items (``_closes_notes``)
    names none."""
    for at in range(index - 1, start, -1):
        block = doc.blocks[at]
        if not isinstance(block, TextBlock):
            continue
        text = clean(block.text)
        if text.lower().rstrip(" :") in _ACTIONS_HEADINGS:  # a heading, or a plain line typed as a label
            if _closes_notes(doc, start, at):
                return None
            continue
        if block.kind is not BlockKind.HEADING and not (listed and block.kind is BlockKind.LIST_ITEM
                                                        and _item_title(block, text)):
            continue
        title = _item_title(block, text)
        title = in_english(title, bilingual_side(doc)) if title else None
        return None if not title or is_standing_business(title) else fix_case(doc, title)
    return None


def _raised_topics(doc: LayoutDocument, tracker_at: int) -> dict[date, str]:
    """The topic of each meeting the pack holds, for the tracker rows it
    raised: the meeting's own (a "Theme:" line), else the one item its notes
    minute (read up to the next meeting or the tracker)."""
    topics = {m.meeting_date: m.topic for m in meetings(doc) if m.topic}
    found = mentions(doc)
    for mention, following in zip(found, (*found[1:], None)):
        if mention.kind is MentionKind.NOTES and mention.meeting_date not in topics:
            end = following.block_index if following else len(doc.blocks)
            if mention.block_index < tracker_at:
                end = min(end, tracker_at)
            item = _only_item(doc, mention.block_index, end)
            if item:
                topics[mention.meeting_date] = item
    return topics


# In a log of questions and answers, the words that make a column the action's update, not the answer.
_PROGRESS_HEADER = ("update", "updates", "progress", "action")
_QUESTION_HEADER = ("question", "questions", "line of enquiry", "lines of enquiry", "key line of enquiry", "kloe",
                    "loe", "query")


def _without_answer_column(table: Table, header: Header) -> Header:
    """The header without an "update" column that answers the row's question
    ("Summary of response" in a log of questions, their answers and the
    actions arising): only a column of progress ("Update", "Response to
    action") is an action's update there."""
    col = header.columns.get("update")
    if col is None or header.row < 0:
        return header
    texts = table.grid()[header.row]
    if not any(header_matches(text, _QUESTION_HEADER) for text in texts) \
            or header_matches(texts[col], _PROGRESS_HEADER):
        return header
    return Header(header.row, {role: c for role, c in header.columns.items() if role != "update"})


def _update_columns(table: Table, header: Header) -> list[int]:
    """The update column, or one update column per meeting, earliest first
    (an action's update is their entries in that order): each headed by an
    update and its month ("Update - April 2026"), by a month alone ("June
    2026"), or by a month under an "Update" header cell spread over them."""
    col = header.columns.get("update")
    single = [] if col is None else [col]
    if header.row < 0:
        return single
    grid = table.grid()
    texts = grid[header.row]
    below = header.row + 1
    # a second header row: the action column's cell runs down into it, or the row has no action
    sub = grid[below] if below < table.n_rows and not _cell_text(own_cell(table, below, header.columns["action"])) \
        else [""] * table.n_cols
    claimed = set(header.columns.values()) - set(single)
    dated: dict[int, str] = {}
    for c, text in enumerate(texts):
        month = _header_month(text) or _header_month(sub[c])
        if c not in claimed and month and (header_matches(text, _ROLES["update"]) or len(words(text).split()) <= 3):
            dated[c] = month
    if len(dated) < 2 or (col is not None and col not in dated):
        return single
    return sorted(dated, key=lambda c: (dated[c], c))


def _header_month(text: str) -> str | None:
    """The month a header cell dates its column by ("Update - June 2026"), as "YYYY-MM"."""
    found = find_dates(clean(text))
    return found[0].value.isoformat()[:7] if found else parse_month(clean(text))


_ACTION_TEXT_HEADERS = tuple(load_vocab("status.json")["key_wording"]["action_text_headers"])
_WHOLE_REF = re.compile(rf"(?:{_REF})\.?")


def _with_text_column(table: Table, header: Header) -> Header:
    """The header with its action column moved to the column of the actions'
    text where the column headed "Action" holds only their references ("AB
    27/44") and an unclaimed column headed as the text ("Description",
    status.json action_text_headers) holds sentences: the references are
    the rows' numbers. Decided by the cells, so a column of actions headed
    "Action" beside a "Description" of its topic keeps its reading."""
    if "number" in header.columns or header.row < 0:
        return header
    grid = table.grid()
    body = [row for row in range(header.row + 1, table.n_rows) if not is_full_width(table, row)]
    refs = [clean(grid[row][header.columns["action"]]) for row in body]
    refs = [text for text in refs if text]
    if len(refs) < 2 or not all(_WHOLE_REF.fullmatch(text) for text in refs):
        return header
    for col, cells in unclaimed_columns(table, header):
        if header_matches(grid[header.row][col], _ACTION_TEXT_HEADERS) and cells \
                and all(len(text.split()) >= 3 for text in cells):
            return Header(header.row, {**header.columns, "number": header.columns["action"], "action": col})
    return header


def _with_raised_column(table: Table, header: Header, as_of: date | None, named: set[date]) -> Header:
    """The header with its date column found by its cells, where its heading
    names no date role: an unclaimed column whose every body cell is only a
    date, none after the pack's meeting (``as_of``) and one at least of a
    meeting the pack names (``named``: the notes of the meeting that raised
    its rows), gives the meeting each row was raised at, whatever the
    heading calls that meeting ("Challenge", the board's own name for its
    sessions); the log's earlier meetings need not be in the pack. Past
    dates none of which the pack names a meeting on are a deadline's or a
    timescale's."""
    if "date" in header.columns or as_of is None:
        return header
    for col, cells in unclaimed_columns(table, header):
        dated = [found for text in cells if (found := only_date(text))]
        if (len(cells) >= 2 and len(dated) == len(cells)
                and all(found.value <= as_of for found in dated) and any(found.value in named for found in dated)):
            return Header(header.row, {**header.columns, "date": col})
    return header


def _heading_date(blocks, index: int) -> date | None:
    """The meeting date a tracker's heading names ("Actions from the meeting
    of 16 June 2025"), for a tracker with no date column."""
    for block in reversed(blocks[max(0, index - 2):index]):
        if isinstance(block, TextBlock) and "action" in words(block.text) and len(block.text) <= 120:
            found = find_dates(clean(block.text))
            return found[0].value if found else None
    return None


# A note under a log with no date column saying which meeting raised some of its rows: "Actions XB 31/04, 31/06
# and 31/09 were raised at the meeting of 2 March 2031.", "XB/31/12 was agreed at the Board of 4th May 2031;
# XB/31/15 and XB/31/16 on 6th July 2031." Each clause opens with the references and closes with one date; a
# reference printed without its letters ("31/06") takes those of the one before it; a clause after the first may
# leave out the verb, never say another ("... closed on ...").
_NOTED_LETTERS, _NOTED_NUMBER = r"[A-Z]{2,6}[\s/]?", r"\d{1,4}(?:[/.-]\d{1,4})+\b"
_NOTED_REF = re.compile(rf"(?P<letters>{_NOTED_LETTERS})?(?P<number>{_NOTED_NUMBER})")
_NOTED_REFS = re.compile(rf"^\s*(?:(?i:actions?)\s+)?(?:{_NOTED_LETTERS})?{_NOTED_NUMBER}"
                         rf"(?:\s*(?:,|and|&)\s*(?:{_NOTED_LETTERS})?{_NOTED_NUMBER})*")
_RAISED_AT = re.compile(r"^\s*(?:(?P<said>(?:was|were)\s+(?:raised|agreed|set)\s+)at\s+the\s+(?:[\w'\u2019-]+\s+){0,3}?"
                        r"(?:meeting|board|panel|committee|session|forum)\s+(?:of|on|held\s+on)\s+|on\s+)$", re.I)
_NOTE_BLOCKS = 2  # the paragraphs under a log that may note its rows' meetings


def _raised_in_note(blocks, index: int) -> dict[str, date]:
    """The meeting date of each row a note under the log at ``index`` names, by its reference without spaces
    and in lower case."""
    noted: dict[str, date] = {}
    for block in blocks[index + 1:index + 1 + _NOTE_BLOCKS]:
        if not isinstance(block, TextBlock):
            break
        said = False
        for clause in clean(block.text).split(";"):
            refs, dates = _NOTED_REFS.match(clause), find_dates(clause)
            if not refs or len(dates) != 1 or not (raised := _RAISED_AT.match(clause[refs.end():dates[0].start])) \
                    or clause[dates[0].end:].strip(" ."):
                continue  # words after the date tell more than the raising ("... to be closed")
            said = said or bool(raised.group("said"))
            if not said:
                continue  # "XB/31/12 on 4 May 2031" with no clause before it raising
            letters = None
            for ref in _NOTED_REF.finditer(refs.group(0)):
                letters = ref.group("letters") or letters
                if letters:
                    noted[re.sub(r"\s+", "", f"{letters}{ref.group('number')}").lower()] = dates[0].value
    return noted


def _noted_date(noted: dict[str, date], number: str | None) -> date | None:
    """The date a note under the log gives the row numbered ``number``."""
    return noted.get(re.sub(r"\s+", "", number).lower()) if number else None


def _agreed_at(doc: LayoutDocument, index: int, as_of: date | None) -> date | None:
    """The meeting a table of actions headed "Actions agreed" (no date of its
    own) was agreed at: the notes it closes, else the pack's meeting."""
    above = next((b for b in reversed(doc.blocks[max(0, index - 2):index]) if isinstance(b, TextBlock)), None)
    if above is None or words(leading_number(above)[1]) not in _ACTIONS_HEADINGS:
        return None
    meeting = notes_meeting_at(doc, index)
    return meeting.meeting_date if meeting and meeting.meeting_date else as_of


def _headerless_tracker(table: Table) -> Header | None:
    """Columns of a tracker printed without a header (its header is on a page
    the pack omits): the action column is the one whose cells mostly read
    "That ..."; the topic is left of it, the update right of it, and a
    narrow column after that holds the status."""
    if not 3 <= table.n_cols <= 5 or table.n_rows < 2:
        return None
    grid = table.grid()
    for col in range(table.n_cols - 1):
        resolutions = sum(1 for row in grid if clean(row[col]).lower().startswith("that "))
        if resolutions >= max(2, 0.6 * len(grid)):
            columns = {"action": col, "update": col + 1}
            if col > 0:
                columns["topic"] = col - 1
            if col + 2 < table.n_cols:
                columns["status"] = col + 2
            return Header(-1, columns)
    return None


def _rows(table: Table, index: int, columns: dict[str, int], update_cols: list[int], first_row: int,
          legend: Legend, key: dict[str, str], as_of: date | None = None,
          titled: Status | None = None, printed: Legend = ()) -> list[Action]:
    actions: list[Action] = []
    topic: str | None = None
    group_date: date | None = None
    group_status: Status | None = None
    status_columns = [columns[role] for role in ("status", "proposed", "rag") if role in columns]
    # With no status column, the date each action closed says whether it is closed; a RAG beside it only
    # rates the open actions' progress against their due dates.
    closed_col = columns.get("completed_on") if "status" not in columns and "proposed" not in columns else None
    due_col = due_status_column(table, first_row, columns) if not status_columns and closed_col is None else None
    table = _split_rows_joined(table, first_row, columns["action"], update_cols, status_columns)
    ticks = tick_columns(table, Header(first_row - 1, columns), lambda text: cell_status(text, legend, key))
    decorated = decorated_columns(table, first_row) - set(status_columns)
    banded = frozenset() if legend else banded_fills(table, first_row, status_columns)
    looks = statuses_by_look(table, first_row, columns["action"], printed)
    grid = table.grid()
    column_texts = texts_by_column(table)
    for row in range(first_row, table.n_rows):
        if first_row > 0 and grid[row] == grid[first_row - 1]:
            continue  # the header printed again on a later page, which the reader kept as a row
        if is_full_width(table, row):
            note = _cell_text(table.row_cells(row)[0])
            if not update_cols and actions and actions[-1].key == ("tracker", index, row - 1) \
                    and _UPDATE_NOTE.search(note):
                actions[-1] = _with_update(actions[-1], _without_update_label(note), as_of)
            elif not labels_a_field(note, _ROLES["owner"] + _ROLES["due"]):  # "Owner: ..." rows group across topics
                topic, group_date = _group_heading(note)
                group_status = status_of_title(note)  # rows under "Open actions" / "Actions closed since ..."
            continue
        action_cell = own_cell(table, row, columns["action"])
        text = _cell_text(action_cell)
        entries = _update_entries(table, row, update_cols)
        labelled = labelled_status(entries[-1]) if entries and not status_columns else None
        if labelled:  # the update's last line states the status ("... shared on 2 June. Status: closed")
            entries[-1] = entries[-1][:labelled.start()].rstrip()
            entries = [entry for entry in entries if entry]
        update = " ".join(entries)
        topic = _topic(table, row, columns.get("topic"), topic)
        if not text or _NO_ACTION.match(text):
            continue
        row_date = _row_date(table, row, columns.get("date"), as_of) or group_date
        number = (_cell_text(own_cell(table, row, columns.get("number"))).rstrip(".")
                  or _marker_number(action_cell) or None)
        if "number" not in columns and (ref := _leading_ref(text)):  # "AB 27/04 – Publish ..." with no Ref column
            number, text = ref.group("ref"), text[ref.end():]
        latest = entries[-1] if entries else None
        status = ((Status(ticked, "status_column", 0.95) if (ticked := ticked_status(table, row, ticks)) else None)
                  or (completion_status(table, row, closed_col, _NO_ACTION) if closed_col is not None else None)
                  or row_status(table, row, status_columns, column_texts, legend, decorated, key, as_of, banded)
                  or (Status(status_of_words(labelled.group("status")), "status_column", 0.9) if labelled else None)
                  or (due_column_status(table, row, due_col) if due_col is not None else None)
                  or looks.get(row)
                  or group_status
                  or titled
                  or status_from_update(latest, as_of))
        actions.append(Action(text, number, row_date, topic, update or None, status, "action_tracker",
                              table.page_of_row(row), ("tracker", index, row)))
    return actions


# A row across a log with no update column that is the update of the action above it, not a banner
# over the rows below: it opens with an update's label ("Update 23/04/2026: ...") or is prose.
_UPDATE_NOTE = re.compile(rf"^\s*(?:latest\s+)?(?:{UPDATE_WORDS})\b|[.!?]\s*$", re.I)


def _with_update(action: Action, update: str, as_of: date | None) -> Action:
    """The action with the update printed in a row under it; where nothing
    else stated its status, the update's wording does."""
    status = status_from_update(update, as_of) if action.status == UNSTATED else action.status
    return replace(action, update=update, status=status)


# An action cell saying that no action was set ("None", "-", "No action required"), asking the meeting to decide
# (``_ASKED_TO_DECIDE``), or giving only the outcome of
# the discussion (an "Outcome and actions" column's "Noted.", "Agreed.", "The notes were agreed as a true record."):
# a decision recorded, nothing for anyone to do (a resolution or a task, "That a policy be approved", "Plan to be
# approved", is an action: no "that", "to", "be" or modal before the verb)
_DECIDED = r"(?:noted|agreed|approved|accepted|received|endorsed)"
# A paper's request to the meeting or its decider to decide on a paper ("The Board is asked to note the report",
# "Members are invited to agree the terms of reference"), or its purpose alone ("For noting."): a decision sought, no
# action; one asked of anyone else ("The Chief Constable is asked to provide ..."), of a deed of the meeting's own
# ("Members are asked to agree their availability ... by 30 June"), or running on to another's deed (a second "to":
# "... and the force to report ...") is an action.
_ASKED_TO_DECIDE = (rf"(?:{DECIDER}|the\s+(?:meeting|group|forum))\s+(?:is|are)\s+(?:(?:now|also)\s+)?"
                    rf"(?:{'|'.join(_KEY_WORDING['request_verbs'])})e?d\s+to\s+"
                    rf"(?:{'|'.join(_KEY_WORDING['asked_to_decide'])})\s+(?:the\s+|this\s+|these\s+|its\s+)?"
                    rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?:{'|'.join(_KEY_WORDING['paper_words'])})\b(?:(?!\b(?:to|by)\b).)*?"
                    rf"|for\s+(?:{'|'.join(_KEY_WORDING['purposes'])})")
_NO_ACTION = re.compile(r"^\s*(?:[-\u2013\u2014]+|n/?a|not\s+applicable"
                        rf"|{_ASKED_TO_DECIDE}"
                        r"|(?:none|nil)(?:\s+(?:required|agreed|set|arising|needed|identified))?"
                        r"|no\s+(?:further\s+|new\s+)?actions?(?:\s+[a-z]+){0,4}"
                        rf"|(?:(?!(?:that|to|be|should|shall|will|must|may)\b)[\w'\u2019]+\s+){{0,5}}"
                        rf"{_DECIDED}(?:\s+(?:and|&)\s+{_DECIDED})?"
                        r"(?:\s+as\s+an?\s+(?:true|correct|accurate)\s+record)?)\s*\.?\s*$", re.I)


def _marker_number(cell: Cell | None) -> str | None:
    """The number a tracker with no number column prints as the action's
    list marker ("1. Circulate the protocol")."""
    first = cell.blocks[0] if cell is not None and cell.blocks else None
    if not isinstance(first, TextBlock) or not first.marker:
        return None
    m = _NUMBER.match(first.marker + " ")
    return m.group("number") if m else None


def _split_rows_joined(table: Table, first_row: int, action_col: int, update_cols: list[int],
                       status_columns: list[int]) -> Table:
    """The table with each row a page break opened (``continued_rows``)
    joined to the row above (``join_continued_rows``) where it carries on
    that row's action (``_carries_on``): a tracker's topic merged over the
    break leaves the first cell of a new action's row blank too, so the
    page break alone does not tell."""
    carried: list[int] = []
    for row in table.continued_rows:
        at = row - sum(1 for r in carried if r < row)  # the row's place once the rows carried before it are joined
        if row > first_row and _carries_on(join_continued_rows(table, carried), at, action_col, update_cols,
                                           status_columns):
            carried.append(row)
    return join_continued_rows(table, carried)


def _carries_on(table: Table, row: int, action_col: int, update_cols: list[int], status_columns: list[int]) -> bool:
    """Whether a row the page break opened carries on the action of the row
    above rather than being a row of its own under a merged cell that runs
    over the break: a row of its own starts a new action after a finished
    one, its update no run-on sentence, and has its own status where the log
    has a status column."""
    above = _cell_text(own_cell(table, row - 1, action_col))
    if is_full_width(table, row - 1) or not above or _NO_ACTION.match(above):
        return False  # no action above to carry on
    text = _cell_text(own_cell(table, row, action_col))
    update = " ".join(_update_entries(table, row, update_cols))
    above_update = " ".join(_update_entries(table, row - 1, update_cols))
    new_action = bool(text) and not text[:1].islower() and bool(re.search(r"[.?!]$", above.rstrip()))
    new_update = not update[:1].islower() and (not above_update or bool(re.search(r"[.?!]$", above_update.rstrip())))
    own_status = all(c is not None and c.text.strip() for c in (own_cell(table, row, col) for col in status_columns))
    return not (new_action and new_update and own_status)


def _update_entries(table: Table, row: int, update_cols: list[int]) -> list[str]:
    """The row's update cells that say something, left to right."""
    return [entry for col in update_cols if (entry := _without_update_label(_cell_text(own_cell(table, row, col))))]


def _cell_text(cell: Cell | None) -> str:
    if cell is None:
        return ""
    lines = [strip_bullet(clean(b.text)) for b in cell.blocks]
    return "\n".join(line for line in lines if line and line not in GLYPHS)


def _topic(table: Table, row: int, col: int | None, current: str | None) -> str | None:
    """The row's topic: its own or merged topic cell; an empty cell carries
    the topic above down (a PDF shows a merged cell that way)."""
    if col is None:
        return current
    cell = table.cell(row, col)
    text = clean(cell.text) if cell is not None else ""
    if _ITEM_NUMBER.match(text):
        return current  # an item's number ("5", "Item 6.2") names no topic
    return text or current


_ITEM_NUMBER = re.compile(r"^(?:(?:agenda\s+)?item\s*)?\d+(?:\.\d+)*[a-z]?\.?$", re.I)


# A banner naming the meeting that raised the rows ("Actions from the meeting of", "Accountability Board"), no topic.
_MEETING_LABEL = re.compile(r"^(?:actions?\b.*\b|(?:[\w'\u2019&,-]+\s+){0,5})(?:meeting|board|panel|committee|forum)"
                            r"(?:\s+(?:of|on|held\s+on|dated))?$"
                            # its date taken away, nothing but the actions' label ("Actions from <date>")
                            r"|^actions?(?:\s+(?:arising|agreed|raised|set))?(?:\s+(?:from|of|on|at|dated))?$", re.I)
# A banner grouping the rows by their state ("Open actions", "Actions completed since the last meeting"), no topic.
_STATUS_GROUP = re.compile(r"^(?:(?:open|closed|complete[d]?|outstanding|ongoing|current|live|overdue|new)\s+actions?"
                           r"|actions?\s+(?:open|closed|completed|outstanding|ongoing|overdue|carried\s+forward))\b",
                           re.I)
_GROUP_LABEL = re.compile(r"^(?:topic|theme|subject|area)\s*[:\-\u2013]\s*", re.I)


def _group_heading(text: str) -> tuple[str | None, date | None]:
    """A full-width row naming the topic (and often the meeting date) of
    the rows below it; one naming only the meeting dates them."""
    text = clean(text)
    dates = find_dates(text)
    for found in dates:
        text = text.replace(found.text, " ")
    topic = re.sub(r"\s+", " ", text).strip(" -\u2013:,()")
    topic = _GROUP_LABEL.sub("", topic)  # "Topic: Stalking"
    if _MEETING_LABEL.match(topic) or _STATUS_GROUP.match(topic):
        topic = ""  # "Actions from the meeting of <date>" dates the rows, "Open actions" groups them: no topic
    return topic or None, dates[0].value if dates else None


def _row_date(table: Table, row: int, col: int | None, as_of: date | None = None) -> date | None:
    """The date of a row's date cell; a day and month without a year ("4
    November") in the year of the pack's meeting (``as_of``), the last such day
    before it."""
    if col is None:
        return None
    cell = table.cell(row, col)
    found = find_dates(cell.text) if cell else []
    if found:
        return found[0].value
    return day_and_month(clean(cell.text), as_of) if cell and as_of else None


# --- one action, one record ---------------------------------------------------

def _same_ref(listed: str, tracked: str | None) -> bool:
    """Whether two prints of an action's reference are one ("GSB 26/17", "GSB26/17")."""
    return tracked is not None and re.sub(r"\s+", "", listed).lower() == re.sub(r"\s+", "", tracked).lower()


# A minuted action pointing to the log's entry at its close ("... with the OPCC (see AB 27/14)."): a log's
# numbered reference only, never "(see PEEL 2026)".
_POINTER = re.compile(rf"\(\s*(?i:see)\s+(?P<ref>{_PARTS_REF})\s*\)[.;]?\s*$")


def _pointed_to(listed: Action, tracked: Action) -> bool:
    """Whether a listed action points to the tracker row ``tracked`` as its
    entry: its closing "(see <reference>)" names the row's reference, and
    both were set at one meeting (a new action may point to an earlier,
    other entry)."""
    pointer = _POINTER.search(listed.text)
    return bool(pointer) and listed.number is None and _same_ref(pointer.group("ref"), tracked.number) \
        and listed.meeting_date is not None and listed.meeting_date == tracked.meeting_date


def merge(listed: list[Action], tracked: list[Action]) -> list[Action]:
    """Tracker rows that reprint a listed action take the list's meeting,
    wording and page (where the action was first stated), and its number
    only where the row prints no reference of its own (a tracker's
    reference lasts across meetings, a list's "1." only within one); the
    list's copy is then dropped. A row of the same reference as a listed
    action worded otherwise keeps its own wording, taking the list's topic.
    The row's topic cell gives the topic; without one, the item the action
    is minuted under does (a sub-item of a themed meeting, not the theme)."""
    remaining = list(listed)
    merged: list[Action] = []
    for action in tracked:
        target = normalise_for_match(action.text)
        best = max(remaining, key=lambda a: fuzz.ratio(normalise_for_match(a.text), target), default=None)
        if best is not None and fuzz.ratio(normalise_for_match(best.text), target) >= _MERGE_MIN:
            remaining.remove(best)
            action = replace(action, text=best.text, page=best.page, number=action.number or best.number,
                             meeting_date=best.meeting_date or action.meeting_date, topic=_merged_topic(action, best))
        elif same := next((a for a in remaining if (a.number and _same_ref(a.number, action.number)
                           and (None in (a.meeting_date, action.meeting_date) or a.meeting_date == action.meeting_date))
                           or _pointed_to(a, action)), None):
            # the minute words the row its own way ("The force to report ... (PAB/26-07)"): one action, the log's,
            # where the minutes print it; a number ("1") names an action only among those of its meeting
            remaining.remove(same)
            action = replace(action, page=same.page, meeting_date=action.meeting_date or same.meeting_date,
                             topic=_merged_topic(action, same))
        merged.append(action)
    return remaining + merged


def _merged_topic(tracked: Action, listed: Action) -> str | None:
    """The topic of a tracker row that reprints a listed action."""
    if tracked.topic_of_meeting:
        return listed.topic or tracked.topic
    return tracked.topic or listed.topic
