"""Assurance levels on scales the vocabulary does not list, read as a
reader does, on real Word files and reportlab PDFs run through the
pipeline: a step printed as a decision (in a question table's column
headed as the level, or after a level's label in the minutes) is read by
its parts ("Not met", "Insufficient", "Accepted subject to review",
"Mixed", "Weak"), else by its place on the scale (the middle of "Strong /
Fair / Weak", the top "Outstanding"); the printed step is kept. The same
words in a performance table or in prose decide nothing, nor does a note
of how a question was handled beside the steps ("Verbal update given"),
a label naming no assurance in an item that puts no question ("Decision:
Accepted."), or an inspection's grade table. A qualifier of partiality
makes an assured step partial however it is printed ("Assured – with
follow-up"), and the decider's view or the level of confidence labels a
level as "Assurance level:" does."""

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


# A decision column's steps and, last, a note of how the question was handled: no step of the scale
_NOTES_BESIDE_STEPS = (
    ("Assured", "Not assured", "Verbal update given"),
    ("Assured", "Not assured", "Not discussed"),
    ("Assured", "No assurance", "No response received"),
    ("Assured", "Not assured", "For noting"),
    ("Assured", "Not assured", "No update"),
    ("Assured", "Not assured", "Information only"),
    ("Full", "Substantial", "No assurance", "Awaiting response"),
)


@pytest.mark.parametrize("steps", _NOTES_BESIDE_STEPS, ids=[steps[-1] for steps in _NOTES_BESIDE_STEPS])
@pytest.mark.parametrize("form", ["word", "pdf"])
def test_a_note_of_handling_beside_the_steps_is_no_middle_step(tmp_path: Path, form: str,
                                                               steps: tuple[str, ...]) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, list(steps)) if form == "word" \
        else _table_pdf(tmp_path / "notes.pdf", list(steps))
    last = _levels(path)[-1]
    assert last[:2] == (str(len(steps)), None)


def test_a_label_naming_no_assurance_decides_only_a_question_put(tmp_path: Path) -> None:
    """"Decision: Accepted.", "Outcome: Met.", "Conclusion: Positive.",
    "Assessment: Weak." minute a precept, a report, a strategy and an audit:
    no assurance decision; "Outcome: Not met." after a question put in its
    item decides the question."""
    blocks = [("h2", _MEETING)]
    items = (("Precept proposal", "The Chief Finance Officer presented the proposed precept.", "Decision: Accepted."),
             ("Performance report", "Response times improved in all three areas.", "Outcome: Met."),
             ("Estates strategy", "The board considered the draft estates strategy.", "Conclusion: Positive."),
             ("Audit report", "Internal audit reported on payroll controls.", "Assessment: Weak."))
    for n, (title, text, line) in enumerate(items, start=3):
        blocks += [("h3", f"{n}. {title}"), ("p", text), ("p", line)]
    question, answer, _ = QUESTIONS_ASKED[0]
    blocks += [("h3", "7. Neighbourhood crime"), ("p", f"Question 1: {question}"), ("p", f"Response: {answer}"),
               ("p", f"Outcome: Not met. {_COMMENT}")]
    found = records(docx(tmp_path / "minutes.docx", blocks))["assurance_decisions"]
    assert [(d["topic"], d["assurance"], d["assurance_raw"], d["commentary"]) for d in found] == [
        ("Neighbourhood crime", N, "Not met", _COMMENT)]


def test_an_inspections_grade_table_gives_the_scale_no_top_step(tmp_path: Path) -> None:
    """An inspection's Question | Judgement table graded Good / Outstanding /
    Requires improvement / Inadequate: the inspectorate's grades are no
    scale of the PCC's assurance, "Outstanding" is read as no level."""
    document = Document()
    document.add_heading("PEEL: Police effectiveness, efficiency and legitimacy", level=1)
    document.add_paragraph("An inspection of the force, published on 22 March 2027.")
    document.add_heading("Overall judgements", level=2)
    word_table(document, [["Question", "Judgement"],
                          ["How effective is the force at keeping people safe?", "Good"],
                          ["How efficient is the force at keeping people safe?", "Outstanding"],
                          ["How legitimate is the force at keeping people safe?", "Requires improvement"],
                          ["How well does the force protect vulnerable people?", "Inadequate"]])
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert not [d for d in records(path)["assurance_decisions"] if d["assurance_raw"] == "Outstanding"]


def test_a_qualifier_of_partiality_after_an_assured_step(tmp_path: Path) -> None:
    """"Assured" with a caveat, a reservation or follow-up required is
    Partly assured, the qualifier after a dash, in brackets or run on."""
    printed = ["Assured \u2013 with follow-up", "Assured (with follow up required)", "Assured with some caveats"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, printed)
    assert [level for _, level, _ in _levels(path)] == [P, P, P]


@pytest.mark.parametrize("label", ["PCC's view", "PCC view", "Level of confidence", "Outcome of scrutiny"])
@pytest.mark.parametrize("form", ["word", "pdf"])
def test_a_level_after_the_deciders_view_or_the_level_of_confidence(tmp_path: Path, form: str, label: str) -> None:
    lines = [line.replace("Assurance level:", f"{label}:") for line in
             _labelled_lines(["Partially assured", "Assured", "Not assured"])]
    path = docx(tmp_path / "minutes.docx", [("h2", _MEETING), ("h3", "3. Neighbourhood crime"),
                                            *[("p", line) for line in lines]]) if form == "word" \
        else pdf(tmp_path / "minutes.pdf", [Paragraph(_MEETING, H1), Paragraph("3. Neighbourhood crime", H1),
                                             *[Paragraph(line, BODY) for line in lines]])
    found = records(path)["assurance_decisions"]
    assert _levels(path) == [("1", P, "Partially assured"), ("2", A, A), ("3", N, N)]
    assert {d["commentary"] for d in found} == {_COMMENT}


@pytest.mark.parametrize("form", ["word", "pdf"])
def test_assurance_given_in_part_between_given_and_not_given(tmp_path: Path, form: str) -> None:
    """"Assurance partly given" is a level in its own words, not a step
    placed between "Assurance given" and "Assurance not given"; the words
    after its dash are the commentary."""
    printed = ["Assurance given", "Assurance partly given \u2013 the Commissioner asked for the audit in May",
               "Assurance not given"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, printed) if form == "word" \
        else _table_pdf(tmp_path / "notes.pdf", printed)
    assert [level for _, level, _ in _levels(path)] == [A, P, N]
