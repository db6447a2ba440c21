"""Round 19b (samples/corpus/scrutiny-round19b, issue 4): meetings and the
office that holds them, each form on a small real PDF or Word file: a
"Summary note", "Note of", "Brief notes" or "Meeting notes" heading opens the notes of a
meeting; a mayor's office for policing named by the Mayor's name ("Mayor of
London - Office for Policing and Crime") is no office-holder, so the Deputy
Mayor who chairs is the organisation; a minute's bold paragraph number
("5.3 Level of assurance: ...") heads no item of the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H2 = ParagraphStyle("h2", parent=H1, fontSize=13, leading=16)
ITEM = ParagraphStyle("item", parent=BOLD, fontSize=11.5, leading=14)
# minutes printed at 11 points, their item lines hardly larger: the PDF backend reads those as list items
MINUTE = ParagraphStyle("minute", parent=BODY, fontSize=11, leading=14)
BOLD_MINUTE = ParagraphStyle("bold_minute", parent=MINUTE, fontName="Helvetica-Bold")


def _pack_with_notes(path: Path, notes_heading: str, letterhead: str = "Police and Crime Commissioner for Dorset",
                     chair: str = "Chair: Police and Crime Commissioner") -> Path:
    """A Word pack: the front sheet of a board meeting on 22 July 2026 with its
    agenda, then the notes of the last meeting under ``notes_heading``, of one
    scrutiny item among standing business."""
    document = Document()
    document.add_paragraph(letterhead)
    document.add_heading("Oversight Board", level=1)
    document.add_paragraph("Wednesday 22 July 2026, 10.00-12.00, Headquarters")
    document.add_paragraph(chair)
    document.add_heading("Agenda", level=2)
    for title in ("Welcome and declarations", "Summary note and actions from the last meeting",
                  "Any other business"):
        document.add_paragraph(title, style="List Number")
    document.add_heading(notes_heading, level=2)
    document.add_paragraph("Attendees: the Chair; the Chief Executive; the Deputy Chief Constable.")
    for number, title in enumerate(("Welcome", "Custody and detention", "Any other business"), start=1):
        document.add_heading(f"{number}. {title}", level=3)
        document.add_paragraph("The Board discussed the item.")
    document.save(str(path))
    return path


@pytest.mark.parametrize("notes_heading", [
    "Oversight Board \u2013 Summary note of the meeting held on 10 June 2026",
    "Summary notes of the Oversight Board held on 10 June 2026",
    "Note of the Oversight Board meeting held on 10 June 2026",
    "Oversight Board: brief notes of the meeting held on 10 June 2026",
    "Oversight Board \u2013 Meeting notes \u2013 10 June 2026",
])
def test_a_summary_note_or_note_of_a_meeting_is_the_notes_of_that_meeting(tmp_path: Path, notes_heading: str) -> None:
    found = records(_pack_with_notes(tmp_path / "pack.docx", notes_heading))
    meetings = sorted((m["meeting_date"], m["title"], m["topic"]) for m in found["meetings"])
    assert meetings == [("2026-06-10", notes_heading.replace("\u2013", "-"), "Custody and detention"),
                        ("2026-07-22", "Oversight Board", None)]


def test_the_deputy_mayor_who_chairs_holds_a_meeting_of_the_mayors_office(tmp_path: Path) -> None:
    path = _pack_with_notes(tmp_path / "pack.docx", "Oversight Board \u2013 Summary note of the meeting held on 10 June 2026",
                            letterhead="MAYOR OF LONDON \u2013 OFFICE FOR POLICING AND CRIME",
                            chair="Chair: Deputy Mayor for Policing and Crime")
    found = records(path)
    office = "Deputy Mayor for Policing and Crime"
    assert found["documents"][0]["organisation"] == office
    assert [m["organisation"] for m in found["meetings"]] == [office, office]


def test_a_minutes_bold_paragraph_number_heads_no_item_of_the_notes(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Strategic Board \u2013 Minutes of the meeting held on 25 June 2026", H2),
        Paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.", MINUTE),
        Paragraph("4. Apologies and minutes", ITEM),
        Paragraph("4.1 Apologies were received. The minutes of the last meeting were agreed.", MINUTE),
        Paragraph("5. Road safety", ITEM),
        Paragraph("5.1 <b>Question 1:</b> How many people were killed or seriously injured on the roads?", MINUTE),
        Paragraph("5.2 Casualties fell by a tenth on the year.", MINUTE),
        Paragraph("5.3 Level of assurance: Substantial", BOLD_MINUTE),
        Paragraph("5.4 The PCC welcomed the fall.", MINUTE),
        Paragraph("5.5 <b>Question 2:</b> How are speeding complaints followed up?", MINUTE),
        Paragraph("5.6 Each complaint is sent to the roads policing unit.", MINUTE),
        Paragraph("5.7 Level of assurance: Limited", BOLD_MINUTE),
        Paragraph("5.8 The PCC asked for the response times.", MINUTE),
        Paragraph("6. Any other business", ITEM),
        Paragraph("6.1 None.", MINUTE),
    ])
    assert [(m["meeting_date"], m["topic"]) for m in records(path)["meetings"]] == [("2026-06-25", "Road safety")]
