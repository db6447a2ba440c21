"""Dates a meeting is never given: a "Date:" line of an action under minutes,
and a date made of a word before a slash that is no month."""

from pathlib import Path

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
