"""Assurance decisions on small real Word files and the PDFs LibreOffice makes
of them: a decision column printing one word of the pack's own in two or
three of its forms ("Evidenced", "Partly evidenced" / "Evidenced in part",
"Not evidenced"), or listed so by the pack's key sentence, is read as that
word's scale (Assured, Partly assured, Not assured), the printed form kept as
assurance_raw and no part of the comment under it; one form alone, or such
words in a tracker's status column, give no level. One form alone reads only
where the pack's key lists the scale, said of assurance itself: a sentence
listing the state of what assurance was sought on keys nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_fields, published, records, word_table

_ASKED = (("How many repeat victims were contacted within a week?", "Of 212 repeat victims, 190 were contacted."),
          ("How is the new triage desk staffed at weekends?", "Two officers cover each weekend shift."),
          ("What share of reports lead to an arrest?", "Nine per cent; no plan exists to raise it."),
          ("How are victims told of a decision not to investigate?", "A letter is sent within five days."))


def _notes(path: Path, steps: list[tuple[str, str | None]], form: str = "word", key: str | None = None) -> Path:
    """Notes of one meeting whose question table closes each row with its
    ``steps``: the step in bold over the comment in italics (none where None)
    in one "Assurance" cell; ``key`` a sentence above the table."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("3. Repeat victims", level=3)
    if key:
        document.add_paragraph(key)
    rows = [["No.", "Question", "Response", "Assurance"],
            *[[str(n), question, answer, ""] for n, ((question, answer), _) in enumerate(zip(_ASKED, steps), 1)]]
    word_table(document, rows)
    table = document.tables[-1]
    for row, (step, comment) in enumerate(steps, start=1):
        cell = table.cell(row, 3)
        cell.paragraphs[0].add_run(step).bold = True
        if comment:
            cell.add_paragraph().add_run(comment).italic = True
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_decision_columns_own_word_with_partly_and_not_is_its_scale(tmp_path: Path, form: str) -> None:
    path = _notes(tmp_path / "evidenced.docx", [("Evidenced", "The Commissioner was pleased."),
                                                ("Partly evidenced", "The rota must be published."),
                                                ("Not evidenced", "A plan is wanted by July."),
                                                ("Evidenced", None)], form)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw", "commentary", sort=True) == [
        ("1", "Assured", "Evidenced", "The Commissioner was pleased."),
        ("2", "Partly assured", "Partly evidenced", "The rota must be published."),
        ("3", "Not assured", "Not evidenced", "A plan is wanted by July."),
        ("4", "Assured", "Evidenced", None)]


def test_two_forms_of_the_word_are_enough_and_in_part_may_follow_it(tmp_path: Path) -> None:
    path = _notes(tmp_path / "two.docx", [("Evidenced in part", "The rota must be published."),
                                          ("Not evidenced", "A plan is wanted by July.")])
    assert decision_fields(path, "question_number", "assurance", "assurance_raw", sort=True) == [
        ("1", "Partly assured", "Evidenced in part"), ("2", "Not assured", "Not evidenced")]


_KEY = "The Commissioner records whether assurance was evidenced, partly evidenced or not evidenced."


@pytest.mark.parametrize("key", [_KEY, "For each question, assurance is recorded as evidenced, partly evidenced or "
                                       "not evidenced, with the Commissioner's comment below.",
                                 "Assurance levels: evidenced, partly evidenced or not evidenced.",
                                 "Assurance is rated on a three-point scale: evidenced, partly evidenced or not "
                                 "evidenced.",
                                 "The assurance scale used is evidenced, partly evidenced or not evidenced.",
                                 "Assurance ratings used in these notes are evidenced, partly evidenced and not "
                                 "evidenced.",
                                 "The Commissioner's assurance on each question is recorded as evidenced, partly "
                                 "evidenced or not evidenced."])
def test_the_packs_key_sentence_listing_the_forms_reads_a_column_printing_one(tmp_path: Path, key: str) -> None:
    path = _notes(tmp_path / "key.docx", [("Evidenced", "The Commissioner was pleased."),
                                          ("Evidenced", "The rota is published.")], key=key)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw", "commentary", sort=True) == [
        ("1", "Assured", "Evidenced", "The Commissioner was pleased."),
        ("2", "Assured", "Evidenced", "The rota is published.")]


@pytest.mark.parametrize("step", ["Not evidenced", "Evidenced"])
def test_one_form_alone_is_no_scale(tmp_path: Path, step: str) -> None:
    path = _notes(tmp_path / "one.docx", [(step, "A plan is wanted by July."), (step, "The rota must be published.")])
    assert decision_fields(path, "question_number", "assurance", sort=True) == [("1", None), ("2", None)]


