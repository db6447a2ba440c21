"""An agenda row whose title opens like an action line ("Action – update
from the force on ...") names business for the meeting, sets no action; an
action typed in a decision cell of the same pack still is one. On a Word file
and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

AGENDA = [["Item", "Title", "Presenter"],
          ["1", "Apologies", "Chair"],
          ["2", "Action \u2013 update from the force on the estates review", "Director of Estates"],
          ["3", "Violence in the night-time economy", "Chief Superintendent"]]
QUESTIONS = [["Question", "Response", "PCC decision"],
             ["How many door staff completed the welfare training?", "Two hundred of three hundred.",
              "Partly assured. Action NTE 46/02: Report the completion rate by venue."]]


def _pack(path: Path) -> Path:
    heading, date, notes = "Safer Nights Board", "Thursday 5 March 2046", "Notes of the Safer Nights Board, 5 March 2046"
    if path.suffix == ".docx":
        document = Document()
        document.add_heading(heading, level=1)
        document.add_paragraph(date)
        document.add_heading("Agenda", level=2)
        word_table(document, AGENDA)
        document.add_heading(notes, level=2)
        word_table(document, QUESTIONS)
        document.save(str(path))
        return path
    return pdf(path, [Paragraph(heading, H1), Paragraph(date, BODY), Paragraph("Agenda", H1),
                      grid(AGENDA, [40, 280, 150]), Paragraph(notes, H1), grid(QUESTIONS, [170, 150, 150])])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_agenda_row_sets_no_action(tmp_path: Path, suffix: str) -> None:
    found = records(_pack(tmp_path / f"pack{suffix}"))["actions"]

    assert [(a["number"], a["text"]) for a in found] == [("NTE 46/02", "Report the completion rate by venue.")]
