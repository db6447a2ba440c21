"""The PDF backend on a whole word that fills its line in a narrow table
column, ending within a letter of the cell's edge: the line's geometry is
then the same as for a word broken there ("Developing" over "a positive
workplace" looks like "Developin" over "g"). The cell keeps the space
between two common words that make no word together, also where the
second is the article or is itself broken over the next lines ("Partly"
over "assur" over "ed"), and still reads a broken word whole."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.shared import Pt, Twips
from reportlab.pdfbase.pdfmetrics import stringWidth

from pipeline.ingest.pdf import read_pdf

from .docx_builders import add_table_of_widths, office_pdf
from .pdf_builders import BOLD, grid, para, read, register_fonts, story_pdf

SIZE = 10.0
_HEADER = ("Force", "Developing a positive workplace", "Partly assured", "Comment")
_ROW = ("Northshire", "Good", "Yes", "Noted")


def _filled_by(word: str, padding: float) -> float:
    """A column whose line holds ``word`` with half the width of an "a" to spare."""
    register_fonts()
    return stringWidth(word, BOLD, SIZE) + 2 * padding + stringWidth("a", BOLD, SIZE) / 2


def _columns(padding: float) -> list[float]:
    return [90, _filled_by("Developing", padding), _filled_by("Partly", padding), 90]


def test_the_columns_end_within_a_letter_of_the_words() -> None:
    # The premise of the tests below: "Developinga" and "Partlya" would not fit, "assured" breaks.
    register_fonts()
    for word, width in zip(("Developing", "Partly"), _columns(0)[1:3]):
        assert stringWidth(word, BOLD, SIZE) < width < stringWidth(word + "a", BOLD, SIZE)
    assert stringWidth("assured", BOLD, SIZE) > _columns(0)[2]


def test_a_reportlab_cell_keeps_the_space_after_a_word_that_fills_its_line() -> None:
    padding = 6.0  # reportlab's default, each side
    header = [para(f"<b>{text}</b>", SIZE, space_after=0) for text in _HEADER]
    doc = read(story_pdf([grid([header, [para(text, SIZE, space_after=0) for text in _ROW]], _columns(padding))]))
    (table,) = doc.tables()
    assert table.grid() == [list(_HEADER), list(_ROW)]


def _office_pdf(path: Path) -> Path:
    """The same table made in Word (DejaVu Sans) and saved as PDF by LibreOffice."""
    padding = 5.4  # LibreOffice's cell margin for a Word table, each side
    document = Document()
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(SIZE)
    widths = [Twips(round(width * 20)) for width in _columns(padding)]
    table = add_table_of_widths(document, (_HEADER, _ROW), widths)
    table.style = "Table Grid"
    table.autofit = False
    return office_pdf(document, path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_a_libreoffice_cell_keeps_the_space_after_a_word_that_fills_its_line(tmp_path: Path) -> None:
    path = _office_pdf(tmp_path / "grid.pdf")
    with pdfplumber.open(path) as pdf:
        printed = [w["text"] for w in pdf.pages[0].extract_words()]
    # LibreOffice wraps "a" and "assured" below the word that fills the line, and breaks "assured".
    assert {"Developing", "a", "Partly", "assur", "ed"} <= set(printed)
    data = path.read_bytes()
    (table,) = read_pdf(path, data, hashlib.sha256(data).hexdigest()).tables()
    assert table.grid() == [list(_HEADER), list(_ROW)]
