"""Minutes listing the questions under a line for each level ("The
Commissioner was assured on:", "... partly assured on:", "... not assured
on:"), each question with its response and maybe a comment: each question
takes the level of the line above it, its comment as commentary; the
group's line decides no question above it, and the paragraph introducing
the groups is no decision."""

from __future__ import annotations

from pathlib import Path

from files import QUESTIONS_ASKED, decision_fields, docx, lines_file

_INTRO = "The Chief Constable's paper answered the questions set by the Commissioner, grouped below by her conclusion."
_EXTRA = ("How many speed cameras are in working order?", "Eleven of twelve cameras work.")


_FIELDS = ("topic", "question_number", "question", "evidence_summary", "assurance", "commentary")


def _minutes(kind: str) -> list[tuple[str, str]]:
    (q1, a1, c1), (q2, a2, c2), (q3, a3, c3) = QUESTIONS_ASKED
    return [("h2", "Minutes of the Police Accountability Board, 24 February 2027"), ("h3", "3. Road safety"),
            ("p", _INTRO),
            (kind, "The Commissioner was assured on:"),
            ("p", f"Question 1. {q1}"), ("p", f"Response: {a1}"), ("p", f"Comment: {c1}"),
            (kind, "The Commissioner was partly assured on:"),
            ("p", f"Question 2. {q2}"), ("p", f"Response: {a2}"), ("p", f"Comment: {c2}"),
            ("p", f"Question 4. {_EXTRA[0]}"), ("p", f"Response: {_EXTRA[1]}"),
            (kind, "The Commissioner was not assured on:"),
            ("p", f"Question 3. {q3}"), ("p", f"Response: {a3}"), ("p", f"Comment: {c3}"),
            ("h3", "4. Any other business"), ("p", "None.")]


_EXPECTED = sorted([("Road safety", "1", *QUESTIONS_ASKED[0][:2], "Assured", QUESTIONS_ASKED[0][2]),
                    ("Road safety", "2", *QUESTIONS_ASKED[1][:2], "Partly assured", QUESTIONS_ASKED[1][2]),
                    ("Road safety", "4", *_EXTRA, "Partly assured", None),
                    ("Road safety", "3", *QUESTIONS_ASKED[2][:2], "Not assured", QUESTIONS_ASKED[2][2])])


def test_questions_grouped_under_their_level_in_a_word_file(tmp_path: Path) -> None:
    assert decision_fields(docx(tmp_path / "minutes.docx", _minutes("b")), *_FIELDS, sort=True) == _EXPECTED


def test_questions_grouped_under_their_level_on_a_pdf(tmp_path: Path) -> None:
    kinds = {"h2": "h1", "h3": "h2", "p": "p"}  # lines_file's PDF styles
    assert decision_fields(lines_file(tmp_path / "minutes.pdf", [(kinds[kind], text) for kind, text
                                                                 in _minutes("p")]), *_FIELDS, sort=True) == _EXPECTED
