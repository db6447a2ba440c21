"""Mechanisms of decision and action packs (samples/corpus/scrutiny-round6),
each on a small layout: a qualified level kept out of the commentary, none as a
level only under an assurance label, a shaded decision cell, listed actions of
a one-theme meeting, log status words, an untitled meeting named by its page
header, and the six packs end to end against their gold."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import files
from scrutiny_build import C, document, extracted_fields, heading, para, table

from extractors import actions, assurance, meetings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus" / "scrutiny-round6"
GREEN, AMBER = "#00b050", "#ffc000"


def test_line_of_enquiry_table_with_a_qualified_level_keeps_the_qualifier_out_of_the_commentary() -> None:
    doc = document(table([
        ["Line of enquiry", "Force response", "PCC assurance"],
        ["How many knife offences were recorded?", "2,980 offences.",
         "Assured \u2013 no further action\nThe PCC was content with the figures."],
        ["Are schools programmes in every borough?", "Not yet.",
         "Partially assured \u2013 further update requested\nThe PCC asked for a plan."],
    ]))
    found = extracted_fields(assurance, doc)
    assert [(f["assurance"], f["assurance_raw"], f["commentary"]) for f in found] == [
        ("Assured", "Assured - no further action", "The PCC was content with the figures."),
        ("Partly assured", "Partially assured - further update requested", "The PCC asked for a plan."),
    ]


def test_none_is_a_level_only_under_an_assurance_label_or_column() -> None:
    in_column = document(table([
        ["Question", "Response", "Level of assurance"],
        ["How is the campaign evaluated?", "It is not evaluated.", "None"],
    ]))
    assert extracted_fields(assurance, in_column)[0]["assurance"] == "Not assured"
    in_minutes = document(
        heading("7. Any other business", level=2),
        para("Was there any other business?"),
        para("None."),
    )
    assert extracted_fields(assurance, in_minutes) == []


def test_a_shaded_decision_cell_is_its_level_and_its_text_the_commentary() -> None:
    doc = document(
        table([
            ["Question", "Force response", "Assurance"],
            ["How is asset recovery used?", "38% of the money collected.",
             C("The Commissioner asked for a plan to raise the collection rate.", fill=AMBER)],
        ]),
        para("Assurance key: Green \u2013 assured; Amber \u2013 partially assured; Red \u2013 not assured"),
    )
    found = extracted_fields(assurance, doc)[0]
    assert (found["assurance"], found["commentary"]) == (
        "Partly assured", "The Commissioner asked for a plan to raise the collection rate.")


def test_actions_listed_outside_notes_take_the_topic_of_the_packs_one_theme_meeting() -> None:
    doc = document(
        heading("Scrutiny Meeting"),
        para("Tuesday 4 November 2025, 10.00am"),
        heading("Theme: Serious and organised crime", level=2),
        para("Actions arising"),
        para("1. The Force to bring a plan to improve collection."),
    )
    found = [f for f in extracted_fields(actions, doc) if f["source"] == "action_list"]
    assert [(f["text"], f["topic"]) for f in found] == [
        ("The Force to bring a plan to improve collection.", "Serious and organised crime")]


@pytest.mark.parametrize("printed, status", [
    ("Actioned", "complete"), ("Rolled over", "outstanding"), ("Behind schedule", "outstanding"),
    ("Off track", "outstanding")])
def test_status_words_of_action_logs(printed: str, status: str) -> None:
    doc = document(table([
        ["Ref", "Action", "Progress", "Status"],
        ["A/01", "Share the fleet plan with the OPCC.", "See the October report.", printed],
    ]))
    found = [f for f in extracted_fields(actions, doc) if f["source"] == "action_tracker"]
    assert [(f["status"], f["status_source"]) for f in found] == [(status, "status_column")]


def test_an_untitled_meeting_opening_takes_the_board_its_page_header_names() -> None:
    doc = document(
        para("Thursday, 6th March 2025"),
        para("Agenda"),
        para("1. Welcome and apologies"),
    )
    doc = replace(doc, page_furniture=(para("CITY POLICING OVERSIGHT BOARD"),))
    assert [(m["meeting_date"].isoformat(), m["title"]) for m in extracted_fields(meetings, doc)] == [
        ("2025-03-06", "CITY POLICING OVERSIGHT BOARD")]


ACTION_FIELDS = ("text", "number", "meeting_date", "topic", "status", "status_source", "source")
DECISION_FIELDS = ("question_number", "meeting_date", "topic", "assurance", "commentary")
PACKS = files.corpus_packs(CORPUS)


@pytest.mark.parametrize("name", PACKS)
def test_decision_and_action_pack_as_gold_says(name: str) -> None:
    files.assert_pack_as_gold(CORPUS / name, {"actions": ACTION_FIELDS, "assurance_decisions": DECISION_FIELDS})
