"""A decision cell holding the level, the decider's comment and, under them,
an action typed with its reference ("Action ABC 27/04: Provide ..."), its
own paragraph or run on after the comment's last sentence as a PDF's
reader may join it: the commentary ends before the action (the actions
extractor's record), on Word and PDF files alike."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, pdf

_ACTIONS = ("Action PAB 27/04: Provide the visit rate by ward.", "Action PAB 27/05: Report the course's completion rate.")
_LEVELS = ("Assured", "Partly assured", "Not assured")


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary")


_EXPECTED = [(str(n), question, answer, level, comment)
             for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1)]


def test_actions_under_the_comment_in_a_word_decision_cell(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Public Accountability Board held on 14 April 2027", level=2)
    document.add_heading("3. Neighbourhood crime", level=3)
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(("No.", "Question", "Summary of evidence", "PCC decision")):
        table.cell(0, col).text = text
    for row, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _LEVELS), start=1):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 2).text = str(row), question, answer
        cell = table.cell(row, 3)
        cell.paragraphs[0].add_run(level).bold = True
        cell.add_paragraph().add_run(comment).italic = True
        if row == 2:
            cell.add_paragraph(_ACTIONS[0])
    document.save(str(tmp_path / "minutes.docx"))
    assert decision_fields(tmp_path / "minutes.docx", *_FIELDS) == _EXPECTED


def test_actions_run_on_after_the_comment_or_set_under_it_on_a_pdf(tmp_path: Path) -> None:
    italic = BODY.clone("italic", fontName="Helvetica-Oblique")
    cells = [[Paragraph(_LEVELS[0], BOLD), Paragraph(QUESTIONS_ASKED[0][2], italic)],
             [Paragraph(_LEVELS[1], BOLD), Paragraph(f"{QUESTIONS_ASKED[1][2]} {_ACTIONS[0]}", BODY)],
             [Paragraph(_LEVELS[2], BOLD), Paragraph(QUESTIONS_ASKED[2][2], italic), Paragraph(_ACTIONS[1], BODY)]]
    rows = [[Paragraph(text, BOLD) for text in ("No.", "Question", "Summary of evidence", "PCC decision")],
            *[[Paragraph(str(n), BODY), Paragraph(question, BODY), Paragraph(answer, BODY), decision]
              for n, ((question, answer, _), decision) in enumerate(zip(QUESTIONS_ASKED, cells), start=1)]]
    table = Table(rows, colWidths=[30, 140, 140, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Minutes of the Public Accountability Board held on 14 April 2027", H1),
            Paragraph("3. Neighbourhood crime", BOLD), table]
    assert decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS) == _EXPECTED
