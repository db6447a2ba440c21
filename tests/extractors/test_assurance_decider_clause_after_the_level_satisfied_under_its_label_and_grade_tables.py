"""Assurance decisions on small real Word files: a clause about the decider
after the level and a dash ("Question 1 – Assured – the Commissioner was
pleased.") is the commentary, not part of the level as printed; the decider's
sentence on the line under a bare "Assurance statement:" label is read as the
label's ("The Commissioner was satisfied with ..." is Assured); an inspection
report's Question | Judgement table of the inspectorate's grades gives no
assurance decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import QUESTIONS_ASKED, decision_levels, docx, question_table_notes, records, word_table

NOTES = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Burglary")]


def test_a_clause_about_the_decider_after_the_level_is_the_commentary(tmp_path: Path) -> None:
    (asked, answer, _), (other, other_answer, _) = QUESTIONS_ASKED[:2]
    path = docx(tmp_path / "levels.docx", [*NOTES,
                                           ("p", f"Question 1: {asked}"), ("p", f"Response: {answer}"),
                                           ("p", "Question 1 \u2013 Assured \u2013 the Commissioner was pleased."),
                                           ("p", f"Question 2: {other}"), ("p", f"Response: {other_answer}"),
                                           ("p", "Question 2 \u2013 Partially assured \u2013 further update requested")])
    found = [(d["question_number"], d["assurance"], d["assurance_raw"], d["commentary"])
             for d in records(path)["assurance_decisions"]]
    assert found == [("1", "Assured", "Assured", "the Commissioner was pleased."),
                     ("2", "Partly assured", "Partially assured - further update requested", None)]


@pytest.mark.parametrize(("statement", "level"), [("The Commissioner was satisfied with the progress made.", "Assured"),
                                                  ("The Commissioner was not satisfied with the plan.", "Not assured")])
def test_the_deciders_sentence_under_a_bare_statement_label_reads_the_labels_words(tmp_path: Path, statement: str,
                                                                                   level: str) -> None:
    asked, answer, _ = QUESTIONS_ASKED[0]
    path = docx(tmp_path / "statement.docx", [*NOTES, ("p", asked), ("p", answer), ("p", "Assurance statement:"),
                                              ("p", statement)])
    found = [(d["question"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]
    assert found == [(asked, level, statement)]


def test_an_inspections_question_and_judgement_table_gives_no_decision(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("PEEL: Police effectiveness, efficiency and legitimacy 2017", level=1)
    document.add_paragraph("An inspection of Northshire Police, published by HMICFRS on 22 March 2018.")
    document.add_heading("Overall judgements", level=2)
    word_table(document, [["Question", "Judgement"],
                          ["How effective is the force at keeping people safe and reducing crime?", "Good"],
                          ["How efficient is the force at keeping people safe and reducing crime?", "Outstanding"],
                          ["How legitimate is the force at keeping people safe and reducing crime?",
                           "Requires improvement"],
                          ["How well does the force protect vulnerable people?", "Inadequate"]])
    path = tmp_path / "peel.docx"
    document.save(str(path))
    assert records(path)["assurance_decisions"] == []


def test_a_packs_key_making_the_grade_words_its_scale_still_decides_by_them(tmp_path: Path) -> None:
    key = ("The Commissioner uses the Inspectorate's words for his assessment of each answer: Good \u2013 the "
           "Commissioner is assured; Requires improvement \u2013 the Commissioner is partly assured and expects "
           "further work; Inadequate \u2013 the Commissioner is not assured.")
    path = question_table_notes(tmp_path / "graded.docx", ["Ref", "Question", "Force response", "Assessment",
                                                           "Rationale"],
                                ["Good", "Requires improvement", "Inadequate"], before=[key])
    assert decision_levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
