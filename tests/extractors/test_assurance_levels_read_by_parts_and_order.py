"""Assurance levels on scales the vocabulary does not list, read as a
reader does, on real Word files and reportlab PDFs run through the
pipeline: a step printed as a decision (in a question table's column
headed as the level, or after a level's label in the minutes) is read by
its parts ("Not met", "Insufficient", "Accepted subject to review",
"Mixed", "Weak"), else by its place on the scale (the middle of "Strong /
Fair / Weak", the top "Outstanding"); the printed step is kept. The same
words in a performance table or in prose decide nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import (BODY, H1, QUESTION_TABLE_HEADER, QUESTIONS_ASKED, docx, grid, pdf, question_table_notes, records,
                   word_table)
from reportlab.platypus import Paragraph

A, P, N = "Assured", "Partly assured", "Not assured"

# (what the scale is, each step as printed and the level a reader takes it for); none is in the vocabulary
_SCALES = (
    ("positive to negative", (("Positive", A), ("Mixed", P), ("Negative", N))),
    ("strong, fair, weak: the middle by its place", (("Strong", A), ("Fair", P), ("Weak", N))),
    ("good, fair, poor", (("Good", A), ("Fair", P), ("Poor", N))),
    ("strong, weak, poor", (("Strong", A), ("Weak", N), ("Poor", N))),
    ("sufficiency", (("Sufficient", A), ("Partially sufficient", P), ("Insufficient", N))),
    ("acceptance", (("Accepted", A), ("Accepted subject to review", P), ("Not accepted", N))),
    ("expectation met", (("Met", A), ("Met with follow-up", P), ("Not yet met", N))),
    ("confidence", (("Confident", A), ("Confident with reservations", P), ("Not confident", N))),
    ("convinced", (("Convinced", A), ("Partly convinced", P), ("Unconvinced", N))),
    ("concerns", (("No concerns", A), ("Some concerns", P), ("Concerns", N))),
    ("outstanding at the top", (("Outstanding", A), ("Good", A), ("Requires improvement", P), ("Inadequate", N))),
    ("four steps, the third by its place", (("Strong", A), ("Good", A), ("Fair", P), ("Weak", N))),
)
_IDS = [name for name, _ in _SCALES]
_MEETING = "Minutes of the Accountability Board held on 14 April 2027"
_COMMENT = "The Commissioner asked for an update in June."


def _table_rows(steps: list[str]) -> list[list[str]]:
    return [QUESTION_TABLE_HEADER, *[[str(n), question, answer, step, comment]
                                     for n, ((question, answer, comment), step)
                                     in enumerate(zip(QUESTIONS_ASKED * 2, steps), start=1)]]


def _table_pdf(path: Path, steps: list[str]) -> Path:
    """The question table of files.question_table_notes as a reportlab PDF."""
    return pdf(path, [Paragraph(_MEETING, H1), Paragraph("Minute 3 \u2013 Neighbourhood crime", H1),
                      grid(_table_rows(steps), [30, 140, 130, 90, 120])])


def _labelled_lines(steps: list[str]) -> list[str]:
    """Each question, its response, and "Assurance level: <step>. <comment>"."""
    lines = []
    for n, ((question, answer, _), step) in enumerate(zip(QUESTIONS_ASKED * 2, steps), start=1):
        lines += [f"Question {n}: {question}", f"Response: {answer}", f"Assurance level: {step}. {_COMMENT}"]
    return lines


def _levels(path: Path) -> list[tuple[str, str | None, str | None]]:
    return sorted((d["question_number"], d["assurance"], d["assurance_raw"])
                  for d in records(path)["assurance_decisions"])


def _expected(steps: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
    return sorted((str(n), level, printed) for n, (printed, level) in enumerate(steps, start=1))


@pytest.mark.parametrize("steps", [steps for _, steps in _SCALES], ids=_IDS)
@pytest.mark.parametrize("form", ["word", "pdf"])
def test_a_question_tables_decision_column_on_an_unlisted_scale(tmp_path: Path, form: str,
                                                                steps: tuple[tuple[str, str], ...]) -> None:
    printed = [step for step, _ in steps]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, printed) if form == "word" \
        else _table_pdf(tmp_path / "notes.pdf", printed)
    assert _levels(path) == _expected(steps)


@pytest.mark.parametrize("steps", [steps for _, steps in _SCALES], ids=_IDS)
@pytest.mark.parametrize("form", ["word", "pdf"])
def test_labelled_lines_of_the_minutes_on_an_unlisted_scale(tmp_path: Path, form: str,
                                                            steps: tuple[tuple[str, str], ...]) -> None:
    lines = _labelled_lines([step for step, _ in steps])
    path = docx(tmp_path / "minutes.docx", [("h2", _MEETING), ("h3", "3. Neighbourhood crime"),
                                            *[("p", line) for line in lines]]) if form == "word" \
        else pdf(tmp_path / "minutes.pdf", [Paragraph(_MEETING, H1), Paragraph("3. Neighbourhood crime", H1),
                                             *[Paragraph(line, BODY) for line in lines]])
    found = records(path)["assurance_decisions"]
    assert _levels(path) == _expected(steps)
    assert {d["commentary"] for d in found} == {_COMMENT}


def test_the_same_words_in_a_performance_table_and_in_prose_decide_nothing(tmp_path: Path) -> None:
    """A performance table's "Assessment" of its measures (Strong / Fair /
    Weak) and the scales' words in prose, a line of their own included,
    give no decision: only the question table decides."""
    document = Document()
    document.add_heading(_MEETING, level=2)
    document.add_heading("1. Performance", level=3)
    document.add_paragraph("The Chief Constable presented the performance report.")
    word_table(document, [["Measure", "Target", "Actual", "Assessment"],
                          ["999 calls answered within 10 seconds", "90%", "92%", "Strong"],
                          ["Burglary charge rate", "10%", "8%", "Fair"],
                          ["Victim satisfaction", "80%", "61%", "Weak"]])
    document.add_paragraph("The Commissioner said the picture was mixed: call handling was strong, the charge rate "
                           "insufficient and the plan not yet met.")
    document.add_paragraph("Mixed.")
    document.add_heading("2. Neighbourhood crime", level=3)
    word_table(document, [QUESTION_TABLE_HEADER, *[[str(n), question, answer, level, comment] for n, (
        (question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, (A, P, N)), start=1)]])
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = sorted((d["question_number"], d["topic"], d["assurance"], d["assurance_raw"])
                   for d in records(path)["assurance_decisions"])
    assert found == [("1", "Neighbourhood crime", A, A), ("2", "Neighbourhood crime", P, P),
                     ("3", "Neighbourhood crime", N, N)]
