"""Minuted decisions recorded as resolutions in lettered parts under each
question ("RESOLVED – (a) That the Commissioner is partly assured on the
question. (b) That ..."): part (a) gives the level, the parts after it the
commentary. A resolution with no question above it, or one naming no level,
decides nothing; a letter to the decider ("Dear Commissioner,") is its
writer's, and its "I am assured" no decision, where the decider's own letter
still decides; the public's questions answered by the decider, and a
panel's put to the Commissioner, are no scrutiny questions. On Word files
and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_fields, published

# (number, question, answer, level) of the questions put at the meeting
_ASKED = (("1", "How many reports of shop theft led to a charge?", "A suspect was charged in 1,310 cases.", "assured"),
          ("2", "What has the retail crime partnership delivered?", "Forty retailers have joined.", "partly assured"),
          ("3", "How quickly are calls from shop staff attended?", "The force cannot yet separate these calls.",
           "not assured"))


def _minutes(heading: str) -> Document:
    document = Document()
    document.add_heading("Minutes of the Performance Board held on 11 February 2044", level=2)
    document.add_heading(heading, level=3)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_resolutions_first_part_gives_the_level_the_next_the_commentary(tmp_path: Path, form: str) -> None:
    document = _minutes("Item 3 – Retail crime")
    for number, question, answer, level in _ASKED:
        document.add_paragraph(f"Question {number}: {question}")
        document.add_paragraph(answer)
        document.add_paragraph(f"RESOLVED – (a) That the Commissioner is {level} on the question. (b) That the force "
                               f"report again in {_MONTHS[number]}.")
    path = published(document, tmp_path / "resolved.docx", form)
    assert decision_fields(path, "question_number", "question", "evidence_summary", "assurance", "commentary") == [
        (number, question, answer, level.capitalize(), f"That the force report again in {_MONTHS[number]}.")
        for number, question, answer, level in _ASKED]


_MONTHS = {"1": "May", "2": "June", "3": "July"}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_resolutions_of_items_putting_no_question_decide_nothing(tmp_path: Path, form: str) -> None:
    """A report noted and the Board content, an approval asked of the
    Commissioner: lettered resolutions with no question above them."""
    document = _minutes("Item 5 – Treasury management")
    document.add_paragraph("The Chief Finance Officer presented the mid-year treasury report.")
    document.add_paragraph("RESOLVED – (a) That the report be noted. (b) That the Board is assured that the strategy "
                           "complies with the code.")
    document.add_heading("Item 6 – Estates", level=3)
    document.add_paragraph("The estates strategy was presented.")
    document.add_paragraph("RESOLVED – (a) That the Commissioner is asked to approve the sale of the old station. "
                           "(b) That the Board is content.")
    path = published(document, tmp_path / "resolved-reports.docx", form)
    assert decision_fields(path, "question_number", "assurance") == []


@pytest.mark.parametrize("salutation", ["Dear Commissioner,", "Dear Deputy Mayor,"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_letter_to_the_decider_gives_no_decision(tmp_path: Path, form: str, salutation: str) -> None:
    """The Chief Constable's letter answering the questions ("I am assured
    that ...") states the force's view, not the decider's."""
    document = _minutes("Appendix – letter from the Chief Constable")
    document.add_paragraph(salutation)
    for number, question, answer, level in _ASKED[:2]:
        document.add_paragraph(f"Question {number}: {question}")
        document.add_paragraph(f"I am {level} that the figures are right. {answer}")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Chief Constable")
    path = published(document, tmp_path / "letter.docx", form)
    assert decision_fields(path, "question_number", "assurance") == []


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_deciders_own_letter_still_decides(tmp_path: Path, form: str) -> None:
    document = _minutes("Appendix – letter from the Commissioner")
    document.add_paragraph("Dear Chief Constable,")
    document.add_paragraph(f"Question 1: {_ASKED[0][1]}")
    document.add_paragraph("I am partly assured that the force charges more shop thieves.")
    document.add_paragraph("Yours sincerely, Police and Crime Commissioner")
    path = published(document, tmp_path / "own-letter.docx", form)
    assert decision_fields(path, "question_number", "assurance") == [("1", "Partly assured")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_publics_questions_answered_by_the_decider_are_no_decisions(tmp_path: Path, form: str) -> None:
    """Under "Public questions", the Commissioner's reply stating her
    assurance answers a resident, no scrutiny question; the item's
    scrutiny question before it keeps its decision."""
    document = _minutes("Item 3 – Retail crime")
    document.add_paragraph(f"Question 1: {_ASKED[0][1]}")
    document.add_paragraph(_ASKED[0][2])
    document.add_paragraph("The Commissioner was partly assured.")
    document.add_heading("Item 4 – Public questions", level=3)
    document.add_paragraph("Question 1 (from a resident of the town): Why has the front counter closed on Saturdays?")
    document.add_paragraph("Response: The Commissioner said she was assured that the online service meets demand.")
    document.add_paragraph("Question 2 (from a parish council): Will the rural team be kept?")
    document.add_paragraph("Response: The Commissioner said she was partly assured by the force's plans.")
    path = published(document, tmp_path / "public-questions.docx", form)
    assert decision_fields(path, "question_number", "assurance", "topic") == [("1", "Partly assured", "Retail crime")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_panels_resolutions_on_the_commissioners_answers_are_no_decisions(tmp_path: Path, form: str) -> None:
    """A police and crime panel's questions put to the Commissioner, each
    closed by the Panel's resolution on her answer: no scrutiny question of
    the Commissioner's, no decision."""
    document = Document()
    document.add_heading("Minutes of the Police and Crime Panel held on 9 June 2044", level=2)
    document.add_heading("5. Questions to the Commissioner", level=3)
    document.add_paragraph("Question 1: How does the Commissioner hold the Chief Constable to account for 101 waits?")
    document.add_paragraph("The Commissioner described the monthly accountability meeting.")
    document.add_paragraph("RESOLVED – That the Panel is not assured by the Commissioner's answer and asks for a "
                           "written reply.")
    document.add_paragraph("Question 2: How wide was the precept consultation?")
    document.add_paragraph("The consultation reached 3,000 residents.")
    document.add_paragraph("RESOLVED – That the Panel is assured that the consultation was wide enough.")
    path = published(document, tmp_path / "panel.docx", form)
    assert decision_fields(path, "question_number", "assurance") == []
