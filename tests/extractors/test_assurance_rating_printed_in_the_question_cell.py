"""A question table whose question column is headed as the level's too
("Question and rating"): each question cell prints the decider's rating
under the question after its label ("Mayor's rating – Assured"), or run on
after the question mark; the rating is the level, the question its words
without it, the comment column the commentary. On Word and PDF files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf

_HEADER = ("Ref", "Question and rating", "Force response", "Mayor's comment")
_LEVELS = ("Assured", "Partly assured", "Not assured")
_EXPECTED = [(f"NC{n}", question, answer, level, level, comment)
             for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


def test_the_rating_under_the_question_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes: Accountability and Assurance Meeting, 5 May 2027", level=2)
    document.add_heading("Item 3 \u2013 Neighbourhood crime", level=3)
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(_HEADER):
        table.cell(0, col).text = text
    for row, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1):
        table.cell(row, 0).text, table.cell(row, 2).text, table.cell(row, 3).text = f"NC{row}", answer, comment
        table.cell(row, 1).text = question
        table.cell(row, 1).add_paragraph().add_run(f"Mayor's rating \u2013 {level}").italic = True
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == _EXPECTED


def test_the_rating_under_the_question_or_run_on_after_it_on_a_pdf(tmp_path: Path) -> None:
    italic = BODY.clone("italic", fontName="Helvetica-Oblique")
    rows = [[Paragraph(text, BOLD) for text in _HEADER]]
    for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1):
        rating = f"Mayor's rating \u2013 {level}"
        asked = [Paragraph(f"{question} {rating}", BODY)] if n == 3 \
            else [Paragraph(question, BODY), Paragraph(rating, italic)]
        rows.append([Paragraph(f"NC{n}", BODY), asked, Paragraph(answer, BODY), Paragraph(comment, BODY)])
    table = Table(rows, colWidths=[40, 170, 150, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Notes: Accountability and Assurance Meeting, 5 May 2027", H1),
            Paragraph("Item 3 \u2013 Neighbourhood crime", BOLD), table]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED
