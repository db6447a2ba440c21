"""A question table answering two questions in two columns, "Assured?" and
"Further assurance sought?", each Yes or No: Yes and No is Assured, Yes and
Yes Partly assured (assured, with more assurance still sought), No Not
assured; the comment column stays the commentary. On Word and PDF files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf, word_table

_HEADER = ["No.", "Question", "Response", "Assured?", "Further assurance sought?", "Commissioner's comment"]
_ANSWERS = (("Yes", "No"), ("Yes", "Yes"), ("No", "-"))
_ROWS = [[f"Q{n}", question, answer, assured, further, comment]
         for n, ((question, answer, comment), (assured, further)) in enumerate(zip(QUESTIONS_ASKED, _ANSWERS), start=1)]
_EXPECTED = [("1", *QUESTIONS_ASKED[0], "Assured", "Yes / No"),
             ("2", *QUESTIONS_ASKED[1], "Partly assured", "Yes / Yes"),
             ("3", *QUESTIONS_ASKED[2], "Not assured", "No")]


_FIELDS = ("question_number", "question", "evidence_summary", "commentary", "assurance", "assurance_raw")


def test_two_answer_columns_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Strategic Challenge Board held on 27 January 2027", level=2)
    document.add_heading("Rural crime", level=3)
    word_table(document, [_HEADER, *_ROWS])
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS) == _EXPECTED


def test_two_answer_columns_in_a_borderless_pdf_table(tmp_path: Path) -> None:
    table = Table([[Paragraph(text, BOLD if not row else BODY) for text in values]
                   for row, values in enumerate([_HEADER, *_ROWS])], colWidths=[28, 120, 120, 50, 70, 110])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Notes of the Strategic Challenge Board held on 27 January 2027", H1),
            Paragraph("Rural crime", BOLD), table]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == _EXPECTED
