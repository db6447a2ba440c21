"""A question table printing the assurance sought of the force beside the
assurance received ("Assurance sought | Force response | Assurance
received"), under a key sentence ("Received (assured), Received in part
(partly assured) or Not received (not assured)"): the level is the received
column's, read through the key, its comment the commentary; the sought
column is neither. A table printing the level first, then the question's
number in a column with no heading ("Level | | Question | Response"), keeps
each question's number. On Word and PDF files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf, word_table

_SOUGHT = ("That the force knows its repeat victims.", "That officers are trained.", "That results come back in time.")
_RECEIVED = ("Received", "Received in part", "Not received")
_LEVELS = ("Assured", "Partly assured", "Not assured")


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


def test_the_assurance_received_beside_the_assurance_sought_on_a_pdf(tmp_path: Path) -> None:
    italic = BODY.clone("italic", fontName="Helvetica-Oblique")
    rows = [[Paragraph(text, BOLD) for text in ("Ref", "Question", "Assurance sought", "Force response",
                                                "Assurance received")],
            *[[Paragraph(f"MP{n}", BODY), Paragraph(question, BODY), Paragraph(sought, BODY), Paragraph(answer, BODY),
               [Paragraph(received, BOLD), Paragraph(comment, italic)]]
              for n, ((question, answer, comment), sought, received)
              in enumerate(zip(QUESTIONS_ASKED, _SOUGHT, _RECEIVED), start=1)]]
    table = Table(rows, colWidths=[35, 130, 110, 120, 110])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Minutes of the Public Accountability Board held on 14 September 2027", H1),
            Paragraph("Item 3 \u2013 Missing people", BOLD),
            Paragraph("For each question the Mayor's office set out the assurance it sought; the last column records "
                      "the assurance the Mayor received: Received (assured), Received in part (partly assured) or "
                      "Not received (not assured).", BODY), table]
    assert decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS) == [
        (f"MP{n}", question, answer, level, received, comment) for n, ((question, answer, comment), received, level)
        in enumerate(zip(QUESTIONS_ASKED, _RECEIVED, _LEVELS), start=1)]


def test_an_unheaded_number_column_after_the_level_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Note of the Performance Meeting held on 19 October 2027", level=2)
    document.add_heading("Fraud", level=3)
    document.add_paragraph("The PCC's level of assurance on each question is recorded as Assured, Partly assured or "
                           "Not assured.")
    word_table(document, [["Level", "", "Question", "Response"],
                          *[[level, f"3.{n}", question, answer] for n, ((question, answer, _), level)
                            in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]])
    document.save(str(tmp_path / "note.docx"))
    assert decision_fields(tmp_path / "note.docx", *_FIELDS) == [
        (f"3.{n}", question, answer, level, level, None) for n, ((question, answer, _), level)
        in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]
