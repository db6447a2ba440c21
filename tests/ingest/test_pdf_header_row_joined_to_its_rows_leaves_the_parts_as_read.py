"""Joining a header row that stands as a table of its own to the borderless
rows right under it (``headed_rows``) makes a new table and leaves the
rows' table as it was read: the reader may still hold it, and its rows must
not shift a row lower."""

from __future__ import annotations

from pipeline.ingest.pdf_tables import RawCell, RawTable, headed_rows
from pipeline.ingest.pdf_text import Word
from pipeline.layout import BBox, Style

PLAIN, BOLD = Style(size=10), Style(bold=True, size=10)


def _word(text: str, x0: float, top: float, style: Style = PLAIN) -> Word:
    return Word(text, x0, x0 + 6 * len(text), top, top + 10, style)


def _rows(page: int, top: float) -> RawTable:
    """Two borderless rows "RB 1 | Share the plan" and "RB 2 | Audit the hubs" from ``top``."""
    cells = [RawCell(row, col, BBox(x, top + 14 * row, x + 150, top + 14 * row + 10), page,
                     words=[_word(text, x, top + 14 * row)])
             for row, texts in enumerate((("RB1", "Share"), ("RB2", "Audit")))
             for col, (x, text) in enumerate(zip((50, 200), texts))]
    return RawTable(page=page, bbox=BBox(50, top, 350, top + 24), col_edges=[50, 200, 350], n_rows=2, cells=cells,
                    ruled=False, pages=[page])


def _rows_as_read(table: RawTable) -> list[tuple[int, int, str]]:
    return [(cell.row, cell.col, cell.text) for cell in table.cells]


def test_a_header_table_joined_to_its_rows_leaves_the_rows_table_as_read() -> None:
    header = RawTable(page=1, bbox=BBox(50, 100, 350, 112), col_edges=[50, 200, 350], n_rows=1, ruled=True,
                      cells=[RawCell(0, 0, BBox(50, 100, 200, 112), 1, words=[_word("Ref", 52, 101, BOLD)]),
                             RawCell(0, 1, BBox(200, 100, 350, 112), 1, words=[_word("Action", 202, 101, BOLD)])],
                      pages=[1])
    rows = _rows(1, 114)
    before = _rows_as_read(rows)
    joined = headed_rows(header, rows)
    assert joined is not None and [(c.row, c.text) for c in joined.cells] == [
        (0, "Ref"), (0, "Action"), (1, "RB1"), (1, "Share"), (2, "RB2"), (2, "Audit")]
    assert _rows_as_read(rows) == before

