"""A publication of its own that quotes an inspection (a commissioner's annual
report, a force's annual review or self-assessment) is neither the
inspectorate's report nor a response to it: its kind is unknown. A page whose
title says its issuer responds to the report is a response. The inspectorate's
own report keeps its kind. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, H1, TITLE, grid, pdf, records, report_start
from reportlab.platypus import Paragraph

PEEL_GRADES = [["Area", "Grade"], ["Preventing crime", "Good"], ["Investigating crime", "Requires improvement"]]


def test_a_commissioners_annual_report_quoting_peel_grades_is_of_no_known_kind(tmp_path: Path) -> None:
    path = pdf(tmp_path / "annual.pdf", [
        Paragraph("Police and Crime Commissioner for Avon and Somerset", BODY),
        Paragraph("Annual Report 2025/26", TITLE),
        Paragraph("Foreword", H1),
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire and Rescue Services published its PEEL "
                  "inspection of Avon and Somerset Police this year. The inspection graded the force as follows.",
                  BODY),
        grid(PEEL_GRADES, [200, 150]),
        Paragraph("I will hold the Chief Constable to account for the areas that require improvement.", BODY),
    ])

    assert records(path)["documents"][0]["doc_kind"] == "unknown"


def test_the_inspectorates_peel_report_is_a_peel_report(tmp_path: Path) -> None:
    path = pdf(tmp_path / "peel.pdf", [
        *report_start("Avon and Somerset Police"),
        Paragraph("Our judgments", H1),
        Paragraph("Our inspection assessed how good Avon and Somerset Police is in the areas of policing we "
                  "inspected.", BODY),
        grid(PEEL_GRADES, [200, 150]),
    ])

    assert records(path)["documents"][0]["doc_kind"] == "peel_report"


@pytest.mark.parametrize("title", ["Annual Review 2025", "PEEL Self-Assessment 2026"])
def test_a_forces_own_annual_review_or_self_assessment_is_of_no_known_kind(tmp_path: Path, title: str) -> None:
    path = pdf(tmp_path / "own.pdf", [
        Paragraph("Avon and Somerset Police", BODY),
        Paragraph(title, TITLE),
        Paragraph("How we were inspected", H1),
        Paragraph("The PEEL inspection by His Majesty's Inspectorate of Constabulary and Fire and Rescue Services "
                  "graded the force as follows.", BODY),
        grid(PEEL_GRADES, [200, 150]),
    ])

    assert records(path)["documents"][0]["doc_kind"] == "unknown"


def test_a_page_titled_as_the_commissioners_answer_to_the_report_is_a_response(tmp_path: Path) -> None:
    path = pdf(tmp_path / "news.pdf", [
        Paragraph("Home \u203a News \u203a 2026", BODY),
        Paragraph("Commissioner responds to PEEL report on Avon and Somerset Police", TITLE),
        Paragraph("Posted on 21 January 2026", BODY),
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire and Rescue Services published its PEEL "
                  "report on Avon and Somerset Police yesterday. Inspectors graded the force as follows.", BODY),
        grid(PEEL_GRADES, [200, 150]),
        Paragraph("The Commissioner said she would hold the Chief Constable to account for the areas that require "
                  "improvement.", BODY),
    ])

    assert records(path)["documents"][0]["doc_kind"] == "force_response"
