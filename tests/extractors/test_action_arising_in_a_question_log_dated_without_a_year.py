"""A log of the meeting's questions dating each row by its day and month
alone ("17 March") sets its actions at that day of the pack's year, as a
tracker's yearless dates are read (they were left undated and took the pack's
meeting). A small real Word file."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table


def test_a_question_logs_yearless_date_dates_its_action(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Performance and Accountability Board", level=1)
    document.add_paragraph("Thursday 6 May 2027")
    document.add_heading("Scrutiny log", level=2)
    word_table(document, [["Date", "Question", "Force response", "PCC decision", "Action arising"],
                          ["17 March", "How many burglary victims are visited within a day?",
                           "Of 410 victims, 388 were visited within a day.", "Assured",
                           "PAB 27/04 – Report the visits made after a day by district."]])
    path = tmp_path / "board.docx"
    document.save(str(path))
    assert [(a["number"], a["meeting_date"]) for a in records(path)["actions"]] == [("PAB 27/04", "2027-03-17")]
