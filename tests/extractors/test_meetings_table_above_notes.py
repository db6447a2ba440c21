"""Notes that name only "the meeting", with a table just above their heading:
the pack is read, not failed (the table names no board)."""

from pathlib import Path

from docx import Document
from files import records, word_table


def test_notes_of_the_meeting_under_a_table(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police and Crime Commissioner's Scrutiny Board", level=1)
    document.add_paragraph("Date: 4 March 2026")
    word_table(document, [["Item", "Title"], ["1", "Apologies"], ["2", "Burglary"]])
    document.add_heading("Notes of the meeting held on 4 February 2026", level=2)
    document.add_paragraph("Present: the Commissioner, the Chief Constable.")
    path = tmp_path / "board-notes-under-table.docx"
    document.save(str(path))

    found = records(path)  # fails the test if the pack fails

    assert {str(m["meeting_date"]) for m in found["meetings"]} >= {"2026-02-04"}
