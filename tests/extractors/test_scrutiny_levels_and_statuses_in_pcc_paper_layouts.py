"""Mechanisms of packs laid out as real PCC papers are
(samples/corpus/scrutiny-round5), each on a small layout, and the eight packs
end to end against their gold."""

from __future__ import annotations

from pathlib import Path

import pytest
import files
from scrutiny_build import C, document, extracted_fields, heading, para, table

from extractors import actions, assurance, meetings
from pipeline.runner import process_document

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus" / "scrutiny-round5"


# --- assurance: minutes ---------------------------------------------------------------------------------------

def test_level_line_styled_as_a_heading_closes_its_item_and_the_pcc_paragraph_below_is_its_commentary() -> None:
    doc = document(
        heading("3. Burglary", level=2),
        para("Question: Is the Force attending every home burglary?"),
        para("The Detective Superintendent reported that 99% were attended."),
        heading("Assurance Level: Substantial", level=3),  # a short bold line Word's ingest reads as a heading
        para("The PCC asked that the solved rate be reported each quarter."),
        heading("4. Ferry terminals", level=2),
        para("Question: How is the Force policing the terminals?"),
        para("The Chief Inspector explained the joint patrol plan."),
        para("Assurance level: Limited"),
        para("Two incidents of disorder were dealt with by terminal staff."),  # not the PCC's view: no commentary
    )
    found = extracted_fields(assurance, doc)
    assert [(f["question"], f["assurance"], f["commentary"]) for f in found] == [
        ("Is the Force attending every home burglary?", "Assured",
         "The PCC asked that the solved rate be reported each quarter."),
        ("How is the Force policing the terminals?", "Partly assured", None),
    ]
    assert found[0]["evidence_summary"] == "The Detective Superintendent reported that 99% were attended."


def test_key_line_of_enquiry_label_is_no_part_of_the_question() -> None:
    doc = document(
        heading("5. Contact management", level=2),
        para("Key line of enquiry: Is the Force answering 101 calls within its target time?"),
        para("Only 52% of 101 calls were answered within five minutes."),
        para("Assurance level: Limited"),
    )
    assert extracted_fields(assurance, doc)[0]["question"] == "Is the Force answering 101 calls within its target time?"


def test_reassured_decides_an_item_that_sought_assurance_and_is_a_remark_elsewhere() -> None:
    sought = document(
        heading("5. Rural crime", level=2),
        para("The PCC sought assurance that the rural team is resourced through the harvest."),
        para("5.1 The Chief Inspector presented the paper."),
        para("5.3 The PCC was reassured that the team is resourced for the harvest season."),
    )
    remark = document(
        heading("2. Performance report", level=2),
        para("2.1 The Deputy Chief Constable presented the report."),
        para("2.2 The Commissioner was reassured by the improvement but asked how it would be sustained."),
    )
    found = extracted_fields(assurance, sought)
    assert [(f["question_number"], f["assurance"], f["commentary"]) for f in found] == [
        ("5", "Assured", "The PCC was reassured that the team is resourced for the harvest season.")]
    assert extracted_fields(assurance, remark) == []


@pytest.mark.parametrize(("line", "level", "commentary"), [
    ("6.3 Partly assured. The PCC asked for the next audit in September.", "Partly assured",
     "The PCC asked for the next audit in September."),
    ("7.3 PCC assured.", "Assured", None),
    ("Not assured – the PCC will return to this in the summer.", "Not assured",
     "the PCC will return to this in the summer."),
])
def test_a_bare_level_opening_a_minute_closes_the_item(line: str, level: str, commentary: str | None) -> None:
    doc = document(heading("7. Estates strategy", level=2),
                   para("The PCC sought assurance on the timetable for the new station."),
                   para("7.1 The Director of Estates presented the paper."), para(line))
    found = extracted_fields(assurance, doc)
    assert [(f["assurance"], f["commentary"]) for f in found] == [(level, commentary)]


def test_a_legend_colour_alone_is_no_decision() -> None:
    doc = document(heading("Key", level=2), para("The PCC asked how the Force records calls?"), para("Green."))
    assert extracted_fields(assurance, doc) == []


