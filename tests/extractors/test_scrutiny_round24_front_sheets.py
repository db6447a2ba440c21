"""Round 24 (samples/corpus/scrutiny-round24, issue 4): a whole pack's front
sheet, on small real Word files and the PDFs LibreOffice makes of them. A
running header is the pack's title only where the body prints none: the
board's name the first page sets as its heading under the issuing office's
line is the title; where the header alone names the board, the office it
names first, in words or by its initials ("Thames Valley PCC", "OPCC ..."),
is no part of the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from files import AS_PUBLISHED, published, records


def _pack(header: str) -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].header.paragraphs[0].text = header
    return document


def _agenda(document: Document, rows: list[tuple[str, str, str]]) -> None:
    document.add_heading("Agenda", level=2)
    table = document.add_table(rows=len(rows) + 1, cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("Item", "Title", "Presenter")):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for row, values in enumerate(rows, start=1):
        for col, text in enumerate(values):
            table.cell(row, col).text = text


def _pages_after(document: Document, headings: tuple[str, ...]) -> None:
    """Pages of papers after the front sheet, so the header runs over several pages."""
    for heading in headings:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(heading, level=1)
        document.add_paragraph("The paper sets out the Force's performance over the last quarter and the work "
                               "planned for the next, for the Commissioner to note.")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_boards_heading_under_the_office_line_titles_the_pack_not_the_running_header(tmp_path: Path,
                                                                                         form: str) -> None:
    document = _pack("NORTHERN SCRUTINY BOARD – PUBLIC MEETING")
    document.add_paragraph().add_run("Office of the Police and Crime Commissioner for Cumbria").bold = True
    document.add_heading("Public Accountability Board", level=1)
    document.add_paragraph("Tuesday 8 December 2026, 10:00, Police Headquarters, Penrith")
    _agenda(document, [("1", "Apologies", "Chair"), ("2", "Rural crime", "Assistant Chief Constable")])
    _pages_after(document, ("Rural crime", "Performance report"))
    path = published(document, tmp_path / "pack.docx", form)
    assert records(path)["documents"][0]["title"] == "Public Accountability Board"


@pytest.mark.parametrize("header", ["Thames Valley PCC – Strategic Assurance Board",
                                    "OPCC Leicester, Leicestershire and Rutland – Strategic Assurance Board"])
def test_the_office_a_header_names_by_its_initials_is_no_part_of_the_title(tmp_path: Path, header: str) -> None:
    document = _pack(header)
    document.add_heading("Agenda", level=1)
    document.add_paragraph("Monday 30 November 2026, 13:30, Force Headquarters")
    for line in ("1. Apologies", "2. Minutes of the previous meeting", "3. Business crime"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "pack.docx"))
    assert records(tmp_path / "pack.docx")["documents"][0]["title"] == "Strategic Assurance Board"
