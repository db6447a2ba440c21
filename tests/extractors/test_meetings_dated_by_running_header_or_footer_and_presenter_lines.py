"""Agendas and meeting headers as offices print them. A meeting dated only in
the running header or footer is still the pack's own meeting, and dates its
agenda; a presenter on the plain line under a bold item; bilingual notes'
standing items read by their English side; an action listed under an item takes
the item's title even where the notes heading brackets a topic; an item heading
set as high as the notes heading is one of their items. Real Word files,
reportlab PDFs and the PDFs LibreOffice makes of Word files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from files import AS_PUBLISHED, BODY, published, records, word_table
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

ITEM = ParagraphStyle("item", parent=BODY, fontName="Helvetica-Bold")
PURPOSE = ParagraphStyle("purpose", parent=BODY, fontName="Helvetica-Oblique")
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceAfter=6)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8)


def _headed_pack(header: str, body_date: str | None = None) -> Document:
    """A pack whose running header names the board and the meeting's date;
    the front sheet's body prints its date only where ``body_date`` is given."""
    document = Document()
    document.sections[0].header.paragraphs[0].add_run(header)
    document.add_paragraph("Office of the Police and Crime Commissioner for Norfolk")
    document.add_heading("Performance Board", level=1)
    if body_date:
        document.add_paragraph(f"Date: {body_date}")
    document.add_paragraph("Venue: Police Headquarters, Wymondham. Chair: the Police and Crime Commissioner.")
    document.add_heading("Agenda", level=2)
    for line in ("1. Welcome and apologies – Commissioner", "2. Minutes of the last meeting – Chief Executive",
                 "3. Rural crime – Assistant Chief Constable"):
        document.add_paragraph(line)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Notes of the Performance Board held on 4 February 2027", level=2)
    document.add_heading("Fraud", level=3)
    document.add_paragraph("The Detective Inspector presented the fraud report.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_meeting_dated_only_in_the_page_header(tmp_path: Path, form: str) -> None:
    found = records(published(_headed_pack("Performance Board – 18 March 2027"), tmp_path / "pack.docx", form))
    front_page = None if form == "word" else 1
    assert [(m["meeting_date"], m["title"], m["page"]) for m in found["meetings"]] == [
        ("2027-03-18", "Performance Board", front_page),
        ("2027-02-04", "Notes of the Performance Board held on 4 February 2027", None if form == "word" else 2)]
    assert found["documents"][0]["meeting_date"] == "2027-03-18"
    assert {(a["number"], a["meeting_date"]) for a in found["agenda_items"]} == {
        ("1", "2027-03-18"), ("2", "2027-03-18"), ("3", "2027-03-18")}


def test_body_date_wins_over_the_header(tmp_path: Path) -> None:
    """A running header's date never overrides the date the front sheet prints."""
    pack = _headed_pack("Performance Board – 17 March 2027", body_date="Wednesday 18 March 2027")
    found = records(published(pack, tmp_path / "pack.docx", "word"))
    assert [m["meeting_date"] for m in found["meetings"]] == ["2027-03-18", "2027-02-04"]
    assert found["documents"][0]["meeting_date"] == "2027-03-18"


def _footer(text: str):
    def draw(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 30, f"{text}   Page {doc.page}")
    return draw


def test_meeting_dated_only_in_the_running_footer(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    footer = _footer("Public Accountability Board – 9 March 2027")
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Public Accountability Board", TITLE),
        Paragraph("Chair: Mayor of South Yorkshire", BODY),
        Paragraph("Agenda", HEADING),
        Paragraph("1. Welcome and apologies (Mayor of South Yorkshire)", BODY),
        Paragraph("2. Minutes of the meeting held on 12 January 2027 (Head of Governance)", BODY),
        Paragraph("3. Burglary (Chief Constable)", BODY),
        PageBreak(),
        Paragraph("Minutes of the Public Accountability Board held on 12 January 2027", HEADING),
        Paragraph("The Mayor welcomed everyone.", BODY),
    ], onFirstPage=footer, onLaterPages=footer)
    found = records(path)
    assert [(m["meeting_date"], m["page"]) for m in found["meetings"]] == [("2027-03-09", 1), ("2027-01-12", 2)]
    assert found["documents"][0]["meeting_date"] == "2027-03-09"
    assert {a["meeting_date"] for a in found["agenda_items"]} == {"2027-03-09"}


def test_presenter_on_the_plain_line_under_a_bold_item(tmp_path: Path) -> None:
    """The plain line under a bold "N. Title" names its presenter; a date on
    that line, an explanatory paragraph, a description or an italic purpose
    line does not."""
    path = tmp_path / "pack.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Accountability Board", TITLE),
        Paragraph("Tuesday 16th March 2027 at 10.00am", BODY),
        Paragraph("Agenda", HEADING),
        Paragraph("1. Welcome and introductions", ITEM),
        Paragraph("Police and Crime Commissioner", BODY),
        Paragraph("2. Declarations of interest", ITEM),
        Paragraph("3. Response times and call handling", ITEM),
        Paragraph("Head of Performance, OPCC", BODY),
        Paragraph("4. Custody refurbishment", ITEM),
        Paragraph("For decision", PURPOSE),
        Paragraph("5. Date of the next meeting", ITEM),
        Paragraph("8th June 2027", BODY),
        Paragraph("6. Exclusion of press and public", ITEM),
        Paragraph("The Board is asked to decide whether the press and public should be excluded for the next "
                  "item, under Part I of Schedule 12A to the Local Government Act 1972.", BODY),
        Paragraph("7. Estates strategy", ITEM),
        Paragraph("Chief Finance Officer", BODY),
        Paragraph("8. Performance report", ITEM),
        Paragraph("Chief Constable's performance report", BODY),
    ])
    found = records(path)["agenda_items"]
    assert [(a["number"], a["title"], a["presenter"]) for a in found] == [
        ("1", "Welcome and introductions", "Police and Crime Commissioner"),
        ("2", "Declarations of interest", None),
        ("3", "Response times and call handling", "Head of Performance, OPCC"),
        ("4", "Custody refurbishment", None),
        ("5", "Date of the next meeting", None),
        ("6", "Exclusion of press and public", None),
        ("7", "Estates strategy", "Chief Finance Officer"),
        ("8", "Performance report", None)]


def test_bilingual_notes_standing_items_by_their_english_side(tmp_path: Path) -> None:
    """Notes whose standing items are printed "Welsh / English" hold one
    scrutiny item: its English side is the meeting's topic, and the tracker
    rows raised at that meeting, with no topic cell, take it."""
    document = Document()
    document.add_paragraph("Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent")
    document.add_heading("Bwrdd Strategaeth / Strategy Board", level=1)
    document.add_paragraph("Dyddiad / Date: 23 Mawrth 2027 / 23 March 2027")
    document.add_heading("Cofnodion y Bwrdd Strategaeth / Minutes of the Strategy Board – 26 January 2027", level=1)
    for heading in ("1. Croeso ac ymddiheuriadau / Welcome and apologies", "2. Cofnodion / Minutes",
                    "3. Dargyfeirio ieuenctid / Youth diversion"):
        document.add_heading(heading, level=2)
        document.add_paragraph("The Board noted the report.")
    document.add_heading("Log gweithredu / Action log", level=1)
    word_table(document, [
        ["Cyf / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"],
        ["SB 26/40", "24/11/2026", "Present the stop and search panel's findings.", "Presented.", "Cwblhawyd / Complete"],
        ["SB 27/01", "26/01/2027", "Agree a shared reoffending measure.", "Due in April.", "Ar agor / Open"],
    ])
    found = records(published(document, tmp_path / "pack.docx", "word"))
    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]} == {
        "2027-03-23": None, "2027-01-26": "Youth diversion"}
    assert {a["number"]: a["topic"] for a in found["actions"]} == {"SB 26/40": None, "SB 27/01": "Youth diversion"}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_actions_under_items_of_notes_with_a_bracketed_topic(tmp_path: Path, form: str) -> None:
    """The notes heading brackets the meeting's topic, but each "Actions" list
    closes one item, whose title is its actions' topic."""
    document = Document()
    document.add_heading("Public Accountability Conference", level=1)
    document.add_paragraph("Date: Thursday 25 March 2027")
    document.add_heading("Minutes of the Public Accountability Conference (Domestic abuse) – 28 January 2027",
                         level=1)
    for number, (title, action) in enumerate([
            ("Arrests and outcomes", "PAC 27/01: Report the outcome of every protection order breach."),
            ("Support services", "PAC 27/02: Present options to reduce waiting times for referrals.")], start=3):
        document.add_heading(f"{number}. {title}", level=2)
        document.add_paragraph("The Chief Constable presented the report.")
        document.add_heading("Actions", level=3)
        document.add_paragraph(action)
    found = records(published(document, tmp_path / "pack.docx", form))
    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]}["2027-01-28"] == "Domestic abuse"
    assert {a["number"]: a["topic"] for a in found["actions"]} == {
        "PAC 27/01": "Arrests and outcomes", "PAC 27/02": "Support services"}


