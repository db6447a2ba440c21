"""A decision cell whose first line is a run of marks the pack's key reads
("Key to the Assurance column: \u25a0\u25a0\u25a0 assured; \u25a0\u25a0\u25a1 partly assured;
\u25a0\u25a1\u25a1 not assured.") over a comment gives that level, the comment its
commentary (only a cell of marks alone was read: the levels were lost).
Near misses: the same marks with no key, and a keyed run in a performance
table's "Trend" column beside no question, give no level. On real Word
files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table

_KEY = "Key to the Assurance column: \u25a0\u25a0\u25a0 assured; \u25a0\u25a0\u25a1 partly assured; \u25a0\u25a1\u25a1 not assured."
_MARKS = ("\u25a0\u25a0\u25a0", "\u25a0\u25a0\u25a1", "\u25a0\u25a1\u25a1")


def _notes(path: Path, form: str, key: bool) -> Path:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 9 June 2027", level=2)
    document.add_heading("Item 3 \u2013 Call handling", level=3)
    if key:
        document.add_paragraph(_KEY)
    word_table(document, [["No.", "Question", "Response", "Assurance"],
                          *([str(n), question, answer, ""] for n, (question, answer, _) in
                            enumerate(QUESTIONS_ASKED, start=1))])
    table = document.tables[0]
    for row, ((_, _, comment), marks) in enumerate(zip(QUESTIONS_ASKED, _MARKS), start=1):
        table.cell(row, 3).text = marks
        table.cell(row, 3).add_paragraph(comment)
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_keyed_marks_over_a_comment_give_the_level_and_the_comment(tmp_path: Path, form: str) -> None:
    assert decision_fields(_notes(tmp_path / "marks.docx", form, key=True), "question_number", "assurance",
                           "commentary") == [
        (str(n), level, comment) for n, ((_, _, comment), level) in enumerate(zip(
            QUESTIONS_ASKED, ("Assured", "Partly assured", "Not assured")), start=1)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_marks_with_no_key_give_no_level(tmp_path: Path, form: str) -> None:
    assert [level for (level,) in decision_fields(_notes(tmp_path / "unkeyed.docx", form, key=False),
                                                  "assurance")] == [None, None, None]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_keyed_marks_in_a_performance_table_decide_nothing(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Performance report to the Accountability Board, 9 June 2027", level=2)
    document.add_paragraph(_KEY)
    word_table(document, [["Measure", "Target", "Actual", "Trend"],
                          *([measure, "90%", actual, f"{marks}\nCompared with last quarter."] for measure, actual, marks
                            in zip(("999 calls answered in 10 seconds", "101 calls answered", "Calls abandoned"),
                                   ("92%", "81%", "6%"), _MARKS))])
    assert decision_fields(published(document, tmp_path / "performance.docx", form), "assurance") == []
