"""Notes titled by the board's name and date, closing by naming
themselves the record of the meeting ("<Board> – <Subject>, <date>: record
of the meeting"): they are a meeting of their own, on that date, whose topic
is the "Theme:" line under the title, not the words after the board's
name. A real Word file."""

from pathlib import Path

from docx import Document
from files import records


def test_notes_closing_with_record_of_the_meeting_are_that_dates_meeting(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Community Accountability Forum – Policing", level=0)
    document.add_paragraph("Hosted by the Police and Crime Commissioner")
    document.add_paragraph("Thursday 15 April 2027, 10.00am, Council Chamber")
    document.add_paragraph("Focus: Road safety")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tWelcome")
    document.add_paragraph("2.\tRoad safety")
    document.add_heading("Community Accountability Forum – Policing, 16 February 2027: record of the meeting", level=1)
    document.add_paragraph("Theme: Rural crime")
    document.add_paragraph("Present: the Commissioner and the Chief Constable.")
    document.add_heading("Actions agreed", level=2)
    document.add_paragraph("Publish the farm watch figures each quarter.", style="List Number")
    path = tmp_path / "forum-record.docx"
    document.save(str(path))

    found = records(path)

    assert sorted((str(m["meeting_date"]), m["topic"]) for m in found["meetings"]) == [
        ("2027-02-16", "Rural crime"), ("2027-04-15", "Road safety")]
    assert [(str(a["meeting_date"]), a["topic"]) for a in found["actions"]] == [("2027-02-16", "Rural crime")]