def _minuted(path: Path, levels: tuple[str, ...], key: str | None = None) -> Path:
    """Notes of one meeting minuting each question of _ASKED, its response and
    its ``levels`` after a bold "Level of assurance:" label; ``key`` a sentence
    above them."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("3. Repeat victims", level=3)
    if key:
        document.add_paragraph(key)
    for n, ((question, answer), level) in enumerate(zip(_ASKED, levels), 1):
        document.add_paragraph(f"Question {n}: {question}")
        document.add_paragraph(f"Response: {answer}")
        document.add_paragraph().add_run(f"Level of assurance: {level}").bold = True
    document.save(str(path))
    return path


def test_one_form_after_a_levels_label_reads_only_where_the_key_lists_the_scale(tmp_path: Path) -> None:
    keyed = _minuted(tmp_path / "keyed.docx", ("Evidenced", "Not evidenced"), key=_KEY)
    assert decision_fields(keyed, "question_number", "assurance", "assurance_raw", sort=True) == [
        ("1", "Assured", "Evidenced"), ("2", "Not assured", "Not evidenced")]
    alone = _minuted(tmp_path / "alone.docx", ("Evidenced", "Evidenced"))
    assert [level for _, level in decision_fields(alone, "question_number", "assurance")] in ([], [None, None])


@pytest.mark.parametrize("key", [None, _KEY])
def test_not_discussed_alone_is_no_level_keyed_or_not(tmp_path: Path, key: str | None) -> None:
    # one form of a word no key lists: "Not discussed" says how the question was handled, no "Not assured"
    column = _notes(tmp_path / "column.docx", [("Not discussed", None), ("Not discussed", None)], key=key)
    assert decision_fields(column, "question_number", "assurance", sort=True) == [("1", None), ("2", None)]
    label = _minuted(tmp_path / "label.docx", ("Not discussed", "Not discussed"), key=key)
    assert [level for _, level in decision_fields(label, "question_number", "assurance")] in ([], [None, None])


def _state_keyed(path: Path, key: str, form: str = "word") -> list[tuple]:
    """(number, level, as printed) of a question table printing Substantial, Limited and "Not implemented" under
    the key sentence ``key``."""
    return decision_fields(_notes(path, [("Substantial", None), ("Limited", None), ("Not implemented", None)], form,
                                  key=key), "question_number", "assurance", "assurance_raw", sort=True)


_STATE_UNKEYED = [("1", "Assured", "Substantial"), ("2", "Partly assured", "Limited"), ("3", None, None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_key_listing_the_state_of_what_assurance_was_sought_on_keys_no_level(tmp_path: Path, form: str) -> None:
    # the list is said of the recommendations, not of assurance: "Not implemented" is their state, no level
    key = ("The Commissioner sought assurance on whether each recommendation was implemented, partly implemented "
           "or not implemented.")
    assert _state_keyed(tmp_path / "state.docx", key, form) == _STATE_UNKEYED


@pytest.mark.parametrize("key", [
    "The Panel sought assurance that each recommendation had been implemented, partly implemented or not implemented.",
    "The Panel sought assurance on each recommendation: implemented, partly implemented or not implemented."])
def test_a_list_of_what_else_assurance_is_about_keys_no_level(tmp_path: Path, key: str) -> None:
    assert _state_keyed(tmp_path / "state.docx", key) == _STATE_UNKEYED


def test_a_trackers_status_words_in_three_forms_give_no_decision(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Action tracker", level=3)
    word_table(document, [["Ref", "Action", "Update", "Status"],
                          ["AB 27/01", "Publish the triage desk rota.", "Drafted.", "Partly started"],
                          ["AB 27/02", "Share the arrest rate by district.", "Shared in May.", "Started"],
                          ["AB 27/03", "Review the letters sent to victims.", "Not begun.", "Not started"]])
    path = tmp_path / "tracker.docx"
    document.save(str(path))
    assert records(path)["assurance_decisions"] == []


def test_a_level_withheld_after_its_label_is_no_form_of_a_scale(tmp_path: Path) -> None:
    path = _minuted(tmp_path / "withheld.docx", ("Assured", "Not assured", "Not assessed"))
    assert decision_fields(path, "question_number", "assurance", sort=True) == [
        ("1", "Assured"), ("2", "Not assured"), ("3", None)]


@pytest.mark.parametrize("steps", [("No further action", "Further action", "No further action"),
                                   ("Update requested", "No update requested", "Update requested"),
                                   ("Answered", "Not answered", "Answered")])
def test_two_outcomes_with_no_partial_form_are_no_scale(tmp_path: Path, steps: tuple[str, ...]) -> None:
    # "No further action" is the board content, "Further action" more sought: read as W / Not W they would invert
    path = _notes(tmp_path / "outcomes.docx", [(step, None) for step in steps])
    assert decision_fields(path, "question_number", "assurance", sort=True) == [("1", None), ("2", None), ("3", None)]


def test_unanswered_questions_beside_the_vocabularys_levels_take_no_level(tmp_path: Path) -> None:
    path = _notes(tmp_path / "answered.docx", [("Substantial", None), ("Not answered", None), ("Answered", None),
                                               ("Limited", None)])
    assert decision_fields(path, "question_number", "assurance", sort=True) == [
        ("1", "Assured"), ("2", None), ("3", None), ("4", "Partly assured")]
