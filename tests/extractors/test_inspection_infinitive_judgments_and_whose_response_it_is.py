"""Grade and document mechanisms, each on a real file made here: a judgment in
the infinitive ("judged the force to require improvement at A", "...; and to
require improvement at A and B") grades each area, and a grade a summary states
again in the table takes the table's page; a post-inspection review letter that
says it gives no grades recalls the earlier ones, and is of the child
protection series; a report's sentence on a report published before its own
month recalls; a force's tracker set out as a card per item, or titled a
progress report on the inspection's items, is the force's response; a
commissioner's office issues a response whose letterhead names it at length,
whose running header names it, or which it signs (never one naming it as an
action's owner or copied to it)."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from docx import Document
from files import BODY, H1
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate


def _graded(found: dict[str, list[dict]]) -> list[tuple[str, str, str | None]]:
    return sorted((g["area"], g["grade"], g["as_of"]) for g in found["grades"])


@pytest.mark.parametrize(("judged", "expected"), [
    ("Inspectors judged the force to be good at managing offenders; adequate at preventing crime; and to require "
     "improvement at investigating crime and protecting vulnerable people.",
     [("Investigating crime", "Requires improvement"), ("Managing offenders", "Good"),
      ("Preventing crime", "Adequate"), ("Protecting vulnerable people", "Requires improvement")]),
    ("Inspectors judged the force to require improvement at responding to the public and to be adequate at "
     "managing offenders.",
     [("Managing offenders", "Adequate"), ("Responding to the public", "Requires improvement")]),
])
def test_a_judgment_in_the_infinitive_grades_each_area_its_clauses_join(
        tmp_path: Path, judged: str, expected: list[tuple[str, str]]) -> None:
    document = Document()
    document.add_paragraph("Report to the Joint Audit Committee")
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Dyfed-Powys Police", level=1)
    document.add_paragraph(f"HMICFRS published its PEEL 2023–25 report on the force on 9 October 2025. {judged}")
    path = tmp_path / "update.docx"
    document.save(str(path))
    assert _graded(files.records(path)) == [(area, grade, "2025-10") for area, grade in expected]


def _review_letter(path: Path, no_grades: str) -> Path:
    return files.pdf(path, [
        Paragraph("HM Inspectorate of Constabulary and Fire &amp; Rescue Services", BODY),
        Paragraph("Chief Constable, Lancashire Constabulary", BODY),
        Paragraph("4 February 2026", BODY),
        Paragraph("National child protection inspection: post-inspection review of Lancashire Constabulary", H1),
        Paragraph("Dear Chief Constable,", BODY),
        Paragraph("In our inspection report, we judged the force to be inadequate at assessing risk to children and "
                  "making appropriate referrals and to require improvement at child protection leadership.", BODY),
        Paragraph(f"We went back to the force in December 2025. {no_grades} This letter sets out our findings.", BODY),
        Paragraph("Yours sincerely,", BODY),
        Paragraph("HM Inspector of Constabulary", BODY),
    ])


@pytest.mark.parametrize("no_grades", ["We don't give graded judgments in post-inspection reviews.",
                                       "Post-inspection reviews aren't graded."])
def test_a_review_letter_that_gives_no_grades_grades_nothing_and_is_of_the_child_protection_series(
        tmp_path: Path, no_grades: str) -> None:
    found = files.records(_review_letter(tmp_path / "review.pdf", no_grades))
    assert found["grades"] == []
    assert found["documents"][0]["doc_kind"] == "child_protection_report"


def test_a_reports_sentence_on_a_report_published_before_its_own_month_recalls(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        Paragraph("National child protection inspection: Suffolk Constabulary", H1),
        Paragraph("Published: 3 March 2026", BODY),
        Paragraph("In our inspection report published in June 2023, we judged the force to be inadequate at "
                  "responding to children at risk of harm.", BODY),
        files.grid([["Topic", "Grade"], ["Responding to children at risk of harm", "Adequate"],
                     ["Child protection leadership", "Good"]], [300, 120]),
        Paragraph("We judged the force to be adequate at responding to children at risk of harm.", BODY),
    ])
    assert _graded(files.records(path)) == [("Child protection leadership", "Good", "2026-03"),
                                            ("Responding to children at risk of harm", "Adequate", "2026-03")]


def _card(document: Document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value


def test_a_tracker_of_one_card_per_item_is_the_forces_response(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25: areas for improvement", level=1)
    document.add_paragraph("Durham Constabulary – Chief Officer Group, April 2026")
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on the constabulary on 2 February 2026.")
    _card(document, [("Reference", "AFI-4"), ("Type", "Area for improvement"), ("PEEL area", "Investigating crime"),
                     ("HMICFRS wording", "The constabulary should make sure that investigations are supervised."),
                     ("Owner", "Head of Crime"), ("Progress update", "A supervision standard was issued in March."),
                     ("Status", "Open")])
    path = tmp_path / "tracker.docx"
    document.save(str(path))
    assert files.records(path)["documents"][0]["doc_kind"] == "force_response"


def test_a_response_under_a_long_letterhead_of_the_commissioners_office_is_the_offices(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Office of the Police, Fire and Crime Commissioner for North Yorkshire and the City of York",
                         level=3)
    document.add_heading("Section 55 response: HMICFRS PEEL 2023–25 inspection of North Yorkshire Police", level=1)
    document.add_paragraph("I welcome the report, which HMICFRS published on 12 January 2026.")
    path = tmp_path / "response.docx"
    document.save(str(path))
    [described] = files.records(path)["documents"]
    assert (described["doc_kind"], described["organisation"]) == (
        "force_response", "Police, Fire and Crime Commissioner for North Yorkshire and the City of York")


def _signed_response(path: Path, closing: str) -> Path:
    document = Document()
    document.add_heading("Response to the HMICFRS PEEL 2023–25 inspection of Essex Police", level=1)
    document.add_paragraph("Section 55 of the Police Act 1996 requires me to respond to HMICFRS reports on the force.")
    for topic in ("the cause of concern", "the recommendations", "the areas for improvement", "next steps"):
        document.add_heading(topic.capitalize(), level=2)
        document.add_paragraph(f"I will hold the Chief Constable to account for the force's progress on {topic}.")
    document.add_paragraph(closing)
    document.save(str(path))
    return path


def test_a_response_the_commissioner_signs_is_the_offices(tmp_path: Path) -> None:
    path = _signed_response(tmp_path / "signed.docx", "Priya Natarajan, Police, Fire and Crime Commissioner for Essex")
    assert files.records(path)["documents"][0]["organisation"] == "Police, Fire and Crime Commissioner for Essex"


def test_a_forces_response_copied_to_the_commissioner_is_not_the_offices(tmp_path: Path) -> None:
    path = _signed_response(tmp_path / "copied.docx", "cc: Police, Fire and Crime Commissioner for Essex")
    assert files.records(path)["documents"][0]["organisation"] is None


def test_a_web_page_printed_under_the_commissioners_running_header_is_the_offices(tmp_path: Path) -> None:
    def header(canvas, _doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, A4[1] - 25, "02/04/2026, 09:31 PEEL response | Office of the Police and Crime "
                                          "Commissioner for Leicestershire")

    path = tmp_path / "page.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Response to the HMICFRS PEEL 2023–25 inspection of Leicestershire Police", H1),
        Paragraph("Section 55 of the Police Act 1996 requires me to respond to the report, which HMICFRS "
                  "published on 5 February 2026.", BODY),
        PageBreak(),
        Paragraph("I will follow the force's progress at my public accountability meetings.", BODY),
    ], onFirstPage=header, onLaterPages=header)
    [described] = files.records(path)["documents"]
    assert (described["doc_kind"], described["organisation"]) == (  # the office's one name (forces.json office_area)
        "force_response", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland")


def test_a_grade_stated_in_the_summary_and_in_the_table_takes_the_tables_page(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        Paragraph("National child protection inspection: Gwent Police", H1),
        Paragraph("Published: 11 February 2026", BODY),
        Paragraph("We judged the force to be good at working with safeguarding partners and to require improvement "
                  "at investigating reports of abuse, neglect and exploitation of children.", BODY),
        PageBreak(),
        Paragraph("Our judgments", BODY),
        files.grid([["Topic", "Grade"],
                    ["Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"],
                    ["Working with safeguarding partners", "Good"]], [300, 120]),
    ])
    assert sorted((g["area"], g["page"], g["area_raw"]) for g in files.records(path)["grades"]) == [
        ("Investigating reports of abuse, neglect and exploitation of children", 2,
         "Investigating reports of abuse, neglect and exploitation of children"),
        ("Working with safeguarding partners", 2, "Working with safeguarding partners")]


def test_a_forces_plan_naming_the_commissioner_as_an_actions_owner_is_not_the_offices(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Cheshire Constabulary – HMICFRS PEEL 2023–25 action plan", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on the constabulary on 20 November 2025.")
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Area for improvement", "Action", "Owner")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("The constabulary should improve how it records anti-social "
                                                "behaviour.", "Publish a joint problem-solving plan.",
                                                "Police and Crime Commissioner for Cheshire")):
        cell.text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    [described] = files.records(path)["documents"]
    assert (described["doc_kind"], described["organisation"]) == ("force_response", None)


def test_a_progress_report_on_the_inspections_items_is_the_forces_response(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 areas for improvement: progress report", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dorset Police on 14 January 2026.")
    document.add_heading("Investigating crime", level=2)
    document.add_paragraph("The force should make sure that investigations are allocated to staff with the right "
                           "skills.")
    document.add_paragraph("Update: an allocation policy was agreed in March.")
    path = tmp_path / "progress.docx"
    document.save(str(path))
    assert files.records(path)["documents"][0]["doc_kind"] == "force_response"
