"""The decider's letter after a meeting setting out each question in a
table of its own words ("What I asked | What I heard | My view"), the
numbers in an unheaded first column and the view a bold level over an
italic comment: each row is a decision, the level read by the vocabulary
(Adequate, Partial, Inadequate), the comment its commentary. On Word and
PDF files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf

_HEADER = ("", "What I asked", "What I heard", "My view")
_VIEWS = ("Adequate", "Partial", "Inadequate")
_EXPECTED = [(str(n), question, answer, level, view, comment) for n, ((question, answer, comment), view, level)
             in enumerate(zip(QUESTIONS_ASKED, _VIEWS, ("Assured", "Partly assured", "Not assured")), start=1)]


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


def test_the_letters_table_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Board, 6 July 2027 \u2013 the Commissioner's view", level=2)
    document.add_paragraph("Thank you for attending the Board. I set out below what I asked, what I heard and my "
                           "view on each question.")
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(_HEADER):
        table.cell(0, col).text = text
    for row, ((question, answer, comment), view) in enumerate(zip(QUESTIONS_ASKED, _VIEWS), start=1):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 2).text = f"{row}.", question, answer
        table.cell(row, 3).paragraphs[0].add_run(view).bold = True
        table.cell(row, 3).add_paragraph().add_run(comment).italic = True
    document.save(str(tmp_path / "letter.docx"))
    assert decision_fields(tmp_path / "letter.docx", *_FIELDS) == _EXPECTED


def test_the_letters_borderless_table_on_a_pdf(tmp_path: Path) -> None:
    italic = BODY.clone("italic", fontName="Helvetica-Oblique")
    rows = [[Paragraph(text, BOLD) for text in _HEADER],
            *[[Paragraph(f"{n}.", BODY), Paragraph(question, BODY), Paragraph(answer, BODY),
               [Paragraph(view, BOLD), Paragraph(comment, italic)]]
              for n, ((question, answer, comment), view) in enumerate(zip(QUESTIONS_ASKED, _VIEWS), start=1)]]
    table = Table(rows, colWidths=[25, 160, 170, 120])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Accountability Board, 6 July 2027 \u2013 the Commissioner's view", H1),
            Paragraph("Thank you for attending the Board. I set out below what I asked, what I heard and my view on "
                      "each question.", BODY), table]
    assert decision_fields(pdf(tmp_path / "letter.pdf", flow), *_FIELDS) == _EXPECTED
