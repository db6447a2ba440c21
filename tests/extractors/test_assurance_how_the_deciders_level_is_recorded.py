"""How the decision-maker's level is recorded (samples/corpus/scrutiny-round8),
each on a small layout, and the five packs end to end against their gold."""

from __future__ import annotations

from pathlib import Path

import pytest
import files
from scrutiny_build import C, decision_triples, document, heading, item, para, span, table

from extractors import meetings
from extractors.context import DocumentContext

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus" / "scrutiny-round8"
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def test_a_level_line_outranks_assurance_words_in_the_commentary_above_it() -> None:
    doc = document(table([
        ["Question", "Service response", "Authority's conclusion"],
        ["Do officers carry naloxone?", "12,000 trained.",
         "The Committee was assured that training is widespread but not yet confident of every shift.\n"
         "Level: Partially assured"],
        ["Is data shared with health boards?", "Nine of fourteen.",
         "Given the partial data, the Committee could not be fully assured.\nLevel: Not assured"],
    ]))
    assert decision_triples(doc) == [
        ("Do officers carry naloxone?", "Partly assured",
         "The Committee was assured that training is widespread but not yet confident of every shift."),
        ("Is data shared with health boards?", "Not assured",
         "Given the partial data, the Committee could not be fully assured."),
    ]


def test_assurance_words_in_commentary_alone_still_give_the_first_level_stated() -> None:
    doc = document(table([
        ["Question", "Evidence", "Decision"],
        ["Are patrols funded?", "Yes.", "The PCC was partly assured that funding will last and asked for a plan."],
    ]))
    assert [level for _, level, _ in decision_triples(doc)] == ["Partly assured"]


def test_a_sentence_only_stating_the_level_is_the_level_not_commentary() -> None:
    doc = document(table([
        ["Question", "Summary of Evidence", "Authority's Decision"],
        ["1. Were checks carried out?", "1,420 checks.", "The Authority welcomed the increase.\nThe Authority is assured."],
        ["2. Are files on time?", "Seven of twelve.", "The Authority asked why.\nThe Authority is partially assured."],
    ]))
    assert decision_triples(doc) == [
        ("Were checks carried out?", "Assured", "The Authority welcomed the increase."),
        ("Are files on time?", "Partly assured", "The Authority asked why."),
    ]


def test_a_closing_summary_of_decisions_gives_the_levels_of_the_numbered_questions() -> None:
    doc = document(
        table([
            ["Question", "Brief Summary of Evidence", "Comments"],
            ["1. Are shoplifting charges rising?", "14% to 21%.", "The PCC was assured by the progress but not yet "
                                                                  "confident it will last."],
            ["2. Are shop workers attended in time?", "Partial data.", "The PCC asked for every incident to be timed."],
        ]),
        para("Summary of decisions", bold=True),
        table([["Question", "Assurance"], ["1", "Not assured"], ["2", "Partially assured"]]),
    )
    assert decision_triples(doc) == [
        ("Are shoplifting charges rising?", "Not assured", "The PCC was assured by the progress but not yet "
                                                           "confident it will last."),
        ("Are shop workers attended in time?", "Partly assured", "The PCC asked for every incident to be timed."),
    ]


def test_a_summary_repeating_the_questions_words_gives_their_levels_once() -> None:
    doc = document(
        table([
            ["Question", "Evidence", "Comments"],
            ["Are shoplifting charges rising?", "14% to 21%.", "The PCC thanked the team."],
            ["Are shop workers attended in time?", "Partial data.", "The PCC asked for timings."],
        ]),
        table([["Question", "Assurance"], ["Are shop workers attended in time?", "Limited"],
               ["Are shoplifting charges rising?", "Substantial"]]),
    )
    assert decision_triples(doc) == [("Are shoplifting charges rising?", "Assured", "The PCC thanked the team."),
                               ("Are shop workers attended in time?", "Partly assured", "The PCC asked for timings.")]


