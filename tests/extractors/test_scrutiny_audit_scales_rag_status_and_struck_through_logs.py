"""Mechanisms of decision and status packs (samples/corpus/scrutiny-round4b),
each on a small layout: audit scales and qualified levels, RAG words and
letters read against a key, summaries of assurance, struck-through and
greyed-out log rows, done wording dated by the meeting, and the six packs end
to end against their gold."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from scrutiny_build import C, document, extracted_fields, heading, para, span, table

from extractors import action_status, actions, assurance, assurance_levels
from extractors.context import DocumentContext
from pipeline.layout import BlockKind, Provenance, Span, Style, TextBlock
from pipeline.runner import process_document

ROOT = Path(__file__).resolve().parents[2]


# --- assurance ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "level"), [
    ("Substantial", "Assured"), ("Adequate", "Assured"), ("Limited", "Partly assured"),
    ("Unsatisfactory", "Not assured"), ("Assured with caveats", "Partly assured"),
    ("Not yet assured", "Not assured"), ("Reasonable", "Assured"),
])
def test_audit_scale_and_qualified_levels(printed: str, level: str) -> None:
    assert assurance_levels.normalise_assurance(printed)[0] == level


def test_assessment_column_of_rag_words_read_against_a_key_printed_after_it() -> None:
    doc = document(
        heading("Questions to the Chief Constable", level=2),
        table([["Topic", "Question", "Response", "Assessment"],
               ["Retail crime", "Are retailers told the outcome?", "Only for investigated cases.", "AMBER"],
               ["Road safety", "Why have rural casualties risen?", "The analysis is not finished.", "RED"],
               ["Road safety", "When will the cameras be live?", "Four sites by June.", "GREEN"]]),
        para("Assessment key: GREEN – the PCC is assured; AMBER – the PCC is partly assured; RED – the PCC is "
             "not assured."),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["topic"], d["assurance"]) for d in found] == [
        ("Retail crime", "Partly assured"), ("Road safety", "Not assured"), ("Road safety", "Assured")]


def test_reference_numbers_follow_up_commentary_and_the_item_heading_as_topic() -> None:
    doc = document(
        heading("5. Violence against women and girls", level=3),
        table([["Ref", "Question", "Force response", "Outcome", "Follow-up"],
               ["PAC1", "How many suspects were arrested within a day?", "71%.", "Assured", "No further action."],
               ["PAC2", "How are risk assessments checked?", "An audit began in January.", "Assured with caveats",
                "Audit results in May."]]),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["question_number"], d["topic"], d["assurance"], d["commentary"]) for d in found] == [
        ("PAC1", "Violence against women and girls", "Assured", "No further action."),
        ("PAC2", "Violence against women and girls", "Partly assured", "Audit results in May.")]


def test_a_table_under_an_unnumbered_heading_takes_no_topic_from_it() -> None:
    doc = document(
        heading("Record of scrutiny", level=2),
        table([["Question", "Response", "Assurance rating"],
               ["Is the overtime budget on track?", "No plan has been agreed.", "Unsatisfactory"]]),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["topic"], d["assurance"]) for d in found] == [(None, "Not assured")]


def test_a_bare_response_label_is_neither_the_item_nor_evidence() -> None:
    doc = document(
        heading("2. Rape and serious sexual offences", level=2),
        para([span("PCC question: ", bold=True), span("How has the time to charge changed?")]),
        heading("Chief Constable's response:", level=3),
        para("The average time fell from 412 to 298 days."),
        para("Two more extraction kiosks were bought."),
        para([span("Assurance: ", bold=True), span("Reasonable")]),
        para([span("PCC question: ", bold=True), span("What support do victims receive while they wait?")]),
        para("Chief Constable's response:", bold=True),
        para("Only 58% were contacted at the agreed interval."),
        para("Assurance: Limited"),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"])
            for d in found] == [
        ("2", "Rape and serious sexual offences", "How has the time to charge changed?",
         "The average time fell from 412 to 298 days.\nTwo more extraction kiosks were bought.", "Assured"),
        ("2", "Rape and serious sexual offences", "What support do victims receive while they wait?",
         "Only 58% were contacted at the agreed interval.", "Partly assured")]


def test_a_summary_of_assurance_decides_every_question_of_the_meeting() -> None:
    summary = ("Having considered the reports and the answers to his questions, the PCC was partially assured "
               "that the force is making progress.")
    doc = document(
        heading("5. Child criminal exploitation", level=2),
        para("The report was presented and taken as read."),
        para("Question 1: How many children were referred to the hub?"),
        para("Response: 142 children were referred."),
        para("Question 2: How is the force disrupting the adults who exploit them?"),
        para("Response: Eleven adults were charged."),
        heading("6. Stop and search", level=2),
        para("Question 3: What proportion of searches found the item searched for?"),
        para("Response: The find rate was 31%."),
        heading("8. Summary of assurance", level=2),
        para(summary),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"],
             d["commentary"]) for d in found] == [
        ("1", "Child criminal exploitation", "How many children were referred to the hub?",
         "142 children were referred.", "Partly assured", summary),
        ("2", "Child criminal exploitation", "How is the force disrupting the adults who exploit them?",
         "Eleven adults were charged.", "Partly assured", summary),
        ("3", "Stop and search", "What proportion of searches found the item searched for?",
         "The find rate was 31%.", "Partly assured", summary)]


def test_a_summary_does_not_decide_questions_a_level_line_already_closed() -> None:
    doc = document(
        heading("3. Knife crime", level=2),
        para("Question 1: How many young people engaged with support?"),
        para("52% engaged for at least one session."),
        para("The Commissioner was not assured and asked for figures by district."),
        heading("4. Rural crime", level=2),
        para("Question 2: Are rural crime reports attended by trained officers?"),
        para("78% were attended by a trained officer."),
        para("Overall assurance: Limited"),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["question_number"], d["assurance"]) for d in found] == [("1", "Not assured"), ("2", "Partly assured")]


def test_an_overall_level_line_with_no_pending_question_still_closes_its_item() -> None:
    doc = document(
        heading("4. Rural crime", level=2),
        para("Are rural crime reports attended by trained officers?"),
        para("78% were attended by a trained officer."),
        para("Overall assurance: Limited"),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["question"], d["assurance"]) for d in found] == [
        ("Are rural crime reports attended by trained officers?", "Partly assured")]


# --- actions --------------------------------------------------------------------------------------------------

def _statuses(doc, as_of: date | None = None):
    ctx = DocumentContext(meeting_date=as_of) if as_of else DocumentContext()
    return [(d.fields["number"], d.fields["status"], d.fields["status_source"])
            for d in actions.extract(doc, ctx).drafts]


def test_the_status_column_wins_over_rag_shading_beside_it() -> None:
    green, red = "#00b050", "#ff0000"
    doc = document(
        heading("Action tracker"),
        table([["No.", "Action", "Update", "RAG", "Status"],
               ["1", "Report on body-worn video.", "Presented at this meeting.", C("", fill=red), "Complete"],
               ["2", "Provide enforcement figures.", "Requested from analysts.", C("", fill=green), "Open"],
               ["3", "Share the problem profile.", "Shared in January.", C("", fill=green), ""]]),
    )
    assert _statuses(doc) == [("1", "complete", "status_column"), ("2", "outstanding", "status_column"),
                              ("3", "complete", "cell_shading")]


def test_rag_letters_alone_still_give_the_status() -> None:
    doc = document(table([["Ref", "Action", "Update", "RAG"],
                          ["A1", "Share the plan.", "Shared.", "G"], ["A2", "Review the backlog.", "Started.", "R"]]))
    assert _statuses(doc) == [("A1", "complete", "status_column"), ("A2", "outstanding", "status_column")]


def test_percentage_complete_column() -> None:
    doc = document(table([["Ref", "Action", "Progress update", "% complete"],
                          ["1", "Publish the hotspot map.", "Map drafted.", "75%"],
                          ["2", "Provide a breakdown by drug type.", "Included in the report.", "100%"]]))
    assert _statuses(doc) == [("1", "outstanding", "status_column"), ("2", "complete", "status_column")]


@pytest.mark.parametrize(("word", "status"), [
    ("Closed", "complete"), ("Superseded", "complete"),
    ("Open - on track", "outstanding"), ("Open - overdue", "outstanding"), ("Proposed for closure", "outstanding"),
    ("Complete (awaiting evidence)", "outstanding"),
])
def test_tracker_status_words_as_a_reader_takes_them(word: str, status: str) -> None:
    assert action_status.status_of_words(word) == status


def _row_text(text: str, *, strike: bool = False, colour: str | None = None) -> tuple[TextBlock, ...]:
    style = Style(size=10, strike=strike, colour=colour)
    return (TextBlock(BlockKind.PARAGRAPH, (Span(text, style),), Provenance(1)),)


def test_struck_through_actions_are_done_and_the_rest_of_the_log_open() -> None:
    doc = document(table([["No.", "Meeting", "Action", "Update"],
                          ["1", "16/05/2025", C(_row_text("Share the survey.", strike=True)), "Shared."],
                          ["2", "20/06/2025", C(_row_text("Provide leaver numbers.")), "Data being validated."]]))
    assert _statuses(doc) == [("1", "complete", "glyph_colour"), ("2", "outstanding", "glyph_colour")]


def test_greyed_out_rows_are_done_only_where_other_rows_are_not_grey() -> None:
    grey, black = "#808080", "#000000"
    mixed = document(table([["Ref", "Action", "Update"],
                            ["A1", C(_row_text("Provide attendance figures.", colour=grey)), "Update to follow."],
                            ["A2", C(_row_text("Present the audit findings.", colour=black)), "Update to follow."]]))
    assert _statuses(mixed) == [("A1", "complete", "glyph_colour"), ("A2", "outstanding", "glyph_colour")]
    all_grey = document(table([["Ref", "Action", "Update"],
                               ["A1", C(_row_text("Provide attendance figures.", colour=grey)), "Update to follow."],
                               ["A2", C(_row_text("Present the audit findings.", colour=grey)), "Update to follow."]]))
    assert _statuses(all_grey) == [("A1", "unknown", "none"), ("A2", "unknown", "none")]


@pytest.mark.parametrize(("update", "status"), [
    ("Completed by 30 April 2025 - training dates booked.", "outstanding"),
    ("Complete - 31/03/2025.", "outstanding"),
    ("Completed 28 February 2025 - breakdown circulated.", "complete"),
    ("Completed - report received 3rd April 2025.", "complete"),
    ("Review completed and presented to the chief officer team on 4 March 2025.", "complete"),
    ("Data being validated; to be provided by September 2025.", "outstanding"),
])
def test_done_wording_is_read_against_the_date_of_the_meeting(update: str, status: str) -> None:
    assert action_status.status_from_update(update, date(2025, 3, 12)).value == status


def test_a_numbered_action_carried_over_a_page_break_and_the_one_after_it() -> None:
    doc = document(
        heading("ACTIONS ARISING", level=2),
        para("1. The Chief Executive to agree how delivery will be reported, including the measures for",
             page=2),
        para("each priority and how victims' views will be included.", page=3),
        para("2. The Chief Finance Officer to circulate the capital programme.", page=3),
    )
    found = extracted_fields(actions, doc)
    assert [(d["number"], d["text"]) for d in found] == [
        ("1", "The Chief Executive to agree how delivery will be reported, including the measures for each "
              "priority and how victims' views will be included."),
        ("2", "The Chief Finance Officer to circulate the capital programme.")]


def test_due_dates_are_no_meeting_dates() -> None:
    due = document(heading("Actions from the meeting held on 26 March 2025", level=2),
                   table([["Ref", "Action", "Owner", "Due date", "Status"],
                          ["1", "Share the figures.", "ACC", "30/04/2025", "Complete"]]))
    assert [d["meeting_date"] for d in extracted_fields(actions, due)] == [date(2025, 3, 26)]


def test_a_table_of_actions_agreed_is_dated_by_the_meeting_it_closes() -> None:
    doc = document(heading("Actions agreed", level=2),
                   table([["No.", "Action", "Owner", "Status"], ["1", "Publish the orders.", "ACC", "In progress"]]))
    found = [d.fields for d in actions.extract(doc, DocumentContext(meeting_date=date(2025, 10, 17))).drafts]
    assert [(d["meeting_date"], d["status"]) for d in found] == [(date(2025, 10, 17), "outstanding")]


# --- the six packs, end to end ----------------------------------------------------------------------------------

CORPUS = ROOT / "samples" / "corpus" / "scrutiny-round4b"


def _pairs(records, text_field: str, value_field: str):
    """(opening words, value) of each record: which record, and what it says."""
    return sorted((" ".join(r[text_field].split()[:6]), str(r[value_field])) for r in records)


@pytest.mark.parametrize("path", sorted(p for p in CORPUS.iterdir() if p.suffix in {".pdf", ".docx"}),
                         ids=lambda p: p.name)
def test_decision_and_status_pack_as_gold_says(path: Path) -> None:
    gold = json.loads((ROOT / "samples" / "gold" / f"{path.name}.json").read_text())["records"]
    result = process_document(path)
    assert result.status == "ok"
    assert _pairs(result.records["assurance_decisions"], "question", "assurance") == \
        _pairs(gold["assurance_decisions"], "question", "assurance")
    assert _pairs(result.records["actions"], "text", "status") == _pairs(gold["actions"], "text", "status")
