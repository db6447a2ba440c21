"""The level as a phrase set apart (samples/corpus/scrutiny-round9), each on a
small layout, and the five packs end to end against their gold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import files
from scrutiny_build import decision_triples, document, heading, para, table

from extractors import meetings
from extractors.context import DocumentContext

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus" / "scrutiny-round9"


def test_any_deciders_view_or_position_heads_the_decision_column() -> None:
    doc = document(table([
        ["Question", "Police Scotland response", "Committee's position"],
        ["Are calls falling?", "Down 9%.", "Reassured\nMembers were not assured last year but patrols helped."],
        ["Is speeding tackled?", "Two checks.", "Not reassured\nMembers asked for a plan."],
    ]))
    assert decision_triples(doc) == [
        ("Are calls falling?", "Assured", "Members were not assured last year but patrols helped."),
        ("Is speeding tackled?", "Not assured", "Members asked for a plan."),
    ]


def test_a_bare_grade_after_an_assurance_rating_label_is_the_level() -> None:
    doc = document(table([
        ["Question", "Divisional response", "Committee view"],
        ["Are islands staffed?", "Twelve officers.",
         "Members could not be fully assured without figures.\nAssurance rating: Partial"],
    ]))
    assert decision_triples(doc) == [
        ("Are islands staffed?", "Partly assured", "Members could not be fully assured without figures."),
    ]


def test_a_labelled_decision_naming_its_decider_over_a_bold_question_heading() -> None:
    doc = document(
        heading("Item 2: Drug harm", level=2),
        heading("Question 1: Are supply cases rising?", level=3),
        para("Evidence: Thirty-one cases were opened."),
        para("Decision of the Committee: The Committee is PARTIALLY ASSURED.", bold=True),
        para("Members asked for quarterly figures."),
        heading("Question 2: Is testing fast enough?", level=3),
        para("Evidence: Testing takes months."),
        para("Decision of the Committee: The Committee is NOT ASSURED.", bold=True),
        para("Members asked for options."),
    )
    assert decision_triples(doc) == [
        ("Are supply cases rising?", "Partly assured", "Members asked for quarterly figures."),
        ("Is testing fast enough?", "Not assured", "Members asked for options."),
    ]


def test_a_decision_label_naming_its_decider_in_a_decision_cell_is_no_commentary() -> None:
    doc = document(table([
        ["Question", "Evidence", "Decision"],
        ["Are calls answered?", "93%.", "Decision of the Commissioner: The Commissioner is ASSURED.\nShe thanked staff."],
    ]))
    assert decision_triples(doc) == [("Are calls answered?", "Assured", "She thanked staff.")]


@pytest.mark.parametrize(("letterhead", "body"), [
    ("Fife Council", "Fife Council"),
    ("The Highland Council", "The Highland Council"),
    ("Isle of Man Government – Department of Home Affairs", "Department of Home Affairs"),
    ("Committee for Home Affairs", "Committee for Home Affairs"),
])
def test_a_public_body_in_the_letterhead_is_the_organisation_where_no_office_is_named(letterhead: str,
                                                                                     body: str) -> None:
    doc = document(para(letterhead, bold=True), heading("Police Scrutiny Committee"),
                   para("Tuesday 17 June 2025, 10.00am"))
    assert meetings.organisation(doc) == body


@pytest.mark.parametrize("letterhead", ["An inspection of the Ministry of Defence Police",
                                        "National Police Chiefs' Council"])
def test_a_body_named_for_the_police_in_the_letterhead_is_no_organisation(letterhead: str) -> None:
    doc = document(para(letterhead, bold=True), heading("PEEL 2023-25"), para("Published 4 March 2025"))
    assert meetings.organisation(doc) is None


def test_a_body_named_only_below_the_letterhead_is_no_organisation() -> None:
    doc = document(para("Scrutiny Committee", bold=True), para("Tuesday 17 June 2025"), para("Agenda"),
                   para("The Highland Council asked for figures on rural crime."))
    assert meetings.organisation(doc) is None


def test_a_performance_review_is_a_meeting() -> None:
    doc = document(para("Department of Home Affairs", bold=True), heading("Police Performance Review"),
                   para("Thursday 11 September 2025, Police Headquarters"))
    found = [d.fields for d in meetings.extract(doc, DocumentContext()).drafts]
    assert [(f["meeting_date"], f["title"]) for f in found] == [(date(2025, 9, 11), "Police Performance Review")]


PACKS = files.corpus_packs(CORPUS)
ACTION_FIELDS = ("text", "status", "number")
DECISION_FIELDS = ("question", "assurance", "commentary", "question_number")
MEETING_FIELDS = ("meeting_date", "organisation")


@pytest.mark.parametrize("name", PACKS)
def test_level_phrase_pack_as_gold_says(name: str) -> None:
    files.assert_pack_as_gold(CORPUS / name, {"actions": ACTION_FIELDS, "assurance_decisions": DECISION_FIELDS,
                                              "meetings": MEETING_FIELDS})
