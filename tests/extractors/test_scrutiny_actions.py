"""Actions from numbered lists and trackers, their status, and the merge of
an action printed in both."""

from datetime import date

import pytest
from scrutiny_build import C, document, heading, item, para, span, table

from extractors import action_status, actions
from extractors.context import DocumentContext

GREEN, RED, LEGEND_GREEN, LEGEND_RED = "#00b050", "#ff0000", "#00a651", "#ee1c25"


def _glyph(colour: str, page: int = 1):
    return (para([span("\u25a0", colour=colour)], page=page),)


def _records(doc):
    return [d.fields for d in actions.extract(doc, DocumentContext()).drafts]


def _by_text(records):
    return {r["text"]: r for r in records}


def test_glyph_tracker_read_against_its_legend_and_merged_with_the_list() -> None:
    doc = document(
        para("DRAFT NOTES - SCRUTINY MEETING (ROADS POLICING) - 03/02/2025", bold=True),
        para("Actions", bold=True),
        table([["1", "That a casualty report be sent to the OPCC."],
               ["2", "That the topic be revisited in a year."]], header_rows=0),
        heading("Scrutiny Actions 2024/25"),
        table([["", "That a Scrutiny Meeting be held on fraud.", "A meeting was held in June.", C(_glyph(LEGEND_GREEN))],
               ["Roads Policing", "That a casualty report be sent to the OPCC.", "The report will be sent in May.",
                C(_glyph(LEGEND_RED))],
               [None, "That the topic be revisited in a year.", "Received.", C(_glyph(LEGEND_GREEN))],
               ["Hate Crime", "That the PCC hosts a summit to:\n\u2022 promote reporting; and\n\u2022 hear victims.",
                "The summit took place.", C(_glyph(LEGEND_GREEN))]], header_rows=0),
        # the key prints the colours the other way round from RAG, to show it is read
        para([span("\u25a0", colour=GREEN), span(" = Action Outstanding")]),
        para([span("\u25a0", colour=RED), span(" = Action Complete")]),
    )
    records = _records(doc)
    assert len(records) == 4
    got = _by_text(records)
    fraud = got["That a Scrutiny Meeting be held on fraud."]
    assert (fraud["topic"], fraud["number"], fraud["meeting_date"]) == (None, None, None)
    assert (fraud["status"], fraud["status_source"]) == ("outstanding", "glyph_colour")
    report = got["That a casualty report be sent to the OPCC."]
    assert (report["number"], report["meeting_date"], report["topic"]) == ("1", date(2025, 2, 3), "Roads Policing")
    assert (report["status"], report["source"], report["update"]) == ("complete", "action_tracker", "The report will be sent in May.")
    revisit = got["That the topic be revisited in a year."]
    assert (revisit["number"], revisit["topic"], revisit["status"]) == ("2", "Roads Policing", "outstanding")
    summit = got["That the PCC hosts a summit to:\npromote reporting; and\nhear victims."]
    assert summit["topic"] == "Hate Crime"


def test_rag_glyphs_without_a_legend_with_lower_confidence() -> None:
    doc = document(table([["Topic", "Action", "Update", "RAG"],
                          ["Custody", "That a review be done.", "Done.", C(_glyph(GREEN))],
                          ["Custody", "That a plan be shared.", "Soon.", C(_glyph("#ffc000"))]]))
    got = actions.extract(doc, DocumentContext()).drafts
    assert [(d.fields["status"], d.fields["status_source"]) for d in got] == [
        ("complete", "glyph_colour"), ("outstanding", "glyph_colour")]
    assert all(d.fields["confidence"] < 0.9 for d in got)


def test_text_status_column_and_merged_topic_cells() -> None:
    doc = document(table([["Ref", "Date", "Topic", "Action", "Progress", "Status"],
                          ["A1", "12/03/2025", C("Knife Crime", row_span=2), "That data be shared.", "Shared on 1 April.", "Closed"],
                          ["A2", "12/03/2025", None, "That schools be visited.", "Visits are under way.", "In progress"],
                          ["A3", "9 April 2025", "Rural Crime", "That a plan be written.", "", "Not yet complete"]]))
    got = [(r["number"], r["meeting_date"], r["topic"], r["status"], r["status_source"]) for r in _records(doc)]
    assert got == [("A1", date(2025, 3, 12), "Knife Crime", "complete", "status_column"),
                   ("A2", date(2025, 3, 12), "Knife Crime", "outstanding", "status_column"),
                   ("A3", date(2025, 4, 9), "Rural Crime", "outstanding", "status_column")]


