"""A document's own key to the abbreviations it gives its areas of policing.

A plan or tracker short of room prints "RTTP" or "Leadership & FM" in its
Area column and spells each out once, in a key: a line ("Key: PPPT – Police
powers and public treatment; PC – Preventing crime; ...") or a two-column
table (abbreviation | area). Only the document's own key makes letters an
area: "PC" is Preventing crime in one plan and a police constable in the
next paper.
"""

from __future__ import annotations

import re

from extractors.text import clean
from extractors.vocab import Area, key, match_area
from pipeline.layout import LayoutDocument

# "Key:", "Abbreviations:", "Area key –" before the entries of a key line
_KEY_LABEL = re.compile(r"^\s*(?:(?:area\s+)?key|abbreviations?(?:\s+used)?|glossary)\s*(?::|\s[-\u2013\u2014]\s)\s*",
                        re.I)
# "PPPT – Police powers and public treatment", "IC = Investigating crime", "PVP: Protecting vulnerable people"
_ENTRY = re.compile(r"^(?P<short>[^:=\u2013\u2014]{1,24}?)\s*(?:=|:|\s[-\u2013\u2014]\s)\s*(?P<name>\S.*?)\s*\.?$")
# entries part at a semicolon or line break; a sentence after the last entry ("... management. Merseyside's report
# is expected ...") parts at its full stop
_ENTRY_BREAK = re.compile(r";|\n|\.\s+(?=[A-Z])")
_SHORT_WORDS = 3  # "Leadership & FM": an abbreviation is a few words at most
_KEY_ENTRIES = 2  # a key spells out two abbreviations at least; one "X – Y" is a sentence's aside


def area_abbreviations(doc: LayoutDocument, framework: str | None = None) -> dict[str, Area]:
    """Each abbreviation a key of the document spells out as an area, by its
    words as ``key`` normalises them ("leadership and fm" of "Leadership &
    FM"). A key line or key table counts only when two of its entries at
    least are abbreviations of areas."""
    found: dict[str, Area] = {}
    for block in doc.text_blocks():
        text = clean(block.text)
        if not text:
            continue
        body = _KEY_LABEL.sub("", text)
        entries = [e for part in _ENTRY_BREAK.split(body) if (e := _entry(part, framework))]
        if len(entries) >= _KEY_ENTRIES:
            found.update(entries)
    for table in doc.tables():
        if table.n_cols != 2:
            continue
        rows = [_pair(*(clean(c.text.replace("\n", " ")) for c in table.row_cells(row)), framework)
                for row in range(table.n_rows) if len(table.row_cells(row)) == 2]
        entries = [e for e in rows if e]
        if len(entries) >= _KEY_ENTRIES:
            found.update(entries)
    return found


def keyed_area(printed: str, abbreviations: dict[str, Area]) -> Area | None:
    """The area an abbreviation as printed ("RTTP") stands for by the
    document's key, or None."""
    return abbreviations.get(key(printed)) if printed else None


def _entry(text: str, framework: str | None) -> tuple[str, Area] | None:
    m = _ENTRY.match(text.strip())
    return _pair(m.group("short"), m.group("name"), framework) if m else None


def _pair(short: str, name: str, framework: str | None) -> tuple[str, Area] | None:
    """An abbreviation and the area its spelt-out name names, where the
    abbreviation is one: a few words, shorter than the name, opening with the
    name's first letter, and no area's name itself."""
    short, name = short.strip(), name.strip().rstrip(".")
    area = match_area(name, framework)
    if (area is None or not short or len(short.split()) > _SHORT_WORDS or len(short) >= len(name)
            or short[0].lower() != name[0].lower() or match_area(short, framework)):
        return None
    return key(short), area
