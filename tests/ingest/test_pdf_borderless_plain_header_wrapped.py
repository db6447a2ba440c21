"""A borderless table whose header row is plain (not bold, no band), its
first cell left empty over a narrow column of question numbers and one
heading wrapped over two lines: the wrapped heading is one cell of one
header row, so the header names the columns, not a row of its own with
one word in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm

from pipeline.ingest import read_document
from pipeline.layout import Table
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf
from tests.ingest.pdf_builders import borderless, para, read, story_pdf

ROWS = [["", "Question", "Brief Summary of Evidence", "Decision of the Panel"],
        ["Q1", "How many vans were stolen from building sites last year, and how does that compare?",
         "Forty-one vans were reported stolen, against fifty-five the year before; most were recovered.", "Assured"],
        ["Q2", "What is the team doing to mark tools so that they can be returned to their owners?",
         "A marking scheme started in March; uptake among small firms is low so far.", "Partly assured"],
        ["Q3", "How quickly are stolen tools logged on the national database?",
         "No figures were given for the time taken to log them.", "Not assured"]]


def test_a_plain_header_wrapped_over_two_lines_is_one_row() -> None:
    header = [para(text, space_after=0) for text in ROWS[0]]  # plain: ``borderless`` sets a string header bold
    doc = read(story_pdf([para("Notes of the Panel", size=13, bold=True),
                          borderless([header, *ROWS[1:]], [30, 150, 110, 120], band=False)]))
    assert [table.grid() for table in doc.tables()] == [ROWS]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_a_word_table_with_borders_off_and_a_wrapped_plain_header(tmp_path: Path) -> None:
    document = new_document()
    document.add_heading("Notes of the Panel", level=2)
    table = add_table_of_widths(document, ROWS, [Cm(1.2), Cm(5.0), Cm(3.6), Cm(4.0)])
    for run in (run for cell in table.rows[0].cells for run in cell.paragraphs[0].runs):
        run.bold = False  # a plain header, as the pack prints it
    pdf = office_pdf(document, tmp_path / "notes.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    assert [b.grid() for b in layout.blocks if isinstance(b, Table)] == [ROWS]
