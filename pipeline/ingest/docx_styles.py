"""Word styles resolved once: run formatting through the style hierarchy,
heading levels and list numbering carried by paragraph styles.

The hierarchy, weakest first: document defaults -> table style -> paragraph
style (with its based-on chain) -> character style (with its chain) -> the
run's direct formatting. Each style's chain is resolved once and memoised;
a run only adds its own direct properties on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from docx.oxml.ns import qn
from lxml.etree import _Element

from pipeline.layout import Style

# Word's size when no level of the hierarchy sets one (w:sz default, ECMA-376 17.3.2.38).
DEFAULT_SIZE = 10.0
_FALSE_VALUES = {"0", "false", "off", "none"}
_HEX_COLOUR = re.compile(r"^[0-9a-fA-F]{6}$")
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
_NUMBERED_LIST_STYLE = re.compile(r"^list (?:bullet|number|continue)?\s*([2-9])$", re.I)

# w:highlight names (ECMA-376 17.18.40) as #rrggbb.
HIGHLIGHT_COLOURS = {
    "black": "#000000", "blue": "#0000ff", "cyan": "#00ffff", "green": "#00ff00",
    "magenta": "#ff00ff", "red": "#ff0000", "yellow": "#ffff00", "white": "#ffffff",
    "darkBlue": "#000080", "darkCyan": "#008080", "darkGreen": "#008000",
    "darkMagenta": "#800080", "darkRed": "#800000", "darkYellow": "#808000",
    "darkGray": "#808080", "lightGray": "#c0c0c0",
}

# Glyphs of the symbol fonts Word uses for bullets and status marks, by the
# low byte of their code (Word stores them as U+F0xx or as plain ASCII).
_SYMBOL_FONT_GLYPHS = {
    "symbol": {0xB7: "•", 0xA8: "♦", 0xD8: "¬"},
    "wingdings": {
        0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x76: "❖", 0x77: "⬥",
        0x9F: "•", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xE0: "→", 0xE8: "➔",
        0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
    },
    # the tick and boxes offices type from Wingdings 2 ("P" a tick, "R" a ticked box, "£" an empty one)
    "wingdings 2": {0x4F: "✗", 0x50: "✓", 0x52: "☑", 0x54: "☒", 0xA3: "☐"},
}


def symbol_text(text: str, font: str | None) -> str:
    """Text in a symbol font (Symbol, Wingdings) as the Unicode it shows."""
    table = _SYMBOL_FONT_GLYPHS.get((font or "").lower())
    if table is None:
        # Private-use characters outside a known symbol font are bullets in practice.
        return "".join("•" if 0xF000 <= ord(ch) <= 0xF0FF else ch for ch in text)
    return "".join(table.get(ord(ch) & 0xFF, ch) if ord(ch) < 0x100 or 0xF000 <= ord(ch) <= 0xF0FF else ch
                   for ch in text)


def normalise_colour(value: str | None) -> str | None:
    """A Word colour value ("FF0000", "auto") as "#rrggbb", None for automatic."""
    if value and _HEX_COLOUR.match(value):
        return "#" + value.lower()
    return None


def shading_colour(shd: _Element | None) -> str | None:
    """The colour a w:shd element paints: its fill, or its pattern colour when solid."""
    if shd is None:
        return None
    if shd.get(qn("w:val")) == "solid":
        return normalise_colour(shd.get(qn("w:color"))) or normalise_colour(shd.get(qn("w:fill")))
    return normalise_colour(shd.get(qn("w:fill")))


def is_on(element: _Element | None) -> bool | None:
    """An OOXML on/off property: None when absent, True unless its value says off."""
    if element is None:
        return None
    return element.get(qn("w:val"), "true").lower() not in _FALSE_VALUES


@dataclass(frozen=True, slots=True)
class RunFormat:
    """Run properties at one level of the hierarchy; None means "inherit"."""

    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    colour: str | None = None  # "#rrggbb", or "auto" to reset to automatic
    font: str | None = None
    background: str | None = None  # w:highlight or run shading, "#rrggbb"
    strike: bool | None = None  # w:strike or w:dstrike

    def over(self, base: RunFormat) -> RunFormat:
        """This level's properties on top of ``base``."""
        return RunFormat(
            bold=base.bold if self.bold is None else self.bold,
            italic=base.italic if self.italic is None else self.italic,
            size=base.size if self.size is None else self.size,
            colour=base.colour if self.colour is None else self.colour,
            font=base.font if self.font is None else self.font,
            background=base.background if self.background is None else self.background,
            strike=base.strike if self.strike is None else self.strike,
        )

    def toggled_over(self, base: RunFormat) -> RunFormat:
        """Style-on-style layering: bold, italic and strike are toggle properties
        (ECMA-376 17.7.3), so a bold character style in a bold paragraph
        style turns bold off, as Word shows it."""
        merged = self.over(base)
        return replace(
            merged,
            bold=(bool(base.bold) != bool(self.bold)) if self.bold else base.bold,
            italic=(bool(base.italic) != bool(self.italic)) if self.italic else base.italic,
            strike=(bool(base.strike) != bool(self.strike)) if self.strike else base.strike,
        )

    def to_style(self) -> Style:
        colour = None if self.colour == "auto" else self.colour
        return Style(bold=bool(self.bold), italic=bool(self.italic), size=self.size or DEFAULT_SIZE,
                     colour=colour, font=self.font, strike=bool(self.strike))


