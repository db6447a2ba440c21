"""Meetings and the office that holds them, each form on a small real PDF or
Word file: a "Summary note", "Note of", "Brief notes" or "Meeting notes"
heading opens the notes of a meeting; a mayor's office for policing named by
the Mayor's name ("Mayor of London - Office for Policing and Crime") is no
office-holder, so the Deputy Mayor who chairs is the organisation; a minute's
bold paragraph number ("5.3 Level of assurance: ...") heads no item of the
notes; a cover's contents line ("Minutes of the meeting held on ... ....... 2")
points to the notes and never stands for them; an office's place ends where the
place's name ends, never on a joining word ("... for Dorset and the Chief
Constable") nor past a full stop; the office-holder who chairs holds the
meeting (the Deputy Mayor who chairs, though the pack names the Mayor; the
Mayor who chairs his own board, though the pack names his Deputy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_TAB_LEADER
from docx.shared import Cm
from files import BODY, BOLD, H1, docx, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H2 = ParagraphStyle("h2", parent=H1, fontSize=13, leading=16)
ITEM = ParagraphStyle("item", parent=BOLD, fontSize=11.5, leading=14)
# minutes printed at 11 points, their item lines hardly larger: the PDF backend reads those as list items
MINUTE = ParagraphStyle("minute", parent=BODY, fontSize=11, leading=14)
BOLD_MINUTE = ParagraphStyle("bold_minute", parent=MINUTE, fontName="Helvetica-Bold")


def test_a_contents_line_never_titles_or_places_the_meeting_its_notes_hold(tmp_path: Path) -> None:
    notes_heading = "Minutes of the Resources and Performance Board held on 9 June 2026"
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Police and Crime Commissioner for Dorset", BODY),
        Paragraph("Resources and Performance Board", H1),
        Paragraph("Wednesday 12 August 2026, 10:00", BODY),
        Paragraph("Contents", H2),
        Paragraph("Agenda" + "." * 90 + "1", BODY),
        Paragraph("Minutes of the meeting held on 9 June 2026" + "." * 70 + "2", BODY),
        Paragraph("Agenda", H2),
        Paragraph("1. Welcome and apologies", BODY),
        Paragraph("2. Minutes of the meeting held on 9 June 2026", BODY),
        Paragraph("3. Road safety", BODY),
        PageBreak(),
        Paragraph(notes_heading, H2),
        Paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.", BODY),
        Paragraph("1. Road safety", H2),
        Paragraph("The Board discussed casualty figures.", BODY),
    ])
    june = [m for m in records(path)["meetings"] if m["meeting_date"] == "2026-06-09"]
    assert [(m["title"], m["page"]) for m in june] == [(notes_heading, 2)]


def test_a_word_contents_line_with_a_dot_leader_tab_never_titles_the_meeting(tmp_path: Path) -> None:
    notes_heading = "Minutes of the Resources and Performance Board held on 9 June 2026"
    document = Document()
    document.add_paragraph("Police and Crime Commissioner for Dorset")
    document.add_heading("Resources and Performance Board", level=1)
    document.add_paragraph("Wednesday 12 August 2026, 10:00")
    document.add_heading("Contents", level=2)
    for line in ("Agenda\t1", "Minutes of the meeting held on 9 June 2026\t2"):
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), leader=WD_TAB_LEADER.DOTS)
    document.add_heading("Agenda", level=2)
    document.add_paragraph("Welcome and apologies", style="List Number")
    document.add_heading(notes_heading, level=2)
    document.add_paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.")
    document.save(str(tmp_path / "pack.docx"))
    june = [m for m in records(tmp_path / "pack.docx")["meetings"] if m["meeting_date"] == "2026-06-09"]
    assert [m["title"] for m in june] == [notes_heading]


def test_an_offices_place_ends_before_the_joining_words_of_a_joint_meeting(tmp_path: Path) -> None:
    path = docx(tmp_path / "pack.docx", [
        ("p", "Police and Crime Commissioner for Dorset and the Chief Constable of Dorset Police"),
        ("h1", "Joint Performance Meeting"),
        ("p", "Date: 4 August 2026"),
        ("h2", "Agenda"),
        ("p", "1. Welcome"),
        ("p", "2. Vetting"),
    ])
    found = records(path)
    office = "Police and Crime Commissioner for Dorset"
    assert found["documents"][0]["organisation"] == office
    assert [m["organisation"] for m in found["meetings"]] == [office]


def _mayoral_pack(path: Path, present: str) -> Path:
    """A mayoral office's Word pack naming the Mayor in its letterhead and the
    Deputy Mayor in full in a sentence that runs on past a full stop."""
    return docx(path, [
        ("b", "MAYOR OF WEST MIDLANDS"),
        ("h1", "Police Accountability Board"),
        ("p", "Date: 18 August 2026"),
        ("p", "The Mayor holds the Chief Constable to account through the Deputy Mayor for Policing, Crime "
              "and Fire. Each meeting takes one theme of the plan."),
        ("p", present),
        ("h2", "Agenda"),
        ("p", "1. Welcome (Mayor of West Midlands)"),
        ("p", "2. Knife crime (Deputy Mayor for Policing, Crime and Fire)"),
    ])


@pytest.mark.parametrize(("present", "office"), [
    ("Present: Deputy Mayor (Chair); Chief Constable; Head of Policing.",
     "Deputy Mayor for Policing, Crime and Fire"),
    ("Chair: Deputy Mayor for Policing, Crime and Fire", "Deputy Mayor for Policing, Crime and Fire"),
    ("Present: Chief Constable, Mayor of West Midlands (Chair); Deputy Mayor for Policing, Crime and Fire.",
     "Mayor of West Midlands"),
])
def test_the_office_holder_who_chairs_holds_the_meeting(tmp_path: Path, present: str, office: str) -> None:
    found = records(_mayoral_pack(tmp_path / "pack.docx", present))
    assert found["documents"][0]["organisation"] == office
    assert [m["organisation"] for m in found["meetings"]] == [office]


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
