"""A line under a question table saying questions were put for information
names them only after a "question"/"Q" label: a count ("The 2 remaining
questions ...") names none. On real Word files."""

from __future__ import annotations

from pathlib import Path

from files import QUESTION_TABLE_HEADER, decision_levels, question_table_notes

_LEVELS = ["Assured", "Deferred to the next meeting", "N/A", "N/A"]


def test_a_count_of_questions_put_for_information_names_none(tmp_path: Path) -> None:
    """"The 2 remaining questions" counts them: question 2, its level
    deferred, keeps its decision with no level."""
    path = question_table_notes(tmp_path / "info.docx", QUESTION_TABLE_HEADER, _LEVELS,
                                after=["The 2 remaining questions were asked for information and no assurance level "
                                       "was sought."])
    assert [(n, level) for n, level in decision_levels(path) if n in ("1", "2")] == [("1", "Assured"), ("2", None)]


def test_questions_named_as_put_for_information_have_no_decision(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "named_info.docx", QUESTION_TABLE_HEADER, _LEVELS,
                                after=["Questions 3 and 4 were asked for information and no assurance level was sought."])
    assert decision_levels(path) == [("1", "Assured"), ("2", None)]
