"""A paper to a board whose running
header names the board is titled by its own top heading where that names the
inspection it reports on; a pack of the board's business keeps the board's
name. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, records
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate


def _with_running_header(path: Path, heading: str) -> Path:
    def header(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 810, "OFFICIAL – Accountability and Performance Board")
        canvas.drawString(56, 30, f"OPCC   Page {doc.page}")

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Office of the Police and Crime Commissioner for Norfolk", BODY),
        Paragraph("Accountability and Performance Board – 27 January 2026 – Agenda item 5", BODY),
        Paragraph(heading, TITLE),
        Paragraph("1. Purpose", H1),
        Paragraph("To show the Commissioner how the force's grades compare with those of the region.", BODY),
        PageBreak(),
        Paragraph("2. Recommendation", H1),
        Paragraph("The board is asked to note the comparison.", BODY),
    ], onFirstPage=header, onLaterPages=header)
    return path


def test_a_paper_on_an_inspection_is_titled_by_its_heading_not_the_board_in_its_header(tmp_path: Path) -> None:
    path = _with_running_header(tmp_path / "paper.pdf",
                                "PEEL 2023–25: Norfolk Constabulary compared with the Eastern region forces")

    document = records(path)["documents"][0]

    assert document["title"] == "PEEL 2023-25: Norfolk Constabulary compared with the Eastern region forces"


def test_a_paper_on_other_business_keeps_the_boards_name_from_its_header(tmp_path: Path) -> None:
    path = _with_running_header(tmp_path / "paper.pdf", "Agenda")

    document = records(path)["documents"][0]

    assert document["title"] == "Accountability and Performance Board"
