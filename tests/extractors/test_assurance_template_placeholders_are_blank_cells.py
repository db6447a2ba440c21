"""A Word template's placeholder left in a question table's level or
comment cell ("Choose an item.", "Click or tap here to enter text.",
"[Insert level]", a drop-down left on "Select...") is a blank cell: no commentary, and an unused last row
holding only one adds nothing to the question above it (its placeholder was
the commentary of the real decision above). Near miss: a comment that only
opens with a placeholder's words ("Select from list the options the force
costed.") stays the commentary. On real Word files and the PDFs LibreOffice
makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table

_HEADER = ["No.", "Question", "Response", "Assurance level", "Comment"]


def _notes(path: Path, form: str, rows: list[list[str]]) -> Path:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Neighbourhood crime", level=3)
    word_table(document, [_HEADER, *rows])
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_placeholders_in_the_level_and_comment_cells_are_blank(tmp_path: Path, form: str) -> None:
    rows = [[str(n), question, answer, level, comment] for n, ((question, answer, _), (level, comment))
            in enumerate(zip(QUESTIONS_ASKED, [("Choose an item.", "Click or tap here to enter text."),
                                               ("[Insert level]", "[Enter comment]"),
                                               ("Select...", "Choose an item.")]), start=1)]
    assert decision_fields(_notes(tmp_path / "template.docx", form, rows), "question_number", "assurance",
                           "commentary") == [("1", None, None), ("2", None, None), ("3", None, None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_unused_last_row_adds_nothing_to_the_question_above(tmp_path: Path, form: str) -> None:
    (q1, a1, c1), (q2, a2, _), _ = QUESTIONS_ASKED
    rows = [["1", q1, a1, "Partly assured", c1], ["2", q2, a2, "Not assured", ""],
            ["", "", "", "Choose an item.", "Click or tap here to enter text."]]
    assert decision_fields(_notes(tmp_path / "filled.docx", form, rows), "question_number", "assurance",
                           "commentary") == [("1", "Partly assured", c1), ("2", "Not assured", None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_comment_opening_with_a_placeholders_words_stays(tmp_path: Path, form: str) -> None:
    (q1, a1, _), *_ = QUESTIONS_ASKED
    comment = "Select from list the options the force costed."
    rows = [["1", q1, a1, "Assured", comment]]
    assert decision_fields(_notes(tmp_path / "near.docx", form, rows), "question_number", "assurance",
                           "commentary") == [("1", "Assured", comment)]