def test_cell_shading_read_against_a_shaded_key() -> None:
    doc = document(
        table([["Key"], [C("Completed", fill="#c6efce")], [C("Open", fill="#ffc7ce")]]),
        table([["Theme", "Action", "Update"],
               [C("Drones", fill="#c6efce"), C("That a drone policy be approved.", fill="#c6efce"), C("Approved.", fill="#c6efce")],
               [C("Drones", fill="#ffc7ce"), C("That pilots be trained.", fill="#ffc7ce"), C("Training booked.", fill="#ffc7ce")],
               [C("Drones", fill="#d9d9d9"), C("That costs be reported.", fill="#d9d9d9"), C("", fill="#d9d9d9")]]),
    )
    got = [(r["text"], r["status"], r["status_source"]) for r in _records(doc)]
    assert got == [("That a drone policy be approved.", "complete", "cell_shading"),
                   ("That pilots be trained.", "outstanding", "cell_shading"),
                   ("That costs be reported.", "unknown", "none")]


@pytest.mark.parametrize("update, status", [
    ("A Scrutiny Meeting, to consider this topic, was held on 4 February 2025.", "complete"),
    ("Representatives have been added to the circulation list.", "complete"),
    ("The first panel took place on 14 May 2025 and went well.", "complete"),
    ("A Scrutiny Meeting, to re-examine this topic, will be held in 2025.", "outstanding"),
    ("A formal review is scheduled for December 2025.", "outstanding"),
    ("One profile was received on 16 May 2025, work on the other is not yet complete.", "outstanding"),
    ("The OPCC will make arrangements for a summit to take place in 2025/2026.", "outstanding"),
])
def test_status_inferred_from_update_wording(update: str, status: str) -> None:
    doc = document(table([["Topic", "Action", "Update"], ["Any", "That something be done.", update]]))
    (record,) = _records(doc)
    assert (record["status"], record["status_source"]) == (status, "inferred_from_update")
    assert record["confidence"] < 0.7


def test_numbered_list_alone_has_unknown_status() -> None:
    doc = document(
        para("Notes of the Police and Crime Panel meeting held on 21.01.2025", bold=True),
        heading("Actions", level=2),
        item("That the PCC writes to the Home Office.", marker="1."),
        item("That a briefing on the precept be given.", marker="2."),
        heading("Any other business", level=2),
        item("Not an action.", marker="3."),
    )
    got = [(r["number"], r["text"], r["meeting_date"], r["status"], r["status_source"], r["source"]) for r in _records(doc)]
    assert got == [
        ("1", "That the PCC writes to the Home Office.", date(2025, 1, 21), "unknown", "none", "action_list"),
        ("2", "That a briefing on the precept be given.", date(2025, 1, 21), "unknown", "none", "action_list"),
    ]


def test_a_tracker_row_split_over_a_page_break_is_one_action() -> None:
    doc = document(table([["Topic", "Action", "Update", "Status"],
                          ["Fraud", "That the fraud team be", "Recruitment", "Open"],
                          [C("", page=2), C("expanded.", page=2), C("is under way.", page=2), C("", page=2)]],
                         continued_rows=(2,), row_pages=[1, 1, 2]))
    (record,) = _records(doc)
    assert (record["text"], record["update"], record["status"]) == (
        "That the fraud team be expanded.", "Recruitment is under way.", "outstanding")


def test_a_split_row_whose_second_part_opens_a_sentence_but_has_no_status_of_its_own_is_one_action() -> None:
    doc = document(table([["Topic", "Action", "Update", "Status"],
                          ["Fraud", "That the fraud team be expanded.", "Recruitment began in May.", "Open"],
                          [C("", page=2), C("Its first report is due in June.", page=2),
                           C("Two posts remain.", page=2), C("", page=2)]],
                         continued_rows=(2,), row_pages=[1, 1, 2]))
    (record,) = _records(doc)
    assert record["text"] == "That the fraud team be expanded.\nIts first report is due in June."


@pytest.mark.parametrize("words, status", [
    ("Complete", "complete"), ("COMPLETED", "complete"), ("Discharged", "complete"), ("G", "complete"),
    ("Ongoing", "outstanding"), ("Not complete", "outstanding"), ("Partially complete", "outstanding"),
    ("Overdue", "outstanding"), ("", None), ("See update", None),
])
def test_status_words(words: str, status: str | None) -> None:
    assert action_status.status_of_words(words) == status
