"""Assurance decisions from Question | Evidence | Decision tables."""

from datetime import date

import pytest
from scrutiny_build import C, document, item, para, span, table

from extractors import assurance, assurance_levels
from extractors.context import DocumentContext
from pipeline.layout import BlockKind, Provenance, TextBlock


def _decision_cell(level: str, comment: str, page: int = 1) -> tuple[TextBlock, ...]:
    return (para(level, bold=True, page=page),
            TextBlock(BlockKind.PARAGRAPH, (span(comment, italic=True),), Provenance(page)))


def _records(doc):
    return [d.fields for d in assurance.extract(doc, DocumentContext()).drafts]


def test_merged_decision_split_rows_and_meeting_of_the_notes() -> None:
    doc = document(
        para("DRAFT NOTES - SCRUTINY MEETING (ROADS POLICING) - 03/02/2025", bold=True),
        table(
            [["Question", "Brief Summary of Evidence", "Decision of PCC"],
             [C((para("1. Please can the following be provided:", bold=True),
                 item("an overview of casualty trends; and", bold=True),
                 item("the enforcement plan.", bold=True))),
              "\u2022 Casualties fell.\n\u2022 In terms of enforcement:\n  \u2022 camera vans were added",
              C(_decision_cell("Partially Assured", "The PCC will keep this under review."), row_span=4)],
             # the page break cut question 1's row: the evidence runs on
             ["", C("\u2022 Speed checks rose.", page=2), None],
             [C("2. How does the Force work with the", page=2), C("\u2022 Through the road safety partnership.", page=2), None],
             [C("local authorities on engineering?", page=3), C("\u2022 Quarterly reviews.", page=3), None]],
            continued_rows=(2, 4), row_pages=[1, 1, 2, 2, 3]),
    )
    records = _records(doc)
    assert [r["question_number"] for r in records] == ["1", "2"]
    first, second = records
    assert first["question"] == ("Please can the following be provided:\nan overview of casualty trends; and\n"
                                 "the enforcement plan.")
    assert first["evidence_summary"] == "Casualties fell.\nIn terms of enforcement:\ncamera vans were added\nSpeed checks rose."
    assert second["question"] == "How does the Force work with the local authorities on engineering?"
    assert second["evidence_summary"] == "Through the road safety partnership.\nQuarterly reviews."
    assert second["page"] == 2
    for record in records:  # the merged decision covers both questions
        assert record["assurance"] == "Partly assured"
        assert record["assurance_raw"] == "Partially Assured"
        assert record["commentary"] == "The PCC will keep this under review."
        assert record["meeting_date"] == date(2025, 2, 3)
        assert record["topic"] == "Roads Policing"


def test_per_question_levels_with_other_headers_and_a_comment_column() -> None:
    doc = document(
        para("Minutes of the Accountability Meeting held on 4th March 2025", bold=True),
        para("Topic: Stop and Search"),
        table([["Question", "Force response", "Level of assurance", "PFCC comments"],
               ["1) Is stop and search used fairly?", "Yes.", "Substantial assurance", "Good progress."],
               ["2) Are body-worn cameras used?", "Mostly.", "LIMITED ASSURANCE", "To return in six months."],
               ["3) Is the data published?", "No.", "No assurance", ""]]),
    )
    got = [(r["question_number"], r["assurance"], r["assurance_raw"], r["commentary"], r["topic"]) for r in _records(doc)]
    assert got == [("1", "Assured", "Substantial assurance", "Good progress.", "Stop and Search"),
                   ("2", "Partly assured", "LIMITED ASSURANCE", "To return in six months.", "Stop and Search"),
                   ("3", "Not assured", "No assurance", None, "Stop and Search")]


def test_blank_decision_cells_under_a_decision_in_a_table_without_rules_share_it_with_less_confidence() -> None:
    # without rules a merged decision cell shows as one text over blank cells
    doc = document(table([["Question", "Evidence", "Outcome"],
                          ["1. First?", "A.", "Assured\nThe PCC thanked the Force."],
                          ["2. Second?", "B.", ""]], ruled=False))
    drafts = assurance.extract(doc, DocumentContext()).drafts
    assert [d.fields["assurance"] for d in drafts] == ["Assured", "Assured"]
    assert drafts[1].fields["confidence"] < drafts[0].fields["confidence"]