def test_two_decision_tables_of_different_questions_are_both_decisions() -> None:
    doc = document(
        table([["Question", "Decision"], ["Are shoplifting charges rising?", "Assured"]]),
        table([["Question", "Decision"], ["Are drones used well?", "Not assured"]]),
    )
    assert [(q, level) for q, level, _ in decision_triples(doc)] == [("Are shoplifting charges rising?", "Assured"),
                                                              ("Are drones used well?", "Not assured")]


@pytest.mark.parametrize("summary", [
    [item("Question 1 \u2013 Assured"), item("Question 2 \u2013 Limited assurance")],
    [para("Q1: Assured"), para("Q2: Partially assured")],
    [item("Assured", marker="1."), item("Partly assured", marker="2.")],
])
def test_a_summary_of_decisions_written_as_lines_gives_the_numbered_questions_levels(summary) -> None:
    doc = document(
        table([
            ["Question", "Brief Summary of Evidence", "Comments"],
            ["1. Are shoplifting charges rising?", "14% to 21%.", "The PCC was assured by the progress."],
            ["2. Are shop workers attended in time?", "Partial data.", "The PCC asked for timings."],
        ]),
        heading("Summary of decisions", level=2),
        *summary,
    )
    assert decision_triples(doc) == [
        ("Are shoplifting charges rising?", "Assured", "The PCC was assured by the progress."),
        ("Are shop workers attended in time?", "Partly assured", "The PCC asked for timings."),
    ]


def test_one_numbered_level_line_is_no_summary() -> None:
    doc = document(
        table([["Question", "Evidence", "Comments"], ["1. Are shoplifting charges rising?", "21%.", "Thanks."]]),
        item("Assured", marker="1."),
    )
    assert decision_triples(doc) == []


def test_a_question_and_comments_table_without_a_summary_holds_no_decisions() -> None:
    doc = document(table([
        ["Question", "Evidence", "Comments"],
        ["1. Are shoplifting charges rising?", "14% to 21%.", "The PCC thanked the team."],
    ]))
    assert decision_triples(doc) == []


def test_a_merged_decision_cell_with_an_entry_per_line_of_enquiry_gives_each_question_its_own() -> None:
    doc = document(table([
        ["No.", "Line of enquiry", "Force response", "Commissioner's conclusion"],
        ["1", "Are 999 calls answered in time?", "93%.",
         C("\u2022 Line of enquiry 1 \u2013 Assured. The Commissioner thanked staff.\n"
           "\u2022 Line of enquiry 2 \u2013 Partially assured. The Commissioner asked for follow-up.\n"
           "\u2022 Line of enquiry 3 \u2013 Not assured.", row_span=3)],
        ["2", "Are repeat callers followed up?", "Not consistently.", None],
        ["3", "Are abandoned calls falling?", "24% in August.", None],
    ]))
    assert decision_triples(doc) == [
        ("Are 999 calls answered in time?", "Assured", "The Commissioner thanked staff."),
        ("Are repeat callers followed up?", "Partly assured", "The Commissioner asked for follow-up."),
        ("Are abandoned calls falling?", "Not assured", None),
    ]


def test_a_merged_decision_cell_of_plain_lines_still_serves_every_question_it_covers() -> None:
    doc = document(table([
        ["Question", "Evidence", "Decision"],
        ["1. Are officers fit?", "98% passed.", C("Assured\nThe Committee noted the pass rate.", row_span=2)],
        ["2. Are courses on time?", "Two missed.", None],
    ]))
    assert [level for _, level, _ in decision_triples(doc)] == ["Assured", "Assured"]


def test_a_decision_column_headed_by_the_office_is_read() -> None:
    doc = document(table([
        ["Question", "Evidence", "OPFCC view"],
        ["Are 101 calls answered faster?", "Four minutes.", "Assured\nThe OPFCC asked for online figures."],
    ]))
    assert decision_triples(doc) == [
        ("Are 101 calls answered faster?", "Assured", "The OPFCC asked for online figures.")]


