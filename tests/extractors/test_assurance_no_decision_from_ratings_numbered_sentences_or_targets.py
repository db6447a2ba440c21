"""What looks like a level's label, an item's title or a level revised, but
is none: a performance paper's or a contract review's "Rating: Good" /
"Rating: 4 stars" under items that put no question decides nothing (under a
question "Rating: Amber" still gives the level); a typed numbered paragraph
that is a sentence ("3. The force has recruited 120 officers.") titles no
questions, and typed items a PDF's reader takes for a numbered list's are
still titles, no questions; a target or a grade raised by another body ("the
force's target was raised to 90%", "rating later raised to Adequate by
HMICFRS") revises no decider's level; a "but" clause after "Assured" that
states no reservation ("but thanked officers for the report") leaves it
Assured."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, H1, QUESTIONS_ASKED, QUESTION_TABLE_HEADER, decision_fields, docx, pdf, question_table_notes

_PAPER = (("3. Neighbourhood crime", "Burglary fell by 8% in the year to March.", "Rating: Good"),
          ("4. Contact centre", "The 999 answer time was 9 seconds.", "Rating: Requires improvement"),
          ("5. Supplier review", "The vehicle maintenance contract was reviewed.", "Rating: 4 stars"))


_FIELDS = ("topic", "question_number", "assurance", "assurance_raw")


@pytest.mark.parametrize("kind", ["word", "pdf"])
def test_a_performance_papers_ratings_are_no_decisions(tmp_path: Path, kind: str) -> None:
    title = "Performance report to the Police and Crime Panel, 14 April 2027"
    if kind == "word":
        path = docx(tmp_path / "paper.docx", [("h1", title), *((style, line) for item in _PAPER
                                                               for style, line in zip(("h2", "p", "p"), item))])
    else:
        path = pdf(tmp_path / "paper.pdf", [Paragraph(title, H1), *(Paragraph(line, H1 if at == 0 else BODY)
                                                                     for item in _PAPER for at, line in enumerate(item))])
    assert decision_fields(path, *_FIELDS) == []


def test_a_performance_reports_ratings_of_inspected_areas_are_no_decisions(tmp_path: Path) -> None:
    path = docx(tmp_path / "report.docx", [
        ("h2", "Police and Crime Panel \u2013 performance report"), ("p", "3. Response times"),
        ("p", "The force's response to emergency calls was reviewed by the inspectorate."), ("p", "Rating: Good"),
        ("p", "Crime recording"), ("p", "Rating: Adequate")])
    assert decision_fields(path, *_FIELDS) == []


def test_a_typed_numbered_sentence_titles_no_questions(tmp_path: Path) -> None:
    question, answer, _ = QUESTIONS_ASKED[0]
    path = docx(tmp_path / "minutes.docx", [
        ("h2", "Minutes of the Accountability Board held on 14 April 2027"),
        ("p", "3. The force has recruited 120 officers."), ("p", f"Question 1: {question}"), ("p", answer),
        ("p", "Assurance level: Assured")])
    assert decision_fields(path, *_FIELDS) == [(None, "1", "Assured", "Assured")]


def test_a_target_raised_in_the_answer_is_no_revised_level(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Contact"),
        ("p", "Question 1: How quickly are 999 calls answered?"),
        ("p", "The force answers 88% in ten seconds. The force's target was raised to 90% in March."),
        ("p", "Assurance level: Partly assured")])
    assert decision_fields(path, *_FIELDS) == [("Contact", "1", "Partly assured", "Partly assured")]


def test_a_grade_raised_by_another_body_in_the_level_cell_is_no_revised_level(tmp_path: Path) -> None:
    cells = ["Partly assured; the force's target was raised to 90% in March",
             "Not assured; rating later raised to Adequate by HMICFRS", "Assured"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, cells)
    assert [(number, level) for _, number, level, _ in decision_fields(path, *_FIELDS)] == [
        ("1", "Partly assured"), ("2", "Not assured"), ("3", "Assured")]


def test_a_deciders_sentence_under_typed_items_asking_nothing_on_a_pdf(tmp_path: Path) -> None:
    # the reader takes each typed number for a numbered list's: the items are still titles, no questions
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Oversight Board \u2013 31 August 2027 \u2013 Performance and Risk \u2013 Minutes", H1),
        Paragraph("1. Minutes and Actions \u2013 28 April 2027", BODY), Paragraph("2. Q1 Performance Oversight", BODY),
        Paragraph("The Deputy Mayor was assured that the performance framework was being applied.", BODY)])
    assert decision_fields(path, *_FIELDS) == []


_REQUESTS = ("The Commissioner asked the force to:", "1. Review the patrol plan for rural wards",
             "2. Report back to the June Board")


@pytest.mark.parametrize("form", ["typed", "word list", "pdf"])
def test_a_numbered_list_of_requests_after_its_lead_in_is_no_items_titles(tmp_path: Path, form: str) -> None:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("p", "3. Neighbourhood crime"),
             ("p", f"Question 1: {QUESTIONS_ASKED[0][0]}"), ("p", QUESTIONS_ASKED[0][1]),
             *(("p", line) for line in _REQUESTS), ("p", "Assurance level: Assured"), ("p", "4. Road safety"),
             ("p", f"Question 1: {QUESTIONS_ASKED[2][0]}"), ("p", QUESTIONS_ASKED[2][1]),
             ("p", "Assurance level: Not assured")]
    if form == "typed":
        path = docx(tmp_path / "minutes.docx", lines)
    elif form == "word list":  # Word's own numbered list
        document = Document()
        for style, text in lines:
            if style == "h2":
                document.add_heading(text, level=2)
            elif text in _REQUESTS[1:]:
                document.add_paragraph(text.split(". ", 1)[1], style="List Number")
            else:
                document.add_paragraph(text)
        path = tmp_path / "minutes.docx"
        document.save(str(path))
    else:
        path = pdf(tmp_path / "minutes.pdf", [Paragraph(text, H1 if style == "h2" else BODY) for style, text in lines])
    assert decision_fields(path, *_FIELDS) == [("Neighbourhood crime", "1", "Assured", "Assured"),
                                ("Road safety", "1", "Not assured", "Not assured")]


def test_a_but_clause_stating_no_reservation_leaves_the_level_assured(tmp_path: Path) -> None:
    cells = ["Assured, but thanked officers for the report", "Assured, but concerns remain about rural response",
             "Assured, but no further action is needed"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, cells)
    assert [(number, level, raw) for _, number, level, raw in decision_fields(path, *_FIELDS)] == [
        ("1", "Assured", "Assured"), ("2", "Partly assured", cells[1]), ("3", "Assured", "Assured")]
