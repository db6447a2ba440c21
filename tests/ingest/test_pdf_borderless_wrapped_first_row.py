"""A borderless table whose header is a table of its own (a ruled or shaded
header row over rows printed with the borders off): its first body row's
cells wrapped over lines are one row, the lines under the first leaving the
first column (the reference) empty, as every later row's are; a row that
leaves the first column empty a row's gap down stays a row of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm

from pipeline.ingest import read_document
from pipeline.layout import Table
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf, shade_cell
from tests.ingest.pdf_builders import colors, grid, para, read, story_pdf

LOG = [["Ref", "Meeting", "Action", "Update"],
       ["ABC 07", "12 January 2031", "Report the number of rural 999 calls answered within ten seconds.",
        "Figures reported to the Commissioner on 2 February. Action closed."],
       ["ABC 09", "12 January 2031", "Share the evaluation of the mental health triage car.",
        "Evaluation still with the university; expected in June."],
       ["ABC 12", "9 March 2031", "Produce a recovery plan for the dashcam portal backlog.",
        "Plan drafted; backlog reduced from 900 to 410 submissions. Work continues."]]
_PADDING = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]


def _grids(tables: list[Table]) -> list[list[str]]:
    return [row for table in tables for row in table.grid()]


def _reportlab_log(rows: list[list[str]], widths: list[float]) -> list[list[str]]:
    """``rows`` under a shaded, ruled header row of their own, the body borderless, read back."""
    header = grid([[para(text, bold=True, space_after=0) for text in rows[0]]], widths,
                  [*_PADDING, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))])
    body = grid([[para(text, space_after=0) for text in row] for row in rows[1:]], widths, _PADDING, ruled=False)
    doc = read(story_pdf([para("Action log", size=12, bold=True), header, body]))
    return _grids(list(doc.tables()))


def test_reportlab_log_under_a_header_of_its_own_keeps_its_first_row_whole() -> None:
    assert _reportlab_log(LOG, [50, 70, 130, 150]) == LOG


def test_a_row_leaving_the_first_column_empty_a_rows_gap_down_stays_a_row() -> None:
    """A merged Topic cell prints only on its group's first row: the next row
    leaves it empty but stands a row's gap down, so it is a row of its own."""
    rows = [["Topic", "Action", "Update", "Status"],
            ["Youth violence", "Share the knife crime prevention plan for the summer.", "Plan shared on 1 August.",
             "Complete"],
            ["", "Set a target for testing after reports of spiking.", "Target of 60% under discussion.", "Ongoing"]]
    assert _reportlab_log(rows, [90, 170, 130, 60]) == rows


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_word_log_with_borders_off_printed_by_libreoffice(tmp_path: Path) -> None:
    """A Word table with no borders, its header row shaded (read as a table of its own), printed by LibreOffice."""
    document = new_document()
    document.add_heading("Action log", level=2)
    table = add_table_of_widths(document, LOG, [Cm(2.2), Cm(2.2), Cm(4.2), Cm(4.2)])
    for cell in table.rows[0].cells:
        shade_cell(cell, "D9D9D9")
    pdf = office_pdf(document, tmp_path / "log.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    assert _grids([b for b in layout.blocks if isinstance(b, Table)]) == LOG
