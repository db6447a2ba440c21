"""Colours as a reader of a pack names them: the one naming of a shading, a
glyph's or a word's colour ("#rrggbb", as the layout gives it) that the
extractors read against a pack's key (assurance ratings, action statuses).

A reader calls a pale and a strong green alike "green", however far apart
their hues, so a name is a band of hue; greys, near-whites and near-blacks
have no hue a reader would name.
"""

from __future__ import annotations

import colorsys
import re

RGB = tuple[int, int, int]

_HEX = re.compile(r"#?([0-9a-f]{6})")
# Upper hue bound (degrees, exclusive) of each name; from 330 degrees the circle is red again.
_HUE_BANDS = ((15.0, "red"), (50.0, "amber"), (70.0, "yellow"), (170.0, "green"), (260.0, "blue"), (330.0, "purple"))
# Below this HLS saturation a colour is a grey (Office's tan "Background 2" shades sit at 0.27).
_GREY_SATURATION = 0.3
# Outside these HLS lightnesses (exclusive) a colour is read as black or white, whatever its hue.
_DARKEST, _PALEST = 0.12, 0.93


def rgb(colour: str | None) -> RGB | None:
    """A "#rrggbb" colour's red, green and blue (0-255); None for no colour or
    anything else ("auto")."""
    m = _HEX.fullmatch((colour or "").strip().lower())
    if not m:
        return None
    value = m.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hls(colour: RGB) -> tuple[float, float, float]:
    """A colour's hue (degrees, 0 to 360), lightness and saturation (0 to 1)."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*(value / 255 for value in colour))
    return hue * 360, lightness, saturation


def colour_name(colour: str | None) -> str | None:
    """The name a reader gives a colour: red, amber, yellow, green, blue or
    purple; None for greys, near-whites and near-blacks, and for no colour."""
    values = rgb(colour)
    if values is None:
        return None
    hue, lightness, saturation = hls(values)
    if saturation < _GREY_SATURATION or not _DARKEST < lightness < _PALEST:
        return None
    return next((name for upper, name in _HUE_BANDS if hue < upper), "red")
