"""A borderless question table whose last row reportlab splits over a page
break with no header on the next page: the comment in italics under the
level, in the last column, goes on at the top of the next page in lower
case. It is the end of that cell, read with its row, not an aside set
beside the body (an aside opens a sentence; these lines carry one on)."""

from __future__ import annotations

import pytest

from extractors.tables import join_continued_rows
from pipeline.layout import Table
from tests.ingest.pdf_builders import Spacer, borderless, para, read, story_pdf

QUESTION = ("The force has piloted drones in searches for missing people in two areas. Please describe the results of "
            "the pilot, how many searches used each tool, and whether the force intends to extend the approach.")
RESPONSE = "Drones were used in 64 searches. Median time to locate fell from nine hours to five in the pilot areas."
COMMENT = ("The Commissioner supports extending the pilot subject to the usual data protection review and a report "
           "to the next meeting.")


@pytest.mark.parametrize("room", [455, 470, 530])
def test_an_italic_comment_carried_over_a_page_break_stays_in_its_cell(room: float) -> None:
    earlier = [[f"Q{n}", f"How many reports of type {n} were made last year?", f"{n * 120} reports were made.",
                [para("<b>Assured</b>", space_after=2), para("<i>The figures are complete.</i>", space_after=0)]]
               for n in (1, 2, 3)]
    rows = [["Q", "Question", "Force response", "Assessment"], *earlier,
            ["Q4", QUESTION, RESPONSE, [para("<b>Assured</b>", space_after=2), para(f"<i>{COMMENT}</i>", space_after=0)]]]
    table = borderless(rows, [30, 233, 136, 84])
    table.splitInRow = 1
    doc = read(story_pdf([para("Minutes", 14, True), Spacer(1, room), table, para("Actions: none.")]))
    assert not doc.asides
    tables = [block for block in doc.blocks if isinstance(block, Table)]
    assert len(tables) == 1 and tables[0].pages == (1, 2)
    row = join_continued_rows(tables[0]).grid()[4]
    assert [" ".join(cell.split()) for cell in row] == ["Q4", QUESTION, RESPONSE, f"Assured {COMMENT}"]
