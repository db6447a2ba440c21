"""An agenda of bold numbered items, each with its lead
in italics on the line under it; an italic purpose line names no one. A real
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, TITLE, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

ITALIC = ParagraphStyle("italic", parent=BODY, fontName="Helvetica-Oblique")


def test_the_italic_line_under_a_bold_item_names_its_lead(tmp_path: Path) -> None:
    path = pdf(tmp_path / "agenda.pdf", [
        Paragraph("Monitoring Board", TITLE),
        Paragraph("Wednesday 12 May 2027, 10.00am, Police Headquarters", BODY),
        Paragraph("Agenda", H1),
        Paragraph("1. Apologies", BOLD),
        Paragraph("2. Action log", BOLD),
        Paragraph("Head of Governance", ITALIC),
        Paragraph("3. Neighbourhood crime", BOLD),
        Paragraph("Superintendent, Local Policing", ITALIC),
        Paragraph("4. Estates strategy", BOLD),
        Paragraph("For decision", ITALIC),
        Paragraph("5. Any other business", BOLD),
    ])

    found = records(path)["agenda_items"]

    assert [(a["number"], a["title"], a["presenter"]) for a in found] == [
        ("1", "Apologies", None),
        ("2", "Action log", "Head of Governance"),
        ("3", "Neighbourhood crime", "Superintendent, Local Policing"),
        ("4", "Estates strategy", None),
        ("5", "Any other business", None)]
