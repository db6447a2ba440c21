"""The document as a whole: its kind, force, framework, title and dates,
worked out once and given to every extractor as the DocumentContext."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from extractors.context import DocumentContext
from extractors.dates import find_dates
from extractors.meetings import pack_meeting
from extractors.sections import framework_cue, is_heading_like
from extractors.tables import words
from extractors.text import clean
from extractors.vocab import Force, find_forces, force_of_police_area
from pipeline.layout import LayoutDocument, Table, TextBlock
from schemas.records import DocKind

_COMMISSIONER = re.compile(
    r"\b(?:police,?\s+fire\s+and\s+crime\s+commissioner|police\s+and\s+crime\s+commissioner|mayor)\s+(?:for|of)\s+(?P<area>[A-Z][^.;:()\n]{2,60})",
    re.I,
)
_PUBLISHED = re.compile(r"\b(?:published(?:\s+on)?|date\s+of\s+publication|publication\s+date)\s*:?\s*", re.I)
_SCRUTINY = re.compile(r"\b(?:scrutiny\s+(?:meeting|panel|board)|accountability\s+(?:meeting|board)|performance\s+and\s+accountability)\b", re.I)
_PEEL = re.compile(r"\bPEEL\b|police effectiveness, efficiency and legitimacy", re.I)
_CHILD_PROTECTION = re.compile(r"\bchild protection inspection|national child protection", re.I)
_INSPECTION = re.compile(r"\bHMICFRS\b|His Majesty's Inspectorate|Her Majesty's Inspectorate|\binspection\b", re.I)
_RESPONSE_TITLE = re.compile(r"\bresponse\s+to\b.*\b(?:HMICFRS|inspection|report|recommendations)\b|\baction\s+plan\b", re.I)
_FIRST_PAGES = 2  # where a report's title page and summary say what it is


def describe(doc: LayoutDocument) -> DocumentContext:
    organisation, meeting_date = pack_meeting(doc)
    title = _title(doc)
    opening = " ".join(clean(b.text) for b in _opening_blocks(doc))
    kind = _kind(doc, title, opening, meeting_date is not None)
    return DocumentContext(
        doc_kind=kind,
        force=_force(doc, title, organisation),
        framework=_framework(doc, title, kind),
        title=title,
        organisation=organisation,
        meeting_date=meeting_date,
        publication_date=_publication_date(opening),
    )


def _opening_blocks(doc: LayoutDocument) -> list[TextBlock]:
    blocks = [b for b in doc.text_blocks() if b.prov.page is None or b.prov.page <= _FIRST_PAGES]
    return blocks[:60]


def _title(doc: LayoutDocument) -> str | None:
    """The most prominent heading of the first page."""
    candidates = [b for b in _opening_blocks(doc)[:25] if is_heading_like(b) and len(b.text.split()) <= 20]
    if not candidates:
        return None
    best = max(candidates, key=lambda b: (b.style.size or 0, -candidates.index(b)))
    return clean(best.text)


def _kind(doc: LayoutDocument, title: str | None, opening: str, has_meeting: bool) -> DocKind:
    heading_text = " ".join([title or ""] + [clean(b.text) for b in _opening_blocks(doc)[:25] if is_heading_like(b)])
    if has_meeting or _SCRUTINY.search(heading_text):
        return DocKind.SCRUTINY_PACK
    if _RESPONSE_TITLE.search(heading_text) or any(_is_response_table(t) for t in doc.tables()):
        return DocKind.FORCE_RESPONSE
    if _CHILD_PROTECTION.search(heading_text) or _CHILD_PROTECTION.search(opening[:2000]):
        return DocKind.CHILD_PROTECTION_REPORT
    if _PEEL.search(heading_text) or _PEEL.search(opening[:2000]):
        return DocKind.PEEL_REPORT
    if _INSPECTION.search(opening):
        return DocKind.INSPECTION_REPORT
    return DocKind.UNKNOWN


def _is_response_table(table: Table) -> bool:
    """A table quoting an inspection's recommendations or AFIs beside the
    force's response to each."""
    header = " | ".join(words(c.text) for c in table.row_cells(0))
    return "response" in header and bool(re.search(r"recommendation|\bafi\b|improvement|concern", header))


def _force(doc: LayoutDocument, title: str | None, organisation: str | None) -> str | None:
    """The commissioner's force for a pack, else the force the document
    names most (title mentions weigh more)."""
    for text in [organisation or "", *(clean(b.text) for b in _opening_blocks(doc))]:
        m = _COMMISSIONER.search(text)
        if m:
            force = _police_area_force(m.group("area"))
            if force:
                return force.name
    named: Counter[str] = Counter()
    for mention in find_forces(title or ""):
        named[mention.force.name] += 5
    for block in doc.text_blocks():
        for mention in find_forces(block.text):
            named[mention.force.name] += 1
    return named.most_common(1)[0][0] if named else None


def _police_area_force(area_text: str) -> Force | None:
    """The force of "Cleveland", "Devon, Cornwall and the Isles of Scilly
    c/o ...": the longest leading run of words naming a police area."""
    tokens = area_text.split()
    for n in range(min(len(tokens), 8), 0, -1):
        force = force_of_police_area(" ".join(tokens[:n]))
        if force:
            return force
    return None


def _framework(doc: LayoutDocument, title: str | None, kind: DocKind) -> str | None:
    """The framework the title names, else the one headings and short lines
    name most."""
    if title and framework_cue(title):
        return framework_cue(title)
    cues: Counter[str] = Counter()
    for block in doc.text_blocks():
        if is_heading_like(block) or len(block.text.split()) <= 12:
            cue = framework_cue(clean(block.text))
            if cue:
                cues[cue] += 1
    if cues:
        return cues.most_common(1)[0][0]
    if kind is DocKind.CHILD_PROTECTION_REPORT:
        return framework_cue("national child protection")
    return None


def _publication_date(opening: str) -> date | None:
    """The date after "Published on:" or "Date of publication" on the first pages."""
    for m in _PUBLISHED.finditer(opening):
        found = find_dates(opening[m.end():m.end() + 40])
        if found and found[0].start == 0:
            return found[0].value
    return None
