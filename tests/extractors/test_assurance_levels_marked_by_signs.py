"""A pack keying its levels as signs ("+ assured; ± partly assured; −
not assured") and printing the sign alone in the question table's column,
its header cell empty, beside numbers like "4.1" in a first column also
unheaded: each sign is read through the key, each number kept. On Word and
PDF files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf, word_table

_KEY = "The Commissioner marks each question: + assured; \u00b1 partly assured; \u2212 not assured."
_HEADER = ["", "Question", "Force response", "", "Comment"]
_SIGNS = ("+", "\u00b1", "\u2212")
_ROWS = [[f"4.{n}", question, answer, sign, comment]
         for n, ((question, answer, comment), sign) in enumerate(zip(QUESTIONS_ASKED, _SIGNS), start=1)]
_EXPECTED = [(f"4.{n}", question, answer, level, sign, comment) for n, ((question, answer, comment), sign, level)
             in enumerate(zip(QUESTIONS_ASKED, _SIGNS, ("Assured", "Partly assured", "Not assured")), start=1)]


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


def test_signs_read_through_their_key_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes \u2013 Strategy and Performance Board \u2013 20 January 2027", level=2)
    document.add_heading("Missing children", level=3)
    document.add_paragraph(_KEY)
    word_table(document, [_HEADER, *_ROWS])
    document.save(str(tmp_path / "minutes.docx"))
    assert decision_fields(tmp_path / "minutes.docx", *_FIELDS) == _EXPECTED


def test_signs_in_a_borderless_table_on_a_pdf(tmp_path: Path) -> None:
    table = Table([[Paragraph(text, BOLD if not row else BODY) for text in values]
                   for row, values in enumerate([_HEADER, *_ROWS])], colWidths=[30, 150, 150, 30, 120])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Minutes \u2013 Strategy and Performance Board \u2013 20 January 2027", H1),
            Paragraph("Missing children", BOLD), Paragraph(_KEY, BODY), table]
    assert decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS) == _EXPECTED
