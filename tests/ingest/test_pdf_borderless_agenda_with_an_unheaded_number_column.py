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


ENQUIRIES = [["", "Line of enquiry", "Police response", "Conclusion"],
             ["LOE1", "How many people were hurt on the roads this year?", "Nine hundred, down six per cent.",
              "Reassured"],
             ["LOE2", "How are speed cameras used on the worst roads?", "Cameras cover four of the ten routes.",
              "Partly reassured"],
             ["LOE3", "Are drivers using mobile phones prosecuted?", "The force could not give the number.",
              "Not reassured"]]


@pytest.mark.parametrize("band", [True, False])
def test_a_header_over_an_unheaded_column_of_references_a_cell_gap_from_the_rows_heads_the_table(band: bool) -> None:
    """The references ("LOE1") fill their narrow column, closer to the text beside them than a column-wide gap."""
    doc = read(story_pdf([para("Road harm", size=12, bold=True), borderless(ENQUIRIES, [36, 170, 170, 90], band=band)]))
    assert [table.grid() for table in doc.tables()] == [ENQUIRIES]
