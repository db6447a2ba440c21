"""A tracker with no status column whose status is a coloured dot set before
the reference in the Ref cell ("● SB 38/33"), read against a key line of
coloured dots ("Key: ● complete ● in progress ● overdue"): each row's status
is its dot's colour as the key names it (``glyph_colour``, whatever the
update's words say), and the reference is exported without the dot; on a
Word file, the PDF LibreOffice makes of it and a borderless reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import RGBColor
from files import AS_PUBLISHED, BODY, H1, published, records
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

KEY = (("00B050", "complete"), ("FFC000", "in progress"), ("FF0000", "overdue (the dot before each reference)"))
HEADER = ["Ref", "Raised", "Action", "Update"]
# The dot's colour, and the row: the first two updates read the other way from their dots.
ROWS = [("00B050", ["SB 38/33", "18/08/2038", "Publish the enforcement figures by ward.",
                    "The figures will be published next month."]),
        ("FFC000", ["SB 38/34", "18/08/2038", "Consult parish councils on community speed watch.",
                    "Consultation closed on 30 September 2038."]),
        ("FF0000", ["SB 38/40", "13/10/2038", "Report missing episodes of children at risk of exploitation.",
                    "A report is being built."])]
EXPECTED = [("SB 38/33", "complete", "glyph_colour"), ("SB 38/34", "outstanding", "glyph_colour"),
            ("SB 38/40", "outstanding", "glyph_colour")]


def _word() -> Document:
    document = Document()
    document.add_heading("Scrutiny and Assurance Board", level=1)
    document.add_paragraph("Wednesday 8 December 2038")
    document.add_heading("Action log", level=2)
    key = document.add_paragraph("Key: ")
    for colour, meaning in KEY:
        key.add_run("\u25cf ").font.color.rgb = RGBColor.from_string(colour)
        key.add_run(f"{meaning} ")
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, heading in zip(table.rows[0].cells, HEADER):
        cell.text = heading
    for colour, (ref, *rest) in ROWS:
        cells = table.add_row().cells
        reference = cells[0].paragraphs[0]
        reference.add_run("\u25cf ").font.color.rgb = RGBColor.from_string(colour)
        reference.add_run(ref)
        for cell, text in zip(cells[1:], rest):
            cell.text = text
    return document


def _reportlab(path: Path) -> Path:
    dot = "<font color='#{}'>\u25cf</font>"
    key = "Key: " + " ".join(f"{dot.format(colour)} {meaning}" for colour, meaning in KEY)
    rows = [[Paragraph(text, BODY) for text in HEADER]] + [
        [Paragraph(f"{dot.format(colour)} {ref}", BODY), *(Paragraph(text, BODY) for text in rest)]
        for colour, (ref, *rest) in ROWS]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Scrutiny and Assurance Board", H1), Paragraph("Wednesday 8 December 2038", BODY),
         Paragraph("Action log", H1), Paragraph(key, BODY), Table(rows, colWidths=[80, 80, 280, 280])])
    return path


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_dot_before_the_reference_in_a_word_log_is_the_rows_status(tmp_path: Path, form: str) -> None:
    found = sorted(records(published(_word(), tmp_path / "log.docx", form))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == EXPECTED


def test_a_dot_before_the_reference_in_a_borderless_pdf_log_is_the_rows_status(tmp_path: Path) -> None:
    found = sorted(records(_reportlab(tmp_path / "log.pdf"))["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == EXPECTED
