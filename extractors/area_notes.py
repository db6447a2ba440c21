"""A document's notes mapping its own names to the inspection's areas.

A force's plan may be organised by its own portfolios ("Public contact and
response¹") and give, in numbered notes under the table, the HMICFRS area
each answers for ("1 HMICFRS area: Responding to the public."). The note
number is printed after the name (a superscript the reader may give as a
trailing " 1"); the name alone, wherever else the document prints it (a
later table's Portfolio column), then stands for the noted area.
"""

from __future__ import annotations

import re

from extractors.per_document import per_document
from extractors.text import clean
from extractors.vocab import Area, key, match_area
from pipeline.layout import LayoutDocument

_SUPERSCRIPTS = str.maketrans("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u2070", "1234567890")
# "1 HMICFRS area: Responding to the public.", "2 Area – Preventing crime", "3 PEEL area: ...": a note naming an area
_NOTE = re.compile(r"^(?P<number>\d{1,2})\s+(?:(?:hmicfrs|peel|inspection)\s+)?area\s*(?::|\s[-\u2013\u2014]\s)\s*"
                   r"(?P<area>[^.:;]{3,80}?)\.?$", re.I)
_NOTES_BREAK = re.compile(r"\n|(?<=\.)\s+(?=\d{1,2}\s)")  # notes set as one paragraph, one a sentence
# "Public contact and response 1", "Crime and investigations³": a name with its note number after it
_NOTED_NAME = re.compile(r"^(?P<name>.*[^\d\s])\s*(?P<number>\d{1,2})$")
_NOTES = 2  # a key of notes maps two names at least; one numbered line is no key


@per_document
def noted_areas(doc: LayoutDocument, framework: str | None) -> dict[str, Area]:
    """Each name a table cell prints with a note number, by its words as
    ``key`` normalises them, mapped to the area the document's note of that
    number names; empty unless two names at least are so mapped."""
    notes: dict[str, Area] = {}
    for block in doc.text_blocks():
        for line in _NOTES_BREAK.split(clean(block.text.translate(_SUPERSCRIPTS))):
            m = _NOTE.match(line.strip())
            area = match_area(m.group("area"), framework) if m else None
            if area:
                notes[m.group("number")] = area
    found: dict[str, Area] = {}
    for table in doc.tables():
        for cell in table.cells:
            m = _NOTED_NAME.match(clean(cell.text.translate(_SUPERSCRIPTS)))
            if m and m.group("number") in notes and match_area(m.group("name"), framework) is None:
                found[key(m.group("name"))] = notes[m.group("number")]
    return found if len(found) >= _NOTES else {}


def noted_name(printed: str) -> str:
    """A cell's name less the note number printed after it ("Public
    contact and response" of "Public contact and response¹"), for looking
    it up in ``noted_areas``; a name with no number as printed."""
    m = _NOTED_NAME.match(clean(printed.translate(_SUPERSCRIPTS)))
    return m.group("name").strip() if m else clean(printed)
