"""A question whose level slot says no level was sought ("Assurance level:
Not sought – the question was put for information only", or "Not sought"
alone in a table's level cell) is put for information: it gives no record,
and the question after it keeps its own level and comment. A question put in
lettered parts (2 over 2a and 2b), each part with its level, gives a decision
per part; the parent row, with no level of its own, gives none."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import (AS_PUBLISHED, BODY, BOLD, H1, QUESTIONS_ASKED, QUESTION_TABLE_HEADER, decision_fields, docx,
                   pdf, published, question_table_notes, word_table)


_FIELDS = ("topic", "question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


def test_a_level_not_sought_in_minutes_closes_its_question_and_the_next_keeps_its_level(tmp_path: Path) -> None:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Neighbourhood crime")]
    slots = ("Assurance level: Assured",
             "Assurance level: Not sought \u2013 the question was put for information only.",
             "Assurance level: Partially assured")
    for number, ((question, answer, comment), slot) in enumerate(zip(QUESTIONS_ASKED, slots), start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", "Response:"), ("li", answer), ("p", slot)]
        if number != 2:
            lines.append(("p", f"PCC comment: {comment}"))
    assert decision_fields(docx(tmp_path / "minutes.docx", lines), *_FIELDS) == [
        ("Neighbourhood crime", "1", *QUESTIONS_ASKED[0][:2], "Assured", "Assured", QUESTIONS_ASKED[0][2]),
        ("Neighbourhood crime", "3", *QUESTIONS_ASKED[2][:2], "Partly assured", "Partially assured",
         QUESTIONS_ASKED[2][2])]


def test_a_level_cell_saying_not_sought_gives_no_decision(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, ["Assured", "Not sought", "Not assured"])
    assert [(number, question, level) for _, number, question, _, level, _, _ in decision_fields(path, *_FIELDS)] == [
        ("1", QUESTIONS_ASKED[0][0], "Assured"), ("3", QUESTIONS_ASKED[2][0], "Not assured")]


# An "Outcome" column whose cell says the question was put for information and no outcome was sought
_FOR_INFORMATION_OUTCOMES = ["Assured", "For information \u2013 no outcome sought", "Not assured"]


def test_an_outcome_cell_for_information_with_no_outcome_sought_gives_no_decision(tmp_path: Path) -> None:
    header = ["No.", "Question", "Force response", "Outcome", "Comment"]
    path = question_table_notes(tmp_path / "notes.docx", header, _FOR_INFORMATION_OUTCOMES)
    assert [(number, level, comment) for _, number, _, _, level, _, comment in decision_fields(path, *_FIELDS)] == [
        ("1", "Assured", QUESTIONS_ASKED[0][2]), ("3", "Not assured", QUESTIONS_ASKED[2][2])]


def test_an_outcome_cell_for_information_with_no_outcome_sought_gives_no_decision_on_a_pdf(tmp_path: Path) -> None:
    rows = [["Q", "Question", "Force response", "Outcome", "Commissioner's comments"],
            *[[str(n), question, answer, outcome, comment if n != 2 else ""]
              for n, ((question, answer, comment), outcome) in enumerate(zip(QUESTIONS_ASKED, _FOR_INFORMATION_OUTCOMES),
                                                                        start=1)]]
    table = Table([[Paragraph(text, BODY) for text in values] for values in rows], colWidths=[30, 130, 130, 80, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    flow = [Paragraph("Notes of the Governance Board \u2013 12th October 2027", H1), Paragraph("3. Burglary", BOLD),
            table]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS) == [
        ("Burglary", "1", *QUESTIONS_ASKED[0][:2], "Assured", "Assured", QUESTIONS_ASKED[0][2]),
        ("Burglary", "3", *QUESTIONS_ASKED[2][:2], "Not assured", "Not assured", QUESTIONS_ASKED[2][2])]


def test_the_parent_of_lettered_parts_gives_no_decision_on_a_pdf(tmp_path: Path) -> None:
    parent = "What does the force know about repeat burglary offenders?"
    rows = [["No.", "Question", "Force response", "Level of assurance", "PCC comment"],
            ["1", *QUESTIONS_ASKED[0][:2], "Assured", QUESTIONS_ASKED[0][2]],
            ["2", parent, "See 2a and 2b.", "\u2013", ""],
            ["2a", *QUESTIONS_ASKED[1][:2], "Partly assured", QUESTIONS_ASKED[1][2]],
            ["2b", *QUESTIONS_ASKED[2][:2], "Not assured", QUESTIONS_ASKED[2][2]]]
    table = Table([[Paragraph(text, BODY) for text in values] for values in rows], colWidths=[30, 130, 130, 80, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            Paragraph("Item 3 \u2013 Burglary", BOLD), table]
    assert decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS) == [
        ("Burglary", "1", *QUESTIONS_ASKED[0][:2], "Assured", "Assured", QUESTIONS_ASKED[0][2]),
        ("Burglary", "2a", *QUESTIONS_ASKED[1][:2], "Partly assured", "Partly assured", QUESTIONS_ASKED[1][2]),
        ("Burglary", "2b", *QUESTIONS_ASKED[2][:2], "Not assured", "Not assured", QUESTIONS_ASKED[2][2])]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_deferred_level_stays_a_decision_whatever_its_comment_says_is_not_required(tmp_path: Path, form: str) -> None:
    """A level slot deferring the level ("Deferred", "To be confirmed") is a
    decision with no level yet, though its comment says no conclusion or
    outcome is required until later: that defers, it does not say the
    question was put for information."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Minute 3 \u2013 Neighbourhood crime", level=3)
    (first, _, _), (second, second_answer, _), (third, third_answer, _) = QUESTIONS_ASKED
    word_table(document, [QUESTION_TABLE_HEADER,
                          ["1", first, "Of 410 victims, 388 were visited in a day.", "Assured", "Pleased."],
                          ["2", second, second_answer, "Deferred",
                           "No conclusion is required until the internal audit reports in June."],
                          ["3", third, third_answer, "To be confirmed",
                           "No outcome is required today; the Force will bring new figures in June."]])
    path = published(document, tmp_path / "deferred.docx", form)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == [
        ("1", "Assured", "Assured"), ("2", None, "Deferred"), ("3", None, "To be confirmed")]