def _notes_pdf(path: Path, after_notes: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Corporate Governance Board", TITLE),
        Paragraph("Tuesday 23 March 2027 at 10:00, Force Headquarters", BODY),
        PageBreak(),
        Paragraph("Minutes of the Corporate Governance Board held on 26 January 2027", HEADING),
        Paragraph("Apologies were received. The minutes of the previous meeting were agreed.", BODY),
        *after_notes,
    ])
    return path


def test_item_heading_set_as_high_as_the_notes_heading(tmp_path: Path) -> None:
    """"4. Retail crime" in the notes heading's own style is the notes' one
    item, so the meeting's topic; the unnumbered heading after it ends them."""
    path = _notes_pdf(tmp_path / "pack.pdf", [
        Paragraph("4. Retail crime", HEADING),
        Paragraph("The Chief Inspector presented the retail crime report.", BODY),
        Paragraph("Action log", HEADING),
        Paragraph("No actions are open.", BODY),
    ])
    topics = {m["meeting_date"]: m["topic"] for m in records(path)["meetings"]}
    assert topics == {"2027-03-23": None, "2027-01-26": "Retail crime"}


def test_papers_after_notes_of_sub_headed_items_are_no_items_of_theirs(tmp_path: Path) -> None:
    """Notes that number their items below their heading end at the next
    heading as high as theirs, numbered or not ("Item 5: ..." is a paper)."""
    sub = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4)
    path = _notes_pdf(tmp_path / "pack.pdf", [
        Paragraph("1. Apologies", sub),
        Paragraph("There were none.", BODY),
        Paragraph("2. Drug supply", sub),
        Paragraph("The Detective Superintendent presented the report.", BODY),
        PageBreak(),
        Paragraph("Item 5: Violence against women and girls delivery plan", HEADING),
        Paragraph("Report of the Assistant Chief Constable.", BODY),
    ])
    topics = {m["meeting_date"]: m["topic"] for m in records(path)["meetings"]}
    assert topics == {"2027-03-23": None, "2027-01-26": "Drug supply"}


def test_footer_dating_the_meeting_before_the_boards_name(tmp_path: Path) -> None:
    """A footer that prints the date first names the board after it, and the
    board titles the meeting where the front sheet prints no title of its own."""
    path = tmp_path / "pack.pdf"
    footer = _footer("18 March 2027 | Police and Crime Panel")
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Agenda", HEADING),
        Paragraph("1. Apologies (Chair)", BODY),
        Paragraph("2. Hate crime (Chief Constable)", BODY),
        Paragraph("3. Any other business (Chair)", BODY),
        PageBreak(),
        Paragraph("Minutes of the Police and Crime Panel held on 12 January 2027", HEADING),
        Paragraph("The Chair welcomed everyone.", BODY),
    ], onFirstPage=footer, onLaterPages=footer)
    found = records(path)
    assert [(m["meeting_date"], m["title"], m["page"]) for m in found["meetings"]] == [
        ("2027-03-18", "Police and Crime Panel", 1),
        ("2027-01-12", "Minutes of the Police and Crime Panel held on 12 January 2027", 2)]
