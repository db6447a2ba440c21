"""The PDF backend on references, dates and URLs a narrow table column broke
at their slash or hyphen, as offices print them: a Word table saved as PDF
by LibreOffice breaks "HTA/26/18" into "HTA/" over "26/18". A cell reads
such a token whole, with no space; ordinary wrapped text in the same table
keeps its spaces, and a dash set apart between words keeps them too."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.shared import Cm, Pt

from pipeline.ingest.pdf import read_pdf
from pipeline.layout import Table

from .docx_builders import add_table_of_widths, office_pdf

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")

_UPDATES = ("Figures circulated to members – see the appendix for the breakdown by district and by team",
            "Draft terms circulated to all - update at the next meeting on the stop-and-search panel")
_ROWS = [("Ref", "Action", "Raised", "Due", "Update"),
         ("HTA/26/18", "Report the fraud figures to the next meeting", "03/11/2025", "22/01/2026", _UPDATES[0]),
         ("SPM-2026-07", "Publish the survey at https://www.example.gov.uk/publications/PCC-2026-survey",
          "03/11/2025", "31/03/2026", _UPDATES[1])]
# Ref and Due too narrow for a reference or a date, so broken after a slash or hyphen; Raised too
# narrow even for "03/11/", so broken before the slash; Action too narrow for the URL.
_WIDTHS = [Cm(1.7), Cm(4.5), Cm(1.5), Cm(1.7), Cm(6.0)]


def _office_pdf(path: Path) -> Path:
    """A Word tracker with narrow reference and date columns, saved as PDF by LibreOffice."""
    document = Document()
    document.styles["Normal"].font.name = "DejaVu Sans"  # the font every machine here has: the breaks below depend on its widths
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading("Action tracker", level=2)
    table = add_table_of_widths(document, _ROWS, _WIDTHS)
    table.style = "Table Grid"
    table.autofit = False
    return office_pdf(document, path)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _office_pdf(tmp_path_factory.mktemp("tokens") / "tracker.pdf")


def _table(path: Path) -> Table:
    data = path.read_bytes()
    tables = list(read_pdf(path, data, hashlib.sha256(data).hexdigest()).tables())
    assert len(tables) == 1
    return tables[0]


def test_the_narrow_columns_print_the_tokens_over_two_lines(pdf_path: Path) -> None:
    # The premise of the tests below: LibreOffice breaks each token at a slash or hyphen.
    with pdfplumber.open(pdf_path) as pdf:
        printed = [w["text"] for w in pdf.pages[0].extract_words()]
    for token in ("HTA/26/18", "SPM-2026-07", "03/11/2025", "22/01/2026", "31/03/2026"):
        assert token not in printed
    assert {"HTA/", "SPM-", "22/01/", "31/03/", "03/11", "/2025"} <= set(printed)
    assert "-2026-survey" in printed  # a URL too long for its line, broken before a hyphen
    # dashes between words open and end a line of the updates
    assert _cell_lines(pdf_path, 1, 4)[1][0] == "–" and _cell_lines(pdf_path, 2, 4)[0][-1] == "-"


def test_a_reference_or_date_broken_at_its_slash_or_hyphen_reads_whole(pdf_path: Path) -> None:
    grid = _table(pdf_path).grid()
    assert [row[0] for row in grid] == ["Ref", "HTA/26/18", "SPM-2026-07"]
    assert [row[2] for row in grid] == ["Raised", "03/11/2025", "03/11/2025"]
    assert [row[3] for row in grid] == ["Due", "22/01/2026", "31/03/2026"]


def test_a_url_wrapped_in_a_cell_reads_whole(pdf_path: Path) -> None:
    assert _table(pdf_path).grid()[2][1] == "Publish the survey at https://www.example.gov.uk/publications/PCC-2026-survey"


def test_wrapped_words_and_dashes_between_words_keep_their_spaces(pdf_path: Path) -> None:
    assert [row[4] for row in _table(pdf_path).grid()[1:]] == list(_UPDATES)


def _cell_lines(path: Path, row: int, col: int) -> list[list[str]]:
    """The printed lines of a cell, top to bottom, as words."""
    box = _table(path).cell(row, col).prov.bbox
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].crop((box.x0, box.top, box.x1, box.bottom)).extract_words()
    lines: dict[int, list[str]] = {}
    for word in words:
        lines.setdefault(round(word["top"]), []).append(word["text"])
    return list(lines.values())
