"""Assurance decisions on small real Word files: a rating key numbered from the
best ("rates each question from 1 to 4: 1 – full assurance; ...") reads every
rating, its first one too; a level cell naming no level ("Not sought") beside a
comment saying so, or saying it in a few words ("For information – no
assurance level sought"), gives no decision; rows across a question
table under a numbered item only group its questions, which keep the item as
their topic."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import QUESTION_TABLE_HEADER, QUESTIONS_ASKED, decision_levels, question_table_notes, records, \
    word_grouped_table, word_table


def test_a_rating_key_numbered_from_the_best_reads_its_first_rating(tmp_path: Path) -> None:
    key = ("Assurance rating. The Commissioner rates each question from 1 to 4: 1 \u2013 full assurance; "
           "2 \u2013 substantial assurance; 3 \u2013 limited assurance; 4 \u2013 no assurance. A rating of 1 or 2 "
           "means the Commissioner is assured, 3 that he is partly assured, and 4 that he is not assured.")
    path = question_table_notes(tmp_path / "ratings.docx", ["No.", "Question", "Force response", "Rating", "Comment"],
                                ["1", "3", "2", "4"], before=[key])
    assert decision_levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", "Assured"),
                                     ("4", "Not assured")]


@pytest.mark.parametrize("level, comment", [
    ("Not sought", "Asked for information only; no level of assurance was sought."),
    ("For information \u2013 no assurance level sought", "")])
def test_a_level_cell_saying_no_level_was_sought_is_no_decision(tmp_path: Path, level: str, comment: str) -> None:
    document = Document()
    document.add_heading("Minutes of the Performance Board held on 6 February 2029", level=2)
    document.add_heading("3. Rural crime", level=3)
    (asked, answer, first_comment), (other, other_answer, _) = QUESTIONS_ASKED[:2]
    word_table(document, [QUESTION_TABLE_HEADER,
                          ["1", asked, answer, "Assured", first_comment],
                          ["2", other, other_answer, level, comment]])
    path = tmp_path / "not-sought.docx"
    document.save(str(path))
    assert decision_levels(path) == [("1", "Assured")]


def test_rows_across_a_question_table_under_a_numbered_item_leave_it_the_topic(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Police Accountability Board \u2013 1 April 2031", level=1)
    document.add_heading("Item 3 \u2013 Knife crime", level=2)
    rows = [["Ref", "Question", "Summary of response", "Level of assurance"],
            ["Prevention and early intervention", "", "", ""],
            ["KC1", QUESTIONS_ASKED[0][0], QUESTIONS_ASKED[0][1], "Assured"],
            ["Enforcement", "", "", ""],
            ["KC2", QUESTIONS_ASKED[1][0], QUESTIONS_ASKED[1][1], "Partly assured"]]
    word_grouped_table(document, rows, [1, 3])
    path = tmp_path / "grouped.docx"
    document.save(str(path))
    found = [(d["question_number"], d["topic"], d["assurance"]) for d in records(path)["assurance_decisions"]]
    assert found == [("KC1", "Knife crime", "Assured"), ("KC2", "Knife crime", "Partly assured")]


def test_a_step_the_key_says_gives_no_level_is_the_level_as_printed_not_the_comment(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Corporate Governance Board held on 20 February 2029", level=2)
    document.add_paragraph("PCC decision: Assured; Assured with caveats \u2013 the PCC is partly assured and sets out "
                           "the caveats; Not assured; Further report required \u2013 no decision was reached and the "
                           "matter returns to a later Board.")
    document.add_heading("5. Drug-related harm", level=3)
    (asked, answer, _), (other, other_answer, _) = QUESTIONS_ASKED[:2]
    word_table(document, [["No.", "Question", "Response", "PCC decision"],
                          ["1", asked, answer, "Assured with caveats \u2013 the PCC wants the figures each quarter."],
                          ["2", other, other_answer,
                           "Further report required \u2013 the Force will bring the evaluation to June's Board."]])
    path = tmp_path / "further-report.docx"
    document.save(str(path))
    found = [(d["question_number"], d["assurance"], d["assurance_raw"], d["commentary"])
             for d in records(path)["assurance_decisions"]]
    assert found == [("1", "Partly assured", "Assured with caveats", "the PCC wants the figures each quarter."),
                     ("2", None, "Further report required", "the Force will bring the evaluation to June's Board.")]


def test_each_table_under_an_agenda_items_label_takes_that_items_title(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Public Accountability Conference held on 25 February 2031", level=2)
    for item, (asked, answer, _) in zip(("Agenda item 3: Drug-related harm", "Agenda item 4: Road safety"),
                                        QUESTIONS_ASKED):
        document.add_heading(item, level=3)
        word_table(document, [["No.", "Question", "Response", "Level of assurance"], ["1", asked, answer, "Assured"]])
    path = tmp_path / "agenda-items.docx"
    document.save(str(path))
    assert [d["topic"] for d in records(path)["assurance_decisions"]] == ["Drug-related harm", "Road safety"]
