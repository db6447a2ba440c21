"""Table helpers shared by extractors: recognising a table by its header
words, reading rows as cells, and loading the wording vocabularies.

Packs of different offices name the same column differently ("Decision of
PCC", "PCC Decision", "Outcome", "Level of assurance"), so a column is found
by any of several header phrases, matched on normalised words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extractors.text import clean, strip_bullet
from pipeline.layout import Table, TextBlock

VOCAB_DIR = Path(__file__).resolve().parents[1] / "schemas" / "vocab"
_NON_WORD = re.compile(r"[^a-z0-9?#]+")


@cache
def load_vocab(name: str) -> dict[str, Any]:
    """A vocabulary file of schemas/vocab (read once; it is data, not input)."""
    return json.loads((VOCAB_DIR / name).read_text(encoding="utf-8"))


def words(text: str) -> str:
    """Lower-case words separated by single spaces, punctuation dropped."""
    return _NON_WORD.sub(" ", clean(text).lower()).strip()


@dataclass(frozen=True, slots=True)
class Header:
    """Where a recognised header sits: the row it ends on and the column of
    each role that was found."""

    row: int
    columns: dict[str, int]

    @property
    def first_body_row(self) -> int:
        return self.row + 1


def header_matches(text: str, phrases: tuple[str, ...]) -> bool:
    """True when a header cell's words hold one of ``phrases`` as whole words."""
    cell_words = f" {words(text)} "
    return any(f" {phrase} " in cell_words for phrase in phrases)


def find_header(table: Table, roles: dict[str, tuple[str, ...]], required: tuple[str, ...],
                max_rows: int = 3) -> Header | None:
    """The header of ``table``: the first of its top rows whose cells name
    every ``required`` role. A role matches the leftmost unclaimed cell whose
    words hold one of its phrases; roles are tried in the order given, so list
    the more specific first."""
    grid = table.grid()
    for row in range(min(max_rows, table.n_rows)):
        texts = dict(enumerate(grid[row]))
        if sum(1 for t in texts.values() if t.strip()) < len(required):
            continue
        columns: dict[str, int] = {}
        for role, phrases in roles.items():
            for col, text in texts.items():
                if col in columns.values() or len(text) > 60:
                    continue
                if header_matches(text, phrases):
                    columns[role] = col
                    break
        if all(role in columns for role in required):
            return Header(row, columns)
    return None


def blocks_text(blocks: tuple[TextBlock, ...] | list[TextBlock], sep: str = "\n") -> str:
    """The blocks' cleaned text, bullets dropped, joined by ``sep``."""
    parts = [strip_bullet(clean(b.text)) for b in blocks]
    return sep.join(p for p in parts if p)


def is_full_width(table: Table, row: int) -> bool:
    """True for a row made of one cell spanning every column (a group
    heading inside a table)."""
    cells = table.row_cells(row)
    return len(cells) == 1 and cells[0].col_span >= table.n_cols > 1
