"""Parallel text in Welsh and English, as Welsh Language Standards packs lay it out.

A pack may set its pages in two columns, the Welsh on one side and its
English twin on the other, as a borderless two-column table. A reader reads
one language: such a table is read as its English column's paragraphs, in
the flow where the table stood. Languages are told apart by their small
words ("the", "and", "of" against "y", "yr", "gan"), so a key | value table
in English alone is never taken for one. A ruled table may also print each
cell twice, the Welsh and then the English: ``english_half`` reads such a
cell's text for the extractors.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.layout import Block, LayoutDocument, Span, Table, TextBlock

_ENGLISH_WORDS = frozenset("the and of to in for on with is was were are by at from that this be has have not".split())
# Welsh function words no English text uses ("a", "i" and "am" are words of both).
_WELSH_WORDS = frozenset("y yr yn ac ar gan ei eu wedi bod fod nid ddim gyda hefyd mae oedd roedd dydd "
                         "a'r i'r o'r sy'n ein eich".split())
_MIN_WORDS = 2  # small words of its own language a column must hold


def _small_words(text: str, vocabulary: frozenset[str]) -> int:
    return sum(1 for word in re.findall(r"[a-z\u00c0-\u017f]+(?:['\u2019][a-z]+)?", text.lower().replace("\u2019", "'"))
               if word in vocabulary)


def english_column(table: Table) -> int | None:
    """The English column of a borderless two-column table of parallel text
    (every row filled on both sides, one column Welsh); None for any other."""
    if table.ruled or table.n_cols != 2 or table.n_rows < 2 or len(table.cells) != table.n_rows * 2:
        return None
    if any(c.col_span != 1 or c.row_span != 1 or not c.text.strip() for c in table.cells):
        return None
    columns = ["\n".join(c.text for c in table.cells if c.col == col) for col in (0, 1)]
    english = [_small_words(text, _ENGLISH_WORDS) for text in columns]
    welsh = [_small_words(text, _WELSH_WORDS) for text in columns]
    for col, other in ((0, 1), (1, 0)):
        if english[col] >= _MIN_WORDS and welsh[other] >= _MIN_WORDS and english[other] * 3 <= english[col] \
                and welsh[col] * 3 <= welsh[other]:
            return col
    return None


def read_english_side(layout: LayoutDocument) -> LayoutDocument:
    """``layout`` with each parallel-text table read as its English column.
    Where the column opens by carrying on a sentence the page before broke
    off ("... a plan to reduce" / "delays in confirming ..."), the two are
    one paragraph, placed where it starts."""
    blocks: list[Block] = []
    changed = False
    for block in layout.blocks:
        col = english_column(block) if isinstance(block, Table) else None
        if col is None:
            blocks.append(block)
            continue
        changed = True
        english = [b for cell in sorted(block.cells, key=lambda c: c.row) if cell.col == col for b in cell.blocks]
        if english and blocks and _carries_on(blocks[-1], english[0]):
            last = blocks.pop()
            english[0] = dataclasses.replace(last, spans=(*last.spans, Span(" ", last.spans[-1].style), *english[0].spans))
        blocks += english
    return dataclasses.replace(layout, blocks=tuple(blocks)) if changed else layout


def _carries_on(before: Block, after: TextBlock) -> bool:
    """Whether ``after`` is the rest of the sentence ``before`` broke off."""
    if not isinstance(before, TextBlock) or after.marker or before.kind is not after.kind:
        return False
    return not re.search(r"[.!?:;]\s*$", before.text) and after.text[:1].islower()


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u017f])")


def english_half(text: str) -> str:
    """The English of a cell that prints its text twice, Welsh and English,
    one after the other: as two paragraphs, or two halves of one paragraph's
    sentences ("Rhannwyd ar 5 Tachwedd 2026. Shared on 5 November 2026.").
    The half with more English small words than Welsh ones; ``text`` as it
    is where the halves cannot be told apart."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    units = paragraphs if len(paragraphs) >= 2 else _SENTENCE.split(text.strip())
    if len(units) < 2 or len(units) % 2:
        return text
    halves = [" ".join(units[:len(units) // 2]), " ".join(units[len(units) // 2:])]
    english = [_small_words(h, _ENGLISH_WORDS) for h in halves]
    welsh = [_welsh_signs(h) for h in halves]
    # the half dropped must read as Welsh and the half kept must not: an English cell of two sentences stays whole
    for kept, dropped in ((0, 1), (1, 0)):
        if welsh[dropped] > english[dropped] and english[kept] >= welsh[kept] and welsh[kept] < welsh[dropped]:
            return halves[kept]
    return text


# Welsh word endings English rarely has: the article joined on ("canlyniadau'r") and the plural "-au"/"-iau".
_WELSH_ENDING = re.compile(r"[a-z](?:['\u2019]r|au)\b")


def _welsh_signs(text: str) -> int:
    """Welsh small words and Welsh word endings in ``text``."""
    return _small_words(text, _WELSH_WORDS) + len(_WELSH_ENDING.findall(text.lower()))


def reads_as_welsh(text: str) -> bool:
    """Whether a paragraph is written in Welsh (the Welsh copy of an
    English paragraph beside it): more Welsh signs than English small words."""
    return _welsh_signs(text) > _small_words(text, _ENGLISH_WORDS)
