"""Meetings, agenda and organisation, each form on a small real PDF or Word
file: a conference's notes and a board's "scrutiny record" are notes of a
meeting; a "Meeting focus:" line states the topic; notes of one scrutiny item
among standing business (apologies, minutes, any other business) take its title
as topic, also where the PDF backend reads the bold numbered item lines as list
items; an office named after two places ("X and Y Police and Crime
Commissioner"); an agenda title wrapped at its dash."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

H2 = ParagraphStyle("h2", parent=H1, fontSize=13, leading=16)
ITEM = ParagraphStyle("item", parent=BOLD, fontSize=11.5, leading=14)


def _minutes(path: Path, heading: str, items: list[str]) -> Path:
    """Word minutes under ``heading``, one numbered heading an item, each with a line of discussion."""
    document = Document()
    document.add_heading(heading, level=2)
    document.add_paragraph("Present: the Commissioner (Chair), the Chief Constable and the Chief Executive.")
    for number, title in enumerate(items, start=1):
        document.add_heading(f"{number}. {title}", level=3)
        document.add_paragraph("The board discussed the item.")
    document.save(str(path))
    return path


def test_notes_of_a_conference_are_a_meeting_whose_records_take_its_date(tmp_path: Path) -> None:
    path = pdf(tmp_path / "conference.pdf", [
        Paragraph("Police and Crime Commissioner for Durham", BOLD),
        Paragraph("Public Scrutiny Conference", H1),
        Paragraph("Date: Tuesday 9 June 2026", BOLD),
        Paragraph("NOTES \u2013 PUBLIC SCRUTINY CONFERENCE (ROAD SAFETY) \u2013 3 MARCH 2026", H2),
        Paragraph("Present: the Commissioner (Chair) and the Deputy Chief Constable.", BODY),
        Paragraph("The Commissioner was <b>not assured</b> that speeding complaints are followed up.", BODY),
        Paragraph("Public Scrutiny Conference \u2013 Minutes of the meeting held on 14 April 2026", H2),
        Paragraph("Present: the Commissioner (Chair) and the Chief Constable.", BODY),
    ])
    meetings = sorted((m["meeting_date"], m["topic"], m["page"]) for m in records(path)["meetings"])
    assert meetings == [("2026-03-03", "Road Safety", 1), ("2026-04-14", None, 1), ("2026-06-09", None, 1)]


def test_a_boards_scrutiny_record_is_the_notes_its_decisions_stand_in(tmp_path: Path) -> None:
    path = pdf(tmp_path / "record.pdf", [
        Paragraph("Police and Crime Commissioner for Norfolk", BOLD),
        Paragraph("Accountability Board", H1),
        Paragraph("Date: Tuesday 30 June 2026", BODY),
        Paragraph("Accountability Board \u2013 Scrutiny record \u2013 28 April 2026", H2),
        Paragraph("Theme: Burglary", BODY),
        grid([["Question 1", "How many burglaries were solved in 2025/26?"],
              ["Summary of response", "One in ten burglaries led to a charge, up from one in twelve."],
              ["Level of assurance", "Partially assured"],
              ["PCC comments", "The PCC asked for the figures by district."]], [150, 300]),
    ])
    found = records(path)
    assert sorted((m["meeting_date"], m["topic"]) for m in found["meetings"]) == \
        [("2026-04-28", "Burglary"), ("2026-06-30", None)]
    assert [(d["meeting_date"], d["topic"]) for d in found["assurance_decisions"]] == [("2026-04-28", "Burglary")]


def test_a_meeting_focus_line_states_the_notes_topic(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Online Public Meeting held on Thursday 23 April 2026", level=2)
    document.add_paragraph("Meeting focus: Emergency response times")
    document.add_paragraph("Present: the Deputy Mayor (Chair) and the Chief Constable.")
    document.add_paragraph("Performance update: the monthly figures were noted.")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert [(m["meeting_date"], m["topic"]) for m in records(path)["meetings"]] == \
        [("2026-04-23", "Emergency response times")]


def test_standing_business_is_no_scrutiny_item_of_the_notes(tmp_path: Path) -> None:
    one = _minutes(tmp_path / "one.docx", "Minutes of the Accountability Board held on 19 May 2026", [
        "Apologies", "Minutes of the previous meeting and action log", "Stop and search and use of force",
        "Public questions", "Any other business"])
    two = _minutes(tmp_path / "two.docx", "Minutes of the Accountability Board held on 21 April 2026", [
        "Welcome and apologies", "Road safety", "Complaints", "Date of the next meeting: 19 May 2026"])
    only_business = _minutes(tmp_path / "none.docx", "Minutes of the Accountability Board held on 2 June 2026", [
        "Apologies", "Minutes and action tracker", "Any other business"])
    assert [m["topic"] for m in records(one)["meetings"]] == ["Stop and search and use of force"]
    assert [m["topic"] for m in records(two)["meetings"]] == [None]
    assert [m["topic"] for m in records(only_business)["meetings"]] == [None]


def test_item_lines_read_as_numbered_list_items_still_count_and_questions_are_no_items(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Accountability Board held on 28 May 2026", H2),
        Paragraph("Present: the Commissioner (Chair) and the Deputy Chief Constable.", BODY),
        Paragraph("1. Apologies", ITEM),
        Paragraph("Apologies were received from the Chief Constable.", BODY),
        Paragraph("2. Minutes and action tracker", ITEM),
        Paragraph("The minutes of the last meeting were agreed.", BODY),
        Paragraph("3. Missing people", ITEM),
        Paragraph("Question 1 \u2013 How quickly are high-risk missing people found?", BOLD),
        Paragraph("Ninety per cent were found within a day.", BODY),
        Paragraph("Question 2 \u2013 How many return interviews are completed?", BOLD),
        Paragraph("Four in five children were offered one.", BODY),
        Paragraph("4. Any other business", ITEM),
        Paragraph("There was no other business.", BODY),
    ])
    assert [(m["meeting_date"], m["topic"]) for m in records(path)["meetings"]] == [("2026-05-28", "Missing people")]


def test_an_office_named_after_its_area_and_a_city_within_it(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Cambridgeshire and Peterborough Police and Crime Commissioner", BOLD),
        Paragraph("Business Coordination Board", H1),
        Paragraph("Date: Tuesday 30 June 2026", BODY),
        Paragraph("Present: Police and Crime Commissioner; Chief Constable; Governance Manager.", BODY),
    ])
    found = records(path)
    office = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    assert [m["organisation"] for m in found["meetings"]] == [office]
    assert found["documents"][0]["organisation"] == office


def test_an_agenda_title_wrapped_at_its_dash_is_one_title_and_dashed_sub_points_are_not(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=13)
    rows = [["Item", "Presented By"],
            ["1. Apologies for Absence", "PFCC"],
            ["2. Draft Notes \u2013 Public Accountability Conference (Hate Crime)<br/>\u2013 14 April 2026", "PFCC"],
            ["3. Performance report<br/>\u2013 Crime figures<br/>\u2013 Call handling", "Chief Constable"],
            ["4. Any Other Business", "PFCC"]]
    path = pdf(tmp_path / "agenda.pdf", [
        Paragraph("Public Accountability Conference", H1),
        Paragraph("Date: Tuesday 16 June 2026", BOLD),
        Paragraph("Agenda", H2),
        Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[330, 120],
              style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
    ])
    items = [(a["number"], a["title"], a["presenter"]) for a in records(path)["agenda_items"]]
    assert items == [
        ("1", "Apologies for Absence", "PFCC"),
        ("2", "Draft Notes - Public Accountability Conference (Hate Crime) - 14 April 2026", "PFCC"),
        ("3", "Performance report", "Chief Constable"),
        ("4", "Any Other Business", "PFCC"),
    ]


def test_an_agenda_of_numbered_lines_joins_a_title_wrapped_at_its_dash(tmp_path: Path) -> None:
    path = pdf(tmp_path / "agenda.pdf", [
        Paragraph("Public Accountability Conference", H1),
        Paragraph("Date: Tuesday 16 June 2026", BOLD),
        Paragraph("Agenda", H2),
        Paragraph("1. Apologies for Absence", BODY),
        Paragraph("2. Draft Notes \u2013 Public Accountability Conference (Hate Crime)<br/>\u2013 14 April 2026", BODY),
        Paragraph("3. Performance report<br/>\u2013 Crime figures<br/>\u2013 Call handling", BODY),
        Paragraph("4. Any Other Business", BODY),
    ])
    assert [(a["number"], a["title"]) for a in records(path)["agenda_items"]] == [
        ("1", "Apologies for Absence"),
        ("2", "Draft Notes - Public Accountability Conference (Hate Crime) - 14 April 2026"),
        ("3", "Performance report"),
        ("4", "Any Other Business"),
    ]
