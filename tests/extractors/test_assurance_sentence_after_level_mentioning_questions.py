"""A sentence after a level that mentions questions in passing ("Assured.
Question 3 asked about the backlog.") decides none of them; a level line
naming its questions ("Assured: questions 1 and 3. <comment>") still does.
On real Word files."""

from __future__ import annotations

from pathlib import Path

from files import assessed_notes, decision_levels

def test_a_sentence_after_the_level_that_mentions_questions_decides_none(tmp_path: Path) -> None:
    lines = ("Assured. Question 3 asked about the backlog.", "Partly assured. Q2 was answered late.",
             "Not assured. Questions 1 and 2 were not answered.")
    path = assessed_notes(tmp_path / "passing.docx", lines)
    assert [level for _, level in decision_levels(path) if level is not None] == []


def test_a_level_line_naming_its_questions_still_decides_them(tmp_path: Path) -> None:
    lines = ("Assured: questions 1 and 3. Victims are visited promptly.", "Partly assured \u2013 Q2")
    path = assessed_notes(tmp_path / "named.docx", lines)
    assert decision_levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Assured")]
