"""The PDF backend on a borderless Word table set with "Exactly" line
spacing tighter than its text, saved as PDF by LibreOffice: every line,
a row's first as well as its wrapped ones, then reaches up into the line
above. A row still starts its own row; only a mark reaching up into a
cell its row left empty (a dot centred on a wrapped row,
test_pdf_unruled_scale_chart.py) joins the row above."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Pt, Twips

from pipeline.ingest.pdf import read_pdf

from .docx_builders import add_table_of_widths, office_pdf

_ROWS = [("Ref", "Action", "Owner", "Due"),
         ("1", "Review the terms of reference of the scrutiny panel and report on its membership",
          "Chief Inspector", "30/06/2025"),
         ("2", "Circulate the draft plan", "Head of Finance", "31/07/2025"),
         ("3", "Provide figures on repeat victims of domestic abuse by area and by month",
          "Superintendent", "30/09/2025"),
         ("4", "Update on training", "HR Director", "31/08/2025")]
_WIDTHS = [Twips(800), Twips(4000), Twips(2200), Twips(1600)]


def _office_pdf(path: Path) -> Path:
    """The table in Word, 11 point text on lines exactly 10 points apart, no
    borders and Word's default cell margins (none above or below), saved as
    PDF by LibreOffice."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Sans", Pt(11)
    spacing = normal.paragraph_format
    spacing.space_before, spacing.space_after = Pt(0), Pt(0)
    spacing.line_spacing_rule, spacing.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(10)
    document.add_paragraph("Actions arising from the last meeting are listed below.")
    add_table_of_widths(document, _ROWS, _WIDTHS)
    document.add_paragraph("The board noted the actions.")
    return office_pdf(document, path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_rows_on_exact_line_spacing_tighter_than_their_text_stay_rows(tmp_path: Path) -> None:
    path = _office_pdf(tmp_path / "actions.pdf")
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    # The premise: each line's words reach up into the line above, a row's first line too.
    tops = sorted({round(w["top"], 1) for w in words})
    height = min(w["bottom"] - w["top"] for w in words)
    assert all(b - a < height for a, b in zip(tops, tops[1:]))
    data = path.read_bytes()
    (table,) = read_pdf(path, data, hashlib.sha256(data).hexdigest()).tables()
    assert table.grid() == [list(row) for row in _ROWS]
