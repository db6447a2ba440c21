"""A pack opening with a summons letter: the letter's own date over its
addressee ("To: Members of the ... Board") and "Dear ..." is no meeting; the
meeting is the one the letter summons members to ("You are requested to
attend the next meeting of the <Board> on <date>"), titled by the board it
names, and the agenda below is that meeting's. Notes whose one scrutiny item
is followed by standing business minuted in its heading ("Any other business
– None.") or preceded by standing items taken together ("1. Apologies and 2.
Notes and action tracker") are about that item. Word files (python-docx) and
reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, docx, grid, pdf, records, word_table

BOARD = "Strategic Scrutiny Board"
LETTER = ["Policing and Crime Office", "3 June 2031", f"To: Members of the {BOARD}", "Dear Member,",
          f"You are requested to attend the next meeting of the {BOARD} on Wednesday 11 June 2031 at 2.00 pm "
          "at Police Headquarters. The agenda and papers are enclosed.",
          "Yours faithfully, Board Secretary"]
AGENDA = [["Item", "Title", "Presenter"], ["1", "Apologies", "Chair"],
          ["2", "Minutes of the meeting held on 9 April 2031", "Chair"], ["3", "Rural crime", "ACC Operations"],
          ["4", "Any other business", "Chair"]]
NOTES = f"MINUTES OF THE {BOARD.upper()} HELD ON 9 APRIL 2031"
MINUTES = [("p", "SSB 31/01 Apologies – None were received."),
           ("h", "SSB 31/02 Rural crime"),
           ("p", "The Assistant Chief Constable presented the rural crime report and answered the board's questions."),
           ("h", "SSB 31/03 Any other business – None.")]


def _pack(path: Path) -> Path:
    if path.suffix == ".pdf":
        return pdf(path, [*(Paragraph(line, BODY) for line in LETTER), Paragraph(BOARD.upper(), H1),
                          grid(AGENDA, [40, 300, 120]), Paragraph(NOTES, H1),
                          *(Paragraph(text, BOLD if kind == "h" else BODY) for kind, text in MINUTES)])
    document = Document()
    for line in LETTER:
        document.add_paragraph(line)
    document.add_heading(BOARD.upper(), level=1)
    word_table(document, AGENDA)
    document.add_heading(NOTES, level=1)
    for kind, text in MINUTES:
        if kind == "h":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_the_summoned_meeting_holds_the_agenda_and_the_notes_take_their_one_item(tmp_path: Path, form: str) -> None:
    found = records(_pack(tmp_path / f"pack.{form}"))
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [
        ("2031-06-11", None), ("2031-04-09", "Rural crime")]
    assert found["meetings"][0]["title"] == BOARD
    assert {item["meeting_date"] for item in found["agenda_items"]} == {"2031-06-11"}
    assert found["documents"][0]["meeting_date"] == "2031-06-11"


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_standing_items_taken_together_leave_the_notes_one_item(tmp_path: Path, form: str) -> None:
    lines = [("h1", f"Notes of the {BOARD} held on 9 April 2031"), ("h2", "1. Apologies and 2. Notes and action tracker"),
             ("p", "There were no apologies. The notes of the last meeting were agreed."), ("h2", "3. Rural crime"),
             ("p", "The Assistant Chief Constable presented the rural crime report."),
             ("h2", "4. Any other business"), ("p", "None.")]
    path = tmp_path / f"notes.{form}"
    if form == "pdf":
        pdf(path, [Paragraph(text, H1 if kind == "h1" else BOLD if kind == "h2" else BODY) for kind, text in lines])
    else:
        docx(path, lines)
    assert [(m["meeting_date"], m["topic"]) for m in records(path)["meetings"]] == [("2031-04-09", "Rural crime")]