def test_unnumbered_questions_are_one_a_row() -> None:
    doc = document(table([["Question", "Evidence", "PCC Decision"],
                          ["Is the plan funded?", "Yes.", "Not Assured"],
                          ["Who leads it?", "The ACC.", "Assured"]]))
    assert [(r["question_number"], r["question"], r["assurance"]) for r in _records(doc)] == [
        (None, "Is the plan funded?", "Not assured"), (None, "Who leads it?", "Assured")]


def test_other_tables_are_not_assurance_tables() -> None:
    doc = document(table([["Topic", "Action", "Update"], ["Stalking", "That a report be sent.", "Sent."]]))
    assert _records(doc) == []


@pytest.mark.parametrize("printed, level", [
    ("Assured", "Assured"), ("Fully assured", "Assured"), ("Reasonable assurance", "Assured"),
    ("Partly Assured", "Partly assured"), ("Limited Assurance", "Partly assured"),
    ("Not Assured", "Not assured"), ("Minimal assurance", "Not assured"), ("NOT ASSURED", "Not assured"),
])
def test_assurance_wording_maps_as_a_reader_expects(printed: str, level: str) -> None:
    assert assurance_levels.normalise_assurance(printed) == (level, printed)


@pytest.mark.parametrize("text, level, printed, remainder", [
    ("Partly assured", "Partly assured", "Partly assured", ""),
    ("Level of assurance: Limited", "Partly assured", "Limited", ""),
    ("Outcome – Assured – no further action required", "Assured", "Assured - no further action required", ""),
    ("Not assured – the PCC will return to this in the summer.", "Not assured", "Not assured",
     "the PCC will return to this in the summer."),
    ("PARTLY ASSURED. Members asked for a plan.", "Partly assured", "PARTLY ASSURED", "Members asked for a plan."),
    ("PCC assured.", "Assured", "assured", ""),
    ("The Committee is ASSURED.", "Assured", "ASSURED", ""),
    ("RESOLVED: The PCC confirmed he was not assured that the plan is funded.", "Not assured", "not assured",
     "The PCC confirmed he was not assured that the plan is funded."),
    ("The Board noted the figures. The Commissioner, having heard the evidence, was partly assured.",
     "Partly assured", "partly assured",
     "The Board noted the figures. The Commissioner, having heard the evidence, was partly assured."),
    ("The Committee noted the pass rate. Level of assurance: Substantial. It asked for a report.", "Assured",
     "Substantial", "The Committee noted the pass rate. It asked for a report."),
    ("The Board gained no assurance from the audit.", "Not assured", "gained no assurance",
     "The Board gained no assurance from the audit."),
    ("The Commissioner has substantial assurance.", "Assured", "has substantial assurance", ""),
    ("Conclusion: Adequate assurance. The Commissioner noted the rate.", "Assured", "Adequate assurance",
     "The Commissioner noted the rate."),
])
def test_a_level_set_apart_is_read_with_the_other_words_as_commentary(text: str, level: str, printed: str,
                                                                       remainder: str) -> None:
    found = assurance_levels.read_level(text)
    assert (found.level, found.printed, found.remainder) == (level, printed, remainder)


@pytest.mark.parametrize("text", [
    "Officers assured members that the backlog would be cleared by June.",  # running commentary
    "The PCC asked whether the force was assured by the audit.",  # the decider is not the subject
    "The Commissioner records whether he is assured on each question.",
    "The Commissioner will not give a level of assurance on the performance report.",
    "The Commissioner's office is assured that the figures follow the counting rules.",
    "Substantial – a sound system of control; Limited – weaknesses put objectives at risk.",  # a key of the scale
    "high-risk cases are referred without delay.",  # a hyphen joins words
])
def test_a_level_word_inside_running_words_is_no_decision(text: str) -> None:
    assert assurance_levels.read_level(text) is None


def test_a_bold_level_in_a_plain_line_is_set_apart_but_the_terms_of_a_key_are_not() -> None:
    decision = (span("The Board's view: "), span("Partially assured", bold=True), span(", with a report due in May."))
    found = assurance_levels.read_level("".join(s.text for s in decision), spans=decision)
    assert (found.level, found.printed, found.remainder) == (
        "Partly assured", "Partially assured", "The Board's view: , with a report due in May.")
    key = (span("Substantial", bold=True), span(" – a sound system; "), span("Limited", bold=True),
           span(" – significant weaknesses."))
    assert assurance_levels.read_level("".join(s.text for s in key), spans=key) is None
