"""The document as a whole: its kind, force, framework, title and dates,
worked out once and given to every extractor as the DocumentContext."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from extractors.context import DocumentContext
from extractors.dates import find_dates, parse_month
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
# Lines of a cover that are not its title: the issuing office, labels of the
# meeting's particulars, a contents or agenda heading.
_NOT_TITLE = re.compile(r"^(?:office of\b|(?:date|time|venue|location|present|apologies|attendees)\b.*:|"
                        r"(?:date|time|venue|agenda|minutes|contents|attendees|apologies)$)", re.I)
_TITLE_LINES = 4  # a title set over several lines ("PEEL 2023-25" / "Police effectiveness ..." / "An inspection of ...")
_SECTION_NUMBER = re.compile(r"^\(?\d+(?:\.\d+)*[.)]?\s")  # "1. Purpose of the report" opens the body, not the title
_DATE_LABEL = re.compile(r"^(?:date|dated|issued)\s*:?\s*", re.I)


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
        publication_date=_publication_date(doc) or (
            None if kind is DocKind.SCRUTINY_PACK or meeting_date else _cover_date(doc)),
    )


def _opening_blocks(doc: LayoutDocument) -> list[TextBlock]:
    blocks = [b for b in doc.text_blocks() if b.prov.page is None or b.prov.page <= _FIRST_PAGES]
    return blocks[:60]


def _title(doc: LayoutDocument) -> str | None:
    """The document's own title (the meeting's or the report's), not the
    office that issued it: the most prominent heading of the opening pages
    that is neither an organisation, a label nor a date, with the title
    lines set right under it ("PEEL 2023-25" / "Police effectiveness,
    efficiency and legitimacy" / "An inspection of Kent Police")."""
    opening = _opening_blocks(doc)[:25]
    candidates = [b for b in opening if _may_be_title(b)]
    if not candidates:
        return None
    best = max(candidates, key=lambda b: (b.style.size or 0, -candidates.index(b)))
    lines = [best]
    for block in opening[opening.index(best) + 1:]:
        if (len(lines) == _TITLE_LINES or block.prov.page != best.prov.page or not _may_be_title(block)
                or (block.style.size or 0) <= (doc.body_size or 0) or _SECTION_NUMBER.match(clean(block.text))):
            break
        lines.append(block)
    return " ".join(clean(b.text) for b in lines)


def _may_be_title(block: TextBlock) -> bool:
    text = clean(block.text)
    return (is_heading_like(block) and len(text.split()) <= 20 and not _NOT_TITLE.match(text)
            and not _COMMISSIONER.search(text) and not _is_date_line(text) and not _opens_with_date(text))


def _opens_with_date(text: str) -> bool:
    """A line of the meeting's particulars ("Tuesday 22 April 2025, 10:00 to 12:00, Headquarters")."""
    found = find_dates(text)
    return bool(found) and found[0].start == 0


def _is_date_line(text: str) -> bool:
    return len(text.split()) <= 8 and bool(find_dates(text) or parse_month(text))


def _kind(doc: LayoutDocument, title: str | None, opening: str, has_meeting: bool) -> DocKind:
    headings = [title or ""] + [clean(b.text) for b in _opening_blocks(doc)[:25] if is_heading_like(b)]
    heading_text = " ".join(headings)
    if has_meeting or _SCRUTINY.search(heading_text):
        return DocKind.SCRUTINY_PACK
    # one heading must say it is a response: "response to" in one heading and "inspection" in another do not
    if any(_RESPONSE_TITLE.search(h) for h in headings) or any(_is_response_table(t) for t in doc.tables()):
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
    c/o ...": the longest leading run of words naming a police area, else
    the longest run naming one further in ("Leicester, Leicestershire and
    Rutland": a commissioner's title may list a city before the county)."""
    tokens = area_text.split()[:8]
    for start in range(len(tokens)):
        for n in range(len(tokens) - start, 0, -1):
            force = force_of_police_area(" ".join(tokens[start:start + n]).strip(",;"))
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


def _cover_date(doc: LayoutDocument) -> date | None:
    """A report's or response's date printed alone near its title ("12 June
    2025", "Date: 28 March 2025")."""
    for block in _opening_blocks(doc)[:25]:
        text = _DATE_LABEL.sub("", clean(block.text))
        found = find_dates(text)
        if _is_date_line(text) and found and found[0].start == 0:
            return found[0].value
    return None


def _publication_date(doc: LayoutDocument) -> date | None:
    """The date a line of the first pages opens with "Published:" or "Date of
    publication" for. A sentence's "the report, published on ..." dates the
    report a paper quotes, not the paper."""
    for block in _opening_blocks(doc):
        text = clean(block.text)
        m = _PUBLISHED.match(text)
        found = find_dates(text[m.end():m.end() + 40]) if m else []
        if found and found[0].start == 0:
            return found[0].value
    return None
