"""The status of an action: how a tracker row's status (complete,
outstanding, unknown) and its source are read, for extractors/actions.py,
which finds the actions.

A tracker row's status is read, in order of trust, from a status column's
letter, mark or colour word read against the pack's own key ("G - on
track"), else its words (schemas/vocab/status.json); from the colour of a
status glyph ("■", "●") or of the row's shading, read by the colour's name
against the pack's own legend ("■ = Action Complete", "Green - on track"),
or as RAG colours when there is no legend; else from the update's wording
("was held" against "will be held"), with less confidence; else it is
unknown.

Here: status words (``status_of_words``) and an update's wording
(``status_from_update``); the pack's legend of colours (``read_legend``) and
key of letters and marks (``read_status_key``) and the key rows of a
tracker; the header rewriters that find a tracker's status column by its
cells or its heading (``with_current_status``, ``with_status_words_column``,
``with_decided_status``); and the readers of a row's status cells, colours
and look (``row_status``, ``cell_status``, ``statuses_by_look``). Marks in
columns of their own and percentages of progress are
extractors/tracker_status.py's; the glyphs of marks extractors/marks.py's;
colour names extractors/colours.py's.

Free of I/O: each function reads a document, a table or a text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractors.colours import colour_name, hls, rgb
from extractors.dates import days_of_year, find_dates, only_date
from extractors.marks import (BOX, CHECKED, CHECKED_BOXES, COMPLETE, EMPTY_BOXES, MARKS, OUTSTANDING, UNKNOWN,
                              mark_status)
from extractors.per_document import per_document
from extractors.tables import Header, header_matches, is_full_width, load_vocab, own_cell, unclaimed_columns, words
from extractors.text import clean
from extractors.tracker_status import band_key, progress_status
from pipeline.layout import BlockKind, Cell, LayoutDocument, Table, TextBlock

_KEY_WORDING = load_vocab("status.json")["key_wording"]

GLYPHS = frozenset("\u25a0\u25cf\u2b24\u25fc\u25aa\u2b1b\u2588\u25b2\u25c6")  # ■ ● ⬤ ◼ ▪ ⬛ █ ▲ ◆
_COLOUR_NAMES = {"green": "#00b050", "red": "#ff0000", "amber": "#ffc000", "orange": "#ffa500",
                 "yellow": "#ffff00", "blue": "#0070c0", "grey": "#a6a6a6", "gray": "#a6a6a6"}
_COLOUR_WORD_LEGEND = re.compile(r"\b(?P<colour>" + "|".join(_COLOUR_NAMES) + r")\b\s*(?:=|:|-|\u2013|means)\s*(?P<meaning>[A-Za-z][A-Za-z /-]{2,40})", re.I)
_LEGEND_GREY = 60.0  # RGB distance within which a grey is the legend's grey
_ROWS = rf"(?:{'|'.join(_KEY_WORDING['rows'])})"
_KEY_VERB = rf"(?:{'|'.join(_KEY_WORDING['key_verbs'])})"  # "are", "remain", "mean"
# A key sentence saying what a row's shading means ("rows shaded grey are complete"), and what
# no shading means ("unshaded rows remain open"): the unshaded entry keyed as white.
# The rows may be named by what they hold ("Actions shaded grey are closed ...; unshaded actions remain open").
_SHADED_ROWS_KEY = re.compile(rf"\b{_ROWS}\s+(?:shaded|highlighted|coloured)\s+(?:in\s+)?(?P<colour>"
                              + "|".join(_COLOUR_NAMES) + rf")\s+{_KEY_VERB}\s+(?P<meaning>[^;.]{{3,60}})", re.I)
_UNSHADED_ROWS_KEY = re.compile(rf"\b(?:unshaded|unhighlighted)\s+{_ROWS}\s+{_KEY_VERB}\s+"
                                r"(?P<meaning>[^;.]{2,60})", re.I)
_UNSHADED = "#ffffff"
# A key sentence on the colour the actions' own text is printed in ("Actions printed in green are complete;
# actions printed in red remain open"): read only against the action's text, never a glyph or a shading.
_PRINTED_ROWS_KEY = re.compile(rf"\b{_ROWS}\s+(?:printed|written|typed|shown)\s+in\s+(?P<colour>"
                               + "|".join(_COLOUR_NAMES) + rf")\s+{_KEY_VERB}\s+(?P<meaning>[^;.]{{3,60}})", re.I)


@dataclass(frozen=True, slots=True)
class Status:
    value: str
    source: str
    confidence: float


UNSTATED = Status(UNKNOWN, "none", 0.8)


# --- status words -------------------------------------------------------------

@cache
def _status_words() -> dict[str, str]:
    return {words(phrase): status for status, phrases in load_vocab("status.json")["statuses"].items()
            for phrase in phrases}


@cache
def _phrases_inside() -> dict[str, str]:
    """The status phrases read inside a longer cell or title: not those under
    four letters ("G", "No"), nor those read only as the whole cell ("Draft")."""
    whole_only = {words(phrase) for phrase in load_vocab("status.json")["whole_cell_only"]["phrases"]}
    return {phrase: status for phrase, status in _status_words().items()
            if len(phrase) >= 4 and phrase not in whole_only}


_UNLESS_DONE = "outstanding_unless_done"  # cues of work going on, read where nothing says the deed was done


@cache
def _update_cues() -> dict[str, list[re.Pattern[str]]]:
    cues = load_vocab("status.json")["update_wording"]
    return {status: [re.compile(p, re.I) for p in cues[status]] for status in (OUTSTANDING, COMPLETE, _UNLESS_DONE)}


@cache
def _meeting_decision() -> dict[str, re.Pattern[str]]:
    vocab = load_vocab("status.json")["meeting_decision"]
    return {status: re.compile(vocab[status], re.I) for status in (OUTSTANDING, COMPLETE)}


@cache
def _awaiting_acceptance() -> re.Pattern[str]:
    return re.compile(load_vocab("status.json")["awaiting_acceptance"]["pattern"], re.I)


def status_of_words(text: str) -> str | None:
    """The status a status cell or legend entry states: the whole text, else
    the first status phrase in it (the longest at that place, so "not
    complete" is not read as "complete"). Phrases under four letters, and
    "Draft", count only as the whole text ("G", "No"). Completion that still awaits the
    meeting's acceptance ("Complete - awaiting Board sign-off") is outstanding.
    A status told as steps ("Escalated and resolved") is its last step's."""
    stated = _last_step(text) or _stated_status(text)
    if stated != COMPLETE and _closes_last(clean(text)):
        stated = COMPLETE
    if stated == COMPLETE and _awaiting_acceptance().search(words(text)):
        return OUTSTANDING
    return stated


@cache
def _closing_last() -> tuple[re.Pattern[str], frozenset[str]]:
    vocab = load_vocab("status.json")["closing_last"]
    return re.compile(vocab["pattern"], re.I), frozenset(words(phrase) for phrase in vocab["after_ongoing"])


def _closes_last(text: str) -> bool:
    """Whether a status ends by closing the action ("Continue monitoring –
    closed"): the meeting closed it. Not where the words before state another
    status ("Open (action complete)" contradicts itself), unless that is work
    the force goes on with after the log closes."""
    pattern, after_ongoing = _closing_last()
    m = pattern.search(text)
    if not m:
        return False
    head = text[:m.start()]
    return _stated_status(head) in (None, COMPLETE) or words(head) in after_ongoing


@cache
def _step_join() -> re.Pattern[str]:
    joins = sorted(load_vocab("status.json")["sequence"]["joins"], key=len, reverse=True)
    return re.compile(rf" (?:{'|'.join(re.escape(words(join)) for join in joins)}) ")


def _last_step(text: str) -> str | None:
    """The status of a status's last step where it is told as steps, each
    opening with a status word and the last one nothing but a status
    ("Escalated and resolved", "Closed and then re-opened"): the later state
    is the current one. None for any other text: a last step saying more
    ("In progress and complete by June", "Open and closed at the next
    meeting") is a plan, not a state."""
    steps = _step_join().split(words(text))
    if len(steps) < 2 or steps[-1] not in _status_words():
        return None
    opening = [_opening_status(step) for step in steps]
    return opening[-1] if all(opening) else None


def _opening_status(text: str) -> str | None:
    """The status ``text`` (in ``words`` form) states with its opening words, the longest phrase there."""
    if text in _status_words():
        return _status_words()[text]
    found = [(len(phrase), status) for phrase, status in _phrases_inside().items()
             if f"{text} ".startswith(f"{phrase} ")]
    return max(found)[1] if found else None


def _stated_status(text: str) -> str | None:
    whole = words(text)
    vocab = _status_words()
    if whole in vocab:
        return vocab[whole]
    best: tuple[int, int, str] | None = None
    padded = f" {whole} "
    for phrase, status in _phrases_inside().items():
        at = padded.find(f" {phrase} ")
        if at >= 0 and (best is None or (at, -len(phrase)) < best[:2]):
            best = (at, -len(phrase), status)
    return best[2] if best else None


# --- an update's wording ------------------------------------------------------

# Words right before a decision that deny it: "It was not agreed that ...", "... never formally decided that ..."
# (a "not" earlier in the sentence, "The figures were not final but the Board agreed ...", denies nothing).
_DENIED = re.compile(rf"(?:\b(?:{'|'.join(_KEY_WORDING['denials'])})|n't)\s+(?:\w+\s+){{0,2}}$"
                     rf"|\b(?:{'|'.join(_KEY_WORDING['refusals'])})\s+(?:to\s+)?$", re.I)
_DATE_AFTER_CUE = 40  # characters after a completion cue within which a date says when
# What may stand between done wording and the date it was (or is to be) done:
# nothing but punctuation ("Complete - 31/03/2025"), or a deadline's word ("Completed by ..."; status.json done_words).
_DONE_WORDS = rf"\b(?:{'|'.join(load_vocab('status.json')['done_words']['before_date'])})"
_DONE_WORD = re.compile(rf"{_DONE_WORDS}$", re.I)
_DONE_IN_CELL = re.compile(rf"{_DONE_WORDS}\b", re.I)
_WHEN = re.compile(r"^[\s\-\u2013\u2014:,(]*(?:(?:by|before|on\s+or\s+before|due|on)\s+)?$", re.I)
_HALF_YEAR = 183  # days after the meeting past which a day and month without a year ("15/12") is last year's
_CLAUSE = re.compile(r"[^.!?;:]+(?:[.!?;:]+|$)")  # a sentence, or its part up to a semicolon or colon


@cache
def _of_a_part() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in load_vocab("status.json")["done_words"]["of_a_part"]]


