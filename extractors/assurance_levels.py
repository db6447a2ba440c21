"""Assurance levels as packs print them, shared by the two readers of
decisions (extractors/assurance_tables.py for Question | Evidence | Decision
tables, extractors/assurance_minutes.py for minuted paragraphs): the printed
phrase normalised to the three canonical levels (schemas/vocab/assurance.json),
rating colours read against the pack's own key, the level labels, and the
draft fields every decision carries.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractors.meetings import fix_case
from extractors.tables import in_english, leading_number, load_vocab, words
from extractors.text import clean
from pipeline.layout import STATUS_GLYPHS, LayoutDocument, Table, TextBlock


@dataclass(frozen=True, slots=True)
class Decision:
    """One assurance decision, as either reader found it: the fields of its
    draft record, its draft key and confidence."""

    key: tuple
    page: int | None
    confidence: float
    meeting_date: date | None
    topic: str | None
    question_number: str | None
    question: str
    evidence_summary: str | None
    assurance: str | None
    assurance_raw: str | None
    commentary: str | None


@cache
def _levels() -> dict[str, str]:
    """Printed phrase (normalised words) -> canonical level."""
    return {words(phrase): level for level, phrases in load_vocab("assurance.json")["levels"].items()
            for phrase in phrases}


@cache
def _level_patterns() -> tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]:
    """Each level phrase's words (longest first), its pattern over any
    spacing or punctuation between them, and its level. Bare "partly" inside
    prose says nothing about the decision: short phrases are levels only as
    a whole text."""
    return tuple(
        (tuple(sorted(phrase.split(), key=len, reverse=True)),
         re.compile(r"(?<![\w-])" + r"[\s\W]+".join(map(re.escape, phrase.split())) + r"(?![\w-])", re.I), level)
        for phrase, level in _levels().items() if len(phrase) >= 6)


# A rating colour's level where the pack gives no key: green is assurance
# given, amber given in part, red withheld (the RAG reading of a scorecard).
RAG_LEVELS = {"green": "Assured", "amber": "Partly assured", "yellow": "Partly assured", "red": "Not assured"}
_COLOUR_KEY = re.compile(r"\b(?P<colour>green|amber|yellow|red)\b\s*(?:=|:|-|\u2013|\u2014|means)\s*"
                         r"(?P<meaning>[^;,.=]{3,50})", re.I)


@cache
def _under_label() -> dict[str, str]:
    """Words that are a level only under an assurance label or column ("None")."""
    return {words(phrase): level for level, phrases in load_vocab("assurance.json")["under_label"].items()
            for phrase in phrases}


def label_levels(doc: LayoutDocument) -> dict[str, str]:
    """Words that state a level only under an assurance label or column: what
    each rating colour means (the pack's own key where it prints one, "Green
    - assured; Amber - partially assured", coloured marks or words, or a key
    table, else the RAG reading) and the vocabulary's bare words such as
    "None"."""
    colours = {**_under_label(), **RAG_LEVELS}
    for block in doc.text_blocks():
        for m in _COLOUR_KEY.finditer(clean(block.text)):
            found = normalise_assurance(m.group("meaning"))
            if found:
                colours[m.group("colour").lower()] = found[0]
        colours.update(_glyph_key(block))
    for table in doc.tables():
        colours.update(_table_key(table))
    return colours


def _whole_level(text: str) -> str | None:
    """The level ``text`` is, where it is a level and nothing more."""
    found = normalise_assurance(text) if text.strip() else None
    return found[0] if found and words(found[1]) == words(text) else None


def _table_key(table: Table) -> dict[str, str]:
    """What each rating colour means where a table gives the key: a cell
    shaded in the colour holding a level ("Assured" on green), or a
    coloured mark with the level in the cell beside it."""
    key: dict[str, str] = {}
    for row in range(table.n_rows):
        cells = table.row_cells(row)
        for i, cell in enumerate(cells):
            text = " ".join(b.text for b in cell.blocks)
            level = _whole_level(text)
            if level and colour_name(cell.fill):
                key[colour_name(cell.fill)] = level
            beside = _whole_level(" ".join(b.text for b in cells[i + 1].blocks)) if i + 1 < len(cells) else None
            mark = _mark_colour(list(cell.blocks)) if beside else None
            if mark:
                key[mark] = beside
    return key


def _glyph_key(block: TextBlock) -> dict[str, str]:
    """What each coloured mark of a key means, where the key is printed as
    marks each followed by its level ("● Assured ● Partially assured ● Not
    assured", the marks green, amber and red): rating colour -> level."""
    key: dict[str, str] = {}
    colour: str | None = None
    meaning = ""
    for span in (*block.spans, None):
        mark = span is not None and span.text.strip() and set(span.text.strip()) <= STATUS_GLYPHS
        if span is None or mark:
            level = _whole_level(meaning) if colour else None
            if level:
                key[colour] = level
            colour, meaning = (colour_name(span.style.colour), "") if mark else (None, "")
        else:
            meaning += span.text
            level = _whole_level(span.text)
            if level and colour_name(span.style.colour):  # the level in its colour: "Assured" in green
                key[colour_name(span.style.colour)] = level
    return key


def glyph_level(blocks: list[TextBlock], colours: dict[str, str]) -> tuple[str, str] | None:
    """(level, colour) of a cell whose text is only a coloured mark ("●"),
    read against the pack's colour key."""
    name = _mark_colour(blocks)
    return (colours[name], name.capitalize()) if name in colours else None


def _mark_colour(blocks: list[TextBlock]) -> str | None:
    """The rating colour of a cell whose text is only a coloured mark."""
    spans = [span for block in blocks for span in block.spans if span.text.strip()]
    if not spans or not all(set(span.text.strip()) <= STATUS_GLYPHS for span in spans):
        return None
    return colour_name(spans[0].style.colour)


def normalise_assurance(text: str, colours: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(canonical level, the phrase as printed) for the first level stated in
    ``text``: the whole text if it is a level (a bare grade such as
    "Limited" under an assurance label or column, or a word of ``colours``,
    the words that are levels only there: see label_levels), else the longest level phrase inside it. None when it
    states none."""
    text = clean(text)
    levels = _levels()
    whole = words(text)
    for candidate in (whole, f"{whole} assurance"):
        if candidate in levels:
            return levels[candidate], text.strip(" .:")
    if colours and whole in colours:
        return colours[whole], text.strip(" .:")
    lowered = text.lower()
    best: tuple[int, int, str, str] | None = None  # (start, -length, level, printed)
    for phrase_words, pattern, level in _level_patterns():
        # a text stating the phrase holds each of its words (most texts lack its longest): no search needed
        if phrase_words[0] not in lowered or not all(word in lowered for word in phrase_words[1:]):
            continue
        m = pattern.search(text)
        if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
            best = (m.start(), -len(m.group(0)), level, m.group(0))
    return (best[2], best[3]) if best else None


# Whoever decides on assurance: a commissioner of any title, the mayor's
# office, or the members of a police authority's board or committee.
DECIDER = (r"(?:the\s+)?(?:police,?\s+(?:fire\s+)?and\s+crime\s+commissioner|commissioner|pcc|pcvc|pfcc|dmpc|"
           r"deputy\s+mayor|mayor|members|committee|board|authority|panel)")
# "Level of assurance: Limited", "Outcome: Partially assured", "Assurance:
# Not assured. The DMPC asked ...", "Decision of the Commissioner: The
# Commissioner is ASSURED.": a label, then the level first.
LEVEL_LABEL = (r"(?:overall\s+)?(?:level\s+of\s+assurance|assurance\s+(?:level|rating|outcome|judgement)|assurance|level|"
               rf"outcome|(?:{DECIDER}(?:'s)?\s+)?decision(?:\s+of\s+{DECIDER})?)")
LEVEL_LINE = re.compile(rf"^\s*{LEVEL_LABEL}\s*[:\-\u2013]\s*(?P<rest>\S.*)$", re.I | re.S)
# A sentence that does nothing but state the decision: "The Authority is
# partially assured." (a sentence going on, "... assured that ...", is commentary).
DECIDER_STATES = re.compile(rf"^\s*{DECIDER}\s+(?:is|was|are|were)\s+(?P<level>[^.;]{{2,40}}?)\s*[.;]?\s*$", re.I)
# The label alone, its level on the line below (a narrow cell wrapped it).
LABEL_ONLY = re.compile(rf"^\s*{LEVEL_LABEL}\s*[:\-\u2013]?\s*$", re.I)
# A labelled level opening a sentence inside a paragraph: "The Committee noted
# the pass rate. Level of assurance: Substantial. It asked ...".
_LABEL_INSIDE = re.compile(rf"(?:^|(?<=[.;!?])\s+)(?P<label>{LEVEL_LABEL})\s*[:\-\u2013]\s*(?P<level>[^.;]{{2,60}})"
                           r"(?:[.;]|$)", re.I)


def labelled_level_inside(text: str, colours: dict[str, str]) -> tuple[str, str, str] | None:
    """(level, as printed, the text without its labelled sentence) where a
    sentence of ``text`` is a level label and nothing but a level."""
    text = clean(text)
    for m in _LABEL_INSIDE.finditer(text):
        found = normalise_assurance(m.group("level"), colours)
        if found and words(found[1]) == words(m.group("level")):
            rest = re.sub(r"\s+", " ", text[:m.start()] + " " + text[m.end():]).strip()
            return found[0], found[1], rest
    return None


def colour_name(fill: str | None) -> str | None:
    """The rating colour a shading is, as a reader names it (green, amber,
    red); None for greys, whites and other hues."""
    m = re.fullmatch(r"#?([0-9a-f]{6})", (fill or "").strip().lower())
    if not m:
        return None
    red, green, blue = (int(m.group(1)[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.3 or not 0.12 < lightness < 0.93:
        return None
    degrees = hue * 360
    return ("red" if degrees < 20 or degrees >= 330 else "amber" if degrees < 52 else "yellow" if degrees < 70
            else "green" if 75 <= degrees <= 170 else None)


def item_heading(doc: LayoutDocument, heading: TextBlock | None, side: str | None) -> tuple[str | None, str | None]:
    """(number, topic) of the item heading a decision sits under."""
    if heading is None:
        return None, None
    number, text = leading_number(heading)
    text = in_english(text.strip(" :-\u2013"), side)
    return number, fix_case(doc, text) if text else None

