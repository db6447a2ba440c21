"""Lines of a borderless table's row that leave its first cell (the
reference) empty and stand closer to the line above than every row opening
with a reference stands: a second paragraph set a little apart in a cell (a
rating line, three points of space before it, under its question) and a
status centred or set at the foot of rows three lines deep (level with a
line of the row) stay in their row, not rows of their own."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from tests.ingest.pdf_builders import borderless, para, read, story_pdf, style

ROWS = [["Ref", "Question and rating", "Force response", "Comment"],
        ["AB1", ["How has the solved rate changed since forensic staff began attending every burglary?",
                 "Rating – Assured"],
         "The solved rate rose from 4% to 7% in a year; staff attend most burglaries within a day.",
         "The panel welcomed the rise."],
        ["AB2", ["What is being done about thefts of catalytic converters in the south?", "Rating – Partly assured"],
         "Thefts fell by a third after a joint operation with scrap dealers, which ended in April.",
         "She asked what replaces it."],
        ["AB3", ["How many victims of vehicle crime receive a visit from an officer?", "Rating – Not assured"],
         "The force could not give a figure; visits are not recorded separately.",
         "Recording is to be added to the crime system."]]


def _question_cell(question: str, rating: str) -> list[Paragraph]:
    apart = style(10, italic=True, space_after=0)
    apart.spaceBefore = 3
    return [para(question, space_after=0), Paragraph(rating, apart)]


def test_a_rating_set_apart_under_its_question_stays_in_the_question_cell() -> None:
    rows = [ROWS[0], *([ref, _question_cell(*question), *rest] for ref, question, *rest in ROWS[1:])]
    doc = read(story_pdf([para("Notes of the meeting", size=13, bold=True), borderless(rows, [40, 190, 160, 100])]))
    tables = list(doc.tables())
    assert len(tables) == 1
    read_rows = [[text.replace("\n", " ") for text in row] for row in tables[0].grid()]
    assert read_rows == [ROWS[0], *([ref, " ".join(question), *rest] for ref, question, *rest in ROWS[1:])]


LOG = [["Ref", "Action", "Update", "Status"],
       ["AB 31/01", "Share the results of the neighbourhood policing survey with the panel members.",
        "Results shared at the April panel; the survey will be repeated next spring.", "Complete"],
       ["AB 31/02", "Provide call abandonment rates for the non-emergency number by district.",
        "Four of the five districts provided; the fifth follows a system change.", "Open"],
       ["AB 31/03", "Publish the stop and search scrutiny panel's findings on the website.",
        "The panel has not met since January; the findings wait for its next meeting.", "Open"],
       ["AB 31/04", "Review the use of out-of-court disposals for low-level drug possession.",
        "Review under way with the scrutiny panel; a report is due in the autumn.", "Open"]]


@pytest.mark.parametrize("align", ["MIDDLE", "BOTTOM"])
def test_a_status_centred_or_at_the_foot_of_deep_rows_stays_in_its_row(align: str) -> None:
    doc = read(story_pdf([para("Action log", size=13, bold=True),
                          borderless(LOG, [56, 170, 190, 50], band=False,
                                     commands=[("VALIGN", (3, 1), (3, -1), align)])]))
    assert [table.grid() for table in doc.tables()] == [LOG]
