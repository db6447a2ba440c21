"""The meeting whose notes the pack holds takes the title
of its one scrutiny item as its topic; the "Record of the last meeting" is
standing business, as its "Minutes" are. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, TITLE, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, spaceBefore=4)


def test_notes_of_one_item_beside_the_record_of_the_last_meeting_take_its_title(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Performance Board", TITLE),
        Paragraph("Tuesday 18 May 2027 at 14:00, Headquarters", BODY),
        Paragraph("Focus: Fraud", BODY),
        PageBreak(),
        Paragraph("Record of the Performance Board held on 23 March 2027", H1),
        Paragraph("Attendees: Commissioner (Chair), Chief Constable.", BODY),
        Paragraph("Item 1 – Introduction and apologies", H3),
        Paragraph("There were no apologies.", BODY),
        Paragraph("Item 2 – Record of the last meeting and action log", H3),
        Paragraph("The record of 26 January 2027 was agreed.", BODY),
        Paragraph("Item 3 – Road safety", H3),
        Paragraph("The force presented its casualty reduction plan.", BODY),
        Paragraph("Item 4 – Any other business", H3),
        Paragraph("None.", BODY),
    ])

    found = records(path)

    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]} == {
        "2027-05-18": "Fraud", "2027-03-23": "Road safety"}
