"""An agenda of bold numbered items, each with its lead
in italics on the line under it (the number typed as "1." or a tab stop from
the title); an italic purpose line names no one. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, TITLE, pdf, records
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
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


def test_bold_items_a_tab_from_their_numbers_are_all_items_with_their_italic_leads(tmp_path: Path) -> None:
    items = [("1.", "Welcome and apologies", None), ("2.", "Minutes of the previous meeting and action log", None),
             ("3.", "Neighbourhood policing and visibility", "Chief Superintendent, Local Policing"),
             ("4.", "Complaints and conduct", "Head of Professional Standards"), ("5.", "Any other business", None)]
    path = tmp_path / "agenda.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(57, 760, "Holding to Account Meeting")
    canvas.setFont("Helvetica", 11)
    canvas.drawString(57, 738, "Monday 18 January 2027, 10:00, Police Headquarters")
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawString(57, 706, "Agenda")
    y = 684.0
    for number, title, lead in items:  # the number a tab stop from its title, as Word sets "1.<tab>Title"
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(57, y, number)
        canvas.drawString(93, y, title)
        if lead:
            canvas.setFont("Helvetica-Oblique", 11)
            canvas.drawString(57, y - 14.7, lead)
            y -= 14.7
        y -= 24.7
    canvas.save()

    found = records(path)["agenda_items"]

    assert [(a["number"], a["title"], a["presenter"], a["meeting_date"]) for a in found] == [
        (number.rstrip("."), title, lead, "2027-01-18") for number, title, lead in items]
