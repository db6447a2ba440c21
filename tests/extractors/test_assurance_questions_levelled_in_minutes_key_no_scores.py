"""Minutes that give questions their levels by number ("Questions 1 and 2:
the PCC is assured. Question 3: ...") are no key of scores 1 to 3, so a
score column's numbers stay undecoded; a sentence keying a score scale
still decodes them. On real Word files."""

from __future__ import annotations

from pathlib import Path

from files import decision_levels, question_table_notes


_MINUTED_LEVELS = "Questions 1 and 2: the PCC is assured. Question 3: the PCC is partly assured."


def test_minutes_listing_questions_by_level_key_no_scores(tmp_path: Path) -> None:
    """Minutes giving questions 1-3 their levels are no key of a score 1-3:
    a later table's score column printing 1, 2, 3 gives no level."""
    path = question_table_notes(tmp_path / "scores.docx", ["No.", "Question", "Answer", "Score", "Comment"],
                       ["1", "2", "3"], before=[_MINUTED_LEVELS])
    assert [level for _, level in decision_levels(path) if level is not None] == []


def test_a_printed_key_of_listed_scores_still_decodes_them(tmp_path: Path) -> None:
    key = ("Scoring: a score of 3 means the PCC is assured, 2 that she is partly assured, and 1 that she is "
           "not assured.")
    path = question_table_notes(tmp_path / "key.docx", ["No.", "Question", "Answer", "Score", "Comment"],
                       ["3", "2", "1"], before=[key])
    assert decision_levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
