"""Labelled date lines of one paragraph: a "Date:" line under the meeting's
title or among its details dates it, one under an action's label never does;
a bilingual date naming its month in both languages, in full or abbreviated
("20 Ebr / Apr 2027"); and a word before a slash that is no month dates
nothing."""

from pathlib import Path

import pytest
from docx import Document
from files import records


def test_date_line_of_an_action_under_minutes_dates_no_meeting(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tRoad safety")
    document.add_heading("Minutes of the Police Accountability Board held on 14 January 2027", level=1)
    document.add_paragraph("Present: the Commissioner and the Chief Constable.")
    document.add_paragraph("Action 3: the Chief Constable to circulate the road safety plan\nDate: 30 June 2027\n"
                           "Owner: ACC")
    document.add_paragraph("The Commissioner thanked officers.")
    path = tmp_path / "board-minutes-action.docx"
    document.save(str(path))

    found = records(path)

    assert sorted(str(m["meeting_date"]) for m in found["meetings"]) == ["2027-01-14", "2027-03-12"]
    assert str(found["documents"][0]["meeting_date"]) == "2027-03-12"


def test_bilingual_date_line_among_labelled_lines_of_one_paragraph(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Bwrdd Atebolrwydd yr Heddlu / Police Accountability Board", level=0)
    document.add_paragraph("Cadeirydd / Chair: Comisiynydd / Commissioner\n"
                           "Dyddiad / Date: 20 Ebrill / April 2027, 10:00\n"
                           "Lleoliad / Location: Pencadlys yr Heddlu / Police Headquarters")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tYmddiheuriadau / Apologies")
    document.add_paragraph("2.\tTroseddau gwledig / Rural crime")
    document.add_heading("Cofnodion / Minutes of the Police Accountability Board - 16 February 2027", level=1)
    document.add_paragraph("Yn bresennol / Present: the Commissioner and the Chief Constable.")
    path = tmp_path / "bilingual-board-details.docx"
    document.save(str(path))

    found = records(path)

    assert sorted(str(m["meeting_date"]) for m in found["meetings"]) == ["2027-02-16", "2027-04-20"]
    assert str(found["documents"][0]["meeting_date"]) == "2027-04-20"


def test_a_word_before_a_slash_and_a_month_is_no_welsh_month(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tPerformance")
    document.add_heading("Performance report to the Board", level=1)
    document.add_paragraph("3 tables / April 2027 figures for crime, calls and custody are attached.")
    path = tmp_path / "board-performance.docx"
    document.save(str(path))

    found = records(path)

    assert [str(m["meeting_date"]) for m in found["meetings"]] == ["2027-03-12"]


def test_date_line_under_the_meetings_title_in_one_paragraph_dates_it(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Joint Audit Committee\nDate: 12 March 2027\nVenue: Police Headquarters")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tRoad safety")
    path = tmp_path / "audit-committee-cover.docx"
    document.save(str(path))

    assert [str(m["meeting_date"]) for m in records(path)["meetings"]] == ["2027-03-12"]


def test_date_line_under_an_actions_label_in_one_paragraph_dates_no_meeting(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tRoad safety")
    document.add_heading("Minutes of the Police Accountability Board held on 14 January 2027", level=1)
    document.add_paragraph("Action 4: the force to publish the speed enforcement figures\nDate: 30 June 2027")
    path = tmp_path / "board-minutes-short-action.docx"
    document.save(str(path))

    assert sorted(str(m["meeting_date"]) for m in records(path)["meetings"]) == ["2027-01-14", "2027-03-12"]


@pytest.mark.parametrize(("day_month", "expected"), [
    ("20 Ebr / Apr 2027", "2027-04-20"), ("9 Chwef / Feb 2027", "2027-02-09"),
    ("6 Gorff. / Jul 2027", "2027-07-06"), ("14 Rhag / Dec 2027", "2027-12-14"),
])
def test_bilingual_date_line_with_abbreviated_months(tmp_path: Path, day_month: str, expected: str) -> None:
    document = Document()
    document.add_heading("Bwrdd Atebolrwydd yr Heddlu / Police Accountability Board", level=0)
    document.add_paragraph(f"Dyddiad / Date: {day_month}, 10:00")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tYmddiheuriadau / Apologies")
    document.add_paragraph("2.\tTroseddau gwledig / Rural crime")
    path = tmp_path / "bilingual-board-abbreviated.docx"
    document.save(str(path))

    found = records(path)

    assert [str(m["meeting_date"]) for m in found["meetings"]] == [expected]
    assert str(found["documents"][0]["meeting_date"]) == expected
