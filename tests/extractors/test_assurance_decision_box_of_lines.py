"""Assurance decisions in a box closing each minuted item: a one-cell table
titled as the item's outcome ("Decisions and actions") whose paragraphs are
lines of the notes: a level by question number ("Q2 – Partially assured.
<comment>"), or the level of the item's one question ("Not assured.
<comment>"), and the item's actions. Real Word files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_box, published, records

# item title -> (number label, question, answer)
_BURGLARY = (("Q1.", "How many burglaries were attended within the hour?", "Officers attended 71% within the hour."),
             ("Q2.", "How many burglary suspects were charged?", "Charges were brought in 4% of cases."),
             ("Q3.", "Are burglary victims offered crime prevention advice?", "Every victim is offered a visit."))
_BURGLARY_BOX = ("Q1 \u2013 Assured. Attendance has improved since the summer.",
                 "Q2 \u2013 Partially assured. The Commissioner expects the charge rate to rise.",
                 "Q3 \u2013 Assured.",
                 "Action PB 27/04: Head of Crime to report charge rates in March.")
_ROADS = ("Question:", "Is the fatal collision investigation unit fully staffed?",
          "The unit has 9 of its 14 investigators in post.")
_ROADS_BOX = ("Not assured. Vacancies have been open for too long.",
              "Action PB 27/05: Chief Superintendent to present a recruitment plan.")


def _pack(path: Path, form: str = "one cell", published_as: str = "word") -> Path:
    document = Document()
    document.add_heading("Notes of the Performance Board \u2013 9 January 2027", level=1)
    document.add_heading("1. Apologies", level=2)
    document.add_paragraph("Apologies were received from the Chief Finance Officer.")
    document.add_heading("2. Burglary", level=2)
    document.add_paragraph("The Detective Superintendent presented the paper. The Commissioner put three questions.")
    for label, question, answer in _BURGLARY:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f" {question}")
        document.add_paragraph(answer)
    decision_box(document, _BURGLARY_BOX, form)
    document.add_heading("3. Roads policing", level=2)
    document.add_paragraph("The Chief Inspector for Roads Policing presented the paper.")
    label, question, answer = _ROADS
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(f" {question}")
    document.add_paragraph(answer)
    decision_box(document, _ROADS_BOX, form)
    document.add_heading("4. Any other business", level=2)
    document.add_paragraph("None.")
    return published(document, path, published_as)


@pytest.mark.parametrize("published_as", AS_PUBLISHED)
@pytest.mark.parametrize("form", ["one cell", "a row a line"])
def test_a_box_of_lines_after_the_questions_decides_each_by_its_number_or_the_items_one(
        tmp_path: Path, form: str, published_as: str) -> None:
    """Item 2's box gives its three questions their levels by number, the
    words after each level the commentary (none after "Q3 – Assured.");
    item 3's box gives its one unnumbered question the level, the question
    taking the item's number; the topic is the item's, the box's title and
    its actions no part of any decision. The box's lines may share its one
    cell or have a row each; in the PDF LibreOffice makes, where the one
    cell's frame is lost, its title reads as a heading of the item's outcome
    and its short last line runs on the line above."""
    decisions = records(_pack(tmp_path / "notes.docx", form, published_as))["assurance_decisions"]
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                   d["topic"], str(d["meeting_date"])) for d in decisions) == [
        ("1", _BURGLARY[0][1], _BURGLARY[0][2], "Assured", "Attendance has improved since the summer.", "Burglary",
         "2027-01-09"),
        ("2", _BURGLARY[1][1], _BURGLARY[1][2], "Partly assured", "The Commissioner expects the charge rate to rise.",
         "Burglary", "2027-01-09"),
        ("3", _BURGLARY[2][1], _BURGLARY[2][2], "Assured", None, "Burglary", "2027-01-09"),
        ("3", _ROADS[1], _ROADS[2], "Not assured", "Vacancies have been open for too long.", "Roads policing",
         "2027-01-09")]


def test_a_box_of_lines_that_states_no_level_decides_nothing(tmp_path: Path) -> None:
    """A box of the item's actions only closes no question with a level."""
    document = Document()
    document.add_heading("Notes of the Performance Board \u2013 9 January 2027", level=1)
    document.add_heading("2. Burglary", level=2)
    document.add_paragraph("Q1. How many burglaries were attended within the hour?")
    document.add_paragraph("Officers attended 71% within the hour.")
    decision_box(document, ("Action PB 27/04: Head of Crime to report attendance in March.",))
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert records(path)["assurance_decisions"] == []
