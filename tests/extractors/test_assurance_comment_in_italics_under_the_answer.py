"""A question table with no comment column whose answer column is headed
as the comment's too ("Response and comment"): the lines closing the
answer in italics are the decider's comment, the plain lines above them
the evidence. On a Word file and a borderless reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf, word_table

_HEADER = ["Outcome", "Q", "Question", "Response and comment"]
_LEVELS = ["Partly assured", "Not assured", "Assured"]
_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary")
# the third question's answer has no comment under it
_EXPECTED = [(str(n), question, answer, level, comment if n < 3 else None)
             for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]


def test_italic_lines_closing_the_answer_are_the_comment_in_word(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Governance Board \u2013 9 December 2027", level=2)
    document.add_heading("Item 4. Neighbourhood crime", level=3)
    word_table(document, [_HEADER, *([level, str(n), question, answer] for n, ((question, answer, _), level)
                                     in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1))])
    for row, (_, _, comment) in enumerate(QUESTIONS_ASKED[:2], start=1):
        document.tables[-1].cell(row, 3).add_paragraph().add_run(comment).italic = True
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS) == _EXPECTED


def test_italic_lines_closing_the_answer_are_the_comment_in_a_borderless_pdf(tmp_path: Path) -> None:
    italic = BODY.clone("italic", fontName="Helvetica-Oblique")
    rows = [[Paragraph(text, BOLD) for text in _HEADER]]
    for row, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1):
        answer_cell = [Paragraph(answer, BODY), *([Paragraph(comment, italic)] if row < 3 else [])]
        rows.append([Paragraph(level, BOLD), Paragraph(str(row), BODY), Paragraph(question, BODY), answer_cell])
    table = Table(rows, colWidths=[80, 25, 170, 210], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Minutes of the Governance Board \u2013 9 December 2027", H1),
            Paragraph("Item 4. Neighbourhood crime", BOLD), table]
    assert decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS) == _EXPECTED


def test_an_italic_note_on_the_figures_closing_the_answer_stays_with_the_evidence(tmp_path: Path) -> None:
    """Offices set a source or data note in italics under a response
    ("Source: ...", "Figures exclude ..."): it is the answer's, no comment."""
    notes = ["Source: force performance data, March 2027.", "Figures exclude digital forensics."]
    document = Document()
    document.add_heading("Minutes of the Governance Board \u2013 9 December 2027", level=2)
    document.add_heading("Item 4. Neighbourhood crime", level=3)
    word_table(document, [_HEADER, *([level, str(n), question, answer] for n, ((question, answer, _), level)
                                     in enumerate(zip(QUESTIONS_ASKED[:2], _LEVELS), start=1))])
    for row, note in enumerate(notes, start=1):
        document.tables[-1].cell(row, 3).add_paragraph().add_run(note).italic = True
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, "question_number", "evidence_summary", "commentary") == [
        (str(n), f"{answer}\n{note}", None) for n, ((_, answer, _), note) in enumerate(zip(QUESTIONS_ASKED, notes), 1)]