def test_a_coloured_mark_is_read_against_the_packs_key_of_marks() -> None:
    key = para([span("Assurance key: ", bold=True), span("\u25cf ", colour=GREEN), span("Assured "),
                span("\u25cf ", colour=AMBER), span("Partially assured "), span("\u25cf ", colour=RED),
                span("Not assured")])
    doc = document(key, table([
        ["Question", "Evidence", "Board's assessment", "Comment"],
        ["Are abstractions falling?", "6%.", C((para([span("\u25cf", colour=GREEN)]),)), "Members welcomed it."],
        ["Are plans agreed?", "Nine of eleven.", C((para([span("\u25cf", colour=AMBER)]),)), "Members asked for two."],
    ]))
    assert decision_triples(doc) == [("Are abstractions falling?", "Assured", "Members welcomed it."),
                               ("Are plans agreed?", "Partly assured", "Members asked for two.")]


def test_a_key_of_marks_overrides_the_rag_reading() -> None:
    key = para([span("Key: "), span("\u25cf ", colour=GREEN), span("Assured "), span("\u25cf ", colour=RED),
                span("Partially assured")])
    doc = document(key, table([
        ["Question", "Evidence", "Assessment"],
        ["Are plans agreed?", "Nine of eleven.", C((para([span("\u25cf", colour=RED)]),))],
    ]))
    assert [level for _, level, _ in decision_triples(doc)] == ["Partly assured"]


@pytest.mark.parametrize("letterhead", ["Staffordshire Commissioner for Police, Fire and Rescue and Crime",
                                        "Northern Ireland Policing Board"])
def test_offices_named_area_first_or_as_a_policing_board_are_the_organisation(letterhead: str) -> None:
    doc = document(para(letterhead, bold=True), heading("Strategic Governance Board"),
                   para("Notes of the meeting held on 17 September 2025"))
    assert [d.fields["organisation"] for d in meetings.extract(doc, DocumentContext()).drafts] == [letterhead]


def test_a_commissioner_for_an_area_that_is_no_police_area_is_no_organisation() -> None:
    doc = document(para("Information Commissioner for Police, Fire and Crime data", bold=True),
                   heading("Strategic Governance Board"), para("Notes of the meeting held on 17 September 2025"))
    assert [d.fields["organisation"] for d in meetings.extract(doc, DocumentContext()).drafts] == [None]


PACKS = files.corpus_packs(CORPUS)
ACTION_FIELDS = ("text", "status", "number")
DECISION_FIELDS = ("question", "assurance", "commentary", "question_number")


@pytest.mark.parametrize("name", PACKS)
def test_recorded_level_pack_as_gold_says(name: str) -> None:
    files.assert_pack_as_gold(CORPUS / name, {"actions": ACTION_FIELDS, "assurance_decisions": DECISION_FIELDS})


def test_a_key_table_of_marks_beside_levels_gives_the_marks_meaning() -> None:
    doc = document(
        table([[C((para([span("\u25cf", colour=RED)]),)), "Partially assured"],
               [C((para([span("\u25cf", colour=GREEN)]),)), "Assured"]], header_rows=0),
        table([["Question", "Evidence", "Assessment"],
               ["Are plans agreed?", "Nine of eleven.", C((para([span("\u25cf", colour=RED)]),))]]),
    )
    assert [level for _, level, _ in decision_triples(doc)] == ["Partly assured"]


def test_a_key_of_shaded_cells_gives_a_shaded_decision_cell_its_level() -> None:
    doc = document(
        para("Key"),
        table([[C("Limited assurance", fill=GREEN), C("Substantial assurance", fill="#0070c0")]], header_rows=0),
        table([["Question", "Evidence", "Assurance"], ["Are plans agreed?", "Nine of eleven.", C("", fill=GREEN)]]),
    )
    assert [level for _, level, _ in decision_triples(doc)] == ["Partly assured"]


def test_a_key_of_coloured_level_words_gives_a_coloured_mark_its_level() -> None:
    key = para([span("Key: "), span("Not assured", colour=AMBER), span(" / "), span("Assured", colour=GREEN)])
    doc = document(key, table([
        ["Question", "Evidence", "Assessment"],
        ["Are plans agreed?", "Nine of eleven.", C((para([span("\u25cf", colour=AMBER)]),))],
    ]))
    assert [level for _, level, _ in decision_triples(doc)] == ["Not assured"]