# --- assurance: tables ----------------------------------------------------------------------------------------

def test_assurance_label_wrapped_above_its_level_in_a_decision_cell_is_not_commentary() -> None:
    doc = document(table([
        ["No.", "Key line of enquiry", "Force response", "Assurance"],
        ["1", "What is the average 101 answer time?", "6 minutes 40 seconds.", "Assurance Level:\nSubstantial"],
        ["2", "How many callers abandon their call?", "14% abandon.", "Assurance Level: Partial"],
        ["3", "Are island callers identified?", "No figures were given.", "Assurance Level: Minimal"],
    ]))
    assert [(f["assurance"], f["assurance_raw"], f["commentary"]) for f in extracted_fields(assurance, doc)] == [
        ("Assured", "Substantial", None), ("Partly assured", "Partial", None), ("Not assured", "Minimal", None)]


def test_a_theme_heading_above_the_decision_table_is_its_topic() -> None:
    doc = document(
        heading("Theme: Rural, Wildlife and Heritage Crime", level=2),
        table([["Question", "Summary of evidence", "Outcome"],
               ["Q1. How many rural crimes were solved?", "11% were solved.", "PCC assured"]]),
    )
    found = extracted_fields(assurance, doc)
    assert [(f["topic"], f["question_number"], f["assurance"]) for f in found] == [
        ("Rural, Wildlife and Heritage Crime", "1", "Assured")]


# --- meetings -------------------------------------------------------------------------------------------------

def test_a_police_crime_and_victims_commissioner_is_the_office() -> None:
    doc = document(
        para("Police, Crime and Victims' Commissioner for County Durham and Darlington"),
        heading("Scrutiny Meeting", level=2),
        para("Date: Tuesday 24 June 2025"),
    )
    assert meetings.organisation(doc) == \
        "Police, Crime and Victims' Commissioner for County Durham and Darlington"


# --- actions --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Awaiting update", "Update awaited", "Awaiting response"])
def test_awaiting_an_update_is_outstanding(word: str) -> None:
    doc = document(
        heading("Action log", level=2),
        table([["Ref", "Date raised", "Action", "Update", "Status"],
               ["PAB 25-12", "16/09/2025", "Report the number of drivers disqualified.", "Chased.", C(word)]]),
    )
    found = extracted_fields(actions, doc)
    assert [(f["status"], f["status_source"]) for f in found] == [("outstanding", "status_column")]


def test_struck_through_rows_of_a_pdf_log_are_complete(tmp_path: Path) -> None:
    """Real PDF: the strike-through is a line drawn across the words, which
    ingest reads as struck text (and keeps out of the table's rules)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["No.", "Action", "Update"],
            ["A1", "<strike>Provide the knife crime problem profile.</strike>",
             "<strike>Problem profile provided on 20 January 2025.</strike>"],
            ["A2", "Review the rural crime volunteer scheme.", "Review under way."]]
    path = tmp_path / "struck-log.pdf"
    pdf = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    pdf.build([Paragraph("<b>Action log</b>", style),
               Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=(50, 200, 200),
                     style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))])
    result = process_document(path)
    statuses = {r["number"]: (r["status"], r["status_source"]) for r in result.records["actions"]}
    assert statuses == {"A1": ("complete", "glyph_colour"), "A2": ("outstanding", "glyph_colour")}


# --- the eight packs end to end -------------------------------------------------------------------------------

ACTION_FIELDS = ("text", "number", "meeting_date", "topic", "status", "status_source", "source")
DECISION_FIELDS = ("question_number", "meeting_date", "topic", "assurance")
MEETING_FIELDS = ("meeting_date", "topic", "organisation")
PACKS = files.corpus_packs(CORPUS)


@pytest.mark.parametrize("name", PACKS)
def test_pcc_paper_pack_as_gold_says(name: str) -> None:
    files.assert_pack_as_gold(CORPUS / name, {"actions": ACTION_FIELDS, "assurance_decisions": DECISION_FIELDS,
                                              "meetings": MEETING_FIELDS})
