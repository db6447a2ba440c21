"""Text normalisation shared by extractors and the evaluator."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00a0": " ",
                         "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\-\*\u2013\u2014o\u00b7]\s+)+")
_SPACE = re.compile(r"\s+")


# Remembered, not recomputed: describe and every extractor clean the same
# block texts (a block is cleaned about 20 times over); the bound is well
# above the distinct texts of a 400-page document (8,000).
@lru_cache(maxsize=16384)
def clean(text: str) -> str:
    """Unicode-normalised text with straight quotes and single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text)


def normalise_for_match(text: str) -> str:
    """The form two texts are compared in: cleaned, bullets and trailing
    list punctuation ("; and", ";", ".") removed, lower case."""
    text = strip_bullet(clean(text)).lower()
    text = re.sub(r"(?:[;,.:]\s*(?:and|or)?\s*)$", "", text)
    return text.strip(" \"'")
