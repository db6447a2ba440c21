"""Where and how a decision's level is written
(samples/corpus/scrutiny-round7), each on a small layout, and the six packs end
to end against their gold."""

from __future__ import annotations

from pathlib import Path

import pytest
import files
from scrutiny_build import C, decision_triples, document, extracted_fields, heading, para, table

from extractors import assurance, meetings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus" / "scrutiny-round7"


def test_a_level_in_capitals_on_the_last_line_of_the_decision_cell() -> None:
    doc = document(table([
        ["Question", "Brief Summary of Evidence", "Decision of PCC"],
        ["1. Are ward priorities published?", "40% of wards.", "The PCC asked for all wards by October.\nPARTLY ASSURED"],
        ["2. Are PCSO posts filled?", "62 vacancies.", "The PCC asked for a recruitment plan.\nNOT ASSURED"],
    ]))
    assert decision_triples(doc) == [
        ("Are ward priorities published?", "Partly assured", "The PCC asked for all wards by October."),
        ("Are PCSO posts filled?", "Not assured", "The PCC asked for a recruitment plan."),
    ]


def test_a_level_then_the_deciders_words_in_one_line_keeps_the_level_out_of_the_commentary() -> None:
    doc = document(table([
        ["Question", "Evidence", "Decision"],
        ["1. Are handback times falling?", "107 minutes.", "PARTLY ASSURED. Members asked for a review."],
        ["2. Are detectives recruited?", "24 vacancies.", "Level of Assurance \u2013 Limited. Members asked for a plan."],
    ]))
    assert decision_triples(doc) == [
        ("Are handback times falling?", "Partly assured", "Members asked for a review."),
        ("Are detectives recruited?", "Partly assured", "Members asked for a plan."),
    ]


def test_a_labelled_level_inside_a_paragraph_is_read_and_left_out_of_the_commentary() -> None:
    doc = document(table([
        ["Question", "Evidence", "Decision"],
        ["1. Are officers fit?", "98% passed.",
         "The Committee noted the pass rate. Level of assurance: Substantial. It asked to hear of range closures."],
    ]))
    assert decision_triples(doc) == [
        ("Are officers fit?", "Assured", "The Committee noted the pass rate. It asked to hear of range closures.")]


def test_a_row_spanning_a_question_and_evidence_table_decides_the_question_above() -> None:
    doc = document(table([
        ["Question", "Evidence from the Force"],
        ["Is harassment on trains falling?", "Reports rose by 20%."],
        [C("Assurance: Substantial. Members were content.", col_span=2), None],
        ["Are handback times falling?", "107 minutes."],
        [C("PARTLY ASSURED. Members asked for a review.", col_span=2), None],
    ]))
    found = extracted_fields(assurance, doc)
    assert [(f["question"], f["evidence_summary"], f["assurance"], f["commentary"]) for f in found] == [
        ("Is harassment on trains falling?", "Reports rose by 20%.", "Assured", "Members were content."),
        ("Are handback times falling?", "107 minutes.", "Partly assured", "Members asked for a review."),
    ]


def test_a_question_and_evidence_table_with_no_level_rows_holds_no_decisions() -> None:
    doc = document(table([
        ["Question", "Evidence"],
        ["Is harassment on trains falling?", "Reports rose by 20%."],
        [C("Members discussed the figures.", col_span=2), None],
    ]))
    assert extracted_fields(assurance, doc) == []


def test_an_empty_decision_cell_of_a_ruled_table_is_a_question_with_no_decision() -> None:
    doc = document(table([
        ["Question", "Evidence", "Decision"],
        ["Is overtime managed?", "12% over budget.", "Partially-assured\nThe Committee asked for costings."],
        ["What progress on the new system?", "Delivery delayed.", ""],
    ]))
    assert decision_triples(doc) == [
        ("Is overtime managed?", "Partly assured", "The Committee asked for costings."),
        ("What progress on the new system?", None, None),
    ]


def test_a_number_column_keeps_a_dotted_number_whole() -> None:
    doc = document(table([
        ["No.", "Question", "Response", "Assurance level", "Comments"],
        ["3.1", "Is hotspot funding reducing ASB?", "Down 19%.", "Assured (with recommendations)", "Publish results."],
        ["3.2", "Are case reviews offered?", "35 requested.", "Partially-assured", "Promote the scheme."],
        ["3.3", "Are bikes seized?", "310 seized.", "Assured.", "Thanks."],
    ]))
    found = extracted_fields(assurance, doc)
    assert [(f["question_number"], f["assurance"], f["assurance_raw"]) for f in found] == [
        ("3.1", "Partly assured", "Assured (with recommendations)"),
        ("3.2", "Partly assured", "Partially-assured"),
        ("3.3", "Assured", "Assured"),
    ]


