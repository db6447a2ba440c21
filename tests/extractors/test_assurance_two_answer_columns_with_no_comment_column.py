"""A question table whose last two columns answer "Assured?" and "Further
assurance sought?" (Yes / No), with no comment column beside them: the two
answers give the level together (Yes and No Assured, Yes and Yes Partly
assured, No Not assured), `assurance_raw` is both answers as printed, and
the second answer is no commentary. On a Word file and a PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, grid, pdf, word_table

_HEADER = ["No.", "Question", "Response", "Assured?", "Further assurance sought?"]
_ANSWERS = (("Yes", "No"), ("Yes", "Yes"), ("No", "Yes"))
_ROWS = [[f"5.{n}", question, answer, assured, further]
         for n, ((question, answer, _), (assured, further)) in enumerate(zip(QUESTIONS_ASKED, _ANSWERS), start=1)]
_EXPECTED = [("5.1", QUESTIONS_ASKED[0][0], "Assured", "Yes / No", None),
             ("5.2", QUESTIONS_ASKED[1][0], "Partly assured", "Yes / Yes", None),
             ("5.3", QUESTIONS_ASKED[2][0], "Not assured", "No / Yes", None)]
_FIELDS = ("question_number", "question", "assurance", "assurance_raw", "commentary")
_NOTES = "Notes of the Public Scrutiny Meeting held on 9 March 2027"
_KEY = ("Each question has two answers, Assured? and Further assurance sought?: Yes and No means assured, "
        "Yes and Yes partly assured, No not assured.")


def test_two_answer_columns_and_no_comment_column_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading(_NOTES, level=2)
    document.add_paragraph("Item 5: Business crime")
    document.add_paragraph(_KEY)
    word_table(document, [_HEADER, *_ROWS])
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == _EXPECTED


def test_two_answer_columns_and_no_comment_column_on_a_pdf(tmp_path: Path) -> None:
    flow = [Paragraph(_NOTES, H1), Paragraph("Item 5: Business crime", BOLD), Paragraph(_KEY, BODY),
            grid([_HEADER, *_ROWS], [30, 150, 170, 50, 80])]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED
