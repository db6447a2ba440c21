"""A borderless question grid whose numbers print "1.", "2." ... a
column-wide gap from the question, its header row shaded (read as a table of
its own) and repeated at the top of the next page, printed from Word by
LibreOffice: the number is the row's own column, not a list marker joining
it to the question (the question's wrapped lines then read as rows of their
own), and the row a page break splits carries on under the repeated header,
its number cell left on the page before, as one row with the question and
response whole (where the break leaves text in three of its columns: two
are too few to tell a table's rows from lines of text, as yet)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm

from extractors.tables import join_continued_rows
from pipeline.ingest import read_document
from pipeline.layout import Table
from tests.ingest.docx_builders import add_table_of_widths, mark_header_row, new_document, office_pdf, shade_cell

QUESTIONS = [["No.", "Question", "Evidence", "Decision"],
             ["1.", "How has the force improved the quality of risk assessments at domestic incidents?",
              "A new form went live in June; supervisors review every high-risk case within a day. An audit found "
              "most forms fully completed.", "Assured"],
             ["2.", "How many protection orders have been applied for, and why were some refused by the courts?",
              "Forty-two orders were applied for and 35 granted. Refusals were not analysed.", "Partly assured"],
             ["3.", "How are victims kept informed when a suspect is released on bail or under investigation?",
              "Victims should be told within a day. A dip sample found this happened in only 58% of cases and the "
              "reasons were not recorded.", "Not assured"],
             ["4.", "What support is given to children who live in households where abuse is reported, and how does "
                    "the force make sure that schools are told before the next school day?",
              "Notifications are sent to schools by nine on the next school day. In the last quarter 1,214 were sent "
              "and 97% arrived on time; the late ones followed incidents on Sunday evenings, when the team is not on "
              "duty. Referrals to children's services are made for every child present at a high-risk incident, and "
              "the force has funded a children's adviser since April.",
              "Assured. The Commissioner asked that weekend cover for the team be considered before the summer."],
             ["5.", "How will the force measure the effect of the new team on repeat referrals?",
              "A baseline of referrals for each district has been set; the first review is due in the autumn.",
              "Partly assured"]]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@pytest.mark.parametrize("repeat", [True, False], ids=["header repeated", "header not repeated"])
@pytest.mark.parametrize("number_heading", ["No.", ""], ids=["headed", "unheaded"])
@pytest.mark.parametrize("filler", [0, 36])
def test_numbered_question_grid_split_by_a_page_break(tmp_path: Path, filler: int, number_heading: str,
                                                      repeat: bool) -> None:
    """The number column's header cell may be left empty (shaded with the
    others): a column all the same, its text inset as the others' is. Where
    the header is not repeated, the page opens with the end of the split
    row's cells, then rows whose "5." the page alone reads as its question's
    list marker: they are read in the columns of the table they carry on."""
    document = new_document()
    document.add_heading("3. Domestic abuse", level=2)
    for n in range(filler):
        document.add_paragraph(f"Line {n + 1} of the minutes before the questions.")
    header = [number_heading, *QUESTIONS[0][1:]]
    table = add_table_of_widths(document, [header, *QUESTIONS[1:]], [Cm(1.3), Cm(5.0), Cm(6.6), Cm(4.1)])
    for cell in table.rows[0].cells:
        shade_cell(cell, "D9D9D9")
    if repeat:
        mark_header_row(table.rows[0])
    document.add_paragraph("Actions: none.")
    pdf = office_pdf(document, tmp_path / "grid.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    rows = [row for block in layout.blocks if isinstance(block, Table) for row in join_continued_rows(block).grid()]
    # the header once, over the rows: not a table of its own, nor read again as a row where repeated
    assert rows == [header, *QUESTIONS[1:]]
