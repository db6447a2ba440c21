"""A question minuted as a line ("Question 1: How ...?") with a box right
under it whose columns are labelled over one row of values ("Response |
Assurance", maybe a "PCC comment" column) is answered and decided by the
box: the answer cell is the evidence, the level cell the level and its
words after it (or the comment column) the commentary, in a Word file and
a reportlab PDF. A box labelled alike under no question (a performance
line) decides nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from files import BODY, H1, QUESTIONS_ASKED, decision_fields, pdf, word_table

_LEVELS = ("Assured", "Partially assured", "Not assured")
_EXPECTED = [(str(n), question, level, answer, comment)
             for n, (question, answer, comment), level in zip((1, 2, 3), QUESTIONS_ASKED,
                                                               ("Assured", "Partly assured", "Not assured"))]
# (the box's labels, its values from (answer, level, comment))
_BOXES = {"level and comment in one cell": (["Response", "Assurance"], lambda a, lvl, c: [a, f"{lvl}. {c}"]),
          "a comment column": (["Force response", "Level of assurance", "PCC comment"], lambda a, lvl, c: [a, lvl, c])}


_FIELDS = ("question_number", "question", "assurance", "evidence_summary", "commentary")


def _boxes(box: str) -> list[tuple[str, list[list[str]]]]:
    """(question line, the box's rows) of each question."""
    labels, values = _BOXES[box]
    return [(f"Question {n}: {question}", [labels, values(answer, level, comment)])
            for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]


def _notes(path: Path, lines: list[tuple[str | None, list[list[str]]]]) -> Path:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("3. Neighbourhood crime", level=3)
    for line, rows in lines:
        if line:
            document.add_paragraph(line)
        word_table(document, rows)
    document.save(str(path))
    return path


@pytest.mark.parametrize("box", _BOXES)
def test_a_box_of_labelled_columns_under_each_question_in_a_word_file(tmp_path: Path, box: str) -> None:
    assert decision_fields(_notes(tmp_path / "notes.docx", _boxes(box)), *_FIELDS) == _EXPECTED


@pytest.mark.parametrize("box", _BOXES)
def test_a_box_of_labelled_columns_under_each_question_in_a_pdf(tmp_path: Path, box: str) -> None:
    flow = [Paragraph("Accountability Board minutes, 14 April 2027", H1), Paragraph("3. Neighbourhood crime", H1)]
    for line, rows in _boxes(box):
        table = Table([[Paragraph(text, BODY) for text in row] for row in rows])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        flow += [Paragraph(line, BODY), table, Spacer(1, 8)]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED


def test_a_box_labelled_alike_under_no_question_decides_nothing(tmp_path: Path) -> None:
    lines = [("The Board received the quarterly performance report.",
              [["Response", "Assurance"], ["Calls answered within the target time: 91 per cent.", "Assured"]])]
    assert decision_fields(_notes(tmp_path / "notes.docx", lines), *_FIELDS) == []
