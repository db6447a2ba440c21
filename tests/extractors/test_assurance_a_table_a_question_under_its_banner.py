"""A table a question, the question in a row across it (its banner) and its
answer and level under labels, one table after another (the layout reads
them as one table): the labels in a row of their own, repeated in every
table ("Response | Assurance" over the values), or each before its value in
the cell ("Response: ..." | "Assurance: ..."). Every question is decided,
the first too (its labels are no header of the rest), with its own answer,
in a Word file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from files import BODY, H1, QUESTIONS_ASKED, decision_fields, pdf

_LEVELS = ("Assured", "Partially assured", "Not assured")
_EXPECTED = [(str(n), question, level, answer)
             for n, (question, answer, _), level in zip((1, 2, 3), QUESTIONS_ASKED,
                                                        ("Assured", "Partly assured", "Not assured"))]


def _rows(labels: str, question: str, answer: str, level: str) -> list[list[str]]:
    """The rows under a question's banner: a row of labels over the values, or labelled values."""
    if labels == "a row of labels":
        return [["Response", "Assurance"], [answer, level]]
    return [[f"Response: {answer}", f"Assurance: {level}"]]


def _questions(labels: str) -> list[tuple[str, list[list[str]]]]:
    return [(f"Question {n}: {question}", _rows(labels, question, answer, level))
            for n, ((question, answer, _), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]


_FIELDS = ("question_number", "question", "assurance", "evidence_summary")


@pytest.mark.parametrize("labels", ["a row of labels", "labelled values"])
def test_a_word_table_a_question(tmp_path: Path, labels: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("3. Neighbourhood crime", level=3)
    for banner, rows in _questions(labels):
        table = document.add_table(rows=1 + len(rows), cols=2)
        table.style = "Table Grid"
        table.cell(0, 0).merge(table.cell(0, 1)).text = banner
        for row, values in enumerate(rows, start=1):
            for col, text in enumerate(values):
                table.cell(row, col).text = text
        document.add_paragraph()
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == _EXPECTED


@pytest.mark.parametrize("labels", ["a row of labels", "labelled values"])
def test_a_pdf_table_a_question(tmp_path: Path, labels: str) -> None:
    flow = [Paragraph("Accountability Board minutes, 14 April 2027", H1), Paragraph("3. Neighbourhood crime", H1)]
    for banner, rows in _questions(labels):
        table = Table([[Paragraph(banner, BODY), ""], *[[Paragraph(text, BODY) for text in row] for row in rows]],
                      colWidths=[250, 200])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 0), (1, 0))]))
        flow += [table, Spacer(1, 8)]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED
