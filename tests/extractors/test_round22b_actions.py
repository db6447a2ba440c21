"""Held-out round 22b (samples/corpus/scrutiny-round22b): a minuted action
whose reference is a board's capital letters and a plain number ("Action AB
61 – ...") is an action, read with its reference; a sentence that opens with
the word ("Action 3 of the plan – ...") is none."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records


def test_an_action_referenced_by_letters_and_a_plain_number_is_minuted(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 15 October 2026", level=2)
    document.add_heading("Violence against women and girls", level=3)
    document.add_paragraph("The Assistant Chief Constable presented the report.")
    document.add_paragraph("Action AB 61 \u2013 Provide the Commissioner with a plan to train the remaining officers.")
    document.add_paragraph("Action 3 of the plan \u2013 the review of victim contact \u2013 is complete.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert [(a["number"], a["text"], a["topic"]) for a in records(path)["actions"]] == [
        ("AB 61", "Provide the Commissioner with a plan to train the remaining officers.",
         "Violence against women and girls")]
