"""Round 10 and 11 (whole packs of other offices, issue 4): assurance
decisions among a pack's noise, on real generated PDF and Word files."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, docx, pdf, records
from reportlab.platypus import Paragraph


def _decisions(path: Path) -> list[dict]:
    return records(path)["assurance_decisions"]


def test_the_scale_defined_in_a_covering_report_and_prose_with_assured_are_no_decisions(tmp_path: Path) -> None:
    flow = [
        Paragraph("ACCOUNTABILITY BOARD", H1),
        Paragraph("Date: Tuesday 14 October 2025", BODY),
        Paragraph("Background", BOLD),
        Paragraph("The Board's terms of reference require the Commissioner to record one of three levels:", BODY),
        Paragraph("\u2022 Assured - the force has shown that it understands the issue and can evidence impact;", BODY),
        Paragraph("\u2022 Partially assured - plans are in place but their impact cannot yet be evidenced;", BODY),
        Paragraph("\u2022 Not assured - the Commissioner is not satisfied that the issue is being addressed.", BODY),
        Paragraph("Recommendation: the PCC is asked to note the performance report.", BODY),
        Paragraph("The Commissioner's office is assured that the figures follow the Home Office counting rules.",
                  BODY),
        Paragraph("NOTES OF THE ACCOUNTABILITY BOARD - 9 SEPTEMBER 2025", H1),
        Paragraph("Question 1: How is the force using its problem profile to direct patrols?", BODY),
        Paragraph("The profile was refreshed in June and identifies fourteen hotspot areas.", BODY),
        Paragraph("PCC decision: Partially assured", BOLD),
        Paragraph("The PCC asked for the hotspot figures to be reported each quarter.", BODY),
    ]
    found = _decisions(pdf(tmp_path / "pack.pdf", flow))
    assert [(d["question"], d["assurance"], d["commentary"]) for d in found] == [
        ("How is the force using its problem profile to direct patrols?", "Partly assured",
         "The PCC asked for the hotspot figures to be reported each quarter.")]


def test_a_grade_scale_in_an_inspection_report_is_no_decision(tmp_path: Path) -> None:
    path = docx(tmp_path / "report.docx", [
        ("h1", "About our grades"),
        ("p", "In this inspection we use five grades. Our grades mean:"),
        ("li", "Outstanding - The force has substantially exceeded the characteristics of good performance."),
        ("li", "Good - The force has demonstrated substantially all the characteristics of good performance."),
        ("li", "Adequate - The force has demonstrated some of the characteristics of good performance."),
        ("li", "Requires improvement - The force has demonstrated few of the characteristics."),
    ])
    assert _decisions(path) == []


def test_minuted_items_numbered_in_bold_give_topic_number_and_evidence_not_the_notes_heading(tmp_path: Path) -> None:
    flow = [
        Paragraph("PERFORMANCE BOARD", H1),
        Paragraph("Wednesday 17 December 2025", BODY),
        Paragraph("MINUTES - PERFORMANCE BOARD - 9 DECEMBER 2025", H1),
        Paragraph("Present: PCC; Chief Executive; Chief Constable.", BODY),
        Paragraph("1. Welcome and apologies", BOLD),
        Paragraph("Apologies were received from the Deputy Chief Constable.", BODY),
        Paragraph("2. Missing Persons", BOLD),
        Paragraph("The Superintendent introduced the report on missing people.", BODY),
        Paragraph("2.1 The PCC asked: How many people were reported missing in the year?", BODY),
        Paragraph("There were 2,930 reports, of which 58% concerned children.", BODY),
        Paragraph("Level of assurance: Substantial", BOLD),
        Paragraph("The PCC thanked the public protection team.", BODY),
        Paragraph("2.2 The PCC asked: How are return home interviews used?", BODY),
        Paragraph("Interviews reach the force within 72 hours in about 60% of cases.", BODY),
        Paragraph("Level of assurance: Partial", BOLD),
        Paragraph("The PCC asked for the sharing of interviews to be agreed with the council.", BODY),
    ]
    found = _decisions(pdf(tmp_path / "minutes.pdf", flow))
    assert [(d["question_number"], d["topic"], d["evidence_summary"], d["assurance"]) for d in found] == [
        ("2.1", "Missing Persons", "There were 2,930 reports, of which 58% concerned children.", "Assured"),
        ("2.2", "Missing Persons", "Interviews reach the force within 72 hours in about 60% of cases.",
         "Partly assured")]
