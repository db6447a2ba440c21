"""PDF words and lines: pdfplumber words with their style, grouped into lines.

Style is worked out once per (font, size, colour) triple, not per word: a
document uses a handful of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.ingest.pdf_symbols import decode_symbols
from pipeline.layout import BBox, Style

WORD_ATTRS = ["fontname", "size", "non_stroking_color"]

_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|,bd\b|-bd\b", re.I)
_ITALIC = re.compile(r"italic|oblique|,it\b|-it\b|-bdit\b|-boldit\b", re.I)
_SUBSET = re.compile(r"^[A-Z]{6}\+")
# pdfplumber's name for a glyph its font maps to no character, and the mark a
# standalone one leaves (a bullet drawn in a font without a Unicode map)
_UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")
UNMAPPED = "\ufffd"


def normalise_colour(value: object) -> str | None:
    """A PDF fill colour (gray, RGB or CMYK tuple) as "#rrggbb"; None for
    patterns and anything else that has no single colour."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        value = (value,)
    if not isinstance(value, (tuple, list)) or not all(isinstance(v, (int, float)) for v in value):
        return None
    comps = [min(1.0, max(0.0, float(v))) for v in value]
    if len(comps) == 1:
        r = g = b = comps[0]
    elif len(comps) == 3:
        r, g, b = comps
    elif len(comps) == 4:
        c, m, y, k = comps
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return "#{:02x}{:02x}{:02x}".format(*(round(v * 255) for v in (r, g, b)))


@lru_cache(maxsize=4096)
def make_style(fontname: str | None, size: float | None, colour: str | None) -> Style:
    font = _SUBSET.sub("", fontname) if fontname else None
    return Style(
        bold=bool(font and _BOLD.search(font)),
        italic=bool(font and _ITALIC.search(font)),
        size=round(size, 1) if size else None,
        colour=colour,
        font=font,
    )


def _colour_key(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


@lru_cache(maxsize=4096)
def _style_for(fontname: str | None, size: float | None, colour_key: object) -> Style:
    return make_style(fontname, size, normalise_colour(colour_key))


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    style: Style

    @property
    def x_mid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def y_mid(self) -> float:
        return (self.top + self.bottom) / 2


def to_words(raw_words: Iterable[dict], unmapped_fonts: dict[str, dict[str, int]]) -> list[Word]:
    """pdfplumber word dicts (extracted with WORD_ATTRS) as styled Words;
    unmapped_fonts: the page's fonts without a ToUnicode map (fonts_without_unicode_map)."""
    words = []
    for w in raw_words:
        fontname = w.get("fontname") or ""
        shown = decode_symbols(w["text"], fontname, unmapped_fonts)
        if _UNMAPPED_GLYPH.match(shown):
            shown = UNMAPPED  # a symbol standing alone: a bullet if it opens a line, else dropped
        elif not shown.strip() or shown.startswith("(cid:"):
            continue
        style = _style_for(fontname or None, w.get("size"), _colour_key(w.get("non_stroking_color")))
        words.append(Word(shown, w["x0"], w["x1"], w["top"], w["bottom"], style))
    return words


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right. Its extent, main size and
    weight are worked out once, as the later stages ask for them often."""

    words: list[Word]
    page: int
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    size: float = field(init=False)  # the size of most of the line's characters
    bold: bool = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = self.words[0].x0
        self.x1 = max(w.x1 for w in self.words)
        self.top = min(w.top for w in self.words)
        self.bottom = max(w.bottom for w in self.words)
        self.size = _dominant((w.style.size or 0.0, len(w.text)) for w in self.words)
        self.bold = _share(self.words, lambda s: s.bold) >= 0.8

    @property
    def bbox(self) -> BBox:
        return BBox(self.x0, self.top, self.x1, self.bottom)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)



def _dominant(weighted: Iterable[tuple[float, int]]) -> float:
    totals: dict[float, int] = {}
    for value, weight in weighted:
        totals[value] = totals.get(value, 0) + weight
    return max(totals, key=totals.__getitem__) if totals else 0.0


def _share(words: Sequence[Word], test) -> float:
    total = sum(len(w.text) for w in words)
    return sum(len(w.text) for w in words if test(w.style)) / total if total else 0.0


def group_lines(words: list[Word], page: int) -> list[Line]:
    """Words grouped into lines, top to bottom. A word joins a line when its
    vertical middle falls inside the line's extent (so superscripts and a
    larger first word stay on their line)."""
    lines: list[Line] = []
    open_lines: list[tuple[float, float, list[Word]]] = []
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        mid = word.y_mid
        for i, (top, bottom, members) in enumerate(open_lines):
            if top - 1 <= mid <= bottom + 1:
                members.append(word)
                open_lines[i] = (min(top, word.top), max(bottom, word.bottom), members)
                break
        else:
            # Lines further up than this word can take no more words.
            still_open = []
            for top, bottom, members in open_lines:
                if bottom < word.top:
                    lines.append(Line(sorted(members, key=lambda w: w.x0), page))
                else:
                    still_open.append((top, bottom, members))
            open_lines = still_open + [(word.top, word.bottom, [word])]
    lines.extend(Line(sorted(members, key=lambda w: w.x0), page) for _, _, members in open_lines)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def split_segments(line: Line, min_gap: float) -> list[list[Word]]:
    """A line cut where the space between two words is at least ``min_gap``:
    the pieces of a line that crosses table columns or page columns."""
    segments: list[list[Word]] = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:]):
        if word.x0 - prev.x1 >= min_gap:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def body_size(lines: Iterable[Line]) -> float | None:
    """The most common text size by characters, to half a point."""
    totals: dict[float, int] = {}
    for line in lines:
        for w in line.words:
            if w.style.size:
                key = round(w.style.size * 2) / 2
                totals[key] = totals.get(key, 0) + len(w.text)
    return max(totals, key=totals.__getitem__) if totals else None


# A strike-through crosses a word between these shares of its height from the
# top (an underline sits lower, at or below the baseline).
_STRIKE_BAND = (0.3, 0.75)
_STRIKE_MAX_THICKNESS = 2.0  # points: thicker is a shaded band, not a line


def strike_marks(segments: Iterable[dict], words: list[Word]) -> list[dict]:
    """The thin horizontal lines or rectangles (pdfplumber objects) that
    strike through words, marking those words' styles struck. A mark counts
    when at least half its length runs through the middle of words; a table
    rule between rows runs through none."""
    marks = []
    for seg in segments:
        thickness = seg["bottom"] - seg["top"]
        length = seg["x1"] - seg["x0"]
        if thickness > _STRIKE_MAX_THICKNESS or length < 3:
            continue
        y = (seg["top"] + seg["bottom"]) / 2
        crossed = [w for w in words if w.x0 < seg["x1"] and w.x1 > seg["x0"]
                   and w.top + _STRIKE_BAND[0] * (w.bottom - w.top) <= y <= w.top + _STRIKE_BAND[1] * (w.bottom - w.top)]
        covered = sum(min(w.x1, seg["x1"]) - max(w.x0, seg["x0"]) for w in crossed)
        if not crossed or covered < 0.5 * length:
            continue
        marks.append(seg)
        for w in crossed:
            if min(w.x1, seg["x1"]) - max(w.x0, seg["x0"]) >= 0.5 * (w.x1 - w.x0):
                w.style = replace(w.style, strike=True)
    return marks

