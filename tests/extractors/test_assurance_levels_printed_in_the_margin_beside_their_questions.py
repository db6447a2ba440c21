"""Notes that print each question's level in the margin beside it
("ASSURED" beside "Q1. How many ...?", its response and the decider's
comment below, the margin empty beside them), which the readers give as a
two-column table with no header, decide each question by its margin's
level: its number and words, the response the evidence, the comment the
commentary. A margin of words naming no assurance (a risk's "HIGH"), a
margin level beside lines that ask nothing, and a margin of colours beside
a performance paper's measures decide nothing. On Word files and reportlab
PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import QUESTIONS_ASKED, decision_fields, records

from tests.ingest.pdf_builders import grid, para, story_pdf

_TITLE = "Notes of the Performance Meeting held on 27 February 2048"
_ITEM = "Neighbourhood crime"


def _margin_notes(path: Path, rows: list[tuple[str, str]]) -> Path:
    """Notes of one item whose lines stand beside a margin: (margin, line) a row, with no rules or header."""
    if path.suffix == ".pdf":
        story = [para(_TITLE, size=14, bold=True), para(_ITEM, size=12, bold=True),
                 grid([[para(margin, bold=True), para(line)] for margin, line in rows], [110, 360], ruled=False)]
        path.write_bytes(story_pdf(story))
        return path
    document = Document()
    document.add_heading(_TITLE, level=2)
    document.add_heading(_ITEM, level=3)
    table = document.add_table(rows=len(rows), cols=2)
    for row, (margin, line) in enumerate(rows):
        table.cell(row, 0).paragraphs[0].add_run(margin).bold = True
        table.cell(row, 1).text = line
    document.save(str(path))
    return path


def _questions(margins: tuple[str, ...]) -> list[tuple[str, str]]:
    return [row for n, ((question, answer, comment), margin) in enumerate(zip(QUESTIONS_ASKED, margins), start=1)
            for row in ((margin, f"Q{n}. {question}"), ("", f"Response: {answer}"),
                        ("", f"Commissioner's comment: {comment}"))]


@pytest.mark.parametrize("suffix", (".docx", ".pdf"))
def test_each_question_takes_the_level_in_the_margin_beside_it(tmp_path: Path, suffix: str) -> None:
    path = _margin_notes(tmp_path / f"margin{suffix}", _questions(("ASSURED", "PARTLY ASSURED", "NOT ASSURED")))
    assert decision_fields(path, "question_number", "question", "evidence_summary", "assurance", "commentary",
                           "topic") == [
        (str(n), question, answer, level, comment, _ITEM)
        for n, ((question, answer, comment), level) in enumerate(
            zip(QUESTIONS_ASKED, ("Assured", "Partly assured", "Not assured")), start=1)]


_RISKS = _questions(("HIGH", "MEDIUM", "LOW"))  # a risk's rating beside each question
_NO_QUESTIONS = [("ASSURED", "The accounts were audited without qualification."),
                 ("", "The auditor's letter is attached."), ("NOT ASSURED", "The estates plan was not presented."),
                 ("", "It will come to the June meeting.")]
_MEASURES = [("GREEN", "999 calls answered within 10 seconds: 92%."), ("AMBER", "Burglary solved rate: 9%."),
             ("RED", "Victim satisfaction: 61%.")]


# (the reportlab PDF of the lines asking nothing reads as paragraphs, no table: no margin to read, so Word only)
@pytest.mark.parametrize(("suffix", "rows"), [
    (".docx", _RISKS), (".pdf", _RISKS), (".docx", _NO_QUESTIONS), (".docx", _MEASURES), (".pdf", _MEASURES)],
    ids=["risks word", "risks pdf", "no questions word", "measures word", "measures pdf"])
def test_a_margin_of_other_words_or_beside_no_question_decides_nothing(tmp_path: Path, suffix: str,
                                                                      rows: list[tuple[str, str]]) -> None:
    assert records(_margin_notes(tmp_path / f"other{suffix}", rows))["assurance_decisions"] == []
