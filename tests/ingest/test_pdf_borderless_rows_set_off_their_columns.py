"""A borderless question table that reportlab splits over a page break,
aligned left, printed with no header on the next page: reportlab sets the
split row and every row after it a few points off the columns, every cell
alike. Those rows are still the table's, on the page of the split and on
the next, where the row's end and the rows after it are too few to find
columns by: one table, each question whole beside its response and level."""

from __future__ import annotations

import pytest

from extractors.tables import join_continued_rows
from pipeline.layout import Table
from tests.ingest.pdf_builders import Spacer, borderless, para, read, story_pdf

RESPONSE = (" The force set out the figures by district, the partners involved in each area, and the changes made to "
            "tasking since the autumn, together with the results of its own inspection of a sample of cases. Officers "
            "described how neighbourhood teams share information with housing providers and how cases are closed.")
QUESTIONS = [f"How has the force changed its approach to problem {n} over the last year in each district?"
             for n in range(1, 6)]
LEVELS = ["Reasonable assurance", "Limited assurance", "Reasonable assurance", "No assurance", "Deferred"]


def _squashed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("room", [100, 150, 200], ids=["response split", "question split", "row after the split"])
def test_rows_set_off_the_columns_over_a_page_break_stay_the_tables(room: float) -> None:
    rows = [["", "Question", "Force response", "Commissioner's assurance"],
            *[[f"{n}.", question, f"Reports fell by {n}%." + RESPONSE,
               [para(f"<b>{level}</b>", space_after=2), para(f"<i>Comment {n}.</i>", space_after=0)]]
              for n, (question, level) in enumerate(zip(QUESTIONS, LEVELS), 1)]]
    table = borderless(rows, [21.5, 139.5, 214.7, 107.3])
    table.splitInRow, table.hAlign = 1, "LEFT"  # how reportlab sets the split row off the columns
    doc = read(story_pdf([para("Minutes", 14, True), Spacer(1, room), table, para("Actions: none.")]))
    tables = [block for block in doc.blocks if isinstance(block, Table)]
    assert len(tables) == 1 and tables[0].pages == (1, 2)
    read_rows = join_continued_rows(tables[0]).grid()[1:]
    assert [_squashed(row[0]) for row in read_rows] == QUESTIONS
    assert [_squashed(row[1]) for row in read_rows] == [f"Reports fell by {n}%." + RESPONSE for n in range(1, 6)]
    assert [row[2].split("\n") for row in read_rows] == [[level, f"Comment {n}."]
                                                         for n, level in enumerate(LEVELS, 1)]
