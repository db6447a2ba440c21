"""Findings of the assurance review, on real Word files: a tick beside
crosses in level columns ("\u2713 | \u2717 | \u2717") is the tick's level."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table

_LEVELS = ("Assured", "Partially assured", "Not assured")
_CANONICAL = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
# (number, question, answer, the marks under Assured | Partially assured | Not assured)
_MARKED = (("1", "How many officers completed the new training?", "All 412 officers completed it.",
            ("\u2713", "\u2717", "\u2717")),
           ("2", "How is stalking risk assessed at first contact?", "Call handlers use a structured checklist.",
            ("\u2717", "\u2714", "\u2717")),
           ("3", "What has been done to cut the backlog of digital devices?", "The backlog has grown to 900.",
            ("\u2718", "\u2718", "\u2713")),
           ("4", "Are victims updated within the Code's deadlines?", "Compliance is not yet measured.",
            ("\u2717", "\u2717", "\u2717")))


def _marked_notes(path: Path) -> Path:
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 9 March 2027", level=2)
    document.add_heading("5. Public protection", level=3)
    word_table(document, [["No.", "Question", "Force response", *_LEVELS],
                          *([number, question, answer, *marks] for number, question, answer, marks in _MARKED)])
    document.save(str(path))
    return path


def test_a_tick_beside_crosses_is_the_ticks_level_and_crosses_alone_decide_nothing(tmp_path: Path) -> None:
    found = {d["question_number"]: d["assurance"]
             for d in records(_marked_notes(tmp_path / "notes.docx"))["assurance_decisions"]}
    assert found == {"1": "Assured", "2": "Partly assured", "3": "Not assured", "4": None}