def parse_run_properties(rpr: _Element | None) -> RunFormat:
    """The properties a w:rPr element sets itself."""
    if rpr is None:
        return RunFormat()
    size = colour = font = background = None
    sz = rpr.find(qn("w:sz"))
    if sz is not None and (val := sz.get(qn("w:val"))):
        try:
            size = int(val) / 2
        except ValueError:
            size = None
    color = rpr.find(qn("w:color"))
    if color is not None:
        colour = normalise_colour(color.get(qn("w:val"))) or "auto"
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        font = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
    highlight = rpr.find(qn("w:highlight"))
    if highlight is not None:
        background = HIGHLIGHT_COLOURS.get(highlight.get(qn("w:val"), ""))
    background = background or shading_colour(rpr.find(qn("w:shd")))
    strike = is_on(rpr.find(qn("w:strike")))
    double = is_on(rpr.find(qn("w:dstrike")))
    return RunFormat(is_on(rpr.find(qn("w:b"))), is_on(rpr.find(qn("w:i"))), size, colour, font, background,
                     strike if double is None else bool(strike) or double)


@dataclass(frozen=True, slots=True)
class ParagraphStyleInfo:
    """What a paragraph style (through its based-on chain) says about structure."""

    name: str
    heading_level: int | None  # 1 = most prominent
    num_id: str | None  # numbering carried by the style
    ilvl: int | None
    list_depth: int | None  # nesting implied by the style's name ("List Bullet 2" -> 1)


class StyleSheet:
    """The styles part of one document, resolved on demand and memoised."""

    def __init__(self, styles_element: _Element | None) -> None:
        self._styles: dict[str, _Element] = {}
        self.default_paragraph_style: str | None = None
        self.default_table_style: str | None = None
        defaults = RunFormat()
        if styles_element is not None:
            for style in styles_element.iterchildren(qn("w:style")):
                style_id = style.get(qn("w:styleId"))
                if not style_id:
                    continue
                self._styles[style_id] = style
                if style.get(qn("w:default")) in {"1", "true", "on"}:
                    kind = style.get(qn("w:type"))
                    if kind == "paragraph":
                        self.default_paragraph_style = style_id
                    elif kind == "table":
                        self.default_table_style = style_id
            rpr_default = styles_element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
            defaults = parse_run_properties(rpr_default)
        self.defaults = defaults
        # Memoised per instance: the caches die with the document.
        self._chain_format = cache(self._chain_format_uncached)
        self.paragraph_info = cache(self._paragraph_info_uncached)
        self.base_format = cache(self._base_format_uncached)

    def _chain(self, style_id: str | None) -> list[_Element]:
        """The style and its based-on ancestors, most specific first (cycles cut)."""
        chain: list[_Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            based_on = style.find(qn("w:basedOn"))
            style_id = based_on.get(qn("w:val")) if based_on is not None else None
        return chain

    def _chain_format_uncached(self, style_id: str | None) -> RunFormat:
        result = RunFormat()
        for style in reversed(self._chain(style_id)):
            result = parse_run_properties(style.find(qn("w:rPr"))).over(result)
        return result

    def _base_format_uncached(self, table_style: str | None, paragraph_style: str | None,
                              character_style: str | None) -> RunFormat:
        """Formatting a run gets before its own direct properties."""
        result = self.defaults
        for style_id in (table_style, paragraph_style, character_style):
            if style_id:
                result = self._chain_format(style_id).toggled_over(result)
        return result

    def run_style(self, table_style: str | None, paragraph_style: str | None,
                  character_style: str | None, rpr: _Element | None) -> RunFormat:
        return parse_run_properties(rpr).over(self.base_format(table_style, paragraph_style, character_style))

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        name = style.find(qn("w:name")) if style is not None else None
        return name.get(qn("w:val"), "") if name is not None else ""

    def _paragraph_info_uncached(self, style_id: str | None) -> ParagraphStyleInfo:
        chain = self._chain(style_id)
        heading_level = num_id = ilvl = None
        for style in chain:  # most specific first: the first value found wins
            name = self.name(style.get(qn("w:styleId")))
            ppr = style.find(qn("w:pPr"))
            if heading_level is None and ppr is not None:
                outline = ppr.find(qn("w:outlineLvl"))
                if outline is not None and outline.get(qn("w:val"), "").isdigit():
                    level = int(outline.get(qn("w:val")))
                    heading_level = level + 1 if level < 9 else 0  # 9 is "body text"
            if heading_level is None:
                if match := _HEADING_NAME.match(name):
                    heading_level = int(match.group(1))
                elif name.lower() == "title":
                    heading_level = 1
            if ppr is not None:
                num_pr = ppr.find(qn("w:numPr"))
                if num_pr is not None:
                    num = num_pr.find(qn("w:numId"))
                    lvl = num_pr.find(qn("w:ilvl"))
                    if num_id is None and num is not None:
                        num_id = num.get(qn("w:val"))
                    if ilvl is None and lvl is not None and lvl.get(qn("w:val"), "").isdigit():
                        ilvl = int(lvl.get(qn("w:val")))
        name = self.name(style_id)
        # "List Bullet 2" nests by being its own indented single-level list, not by w:ilvl.
        match = _NUMBERED_LIST_STYLE.match(name) if num_id else None
        list_depth = int(match.group(1)) - 1 if match else None
        return ParagraphStyleInfo(name, heading_level or None, num_id, ilvl, list_depth)

    def numbering_style_num_ids(self) -> dict[str, str]:
        """Numbering styles and the numId each carries (for w:numStyleLink)."""
        out: dict[str, str] = {}
        for style_id, style in self._styles.items():
            if style.get(qn("w:type")) == "numbering":
                num_id = self.paragraph_info(style_id).num_id
                if num_id:
                    out[style_id] = num_id
        return out

    def table_borders(self, style_id: str | None) -> list[_Element]:
        """Border elements a table style (through its chain) defines."""
        borders: list[_Element] = []
        for style in self._chain(style_id):
            found = style.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}")
            if found is not None:
                borders.extend(found)
                break
        return borders
