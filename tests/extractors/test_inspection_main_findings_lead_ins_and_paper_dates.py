"""Mechanisms, each on a real PDF or Word file made here: main findings set out
as bold statements no larger than their label; lead-in sentences ("HMICFRS
identified one cause of concern in investigating crime:", "Within six months,
the constabulary should:") that are never items and may name the area or open a
cause's recommendations; a document's kind read from one heading at a time; a
publication date only from its own "Published:" line; a commissioner's title
that lists a city before its county."""

from __future__ import annotations

from pathlib import Path

import files


def test_main_findings_as_bold_statements_no_larger_than_their_label(tmp_path: Path) -> None:
    path = files.pdf_lines(tmp_path / "peel.pdf", [
        ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy", 22, True),
        ("An inspection of Durham Constabulary", 16, False),
        ("Investigating crime", 16, True),
        ("Durham Constabulary is adequate at investigating crime.", 11, True),
        ("Main findings", 11.5, True),
        ("Investigations are allocated to officers with the right skills", 11, True),
        ("The crime allocation policy is clear and supervisors follow it.", 11, False),
        ("The force has too few detectives for its demand", 11, True),
        ("Detective vacancies have risen for two years.", 11, False),
        ("Protecting vulnerable people", 16, True),
        ("Main findings", 11.5, True),
        ("• The force works well with partners to safeguard vulnerable people", 11, False),
        ("Questions for the force to consider in its response", 11, True),
        ("• What is the force doing and why?", 11, False),
    ])
    found = files.records(path)["findings"]
    assert [(f["text"], f["area"]) for f in found] == [
        ("Investigations are allocated to officers with the right skills", "Investigating crime"),
        ("The force has too few detectives for its demand", "Investigating crime"),
        # bullets set the findings out: a bold line after them is the paper's own next heading
        ("The force works well with partners to safeguard vulnerable people", "Protecting vulnerable people"),
    ]


def test_a_lead_in_is_no_item_names_the_area_and_opens_the_cause_recommendations(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "response.docx", [
        ("h1", "Police and Crime Commissioner’s response to the HMICFRS PEEL 2023–25 inspection of Cheshire "
               "Constabulary"),
        ("h2", "Cause of concern"),
        ("p", "HMICFRS identified one cause of concern in investigating crime:"),
        ("b", "The constabulary doesn't have enough investigators to meet its demand."),
        ("p", "HMICFRS recommended:"),
        ("p", "Within six months, the constabulary should:"),
        ("li", "make sure it has enough trained investigators;"),
        ("li", "allocate investigations according to their complexity."),
    ])
    records = files.records(path)
    [cause] = records["causes_of_concern"]
    assert (cause["text"], cause["area"], cause["detail"]) == (
        "The constabulary doesn't have enough investigators to meet its demand.", "Investigating crime", None)
    assert [(r["text"], r["timescale"], r["lead_in"], r["cause_of_concern_id"])
            for r in records["recommendations"]] == [
        ("make sure it has enough trained investigators", "Within six months",
         "Within six months, the constabulary should:", cause["record_id"]),
        ("allocate investigations according to their complexity.", "Within six months",
         "Within six months, the constabulary should:", cause["record_id"]),
    ]


def test_a_practice_lead_in_is_not_the_practice(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "paper.docx", [
        ("h1", "HMICFRS PEEL 2023–25 inspection of Leicestershire Police"),
        ("h3", "Innovative practice"),
        ("p", "HMICFRS highlighted this work as innovative practice:"),
        ("b", "The force uses an offender management app to share information with probation"),
        ("p", "Probation officers see each offender's latest risk assessment."),
    ])
    assert [(f["text"], f["kind"]) for f in files.records(path)["findings"]] == [
        ("The force uses an offender management app to share information with probation", "innovative_practice")]


def test_response_to_in_one_heading_and_inspection_in_another_make_no_response(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "ncpi.docx", [
        ("b", "National child protection inspection: Suffolk Constabulary"),
        ("p", "Published: 11 March 2025"),
        ("h1", "Responding to children at risk of harm"),
        ("p", "Suffolk Constabulary requires improvement at responding to children at risk of harm."),
        ("h2", "Cause of concern"),
        ("bi", "The constabulary's initial response to domestic abuse doesn't always protect the children"),
        ("h3", "Recommendations"),
        ("p", "Within six months, Suffolk Constabulary should make sure that:"),
        ("li", "officers record the views of children at domestic abuse incidents."),
    ])
    records = files.records(path)
    [document] = records["documents"]
    assert (document["doc_kind"], document["publication_date"]) == ("child_protection_report", "2025-03-11")
    assert [(g["area"], g["grade"], g["as_of"]) for g in records["grades"]] == [
        ("Responding to children at risk of harm", "Requires improvement", "2025-03")]


def test_a_paper_is_dated_by_its_own_date_not_the_report_it_quotes(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "s55.docx", [
        ("b", "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        ("h1", "Police and Crime Commissioner’s response to the HMICFRS PEEL 2023–25 inspection"),
        ("p", "Date: 25 October 2024"),
        ("p", "This is my response to the PEEL 2023–25 report on the force, published on 12 September 2024."),
        ("p", "The force is good at investigating crime."),
    ])
    records = files.records(path)
    [document] = records["documents"]
    assert (document["doc_kind"], document["publication_date"], document["force"]) == (
        "force_response", "2024-10-25", "Leicestershire Police")
    assert [(g["area"], g["grade"], g["as_of"]) for g in records["grades"]] == [
        ("Investigating crime", "Good", "2024-09")]


def test_a_line_opening_with_the_meeting_date_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "board.docx", [
        ("b", "Police and Crime Commissioner for Wiltshire and Swindon"),
        ("h1", "Corporate Governance Board"),
        ("h2", "Tuesday 22 April 2025, 10:00 to 12:00, Force Headquarters"),
        ("h2", "Agenda"),
        ("p", "1. Apologies"),
    ])
    [document] = files.records(path)["documents"]
    assert (document["title"], document["force"]) == ("Corporate Governance Board", "Wiltshire Police")
