"""A Word table printed with the borders off whose header row is shaded,
made a PDF by LibreOffice (a front sheet's agenda): the shading draws the
header's cells as boxes of their own, but the header and the rows under it
are read as one table, its first row the header."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm

from pipeline.ingest import read_document
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf, shade_cell

AGENDA = [["No.", "Item", "Lead"], ["1.", "Welcome and apologies", "Chair"],
          ["2.", "Notes and actions of the last meeting", "Head of Policy"], ["3.", "Burglary", "ACC Local Policing"],
          ["4.", "Any other business", "All"]]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@pytest.mark.parametrize("numbered", [True, False], ids=["number column", "no number column"])
def test_a_shaded_header_row_and_the_rows_under_it_are_one_table(tmp_path: Path, numbered: bool) -> None:
    rows = AGENDA if numbered else [row[1:] for row in AGENDA]
    widths = [Cm(1.5), Cm(10.0), Cm(5.5)][-len(rows[0]):]
    document = new_document()
    document.add_heading("Accountability Meeting", level=1)
    document.add_paragraph("Topic: Burglary")
    table = add_table_of_widths(document, rows, widths)
    for cell in table.rows[0].cells:
        shade_cell(cell, "D9D9D9")
    document.add_paragraph("Papers for each item are published on the Commissioner's website a week before the "
                           "meeting, with the notes of the last one.")
    pdf = office_pdf(document, tmp_path / "agenda.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    assert [(t.grid(), t.header_rows) for t in layout.tables()] == [(rows, 1)]
