"""A level cell that only withholds the level ("Deferred", "Not assessed")
beside an empty comment cell gives the decision with no level and no
commentary: the deferral is the level's, not a comment ("Deferred" was
exported as the commentary). Near misses: a deferral that says when or why
("Deferred to the June meeting.") is still the commentary where the comment
cell is empty, and a comment cell's words stay the commentary. On real
Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table


def _notes(path: Path, form: str, level: str, comment: str = "") -> Path:
    """Notes whose question table decides the first two questions and prints ``level`` and ``comment`` for the third."""
    (q1, a1, _), (q2, a2, _), (q3, a3, _) = QUESTIONS_ASKED
    document = Document()
    document.add_heading("Notes of the Strategic Board held on 9 June 2027", level=2)
    document.add_heading("Neighbourhood crime", level=3)
    word_table(document, [["No.", "Question", "Response", "Level of assurance", "Commissioner's comment"],
                          ["1", q1, a1, "Assured", ""], ["2", q2, a2, "Limited assurance", "Training must improve."],
                          ["3", q3, a3, level, comment]])
    return published(document, path, form)


@pytest.mark.parametrize("level", ["Deferred", "Not assessed"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_level_only_withheld_is_no_comment(tmp_path: Path, form: str, level: str) -> None:
    path = _notes(tmp_path / "deferred.docx", form, level)
    assert decision_fields(path, "question_number", "assurance", "commentary") == [
        ("1", "Assured", None), ("2", "Partly assured", "Training must improve."), ("3", None, None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_deferral_saying_when_is_the_comment(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "when.docx", form, "Deferred to the June meeting.")
    assert decision_fields(path, "question_number", "assurance", "commentary")[2] == (
        "3", None, "Deferred to the June meeting.")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_comment_cell_beside_a_deferral_is_the_comment(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "comment.docx", form, "Deferred", "The figures were not ready.")
    assert decision_fields(path, "question_number", "assurance", "commentary")[2] == (
        "3", None, "The figures were not ready.")
