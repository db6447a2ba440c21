"""Symbol fonts' characters as the marks they show.

ZapfDingbats, Symbol and Wingdings number their glyphs with character codes
that are not Unicode: a tick is code 0x33 in ZapfDingbats. Without a
ToUnicode map pdfminer decodes such a font by the Standard encoding, so the
tick reads "3", a filled square "n"; with one, office suites map each code
to U+F000 + code, a private-use character. Both are turned back into the
code and looked up in the font's table (symbol_fonts.json).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pdfplumber
from pdfminer.encodingdb import EncodingDB
from pdfminer.pdftypes import resolve1

_TABLES: dict[str, dict[int, str]] = {
    name: {int(code): char for code, char in table.items()}
    for name, table in json.loads((Path(__file__).with_name("symbol_fonts.json")).read_text("utf-8")).items()
    if not name.startswith("_")
}
_STANDARD_CODE = {char: code for code, char in EncodingDB.std2unicode.items()}
_CID = re.compile(r"^\(cid:(\d+)\)$")
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FONT_TABLES = (  # font name, subset prefix stripped and lowercased -> its table
    (re.compile(r"^(itc)?zapfdingbats|^dingbats"), "ZapfDingbats"),
    (re.compile(r"^symbol(mt|ps)?([,-]|$)"), "Symbol"),
    (re.compile(r"^wingdings\W?2"), "Wingdings 2"),
    (re.compile(r"^wingdings(?!\W?3)"), "Wingdings"),
)


def fonts_without_unicode_map(page: pdfplumber.page.Page) -> frozenset[str]:
    """Names of the page's fonts that carry no ToUnicode map: only their
    characters are pdfminer's guesses by the Standard encoding."""
    fonts = resolve1((page.page_obj.resources or {}).get("Font")) or {}
    names = set()
    for spec in fonts.values():
        spec = resolve1(spec)
        if isinstance(spec, dict) and "ToUnicode" not in spec:
            name = resolve1(spec.get("BaseFont"))
            names.add(getattr(name, "name", str(name)))
    return frozenset(names)


@lru_cache(maxsize=256)
def _table_of(fontname: str) -> str | None:
    bare = _SUBSET.sub("", fontname).lower().replace(" ", "")
    return next((table for pattern, table in _FONT_TABLES if pattern.search(bare)), None)


def _private_code(char: str) -> int | None:
    return ord(char) & 0xFF if "\uf000" <= char <= "\uf0ff" else None


def _unexpand_ligatures(text: str) -> str:
    """pdfplumber spells the Standard encoding's ligatures (codes 0xAE,
    0xAF) as two letters; in a symbol font they are one code."""
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def _guessed_code(char: str, table: str) -> int | None:
    """The character code behind what pdfminer read from a font with no
    Unicode map: by the Standard encoding for a Type 1 symbol font, by
    Windows' code page for a TrueType Wingdings."""
    if table in ("ZapfDingbats", "Symbol"):
        return _STANDARD_CODE.get(char)
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def decode_symbols(text: str, fontname: str, unmapped_fonts: frozenset[str]) -> str:
    """The marks a word set in a symbol font shows. Characters a ToUnicode
    map decoded are kept, but private-use ones, which name only a code."""
    table = _table_of(fontname) if fontname else None
    if table is None:
        # An unnamed or substituted font still says a symbol font's code by a private-use character.
        return "".join(_TABLES["private_use"].get(_private_code(ch) or -1, ch) for ch in text)
    glyphs = _TABLES[table]
    cid = _CID.match(text)
    if cid:
        return glyphs.get(int(cid.group(1)), text)
    # Wingdings' codes are its Latin letters whoever decoded them: no text is set in Wingdings.
    guessed = fontname in unmapped_fonts or table.startswith("Wingdings")
    if guessed and table in ("ZapfDingbats", "Symbol"):
        text = _unexpand_ligatures(text)
    shown = []
    for char in text:
        code = _private_code(char)
        if code is None and guessed:
            code = _guessed_code(char, table)
        shown.append(glyphs.get(code, char) if code is not None else char)
    return "".join(shown)
