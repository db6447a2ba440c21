"""A pack's front sheet (a table of the meeting's date, time, venue and
focus) under the board's name is the board's meeting: titled by the board,
its focus the meeting's topic, never its title. Real reportlab PDFs and
Word files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from files import BODY, H1, TITLE, grid, pdf, records, word_table
from reportlab.platypus import Paragraph


def test_a_details_strip_under_the_boards_name_titles_the_meeting_by_the_board(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Police, Fire and Crime Commissioner for Northumbria", BODY),
        Paragraph("Police Accountability Board", TITLE),
        grid([["Date: Tuesday 21 March 2028", "Time: 10.00am", "Venue: Force Headquarters"],
              ["Focus: Public contact", "", ""]], [170, 120, 170]),
        Paragraph("Agenda", H1),
        grid([["No.", "Item", "Lead"], ["1", "Welcome and apologies", "PFCC"],
              ["2", "Public contact: 999 and 101 performance", "ACC Operations"],
              ["3", "Workforce wellbeing", "Director of People"]], [40, 280, 140]),
    ])

    meetings = records(path)["meetings"]
    assert [(m["meeting_date"], m["title"], m["topic"]) for m in meetings] == \
        [("2028-03-21", "Police Accountability Board", "Public contact")]


def test_a_key_value_front_sheet_under_the_boards_name_titles_the_meeting_by_the_board(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading("Strategic Priorities Assurance Board", level=0)
    word_table(document, [["DATE OF MEETING", "15 June 2027"], ["LOCATION", "Conference Room 3"],
                          ["THEME OF MEETING", "Violence against women and girls"]])
    document.add_heading("Agenda", level=1)
    word_table(document, [["ITEM", "SUBJECT", "PURPOSE"], ["1", "APOLOGIES FOR ABSENCE", ""],
                          ["2", "VIOLENCE AGAINST WOMEN AND GIRLS – OPCC REPORT", "ASSURANCE"],
                          ["3", "VIOLENCE AGAINST WOMEN AND GIRLS – FORCE REPORT AND PRESENTATION", "ASSURANCE"]])
    document.save(str(tmp_path / "pack.docx"))

    found = records(tmp_path / "pack.docx")
    assert [(m["meeting_date"], m["title"], m["topic"]) for m in found["meetings"]] == \
        [("2027-06-15", "Strategic Priorities Assurance Board", "Violence against women and girls")]
