"""A decision column printing whether assurance was obtained ("Assurance
obtained", "Assurance partially obtained", "Assurance not obtained") reads
as the three levels; a level cell holding only "For information" marks a
question put for information, no level sought: it gives no record."""

from __future__ import annotations

from pathlib import Path

from files import QUESTIONS_ASKED, question_table_notes, records

_OUTCOMES = ["Assurance obtained", "Assurance partially obtained", "For information", "Assurance not obtained"]


def test_outcomes_of_assurance_obtained_and_a_question_for_information(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", ["No.", "Question", "Summary of response", "Outcome",
                                                          "Comment"], _OUTCOMES)
    asked = QUESTIONS_ASKED * 2
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["assurance_raw"],
             d["commentary"]) for d in records(path)["assurance_decisions"]] == [
        ("1", *asked[0][:2], "Assured", "Assurance obtained", asked[0][2]),
        ("2", *asked[1][:2], "Partly assured", "Assurance partially obtained", asked[1][2]),
        ("4", *asked[3][:2], "Not assured", "Assurance not obtained", asked[3][2])]
