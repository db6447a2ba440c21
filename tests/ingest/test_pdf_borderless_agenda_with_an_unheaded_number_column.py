"""A borderless agenda whose bold header leaves its first cell empty over a
column of bare item numbers ("" | Item | Officer over "1" | title | name):
the numbers are a column of their own, as the rows alone read them, so the
header is the table's header row over all three columns, not a heading
standing apart from a table without one."""

from __future__ import annotations

import pytest

from tests.ingest.pdf_builders import borderless, para, read, story_pdf

ROWS = [["", "Item", "Officer"],
        ["1", "Welcome and apologies", "Chair"],
        ["2", "Notes of the last meeting and the action log", "Head of Governance"],
        ["3", "Rural crime: thefts of farm machinery", "Assistant Chief Constable"],
        ["4", "Quarterly performance report", "Director of Policing"],
        ["5", "Any other business", ""]]


@pytest.mark.parametrize("band", [True, False])
def test_an_agenda_header_over_an_unheaded_number_column_heads_the_table(band: bool) -> None:
    doc = read(story_pdf([para("Accountability Meeting", size=16, bold=True),
                          borderless(ROWS, [36, 300, 130], band=band)]))
    tables = list(doc.tables())
    assert [table.grid() for table in tables] == [ROWS]
    assert tables[0].header_rows == 1
    assert not [b for b in doc.blocks if b.kind.name == "HEADING" and "Officer" in b.text]
