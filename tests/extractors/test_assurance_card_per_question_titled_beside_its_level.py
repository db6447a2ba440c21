"""One small two-column table per question, its top row titling it by
number beside the decision ("Question 2 | Assurance: Partly assured") over
rows labelled Question / Response / Commissioner's comment: each card is a
decision, the title row its number and level, the label rows' values its
question, evidence and commentary (the top row was read as a header of
columns: the labels joined as the question, the level lost). Near misses: a
card titled beside no decision's label ("Question 2 | Status: Open") and a
two-column table of measures under a "Measure 1 | Rating: Good" row give no
level. Word files, the PDFs LibreOffice makes of them and reportlab PDFs
(the cards of one item set one under another)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, H1, decision_fields, pdf, published, word_table
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

_CARDS = (("1", "Assured", "How many hate crimes were reported this year?", "1,960 were reported.",
           "The Commissioner thanked the reporting centres."),
          ("2", "Partly assured", "How many victims were satisfied with the service?", "71% were satisfied.",
           "The Commissioner asked what explains the gap."),
          ("3", "Not assured", "How are repeat victims identified?", "The flag is missing from a quarter of records.",
           "The Commissioner wants the audit repeated."))
_FIELDS = ("question_number", "assurance", "question", "evidence_summary", "commentary", "topic")
_EXPECTED = [(n, level, question, response, comment, "Hate crime") for n, level, question, response, comment in _CARDS]


def _rows(number: str, title: str, question: str, response: str, comment: str) -> list[list[str]]:
    return [[f"Question {number}", title], ["Question", question], ["Response", response],
            ["Commissioner's comment", comment]]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_each_card_titled_beside_its_level_is_one_decision(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Corporate Accountability Board, 5 February 2027", level=2)
    document.add_heading("3. Hate crime", level=3)
    for number, level, question, response, comment in _CARDS:
        word_table(document, _rows(number, f"Assurance: {level}", question, response, comment))
        document.add_paragraph("")
    path = published(document, tmp_path / "cards.docx", form)
    assert decision_fields(path, *_FIELDS) == _EXPECTED


def test_cards_set_one_under_another_in_a_pdf_are_one_decision_each(tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Corporate Accountability Board, 5 February 2027", H1),
            Paragraph("<b>3. Hate crime</b>", BODY)]
    for number, level, question, response, comment in _CARDS:
        table = Table([[Paragraph(text, BODY) for text in row]
                       for row in _rows(number, f"Assurance: {level}", question, response, comment)],
                      colWidths=[130, 330])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]))
        flow += [table, Spacer(1, 8)]
    assert decision_fields(pdf(tmp_path / "cards.pdf", flow), *_FIELDS) == _EXPECTED


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_cards_titled_beside_a_status_or_a_rating_give_no_level(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Corporate Accountability Board, 5 February 2027", level=2)
    document.add_heading("4. HMICFRS recommendations", level=3)
    word_table(document, [["Recommendation 2", "Status: Open"], ["Recommendation", "The force should audit flags."],
                          ["Update", "An audit is planned."], ["Comment", "Due in June."]])
    document.add_paragraph("")
    word_table(document, [["Measure 1", "Rating: Good"], ["Measure", "Victim satisfaction"],
                          ["Figure", "71%"], ["Notes", "Down from 74%."]])
    path = published(document, tmp_path / "other.docx", form)
    assert [level for _, level in decision_fields(path, "question_number", "assurance")
            if level is not None] == []
