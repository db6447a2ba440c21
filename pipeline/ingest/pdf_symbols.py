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
from typing import TypeVar

import pdfplumber
from pdfminer.encodingdb import EncodingDB
from pdfminer.pdfexceptions import PDFException
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException
from pdfminer.psparser import PSLiteral

_TABLES: dict[str, dict[int, str]] = {
    name: {int(code): char for code, char in table.items()}
    for name, table in json.loads((Path(__file__).with_name("symbol_fonts.json")).read_text("utf-8")).items()
    if not name.startswith("_")
}
_Kind = TypeVar("_Kind")
_CID = re.compile(r"^\(cid:(\d+)\)$")
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FONT_TABLES = (  # font name, subset prefix stripped and lowercased -> its table
    (re.compile(r"^(itc)?zapfdingbats|^dingbats"), "ZapfDingbats"),
    (re.compile(r"^symbol(mt|ps)?([,-]|$)"), "Symbol"),
    (re.compile(r"^wingdings\W?2"), "Wingdings 2"),
    (re.compile(r"^wingdings(?!\W?3)"), "Wingdings"),
)


def fonts_without_unicode_map(page: pdfplumber.page.Page) -> dict[str, dict[str, int]]:
    """The page's fonts (its forms' too) that carry no ToUnicode map, by
    name: for each, pdfminer's reading of a code -> the code. pdfminer reads
    such a font by its Encoding (Differences applied), else by the Standard
    encoding. Malformed entries are skipped, as pdfminer skips them."""
    unmapped: dict[str, dict[str, int]] = {}
    pending, seen = [page.page_obj.resources], set()
    while pending:
        resources = _resolved(pending.pop(), dict)
        if id(resources) in seen:
            continue
        seen.add(id(resources))
        for spec in _resolved(resources.get("Font"), dict).values():
            spec = _resolved(spec, dict)
            if spec and "ToUnicode" not in spec:
                name = _resolved(spec.get("BaseFont"), object)
                unmapped[getattr(name, "name", str(name))] = _codes_of(_resolved(spec.get("Encoding"), object))
        for xobject in _resolved(resources.get("XObject"), dict).values():
            attrs = getattr(_resolved(xobject, object), "attrs", {})
            if "Resources" in attrs:
                pending.append(attrs["Resources"])
    return unmapped


def _resolved(value: object, kind: type[_Kind]) -> _Kind:
    """value, its references followed, if it is a kind; else an empty kind:
    odd bytes in a font resource cost the symbol reading, not the document."""
    try:
        value = resolve1(value)
    except (PDFException, PSException):
        value = None
    return value if isinstance(value, kind) else kind()


def _codes_of(encoding: object) -> dict[str, int]:
    base, differences = "StandardEncoding", ()
    if isinstance(encoding, dict):
        base = getattr(_resolved(encoding.get("BaseEncoding"), object), "name", base)
        # Only codes and glyph names count in Differences (as pdfminer reads them); they also key the cache.
        differences = tuple(entry for entry in (_resolved(d, object) for d in _resolved(encoding.get("Differences"), list))
                            if isinstance(entry, (int, PSLiteral)))
    elif encoding is not None:
        base = getattr(encoding, "name", base)
    return _inverse(base if base in EncodingDB.encodings else "StandardEncoding", differences)


@lru_cache(maxsize=64)
def _inverse(base: str, differences: tuple[object, ...]) -> dict[str, int]:
    decoded = EncodingDB.get_encoding(base, differences or None)
    return {char: code for code, char in sorted(decoded.items(), reverse=True)}  # the lowest code wins


@lru_cache(maxsize=256)
def _table_of(fontname: str) -> str | None:
    bare = _SUBSET.sub("", fontname).lower().replace(" ", "")
    return next((table for pattern, table in _FONT_TABLES if pattern.search(bare)), None)


def _private_code(char: str) -> int | None:
    return ord(char) & 0xFF if "\uf000" <= char <= "\uf0ff" else None


def _latin_code(char: str) -> int | None:
    """A character's code in Windows' Latin code page: Wingdings' codes
    decoded as the letters they stand in for."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def _unexpand_ligatures(text: str) -> str:
    """pdfplumber spells a ligature an encoding decodes a code to ("fi",
    Standard 0xAE) as two letters; in a symbol font it is one code."""
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def decode_symbols(text: str, fontname: str, unmapped_fonts: dict[str, dict[str, int]]) -> str:
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
    codes = unmapped_fonts.get(fontname)
    if codes is not None:
        text = _unexpand_ligatures(text)
    # Wingdings' codes are its Latin letters whoever decoded them: no text is set in Wingdings.
    latin = table.startswith("Wingdings")
    shown = []
    for char in text:
        code = _private_code(char)
        if code is None and codes is not None:
            code = codes.get(char)
        if code is None and latin:
            code = _latin_code(char)
        shown.append(glyphs.get(code, char) if code is not None else char)
    return "".join(shown)
