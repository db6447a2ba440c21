"""A borderless question grid with three narrow level columns, one marked
with an "X" on each row: each heading nearly fills its column, so the
white between "Assured" and the next heading, "Partly" over "assured",
is narrower than column-wide gaps, and a column marked once a row starts
too few lines for the columns read from the text. The marks under each
heading keep the headings apart: seven columns, each row's mark under its
own level."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from reportlab.pdfbase.pdfmetrics import stringWidth

from pipeline.ingest import read_document
from pipeline.layout import Table
from tests.ingest.docx_builders import add_landscape_section, add_table_of_widths, new_document, office_pdf
from tests.ingest.pdf_builders import BOLD, LANDSCAPE, borderless, para, read, register_fonts, story_pdf

HEADER = ["Ref", "Question", "Summary of response", "Assured", "Partly assured", "Not assured", "Comment"]
QUESTIONS = [("2.1", "How quickly are emergency calls answered at the weekend?",
              "Ninety per cent within ten seconds, up from eighty-one.", 0, "Keep the weekend rota as it is."),
             ("2.2", "What has changed in the handling of repeat callers?",
              "A named officer now calls back each repeat caller within a day.", 1, "Wants the call-back times reported."),
             ("2.3", "How many non-emergency calls were abandoned last quarter?",
              "The figure could not be given; two systems count calls differently.", 2, "Figures are due next time."),
             ("2.4", "Will the new switchboard be funded next year?",
              "Funding waits on the budget review.", None, "Deferred to the budget review.")]


def _rows() -> list[list[str]]:
    rows = [HEADER]
    for ref, question, response, column, comment in QUESTIONS:
        marks = ["", "", ""]
        if column is not None:
            marks[column] = "X"
        rows.append([ref, question, response, *marks, comment])
    return rows


def _level_grid(blocks) -> list[list[str]]:
    [table] = [block for block in blocks if isinstance(block, Table)]
    return [[row[0], *row[3:6]] for row in table.grid()]


EXPECTED = [["Ref", "Assured", "Partly assured", "Not assured"], ["2.1", "X", "", ""], ["2.2", "", "X", ""],
            ["2.3", "", "", "X"], ["2.4", "", "", ""]]


@pytest.mark.parametrize("band", [True, False])
def test_narrow_level_columns_keep_their_headings_apart_over_the_marks(band: bool) -> None:
    # each level column as wide as bold "Assured" and its padding, a point or two to spare: "Partly assured" wraps
    register_fonts()
    level = stringWidth("Assured", BOLD, 10) + 10
    pdf = story_pdf([para("2. Call handling", size=13, bold=True),
                     borderless(_rows(), [34, 190, 200, level, level, level, 170], band=band)], pagesize=LANDSCAPE)
    doc = read(pdf)
    assert _level_grid(doc.blocks) == EXPECTED


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_narrow_level_columns_from_word_keep_their_headings_apart(tmp_path: Path) -> None:
    document = new_document()
    add_landscape_section(document)
    document.add_heading("2. Call handling", level=2)
    level = Pt(62)  # bold "Assured" at Word's 11 points and the cell margins, a point or so to spare
    table = add_table_of_widths(document, _rows(), [Pt(34), Pt(190), Pt(200), level, level, level, Pt(170)])
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    pdf = office_pdf(document, tmp_path / "levels.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    assert _level_grid(layout.blocks) == EXPECTED
