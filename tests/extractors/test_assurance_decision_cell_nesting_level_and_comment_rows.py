"""A decision cell holding a small nested table of a level's label and a
comment's ("Level | Partially assured" over "Comment | Asked for the
audit's action plan."): the Level row is the level, the Comment row the
commentary (both were read as one comment, "Level | Assured Comment |
...", and no level); a level withheld there ("Level | To be confirmed")
leaves the Comment row the commentary. The same typed as labelled lines ("Level: Assured",
"Comment: ...") gives the comment without its label. Near misses: nested
rows naming another measure ("Risk | High", "Rating | High", "Priority |
High" over "Owner | ACC") give no level. On real Word files (the Word
reader gives a nested table's rows as lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import QUESTIONS_ASKED, decision_fields, word_table

_LEVELS = ("Assured", "Partially assured", "Not assured")


def _notes(path: Path, rows_of: callable, nested: bool = True) -> Path:
    """Notes whose decision column holds, for each question, ``rows_of(level, comment)``: nested as a table of
    label | value rows, or typed a line each ("label: value")."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Neighbourhood crime", level=3)
    word_table(document, [["No.", "Question", "Response", "Commissioner's decision"],
                          *([str(n), question, answer, ""] for n, (question, answer, _) in
                            enumerate(QUESTIONS_ASKED, start=1))])
    table = document.tables[0]
    for row, ((_, _, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1):
        pairs = rows_of(level, comment)
        cell = table.cell(row, 3)
        if nested:
            inner = cell.add_table(rows=len(pairs), cols=2)
            inner.style = "Table Grid"
            for at, (label, value) in enumerate(pairs):
                inner.cell(at, 0).text, inner.cell(at, 1).text = label, value
        else:
            cell.text = "{}: {}".format(*pairs[0])
            for label, value in pairs[1:]:
                cell.add_paragraph(f"{label}: {value}")
    document.save(str(path))
    return path


@pytest.mark.parametrize("nested", [True, False], ids=["nested", "lines"])
def test_the_level_row_is_the_level_and_the_comment_row_the_commentary(tmp_path: Path, nested: bool) -> None:
    path = _notes(tmp_path / "decisions.docx", lambda level, comment: [("Level", level), ("Comment", comment)],
                  nested)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw", "commentary") == [
        (str(n), level, raw, comment) for n, ((_, _, comment), level, raw) in enumerate(zip(
            QUESTIONS_ASKED, ("Assured", "Partly assured", "Not assured"), _LEVELS), start=1)]


@pytest.mark.parametrize("pairs", [[("Risk", "High"), ("Comment", "Reviewed quarterly.")],
                                   [("Rating", "High"), ("Comment", "Reviewed quarterly.")],
                                   [("Priority", "High"), ("Owner", "ACC Crime")]],
                         ids=["risk", "rating", "priority"])
def test_nested_rows_naming_another_measure_give_no_level(tmp_path: Path, pairs: list[tuple[str, str]]) -> None:
    path = _notes(tmp_path / "measures.docx", lambda level, comment: pairs)
    assert [level for (level,) in decision_fields(path, "assurance")] == [None, None, None]


def test_a_level_withheld_in_the_level_row_leaves_the_comment_row_the_commentary(tmp_path: Path) -> None:
    path = _notes(tmp_path / "withheld.docx", lambda level, comment: [("Level", "To be confirmed"), ("Comment", comment)])
    assert decision_fields(path, "assurance", "assurance_raw", "commentary") == [
        (None, "To be confirmed", comment) for _, _, comment in QUESTIONS_ASKED]
