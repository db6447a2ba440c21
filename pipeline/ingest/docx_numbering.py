"""Word list numbering: the marker each numbered paragraph shows.

Word stores no rendered numbers, only definitions (w:abstractNum levels with
a format and a text such as "%1." or "%1.%2)") and the paragraphs that use
them. Markers are therefore computed by counting, in document order, per
numbering instance (w:num) and level, the way Word renders them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docx.oxml.ns import qn
from lxml.etree import _Element

from pipeline.ingest.docx_styles import symbol_text

_MAX_LEVELS = 9
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True, slots=True)
class LevelDefinition:
    start: int
    number_format: str  # w:numFmt: decimal, lowerLetter, bullet, ...
    text: str  # w:lvlText, "%1." or a bullet character
    font: str | None  # the marker's font, for Symbol/Wingdings bullets
    legal: bool  # w:isLgl: every level's number shown in decimal
    restarts: bool  # False when w:lvlRestart is 0: never restart after a higher level


def _to_letters(number: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa..
    if number <= 0:
        return str(number)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _to_roman(number: int) -> str:
    if number <= 0:
        return str(number)
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def format_number(number: int, number_format: str) -> str:
    if number_format == "lowerLetter":
        return _to_letters(number)
    if number_format == "upperLetter":
        return _to_letters(number).upper()
    if number_format == "lowerRoman":
        return _to_roman(number)
    if number_format == "upperRoman":
        return _to_roman(number).upper()
    if number_format == "decimalZero":
        return f"{number:02d}"
    if number_format == "none":
        return ""
    return str(number)  # decimal, and the fallback for exotic formats


def _int_attr(element: _Element | None, default: int, attribute: str = "w:val") -> int:
    if element is None:
        return default
    try:
        return int(element.get(qn(attribute), default))
    except ValueError:
        return default


def _parse_level(lvl: _Element) -> LevelDefinition:
    fmt = lvl.find(qn("w:numFmt"))
    text = lvl.find(qn("w:lvlText"))
    fonts = lvl.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    restart = lvl.find(qn("w:lvlRestart"))
    return LevelDefinition(
        start=_int_attr(lvl.find(qn("w:start")), 0 if fmt is not None and fmt.get(qn("w:val")) == "decimalZero" else 1),
        number_format=fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
        text=text.get(qn("w:val"), "") if text is not None else "",
        font=fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) if fonts is not None else None,
        legal=lvl.find(qn("w:isLgl")) is not None,
        restarts=_int_attr(restart, 1) != 0,
    )


class Numbering:
    """The numbering part of one document, with the running counters."""

    def __init__(self, numbering_element: _Element | None, style_num_ids: dict[str, str]) -> None:
        """``style_num_ids`` maps numbering-style ids to the numId they carry,
        to follow abstract definitions that only link to a numbering style."""
        self._abstract: dict[str, _Element] = {}
        self._instances: dict[str, tuple[str, dict[int, _Element], dict[int, int]]] = {}
        if numbering_element is not None:
            for abstract in numbering_element.iterchildren(qn("w:abstractNum")):
                self._abstract[abstract.get(qn("w:abstractNumId"), "")] = abstract
            for num in numbering_element.iterchildren(qn("w:num")):
                abstract_id = num.find(qn("w:abstractNumId"))
                if abstract_id is None:
                    continue
                level_overrides: dict[int, _Element] = {}
                start_overrides: dict[int, int] = {}
                for override in num.iterchildren(qn("w:lvlOverride")):
                    ilvl = _int_attr(override, 0, "w:ilvl")
                    if (lvl := override.find(qn("w:lvl"))) is not None:
                        level_overrides[ilvl] = lvl
                    if (start := override.find(qn("w:startOverride"))) is not None:
                        start_overrides[ilvl] = _int_attr(start, 1)
                self._instances[num.get(qn("w:numId"), "")] = (
                    abstract_id.get(qn("w:val"), ""), level_overrides, start_overrides)
        self._style_num_ids = style_num_ids
        self._levels: dict[str, dict[int, LevelDefinition]] = {}
        self._counters: dict[str, list[int | None]] = {}

    def is_list(self, num_id: str | None) -> bool:
        """numId 0 (or one without a definition) means "no numbering"."""
        return bool(num_id) and num_id != "0" and num_id in self._instances

    def _abstract_levels(self, abstract_id: str, depth: int = 0) -> dict[int, LevelDefinition]:
        abstract = self._abstract.get(abstract_id)
        if abstract is None:
            return {}
        levels = {_int_attr(lvl, 0, "w:ilvl"): _parse_level(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))}
        link = abstract.find(qn("w:numStyleLink"))
        if not levels and link is not None and depth < 3:
            linked_num = self._style_num_ids.get(link.get(qn("w:val"), ""))
            if linked_num in self._instances:
                return self._abstract_levels(self._instances[linked_num][0], depth + 1)
        return levels

    def levels(self, num_id: str) -> dict[int, LevelDefinition]:
        if num_id not in self._levels:
            abstract_id, level_overrides, start_overrides = self._instances[num_id]
            levels = dict(self._abstract_levels(abstract_id))
            for ilvl, lvl in level_overrides.items():
                levels[ilvl] = _parse_level(lvl)
            for ilvl, start in start_overrides.items():
                if ilvl in levels:
                    levels[ilvl] = replace(levels[ilvl], start=start)
            self._levels[num_id] = levels
        return self._levels[num_id]

    def next_marker(self, num_id: str, ilvl: int) -> str | None:
        """Count this paragraph and return its marker ("1.", "a)", "•"), or
        None when the level shows nothing."""
        levels = self.levels(num_id)
        ilvl = max(0, min(ilvl, _MAX_LEVELS - 1))
        counters = self._counters.setdefault(num_id, [None] * _MAX_LEVELS)
        level = levels.get(ilvl)
        counters[ilvl] = (level.start if level else 1) if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            deeper_level = levels.get(deeper)
            if deeper_level is None or deeper_level.restarts:
                counters[deeper] = None
        if level is None:
            return None
        if level.number_format == "bullet":
            return symbol_text(level.text, level.font).strip() or None
        marker = level.text
        for shown in range(ilvl + 1):
            placeholder = f"%{shown + 1}"
            if placeholder in marker:
                shown_level = levels.get(shown)
                number = counters[shown] if counters[shown] is not None else (shown_level.start if shown_level else 1)
                fmt = "decimal" if level.legal else (shown_level.number_format if shown_level else "decimal")
                marker = marker.replace(placeholder, format_number(number, fmt))
        return marker.strip() or None
