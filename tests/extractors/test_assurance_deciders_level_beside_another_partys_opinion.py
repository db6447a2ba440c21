"""A question table printing another party's opinion (internal audit's, the
force's self-assessment) in a column headed as a decision before the
decider's own level column: the decider's column is the level, the other
party's opinion no part of the decision (it was read as the level: an audit's
"Substantial" gave Assured where the PCC was partly assured). With no column
of the decider's, or in an audit's table counting its recommendations, no
decision. On real Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, QUESTIONS_ASKED, decision_fields, published, word_table


def _notes(path: Path, form: str, header: list[str], opinions: list[str], levels: list[str]) -> Path:
    """Notes of one meeting whose question table prints ``opinions`` and
    ``levels`` in the fourth and fifth columns, under ``header``."""
    document = Document()
    document.add_heading("Notes of the Strategic Assurance Board held on 4 August 2026", level=2)
    document.add_heading("Item 4 \u2013 Seized property", level=3)
    document.add_paragraph("Audit opinions: Substantial, Reasonable, Limited or No assurance.")
    word_table(document, [header, *([str(n), question, answer, opinion, level]
                                    for n, ((question, answer, _), opinion, level)
                                    in enumerate(zip(QUESTIONS_ASKED, opinions, levels), start=1))])
    return published(document, path, form)


@pytest.mark.parametrize("heading", ["Internal audit opinion", "Force self-assessment"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_deciders_column_is_the_level_not_the_other_partys_opinion_before_it(
        tmp_path: Path, form: str, heading: str) -> None:
    path = _notes(tmp_path / "notes.docx", form, ["No.", "Question", "Response", heading, "PCC assurance"],
                  ["Substantial", "Limited", "Reasonable"], ["Partly assured", "Assured", "Not assured"])
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == [
        ("1", "Partly assured", "Partly assured"), ("2", "Assured", "Assured"), ("3", "Not assured", "Not assured")]


@pytest.mark.parametrize("heading", ["Audit opinion", "Force lead's level of assurance"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_table_whose_only_decision_column_is_another_partys_decides_nothing(
        tmp_path: Path, form: str, heading: str) -> None:
    """An assurance decision is the decider's: the questions an auditor or
    the force's own lead rated give none (each rating was read as the PCC's
    level); headed as the decider's, the same column reads."""
    levels = ["Substantial", "Limited", "No assurance"]
    path = _notes(tmp_path / "notes.docx", form, ["No.", "Question", "Force response", heading, "Notes"],
                  levels, ["", "", ""])
    assert decision_fields(path, "question_number", "assurance") == []
    own = _notes(tmp_path / "own.docx", form, ["No.", "Question", "Force response", "PCC's level of assurance", "Notes"],
                 levels, ["", "", ""])
    assert decision_fields(own, "question_number", "assurance") == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_audit_table_counting_its_recommendations_decides_nothing(tmp_path: Path, form: str) -> None:
    """An internal audit's table of opinions whose 'Recommendations' columns
    count them ("3", "Two low priority") asks no question: no decision (the
    counts were read as questions, the opinions as the PCC's levels). A
    tracker stating each recommendation still gives its decisions."""
    document = Document()
    document.add_heading("Minutes of the Joint Audit Committee held on 9 June 2027", level=2)
    document.add_heading("Item 6 \u2013 Internal audit progress report", level=3)
    word_table(document, [["Audit", "Assurance opinion", "Priority 1 recommendations", "Status"],
                          ["Payroll", "Substantial", "0", "Final"], ["Seized property", "Limited", "3", "Final"],
                          ["Fleet", "No assurance", "5", "Draft"]])
    word_table(document, [["Ref", "Audit", "Level of assurance", "Recommendations"],
                          ["IA1", "Payroll", "Substantial", "Two low priority"],
                          ["IA2", "Seized property", "Limited", "Three high priority"]])
    document.add_heading("Item 7 \u2013 HMICFRS recommendations", level=3)
    word_table(document, [["Rec", "Recommendation", "Update", "Level of assurance"],
                          ["R1", "The force should improve how it answers non-emergency calls.", "A new system is live.",
                           "Limited"]])
    path = published(document, tmp_path / "audit.docx", form)
    assert decision_fields(path, "question_number", "assurance") == [("R1", "Partly assured")]


@pytest.mark.parametrize("heading", ["Assurance in the force's response", "Level of assurance on the force update",
                                     "Assurance level (agreed with the force)"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_level_column_naming_the_force_it_is_about_is_the_deciders(tmp_path: Path, form: str, heading: str) -> None:
    """Near miss: a party the level is about, not one opening the heading
    as the opinion's owner, leaves the column the decider's."""
    path = _notes(tmp_path / "about.docx", form, ["No.", "Question", "Force response", heading, "Notes"],
                  ["Substantial", "Limited", "No assurance"], ["", "", ""])
    assert decision_fields(path, "question_number", "assurance") == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