@cache
def _counted_part() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in load_vocab("status.json")["done_words"]["counted_part"]]


def _names_a_part(text: str) -> bool:
    """Whether done wording's clause says only a part is done ("Two of
    three stages are done.", "Phase one is complete"): the action goes on
    ("Completed; progressing to phase two" is the whole done)."""
    return any(p.search(text) for p in _of_a_part())


def _tells_the_whole_deed(update: str, cue: re.Match[str]) -> bool:
    """Whether a completion cue's clause tells the whole deed done, not a part
    ("Phase one finished", "for 40 of 60", and a clause opening on a count or
    an ordinal: "The first report was published", "Two routes completed")."""
    clause = _clause_at(update, cue.end() - 1)
    return not _names_a_part(clause) and not any(p.search(clause) for p in _counted_part())


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` (``_CLAUSE``) holding the character at ``at``."""
    return next((m.group(0) for m in _CLAUSE.finditer(text) if m.start() <= at < m.end()), text)


def _dates_around(text: str, as_of: date) -> list[tuple[date, int]]:
    """Each date in ``text`` with where it starts: full dates, and a day and
    month alone ("30/06") in ``as_of``'s year, or the year before where that
    would fall more than half a year after it."""
    full = find_dates(text)
    found = [(f.value, f.start) for f in full]
    taken = [range(f.start, f.end) for f in full]
    for (month, day), start, _end in days_of_year(text):
        if any(start in span for span in taken):
            continue
        for year in (as_of.year, as_of.year - 1):
            try:
                value = date(year, month, day)
            except ValueError:  # 29 February in a year without it
                continue
            if (value - as_of).days <= _HALF_YEAR:
                found.append((value, start))
                break
    return found


def _planned(text: str, done_at: int, as_of: date) -> bool:
    """Whether the done word ending at ``done_at`` is dated after ``as_of``
    ("Completed by 30 April 2025", "Closed 30/06" in a tracker of a May
    meeting): a plan, not a fact. Only the date the wording gives the
    completion counts (right after it, or after "by"), not a later event it mentions."""
    window = text[done_at:done_at + _DATE_AFTER_CUE]
    return any(value > as_of and _WHEN.match(window[:start]) for value, start in _dates_around(window, as_of))


def status_from_update(update: str | None, as_of: date | None = None) -> Status:
    """The status an update's wording implies; an outstanding cue wins. Done
    wording dated after ``as_of`` ("Completed by 30 April 2025" in a tracker
    reported in March) is a plan, not a fact: outstanding. Only the date the
    wording gives the completion counts (right after it, or after "by"), not
    a later event it mentions. Done wording whose every clause names a
    part done ("Two of three stages are done.") leaves the rest to do:
    outstanding. The meeting's own decision minuted in the
    update ("Members agreed that this action should stay open") decides over the
    rest: its last decision. Work going on ("visits continue", "still with
    the legal team") is outstanding unless a clause before it says the
    whole deed was done ("Training finished in April; refresher sessions
    continue."), not a part ("The first report was published ...; work on
    the second continues.")."""
    if not update:
        return UNSTATED
    update = latest_entry(update)
    decisions = [(m.start(), status) for status, p in _meeting_decision().items() for m in p.finditer(update)
                 if not _DENIED.search(update[:m.start()])]
    if decisions:
        return Status(max(decisions)[1], "inferred_from_update", 0.6)
    if any(p.search(update) for p in _update_cues()[OUTSTANDING]):
        return Status(OUTSTANDING, "inferred_from_update", 0.6)
    cues = [m for p in _update_cues()[COMPLETE] for m in p.finditer(update)]
    going_on = [m.start() for p in _update_cues()[_UNLESS_DONE] for m in p.finditer(update)]
    # work going on ("visits continue") is the rest of the action unless a clause before it says the whole deed was
    # done ("Training finished in April; refresher sessions continue."), not a part ("The first report was
    # published in May; work on the second continues.")
    if going_on and not any(cue.start() < min(going_on) and _tells_the_whole_deed(update, cue) for cue in cues):
        return Status(OUTSTANDING, "inferred_from_update", 0.55)
    if not cues:
        return UNSTATED
    if as_of is not None and any(_planned(update, cue.end(), as_of) for cue in cues if _DONE_WORD.search(cue.group(0))):
        return Status(OUTSTANDING, "inferred_from_update", 0.55)
    if all(_names_a_part(_clause_at(update, cue.end() - 1)) for cue in cues):  # only parts done: the rest is to do
        return Status(OUTSTANDING, "inferred_from_update", 0.55)
    return Status(COMPLETE, "inferred_from_update", 0.6)


_ENTRY_MARK = re.compile(r"^\s*[:\-\u2013\u2014]\s*")
UPDATE_WORDS = "|".join(_KEY_WORDING["update_labels"])
_ENTRY_LABEL = re.compile(rf"(?:\b(?:latest\s+)?(?:{UPDATE_WORDS})\s*)?$", re.I)  # "Update 23/04/2026:"
_When = date | tuple[int, int]  # a full date, or (month, day) of a date without its year
_NEW_YEAR = ((11, 12), (1, 2))  # a log running from November or December on into January or February


def latest_entry(update: str) -> str:
    """The latest of an update's dated entries ("04/11/2025: Data requested.
    02/12/2025: Figures received.", "Update 23/04/2026: ...", "12/03: ...
    02/04: ..."), without its date: the current position. Entries without a
    year are in the order they are printed: the last, or the first where the
    dates run backwards. An update without such entries is itself."""
    dated = _entries(update, [(found.value, found.start, found.end) for found in find_dates(update)])
    entries = dated or _entries(update, days_of_year(update))
    if not entries or entries[0][1] != 0:
        return update
    ends = [start for _value, start, _text_at in entries[1:]] + [len(update)]
    spans = list(zip(entries, ends))
    if dated:
        (_value, _start, text_at), end = max(spans, key=lambda entry: entry[0][0])
    else:
        (_value, _start, text_at), end = spans[0] if _runs_backwards([e[0] for e in entries]) else spans[-1]
    return update[text_at:end].strip()


def _runs_backwards(days: list[tuple[int, int]]) -> bool:
    """Whether entries dated by (month, day) are printed latest first: every
    one before its neighbour above, a step from January or February up to
    November or December being the year turning backwards."""
    return len(days) > 1 and all(_before(later, earlier) for earlier, later in zip(days, days[1:]))


def _before(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether (month, day) ``one`` comes before ``other`` printed next to it: across a new year where
    one is in November or December and the other in January or February."""
    late, early = _NEW_YEAR
    if one[0] in late and other[0] in early:
        return True
    if one[0] in early and other[0] in late:
        return False
    return one < other


def _entries(update: str, dates: list[tuple[_When, int, int]]) -> list[tuple[_When, int, int]]:
    """(date, where the entry starts, where its text starts) of each date that
    opens an entry: at the start or after a sentence, its mark after it."""
    return [(value, start, end + mark.end()) for value, found_at, end in dates
            if ((start := _ENTRY_LABEL.search(update, 0, found_at).start()) == 0
                or update[:start].rstrip().endswith((".", ";")))
            and (mark := _ENTRY_MARK.match(update[end:]))]


# --- colours, legends and keys ------------------------------------------------

_RAG = {"green": COMPLETE, "red": OUTSTANDING, "amber": OUTSTANDING, "yellow": OUTSTANDING}


def _rag(colour: str) -> str | None:
    """The status a colour means on a RAG tracker without a legend: green
    done, red, amber or yellow still open; greys, whites and blues say nothing."""
    return _RAG.get(colour_name(colour) or "")


Legend = list[tuple[str, str]]  # ("#rrggbb", status)


def read_legend(doc: LayoutDocument) -> Legend:
    """What each colour means, as the pack's own key says: a coloured glyph
    followed by its meaning ("■ = Action Complete"), a colour named with its
    meaning ("Green - complete"), or the colour cells of a key table, or of
    the key rows atop a tracker or at its foot, beside (or holding) a status word."""
    legend: Legend = []
    for block in doc.text_blocks():
        legend += _glyph_legend(block)
        legend += _colour_word_legend(block.text)
        legend += _shaded_rows_legend(block.text)
    for table in doc.tables():
        legend += _table_legend(table, range(key_rows(table)))
        legend += _table_legend(table, range(table.n_rows - foot_key_rows(table), table.n_rows))
    return legend


def _colour_word_legend(text: str) -> Legend:
    """Entries of a colour named with its meaning ("Green - complete")."""
    return [(_COLOUR_NAMES[m.group("colour").lower()], status)
            for m in _COLOUR_WORD_LEGEND.finditer(clean(text)) if (status := status_of_words(m.group("meaning")))]


def _shaded_rows_legend(text: str) -> Legend:
    """Entries of a key sentence on the shading of a tracker's rows ("rows
    shaded grey are complete ...; unshaded rows remain open"), no shading
    keyed as white."""
    text = clean(text)
    shaded = [(_COLOUR_NAMES[m.group("colour").lower()], status) for m in _SHADED_ROWS_KEY.finditer(text)
              if (status := status_of_words(m.group("meaning")))]
    unshaded = [(_UNSHADED, status) for m in _UNSHADED_ROWS_KEY.finditer(text)
                if (status := status_of_words(m.group("meaning")))]
    return shaded + unshaded if shaded else []


def printed_legend(doc: LayoutDocument) -> Legend:
    """What the colour of an action's own text means, where a key sentence
    says (``_PRINTED_ROWS_KEY``); empty where none does."""
    return [(_COLOUR_NAMES[m.group("colour").lower()], status) for block in doc.text_blocks()
            for m in _PRINTED_ROWS_KEY.finditer(clean(block.text)) if (status := status_of_words(m.group("meaning")))]


def _glyph_legend(block: TextBlock) -> Legend:
    """Entries of a glyph legend in one block: each coloured glyph and the
    words after it, up to the next glyph."""
    entries: Legend = []
    spans = block.spans
    for i, span in enumerate(spans):
        if span.text.strip() not in GLYPHS or not span.style.colour:
            continue
        following = []
        for later in spans[i + 1:]:
            if later.text.strip() in GLYPHS:
                break
            following.append(later.text)
        meaning = "".join(following).strip()
        key_line = sum(1 for s in spans if s.text.strip() in GLYPHS) >= 2 and len(block.text) <= 120
        if not (key_line or re.match(r"^\s*(?:=|:|-|\u2013)", meaning)) or len(meaning) > 60:
            continue  # a status glyph in a tracker row, not a key
        status = status_of_words(meaning)
        if status and rgb(span.style.colour):
            entries.append((span.style.colour, status))
    return entries


def _table_legend(table: Table, rows: range) -> Legend:
    """A key's entries in ``rows`` of a table: a shaded cell holding a
    status word ("Complete" on green), or a colour, shaded or named, beside
    one (an empty shaded cell, or "Green", before "On track")."""
    entries: Legend = []
    for row in rows:
        cells = table.row_cells(row)
        for at, cell in enumerate(cells):
            colour = _key_colour(cell)
            if colour is None:
                continue
            meaning = cell if clean(cell.text) and not _names_colour(cell) else next(
                (c for c in (*cells[at + 1:at + 2], *cells[max(0, at - 1):at])
                 if clean(c.text) and not _names_colour(c)), None)
            status = status_of_words(meaning.text) if meaning and len(meaning.text.split()) <= 5 else None
            if status:
                entries.append((colour, status))
    return entries


def _names_colour(cell: Cell) -> bool:
    return words(cell.text) in _COLOUR_NAMES


def _key_colour(cell: Cell) -> str | None:
    """The colour a key's cell stands for: its shading, else the colour it names."""
    return cell.fill if rgb(cell.fill) is not None else _COLOUR_NAMES.get(words(cell.text))


# Labels of a key printed in a tracker's first rows ("Key", "RAG | Meaning").
_KEY_LABELS = frozenset({"key", "legend", "rag key", "status key", "key to status", "key to rag", "rag", "rag status",
                         "rag rating", "meaning", "colour", "status", "rating"})


def key_rows(table: Table) -> int:
    """How many of a table's top rows are a key to statuses (all of a key
    table; those above a tracker's header row): label rows ("Key", "RAG |
    Meaning") and rows of entries (a colour, shaded or named, with its
    meaning; "Blue = complete"; "C = Complete"), every cell of text one of
    these, one entry at least. A tracker's own rows are none: their action's
    words are no key's."""
    return _key_run(table, range(table.n_rows), min_entries=1)


def foot_key_rows(table: Table) -> int:
    """How many of a table's last rows are a key printed at its foot, or a
    key table of its width that a reader joined to it (rows as
    ``key_rows``'); two entries at least, as a key tells done from not done,
    so that a short last row of a tracker ("Closed" beside a grey cell) is
    none. A table that is all key is ``key_rows``', not a foot."""
    rows = _key_run(table, range(table.n_rows - 1, -1, -1), min_entries=2)
    return rows if rows < table.n_rows else 0


def _key_run(table: Table, rows: range, min_entries: int) -> int:
    """How many of ``rows``, taken in order, are a key's before the first that is none."""
    entries = 0
    run = 0
    for row in rows:
        texts = [cell for cell in table.row_cells(row) if clean(cell.text)]
        if not all(_is_key_cell(cell) for cell in texts):
            break
        run += 1
        entries += len(_table_legend(table, range(row, row + 1))) + sum(
            len(_colour_word_legend(cell.text)) + len(_key_entries(block)) for cell in texts for block in cell.blocks)
    return run if entries >= min_entries else 0


def _is_key_cell(cell: Cell) -> bool:
    """A cell of a key: a label, a colour's name, a status's words, or entries ("Blue = complete")."""
    text = clean(cell.text)
    return (words(text) in _KEY_LABELS or _names_colour(cell)
            or (len(text.split()) <= 6 and status_of_words(text) is not None)
            or bool(_colour_word_legend(text)) or any(_key_entries(block) for block in cell.blocks))


def _legend_status(colour: str, legend: Legend) -> str | None:
    """What the legend says of a colour: its nearest colour of the same name
    (a key's "green" is any green), a grey its nearest grey; None where the
    legend names no such colour. The legend's and ``colour`` are valid "#rrggbb"."""
    values = rgb(colour)
    named = colour_name(colour)
    if named:
        hue = hls(values)[0]
        gaps = [(min(gap := abs(hue - hls(rgb(key))[0]), 360 - gap), status)
                for key, status in legend if colour_name(key) == named]
    else:
        gaps = [(distance, status) for key, status in legend if colour_name(key) is None
                and (distance := math.dist(values, rgb(key))) <= _LEGEND_GREY]
    return min(gaps)[1] if gaps else None


def status_of_colour(colour: str | None, legend: Legend, source: str) -> Status | None:
    """The status a glyph's colour or a shading means: as the pack's legend
    names that colour, else the RAG reading (no legend, or a colour the
    legend leaves out: its own glyph lost, say, as a list marker)."""
    if rgb(colour) is None:
        return None
    keyed = _legend_status(colour, legend)
    if keyed:
        return Status(keyed, source, 0.9)
    rag = _rag(colour)
    return Status(rag, source, 0.7 if not legend else 0.6) if rag else None


def status_of_colour_word(text: str, legend: Legend) -> str | None:
    """A status cell that names a colour ("Green"), read as the pack's key
    reads that colour ("Green - on track"); None where the key says nothing of it."""
    colour = _COLOUR_NAMES.get(words(text))
    return _legend_status(colour, legend) if colour else None


# A key entry: a letter or mark (extractors/marks.py), "=", ":" or a dash, then its meaning, up to the next entry.
_KEY_TOKEN = rf"(?:[A-Z]{{1,2}}|[{''.join(MARKS)}])"
_KEY_ENTRY = re.compile(
    rf"(?:^|(?<=[\s;,(]))(?P<token>{_KEY_TOKEN})\s*(?P<sep>[=:\-\u2013\u2014])\s*"
    rf"(?P<meaning>[^;=,]{{2,50}}?)\s*(?=[;,)]|$|\s+{_KEY_TOKEN}\s*[=:\-\u2013\u2014])")
# A key sentence naming the rows an answer or mark is set against: "Actions marked Yes are proposed for closure;
# actions marked No remain open".
_MARKED_ROWS_KEY = re.compile(rf"\b{_ROWS}\s+marked\s+(?:as\s+)?[\"'\u2018\u201c]?(?P<token>yes|no|{_KEY_TOKEN})"
                              rf"[\"'\u2019\u201d]?\s+{_KEY_VERB}\s+(?P<meaning>[^;.]{{2,60}})", re.I)


def read_status_key(doc: LayoutDocument) -> dict[str, str]:
    """What a tracker's status letters or marks mean, as the pack's key
    says ("C = Complete; O = Open", "\u2713 = Action complete", "B - complete;
    G - on track"): token -> status. A letter and a dash make a key entry
    only among others ("Appendix A - Action log" is none)."""
    key: dict[str, str] = {}
    for block in doc.text_blocks():
        entries = _key_entries(block)
        for token, sep, status, _ in entries:
            if sep in "=:" or len(entries) >= 2:
                key.setdefault(token, status)
        for term, status in _word_key_entries(clean(block.text)):
            key.setdefault(term, status)
        for mark, status in _box_key(clean(block.text)).items():
            key.setdefault(mark, status)
    return {**marked_rows_key(doc), **key,
            **band_key([clean(block.text) for block in doc.text_blocks()], status_of_words)}


def marked_rows_key(doc: LayoutDocument) -> dict[str, str]:
    """What the rows marked with an answer or mark are, as a key sentence
    says ("Actions marked No remain open"): token -> status."""
    return {m.group("token").upper(): status for block in doc.text_blocks()
            for m in _MARKED_ROWS_KEY.finditer(clean(block.text)) if (status := status_of_words(m.group("meaning")))}


# A key sentence on a column's tick boxes: a checked box's meaning and an empty box's, each after its box (maybe its
# glyph in brackets and its column) and a verb, or none: "A checked box (☒) in the Closed column shows an action
# the Commissioner has closed; an empty box (☐) an action still open."
_BOX_KEY = re.compile(r"\b(?P<kind>checked|ticked|crossed|empty|unchecked|unticked|blank)\s+(?:check\s+|tick\s+)?box(?:es)?"
                      r"(?:\s*\(\s*(?P<glyph>[^\s()]{1,3})\s*\))?(?:\s+in\s+the\s+[^;.()]{1,40}?\s+column)?"
                      r"\s*(?:(?:shows?|means?|marks?|indicates?|denotes?|is|are)\s+|[=:\u2013\u2014-]\s*)?"
                      r"(?P<meaning>[^;.]{3,120})", re.I)
_EMPTY_BOX_WORDS = frozenset({"empty", "unchecked", "unticked", "blank"})


def _box_key(text: str) -> dict[str, str]:
    """What a key sentence says a checked and an empty tick box mean
    (``_BOX_KEY``), each read by its meaning's words ("an action the force
    proposes for closure": outstanding): mark -> status, for the glyph it
    prints in brackets, else every checked (empty) box glyph; both sides
    keyed, or none, as a key tells a checked box from an empty one."""
    checked = empty = None
    for m in _BOX_KEY.finditer(text):
        status = status_of_words(m.group("meaning"))
        if status is None:
            continue
        if m.group("kind").lower() in _EMPTY_BOX_WORDS:
            empty = empty or (m.group("glyph") or EMPTY_BOXES, status)
        else:
            checked = checked or (m.group("glyph") or CHECKED_BOXES, status)
    if checked is None or empty is None:
        return {}
    return {**dict.fromkeys(checked[0], checked[1]), **dict.fromkeys(empty[0], empty[1])}


_KEY_LABEL = re.compile(r"^\s*(?:status(?:\s+key)?|key(?:\s+to\s+status)?)\s*:\s*", re.I)
_WORD_ENTRY = re.compile(r"^\s*(?P<term>[A-Za-z][A-Za-z /-]{1,40}?)\s*(?:=|:|\s[-\u2013\u2014])\s+(?P<meaning>\S.*?)\.?\s*$")


def _word_key_entries(text: str) -> list[tuple[str, str]]:
    """A key line's entries of status words and what the pack means by them
    ("Status: Open – work continues; Proposed for closure – the force reports
    the action done and asks the Board to close it; Closed – closed by the
    Board"): (the words in capitals, the status their meaning states), for
    entries whose words are a status and whose meaning states one; two such
    entries at least, as a key tells one status from another."""
    m = _KEY_LABEL.match(text)
    if not m or len(text) > 400:
        return []
    entries = [(clean(e.group("term")).upper(), status) for part in text[m.end():].split(";")
               if (e := _WORD_ENTRY.match(part)) and status_of_words(e.group("term"))
               and words(e.group("term")) not in _COLOUR_NAMES  # a colour is the legend's (read_legend)
               and (status := status_of_words(e.group("meaning")))]
    return entries if len(entries) >= 2 else []


def _key_entries(block: TextBlock) -> list[tuple[str, str, str, int]]:
    """A line's key entries: (token, separator, status, where it starts)."""
    # a key line opening with a mark is read as a list item whose marker is that mark
    text = clean(f"{block.marker or ''} {block.text}")
    if len(text) > 200:
        return []
    return [(m.group("token").upper(), m.group("sep"), status, m.start()) for m in _KEY_ENTRY.finditer(text)
            if (status := status_of_words(m.group("meaning")))]


def is_status_key(block: TextBlock) -> bool:
    """A line that is the tracker's key ("\u2713 = done; \u2717 = not yet done"), not an action."""
    entries = _key_entries(block)
    return bool(entries) and entries[0][3] == 0 and entries[0][1] in "=:"


# --- a tracker's status column ------------------------------------------------

def with_status_words_column(table: Table, header: Header, update_headings: tuple[str, ...],
                             numbered: dict[str, dict[str, str]]) -> Header:
    """The header with its status column found by its cells or its question,
    where its heading names no status role: an unclaimed column whose every
    body cell is a short status phrase ("Outcome": "Achieved", "Partly
    achieved") or a percentage complete ("Progress": "100%", "25%"), or one
    headed by a yes/no question naming a status ("Closed?"); one of tick
    boxes headed by a status alone ("Closed": ☒ / ☐); or one headed as a key
    of ``numbered`` stages is labelled ("Stage") whose every body cell is one
    of its numbers. A column of status phrases claimed as the update gives
    way to an unclaimed one headed as an update (``update_headings``)."""
    if "status" in header.columns or "rag" in header.columns:
        return header
    grid = table.grid()
    unclaimed = unclaimed_columns(table, header)
    if (col := header.columns.get("update")) is not None and header.row >= 0:
        # an "Outcome" column of status phrases beside the log's own "Update": the status, the other the update
        cells = [clean(grid[row][col]) for row in range(header.row + 1, table.n_rows)
                 if clean(grid[row][col]) and not is_full_width(table, row)]
        other = next((c for c, _cells in unclaimed if header_matches(grid[header.row][c], update_headings)), None)
        if other is not None and len(cells) >= 2 and all(_states_status(c) for c in cells):
            return Header(header.row, {**header.columns, "status": col, "update": other})
    # a column its heading names the status column wins over one found by its cells alone: a "Priority" column of
    # Yes / No left of "Complete?" is no status
    col = next((col for col, cells in unclaimed if header.row >= 0
                and _heading_names_status(grid[header.row][col], cells, numbered)), None)
    if col is None:
        col = next((col for col, cells in unclaimed if len(cells) >= 2 and all(_states_status(c) for c in cells)), None)
    return header if col is None else Header(header.row, {**header.columns, "status": col})


def _heading_names_status(heading: str, cells: list[str], numbered: dict[str, dict[str, str]]) -> bool:
    """Whether a column's heading makes it the status column: a yes/no question naming a status ("Closed?"),
    a key of ``numbered`` stages' label over its numbers ("Stage"), or a status alone over tick boxes ("Closed")."""
    return asked_status(heading) is not None or bool(_numbered_key(heading, cells, numbered)) \
        or _box_column_status(heading, cells) is not None


_BOX_HEADING_WORDS = 3  # a column of tick boxes headed by a status and no more ("Closed", "Not complete")
_OPEN_HEADINGS = frozenset(_KEY_WORDING["open_headings"])


def _box_column_status(heading: str, cells: list[str]) -> str | None:
    """The status a checked box states in a column of tick boxes headed by
    one side of open and closed, an empty box stating the other: complete
    under a heading stating completion ("Closed", "Complete", "Done"),
    outstanding under one naming the open side (status.json key_wording
    open_headings: "Open"). None unless two body cells at least hold a box
    and every one holds only a box, and for any other heading ("In
    progress", whose empty box may be done or not begun)."""
    if len(words(heading).split()) > _BOX_HEADING_WORDS or len(cells) < 2 or not all(BOX.fullmatch(c) for c in cells):
        return None
    if words(heading) in _OPEN_HEADINGS:
        return OUTSTANDING
    return COMPLETE if status_of_words(heading) == COMPLETE else None


def _numbered_key(heading: str, cells: list[str], numbered: dict[str, dict[str, str]]) -> dict[str, str]:
    """The key of numbered stages a column is headed as (``numbered_keys``: "Stage"), where every body cell
    (two at least) is one of its numbers; empty for any other column."""
    key = numbered.get(words(heading), {})
    return key if len(cells) >= 2 and all(cell in key for cell in cells) else {}


# A key of numbered stages after its label, on one line: "Stage: 1 agreed; 2 in progress; 3 awaiting sign-off;
# 4 closed." (a sentence may follow its last entry).
_NUMBERED_KEY = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(?P<entries>1\b.*)$", re.S)
_NUMBERED_ENTRY = re.compile(r"^\s*(?P<number>\d{1,2})\s*(?:[-\u2013\u2014=:.)]\s*)?(?P<meaning>[A-Za-z][^;]{1,80}?)\s*$")
_LAST_ENTRY_END = re.compile(r"(?<=[a-z])\.(?:\s|$)")
_NUMBERED_KEY_CHARS = 300  # a key line, not a paragraph of prose


@per_document
def numbered_keys(doc: LayoutDocument) -> dict[str, dict[str, str]]:
    """The pack's keys of numbered stages ("Stage: 1 agreed; 2 in progress;
    3 awaiting sign-off; 4 closed"), by their label in ``words`` form:
    number -> status. Stages numbered on from 1, two at least; each read by
    its words, a stage whose words state no status ("agreed") outstanding
    where a later stage closes the action, as a step on the way to it; a key
    with no stage closing the action, or none open, or a stage after the
    last closing one stating nothing, is none ("Priority: 1 high; 2 low")."""
    keys: dict[str, dict[str, str]] = {}
    for block in doc.text_blocks():
        text = clean(block.text)
        m = _NUMBERED_KEY.match(text) if len(text) <= _NUMBERED_KEY_CHARS else None
        if m is None:
            continue
        parts = m.group("entries").split(";")
        parts[-1] = _LAST_ENTRY_END.split(parts[-1])[0]
        entries = [_NUMBERED_ENTRY.match(part) for part in parts]
        if len(entries) < 2 or not all(entries) \
                or [int(e.group("number")) for e in entries] != list(range(1, len(entries) + 1)):
            continue
        stated = [status_of_words(e.group("meaning")) for e in entries]
        if COMPLETE not in stated:
            continue
        last_closing = max(at for at, status in enumerate(stated) if status == COMPLETE)
        statuses = [status or (OUTSTANDING if at < last_closing else None) for at, status in enumerate(stated)]
        if OUTSTANDING in statuses and None not in statuses:
            keys.setdefault(words(m.group("label")), {e.group("number"): status for e, status in zip(entries, statuses)})
    return keys


# A status column the force fills in as a proposal ("Force proposed status"), and the decider's column beside it
# ("PFCC decision", "Board decision", "Agreed status").
_PROPOSED_HEADER = ("proposed", "propose", "proposal", "recommended", "suggested", "force status", "owner status")
_DECIDED_HEADER = ("decision", "decided", "agreed", "agreed status", "confirmed")


def with_decided_status(table: Table, header: Header) -> Header:
    """The header with the decider's column as the status where the status
    column only proposes one ("Force proposed status | PFCC decision"): an
    action closes when the meeting decides so, the force's proposal read
    only where the decision is blank ("proposed" role)."""
    col = header.columns.get("status")
    if col is None or header.row < 0:
        return header
    texts = table.grid()[header.row]
    if not header_matches(texts[col], _PROPOSED_HEADER):
        return header
    decided = next((c for c, _cells in unclaimed_columns(table, header) if header_matches(texts[c], _DECIDED_HEADER)),
                   None)
    return header if decided is None else Header(header.row, {**header.columns, "status": decided, "proposed": col})


_CURRENT_STATUS = tuple(load_vocab("status.json")["key_wording"]["current_status_words"])


def with_current_status(table: Table, header: Header, status_headings: tuple[str, ...]) -> Header:
    """The header with its status column moved to the current one where the
    log prints two ("Status at last Board | Status now"): the leftmost
    status heading is claimed first, but a later column headed as a status
    (``status_headings``) and as the current one (status.json
    current_status_words), whose cells read as statuses (not "Latest status
    date"), is where the row stands now."""
    if "status" not in header.columns or header.row < 0:
        return header
    grid = table.grid()
    if header_matches(grid[header.row][header.columns["status"]], _CURRENT_STATUS):
        return header
    for col, cells in unclaimed_columns(table, header):
        label = grid[header.row][col]
        if header_matches(label, status_headings) and header_matches(label, _CURRENT_STATUS) and cells \
                and all(status_of_words(text) for text in cells):
            return Header(header.row, {**header.columns, "status": col})
    return header


def _states_status(text: str) -> bool:
    """Whether a cell is only a status: a short status phrase or a percentage complete."""
    return bool((len(words(text).split()) <= 5 and status_of_words(text)) or progress_status(text, status_of_words))


# A status column asking a yes/no question: "Complete (Y/N)", "Closed?", "Completed Yes/No", "Complete? (Y/N)".
_YES_NO = r"\(?\s*(?:y|yes)\s*/\s*(?:n|no)\s*\)?"
_YES_NO_QUESTION = re.compile(rf"^(?P<question>[A-Za-z][A-Za-z ]*?)\s*(?:\?\s*(?:{_YES_NO})?|{_YES_NO}\s*\??)$", re.I)


def asked_status(text: str) -> str | None:
    """The status a yes answers, where a header asks a yes/no question naming one ("Closed?": complete)."""
    m = _YES_NO_QUESTION.match(clean(text))
    return status_of_words(m.group("question")) if m else None


def status_column_key(table: Table, header: Header, key: dict[str, str], marked: dict[str, str],
                      numbered: dict[str, dict[str, str]]) -> dict[str, str]:
    """The pack's ``key`` with what a tracker's status column's own cells
    mean by its heading: the numbers of a column headed as a key of
    ``numbered`` stages ("Stage": 1-4), that key's; the boxes of a column
    of tick boxes headed by a status alone (``_box_column_status``), a
    checked box the heading's status ("Closed": ☒ closed), an empty (or
    crossed) box the other, unless the pack's key says what a box means;
    the answers under a heading that asks a question (``_answer_key``)."""
    col = header.columns.get("status")
    if col is None or header.row < 0:
        return key
    grid = table.grid()
    heading = grid[header.row][col]
    cells = [clean(grid[row][col]) for row in range(header.row + 1, table.n_rows)
             if not is_full_width(table, row) and clean(grid[row][col])]
    if stages := _numbered_key(heading, cells, numbered):
        return {**key, **stages}
    if (checked := _box_column_status(heading, cells)) is not None:
        boxes = {cell.upper(): checked if CHECKED.fullmatch(cell) and mark_status(cell, cells) != OUTSTANDING
                 else _opposite(checked) for cell in cells}
        return {**boxes, **key}
    return {**key, **_answer_key(heading, marked)}


def _answer_key(question: str, marked: dict[str, str]) -> dict[str, str]:
    """What a Y/N answer means under a status column that asks a question:
    yes is the status the question names ("Complete?": complete), no the
    other, but for a question whether closure is proposed ("Proposed for
    closure?", "Ready to close?"), whose answers both leave the action
    open until the meeting closes it; where a key sentence says what the
    rows marked with one answer are (``marked``: "actions marked No remain
    open"), its reading, the other answer the opposite. A letter key of the status cells ("N = Not
    started") says nothing of the answers."""
    yes = asked_status(question)
    if yes is None:
        return {}
    keyed_yes, keyed_no = marked.get("YES") or marked.get("Y"), marked.get("NO") or marked.get("N")
    if keyed_yes or keyed_no:
        yes = keyed_yes or _opposite(keyed_no)
    # unkeyed, a question whether the owner proposes closure ("Proposed for closure?") is answered open both ways:
    # yes is a proposal the meeting has yet to agree, no says the work goes on
    proposal = not (keyed_yes or keyed_no) and yes == OUTSTANDING and re.search(r"\bclos", words(question))
    no = keyed_no or (OUTSTANDING if proposal else _opposite(yes))
    # a dash answers no: the ticks of a "Closed?" column mark the closed actions, the dashes the rest
    return {"Y": yes, "YES": yes, "N": no, "NO": no, "-": no, "\u2013": no, "\u2014": no}


def _opposite(status: str) -> str:
    return OUTSTANDING if status == COMPLETE else COMPLETE


def titled_status(blocks, index: int) -> Status | None:
    """The status a tracker's heading gives every row of it ("Open actions",
    "Actions closed since the last meeting"), where the heading names one
    status only."""
    above = next((b for b in reversed(blocks[max(0, index - 2):index]) if isinstance(b, TextBlock)), None)
    if above is None or not (above.kind is BlockKind.HEADING or above.is_bold) or len(above.text) > 120:
        return None  # a note above the table ("Actions are removed once complete") titles nothing
    return status_of_title(above.text)


def status_of_title(text: str) -> Status | None:
    """The status a title over a group of actions gives them all, a heading
    over the tracker or a row across it ("Open actions", "Actions closed
    since the last Board"), where it names actions and one status only."""
    padded = f" {words(text)} "
    if not re.search(r" actions? ", padded):
        return None
    named = {status for phrase, status in _phrases_inside().items() if f" {phrase} " in padded}
    return Status(named.pop(), "status_column", 0.85) if len(named) == 1 else None


# A status's label ("Status:", "Status –"), closing an update cell or a log entry.
STATUS_LABEL_WORD = r"(?i:status)\s*[:\-\u2013\u2014]\s*"
# A status stated under its label as the last line or sentence of an update cell, in a log with no status column:
# "Figures shared on 2 June.\nStatus: closed".
_STATUS_LABEL = re.compile(rf"(?:^|(?<=\n)|(?<=[.;!?])\s+){STATUS_LABEL_WORD}(?P<status>[^\n.;:]{{2,30}})\.?\s*$")
# Or in brackets closing the cell apart from its sentences, or as the whole cell: "Report tabled for June. (Complete)"
# (a bracket inside the sentence qualifies its words: "... the old contract ends in June (cancelled).").
_STATUS_BRACKET = re.compile(r"(?:^|(?<=[.!])|(?<=\n))\s*\((?P<status>[^()\n]{2,30})\)\.?\s*$")


def labelled_status(update: str) -> re.Match[str] | None:
    """The status label closing an update cell, where its words state a
    status; or the brackets closing it after its last sentence (not after a
    question, which they answer), where they hold a status phrase and
    nothing else (a bracketed remark, "(see minute 4.2)", states none)."""
    m = _STATUS_LABEL.search(update)
    if m and status_of_words(m.group("status")) is not None:
        return m
    m = _STATUS_BRACKET.search(update)
    # not a word read only as a whole status cell, nor a short one: "(Draft)" is the paper's state, "(No)" an answer
    return m if m and words(m.group("status")) in _phrases_inside() else None


def completion_status(table: Table, row: int, col: int, no_entry: re.Pattern[str]) -> Status | None:
    """A row's status in a log whose only status is the date each action was
    completed: a date is done, a blank still open (as the log states it, a
    status column's reading); a cell of status words says so itself. A cell
    ``no_entry`` matches as a whole (the log's mark of nothing: "-", "n/a")
    is a blank."""
    cell = table.cell(row, col)
    text = clean(cell.text) if cell is not None else ""
    text = "" if no_entry.fullmatch(text) else text  # a dash or "n/a" dates no completion: a blank's
    stated = COMPLETE if find_dates(text) else status_of_words(text) if text else OUTSTANDING
    return Status(stated, "status_column", 0.9) if stated else None


def due_status_column(table: Table, first_row: int, columns: dict[str, int]) -> int | None:
    """The due column of a log with no status column where it is the status
    column too: each body cell is either a status phrase (a closed action's
    "Done" in place of its date) or the date an open action is due, one
    at least a status phrase."""
    col = columns.get("due")
    if col is None:
        return None
    cells = [clean(cell.text) for row in range(first_row, table.n_rows)
             if not is_full_width(table, row) and (cell := table.cell(row, col)) is not None and clean(cell.text)]
    stated = [text for text in cells if _states_status(text)]
    dated = [text for text in cells if only_date(text)]
    return col if stated and len(stated) + len(dated) == len(cells) else None


def due_column_status(table: Table, row: int, col: int) -> Status | None:
    """A row's status in a due column that is the log's status column
    (``due_status_column``): its status phrase, or a date still to meet (open)."""
    cell = table.cell(row, col)
    text = clean(cell.text) if cell is not None else ""
    stated = status_of_words(text) if text else None
    stated = stated or (OUTSTANDING if text and find_dates(text) else None)
    return Status(stated, "status_column", 0.9) if stated else None


# --- a row's status -----------------------------------------------------------

def texts_by_column(table: Table) -> dict[int, list[str]]:
    """The texts of each column's cells, by the column they start in, read once per table."""
    texts: dict[int, list[str]] = {col: [] for col in range(table.n_cols)}
    for cell in table.cells:
        texts[cell.col].append(clean(cell.text))
    return texts


def row_status(table: Table, row: int, status_cols: list[int], column_texts: dict[int, list[str]], legend: Legend,
               decorated: set[int], key: dict[str, str] | None = None, as_of: date | None = None,
               banded: frozenset[str] = frozenset()) -> Status | None:
    """A row's status from its status cells' letter or mark (read against the
    pack's key), words or percentage (a status column before a RAG column),
    a status glyph's colour, or its shading (the status cells' first, then
    any cell's)."""
    status_cells = [c for col in status_cols if (c := table.cell(row, col)) is not None]
    for status_cell in status_cells:
        mark = clean(status_cell.text)
        # a ☒ beside ticks is a cross (``column_texts``: ``texts_by_column``, read once for the table's rows)
        if stated := cell_status(mark, legend, key, column_texts[status_cell.col], as_of):
            return Status(stated, "status_column", 0.95)
    row_cells = [c for c in table.cells if c.row <= row < c.row + c.row_span]
    for cell in status_cells + row_cells:
        for span in cell.spans:
            if span.text.strip() in GLYPHS:
                found = status_of_colour(span.style.colour, legend, "glyph_colour")
                if found:
                    return found
    shaded = status_cells + [c for c in row_cells if c.row_span == 1 and c.col not in decorated]
    for cell in shaded:
        found = status_of_colour(cell.fill, legend, "cell_shading") if cell.fill not in banded else None
        if found:
            return found
    if not any(cell.fill for cell in shaded):  # a row left unshaded, where the key says what that means
        return status_of_colour(_UNSHADED, legend, "cell_shading")
    return None


def cell_status(mark: str, legend: Legend, key: dict[str, str] | None, column: Iterable[str] = (),
                as_of: date | None = None) -> str | None:
    """The status a status cell's text (or a status column's heading) states:
    a letter or mark through the pack's key, a mark (among the texts of its
    ``column``), a colour word through its legend, a percentage or band,
    words, a due date. Done words dated after the meeting (``as_of``:
    "Closed by 30/06", "Closed 30/06" in May) are a target, and done words
    of a part ("Stage 1 complete") leave the rest to do: outstanding."""
    stated = ((key or {}).get(mark.upper()) or mark_status(mark, column) or status_of_colour_word(mark, legend)
              or progress_status(mark, status_of_words, key, banded=True) or status_of_words(mark)
              or _due_status(mark))
    if stated == COMPLETE and (_names_a_part(mark) or as_of is not None and any(
            _planned(mark, done.end(), as_of) for done in _DONE_IN_CELL.finditer(mark))):
        return OUTSTANDING
    return stated


_DUE = re.compile(r"^\s*(?:due|due\s+by|by)\b", re.I)


def _due_status(text: str) -> str | None:
    """A status cell that gives only the date the action is due ("Due
    16/07/2026", "Due 31/05") says it is still open."""
    return OUTSTANDING if _DUE.match(text) and (find_dates(text) or days_of_year(text)) else None


def statuses_by_look(table: Table, first_row: int, action_col: int, printed: Legend = ()) -> dict[int, Status]:
    """Statuses a log shows by the look of its rows' text, where no status
    is printed: the colour of each action's text as the key says
    (``printed``: "actions printed in green are complete"); a struck-through
    action is done and the rest of the log still open; in a log that greys
    some rows out and not others, the grey rows are done and the rest open.
    A log all in grey says nothing."""
    looks: dict[int, tuple[bool, bool]] = {}  # row -> (struck, grey)
    keyed: dict[int, Status] = {}
    for row in range(first_row, table.n_rows):
        cell = own_cell(table, row, action_col)
        spans = [span for block in (cell.blocks if cell else ()) for span in block.spans if span.text.strip()]
        colours = {span.style.colour for span in spans}
        if printed and len(colours) == 1 and rgb(colour := colours.pop()) is not None \
                and (status := _legend_status(colour, printed)):
            keyed[row] = Status(status, "glyph_colour", 0.9)
        if spans:
            looks[row] = (all(span.style.strike for span in spans),
                          all(_is_grey(span.style.colour) for span in spans))
    if keyed:
        return keyed
    struck = {row for row, (strike, _grey) in looks.items() if strike}
    grey = {row for row, (_strike, is_grey) in looks.items() if is_grey}
    done = struck or (grey if len(grey) < len(looks) else set())
    if not done:
        return {}
    return {row: Status(COMPLETE if row in done else OUTSTANDING, "glyph_colour", 0.75) for row in looks}


def _is_grey(colour: str | None) -> bool:
    """Text printed in a mid grey (greyed out), not black or near-white."""
    values = rgb(colour)
    if values is None:
        return False
    _hue, lightness, saturation = hls(values)
    return saturation < 0.15 and 0.35 <= lightness <= 0.85


def decorated_columns(table: Table, first_row: int) -> set[int]:
    """Columns shaded alike on every body row (a design, not a status)."""
    fills: dict[int, set[str | None]] = {}
    rows: dict[int, set[int]] = {}
    for cell in table.cells:
        if cell.row_span == 1 and cell.row >= first_row:
            fills.setdefault(cell.col, set()).add(cell.fill)
            rows.setdefault(cell.col, set()).add(cell.row)
    return {col for col, found in fills.items() if len(found) == 1 and None not in found and len(rows[col]) >= 3}


def banded_fills(table: Table, first_row: int, status_cols: list[int]) -> frozenset[str]:
    """Fills that band the body rows (a table style's, not a status): each
    fills every cell of every other row (bar the status cells, which may
    carry their own colour) and no cell of the rows between, two rows at
    least; every other row among the actions, or of the table where a style
    counts the banners across it too."""
    body = [row for row in range(first_row, table.n_rows) if not is_full_width(table, row)]
    in_body = set(body)
    odd = {row for row in body if row % 2}
    alternate = [set(body[0::2]), set(body[1::2]), odd, in_body - odd]
    fills: dict[str, set[int]] = {}
    for cell in table.cells:
        if cell.fill and cell.row in in_body:
            fills.setdefault(cell.fill, set()).add(cell.row)
    banded = set()
    for fill, rows in fills.items():
        whole = all(cell.fill == fill for cell in table.cells
                    if cell.row in rows and cell.row_span == 1 and cell.col not in status_cols)
        if whole and len(rows) >= 2 and rows in alternate:
            banded.add(fill)
    return frozenset(banded)
