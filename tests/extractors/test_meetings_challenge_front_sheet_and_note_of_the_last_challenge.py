"""A challenge meeting's front sheet (its title, a particulars line opening
with the date, "Chair:" and "Theme:" lines, then an agenda table with no
"Agenda" heading), and the notes of the last challenge headed "<Board>: <Topic>
– note of the meeting held on <date>"."""

from pathlib import Path

from files import BODY, H1, TITLE, grid, pdf, records
from reportlab.platypus import PageBreak, Paragraph


def _challenge_pack(path: Path, notes_heading: str) -> Path:
    return pdf(path, [
        Paragraph("Policing Challenge", TITLE),
        Paragraph("Wednesday 14 July 2027, 10:00 – 12:00, Civic Hall, and webcast", BODY),
        Paragraph("Chair: Deputy Mayor for Policing and Crime", BODY),
        Paragraph("Theme: Burglary and robbery", BODY),
        grid([["Item", "Subject", "Presenter"],
              ["1", "Welcome", "Deputy Mayor"],
              ["2", "Note of the last Challenge and actions", "Secretariat"],
              ["3", "Burglary: the force's response", "Assistant Commissioner"]], [40, 260, 150]),
        PageBreak(),
        Paragraph(notes_heading, H1),
        Paragraph("The Deputy Mayor challenged the force on its response to road deaths.", BODY),
    ])


def test_challenge_front_sheet_and_note_of_the_last_challenge_are_meetings(tmp_path: Path) -> None:
    found = records(_challenge_pack(
        tmp_path / "challenge.pdf", "Policing Challenge: Road safety – note of the meeting held on 12 May 2027"))

    assert [(str(m["meeting_date"]), m["title"], m["topic"]) for m in found["meetings"]] == [
        ("2027-07-14", "Policing Challenge", "Burglary and robbery"),
        ("2027-05-12", "Policing Challenge: Road safety - note of the meeting held on 12 May 2027", "Road safety")]
    assert str(found["documents"][0]["meeting_date"]) == "2027-07-14"
    assert found["documents"][0]["doc_kind"] == "scrutiny_pack"
    assert {str(item["meeting_date"]) for item in found["agenda_items"]} == {"2027-07-14"}


def test_an_agenda_line_naming_the_minutes_is_no_notes_heading(tmp_path: Path) -> None:
    found = records(_challenge_pack(
        tmp_path / "challenge-item.pdf", "Item 2 – Minutes of the meeting held on 12 May 2027"))

    assert [str(m["meeting_date"]) for m in found["meetings"]] == ["2027-07-14"]