def test_members_paragraph_after_a_level_line_in_minutes_is_the_commentary() -> None:
    doc = document(
        heading("5. Complaints handling", level=2),
        para("Members asked whether complaints are resolved within the time limits."),
        para("The Head of Professional Standards reported an average of 61 days."),
        para("Level of Assurance \u2013 Substantial", bold=True),
        para("Members thanked the department."),
    )
    found = extracted_fields(assurance, doc)
    assert [(f["question_number"], f["assurance"], f["commentary"]) for f in found] == [
        ("5", "Assured", "Members thanked the department.")]


def test_a_police_committee_holding_its_own_record_of_the_meeting() -> None:
    doc = document(
        heading("Ministry of Defence Police Committee"),
        para("Record of the meeting held on 20 May 2025 at Wethersfield"),
    )
    found = extracted_fields(meetings, doc)
    assert [(m["meeting_date"].isoformat(), m["title"], m["organisation"]) for m in found] == [
        ("2025-05-20", "Ministry of Defence Police Committee", "Ministry of Defence Police Committee")]


@pytest.mark.parametrize("letterhead", ["British Transport Police Authority", "City of London Police Authority Board"])
def test_a_police_authority_letterhead_is_the_office(letterhead: str) -> None:
    doc = document(
        para(letterhead, bold=True),
        heading("Performance Review Committee"),
        para("Notes of the meeting held on 15 July 2025"),
    )
    assert [m["organisation"] for m in extracted_fields(meetings, doc)] == [letterhead]


ACTION_FIELDS = ("text", "number", "meeting_date", "topic", "status", "status_source", "source")
DECISION_FIELDS = ("question_number", "meeting_date", "topic", "assurance", "commentary")
PACKS = files.corpus_packs(CORPUS)


@pytest.mark.parametrize("name", PACKS)
def test_level_writing_pack_as_gold_says(name: str) -> None:
    files.assert_pack_as_gold(CORPUS / name, {"actions": ACTION_FIELDS, "assurance_decisions": DECISION_FIELDS})


@pytest.mark.parametrize("printed, level", [
    ("Not fully assured", "Partly assured"), ("The PCC was not entirely assured.", "Partly assured"),
    ("Satisfactory", "Assured"), ("Unsatisfactory", "Not assured"), ("Assured, with recommendations", "Partly assured"),
    ("ASSURANCE: LIMITED", "Partly assured"), ("Level of Assurance \u2013 Substantial", "Assured")])
def test_level_wordings_in_a_decision_column(printed: str, level: str) -> None:
    doc = document(table([["Question", "Evidence", "Decision"], ["Is the plan on track?", "Mostly.", printed]]))
    assert [f["assurance"] for f in extracted_fields(assurance, doc)] == [level]


def test_not_fully_assured_in_a_minuted_sentence_is_partly_assured() -> None:
    doc = document(
        heading("6. Vetting", level=2),
        para("The Commissioner asked for assurance that vetting renewals are on time."),
        para("The Head of Professional Standards said 412 renewals were outstanding."),
        para("The Commissioner was not fully assured and asked for a recovery plan."),
    )
    found = extracted_fields(assurance, doc)
    assert [(f["assurance"], f["commentary"]) for f in found] == [
        ("Partly assured", "The Commissioner was not fully assured and asked for a recovery plan.")]


def test_a_table_laid_out_down_the_page_gives_a_decision_per_question() -> None:
    doc = document(
        heading("4. Roads policing", level=2),
        table([["Question 1", "Are casualties falling?"],
               ["Response", "Down 8% on last year."],
               ["Assurance level", "Substantial\nThe PCC thanked the team."],
               ["Question 2", "Is enforcement targeted?"],
               ["Response", "Camera vans at 40 sites."],
               ["Assurance level", "Partial"]], header_rows=0),
    )
    found = extracted_fields(assurance, doc)
    assert [(f["question_number"], f["question"], f["evidence_summary"], f["assurance"], f["commentary"], f["topic"])
            for f in found] == [
        ("1", "Are casualties falling?", "Down 8% on last year.", "Assured", "The PCC thanked the team.",
         "Roads policing"),
        ("2", "Is enforcement targeted?", "Camera vans at 40 sites.", "Partly assured", None, "Roads policing"),
    ]


def test_a_labelled_table_with_no_level_holds_no_decisions() -> None:
    doc = document(table([["Question", "Is the report for decision?"], ["Decision", "For noting."]], header_rows=0))
    assert extracted_fields(assurance, doc) == []
