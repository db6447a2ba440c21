"""Mechanisms, each on a real PDF or Word file made here: areas grouped under
their grade (a "Good: A, B" line, a "graded as good in two areas: A and B"
sentence); a grade table laid on its side (area names over a row of grades),
whose row of grades is no grade header."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import Paragraph
import files
from files import BODY, BOLD, H1, TITLE


def test_a_sentence_grouping_areas_under_each_grade_grades_every_listed_area(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("PEEL 2023–25: An inspection of Kent Police")
    document.add_paragraph("Published: 4 March 2025")
    document.add_heading("Overall summary", 1)
    document.add_paragraph(
        "Kent was graded as good in two areas: preventing crime and managing offenders. It was graded as "
        "adequate in one area: investigating crime. It requires improvement in three areas: responding to the "
        "public, protecting vulnerable people and developing a positive workplace.")
    path = tmp_path / "grouped.docx"
    document.save(str(path))
    grades = {(g["area"], g["area_raw"], g["grade"]) for g in files.records(path)["grades"]}
    assert grades == {
        ("Preventing crime", "preventing crime", "Good"),
        ("Managing offenders", "managing offenders", "Good"),
        ("Investigating crime", "investigating crime", "Adequate"),
        ("Responding to the public", "responding to the public", "Requires improvement"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement"),
        ("Developing a positive workplace", "developing a positive workplace", "Requires improvement"),
    }


def test_bullets_listing_areas_under_their_grade_grade_each_area_of_the_quoted_report(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Police and Crime Panel – 3 June 2025")
    document.add_paragraph("HMICFRS PEEL inspection of Essex Police: progress report")
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Essex Police on 8 April 2025. "
                           "It gave the following grades:")
    for line in ("Outstanding: none", "Good: preventing crime, managing offenders",
                 "Requires improvement: investigating crime and protecting vulnerable people"):
        document.add_paragraph(line, style="List Bullet")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    grades = {(g["area"], g["grade"], g["framework"], g["as_of"]) for g in files.records(path)["grades"]}
    assert grades == {
        ("Preventing crime", "Good", "PEEL 2023-25", "2025-04"),
        ("Managing offenders", "Good", "PEEL 2023-25", "2025-04"),
        ("Investigating crime", "Requires improvement", "PEEL 2023-25", "2025-04"),
        ("Protecting vulnerable people", "Requires improvement", "PEEL 2023-25", "2025-04"),
    }


def test_a_grade_table_on_its_side_gives_each_column_its_grade_and_its_grades_head_nothing(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "sideways.pdf", [
        *files.report_start("Norfolk Constabulary"),
        Paragraph("Our judgments", H1),
        files.grid([["Preventing crime", "Investigating crime", "Managing offenders"],
               ["Good", "Adequate", "Good"]], [150, 150, 150]),
        files.grid([["Protecting vulnerable people", "Responding to the public", "Developing a positive workplace"],
               ["Inadequate", "Good", "Inadequate"]], [150, 150, 150]),
        Paragraph("Cause of concern", H1),
        files.grid([["Cause of concern", "Recommendation", "Timescale"],
               ["The force doesn't answer calls quickly enough.", "The force should answer calls promptly.",
                "Within six months"]], [150, 150, 150]),
    ])
    grades = {(g["area"], g["grade"], g["page"]) for g in files.records(path)["grades"]}
    assert grades == {
        ("Preventing crime", "Good", 1), ("Investigating crime", "Adequate", 1), ("Managing offenders", "Good", 1),
        ("Protecting vulnerable people", "Inadequate", 1), ("Responding to the public", "Good", 1),
        ("Developing a positive workplace", "Inadequate", 1),
    }


def test_numbered_afi_labels_run_into_their_sentences_open_one_afi_each_in_the_sections_area(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "afi-numbers.pdf", [
        *files.report_start("Humberside Police"),
        Paragraph("3. Investigating crime", H1),
        Paragraph("<b>AFI 3.1</b> The force should make sure investigations are allocated to the right officers.", BODY),
        Paragraph("<b>AFI 3.2</b> The force should make sure victims are updated.", BODY),
        Paragraph("4. Managing offenders", H1),
        Paragraph("<b>AFI 4.1</b> The force should review how it manages registered sex offenders.", BODY),
    ])
    afis = {(a["area"], a["text"]) for a in files.records(path)["areas_for_improvement"]}
    assert afis == {
        ("Investigating crime", "The force should make sure investigations are allocated to the right officers."),
        ("Investigating crime", "The force should make sure victims are updated."),
        ("Managing offenders", "The force should review how it manages registered sex offenders."),
    }


def test_a_recommendation_run_into_its_causes_paragraph_is_its_own_record_linked_to_the_cause(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "run-in.pdf", [
        Paragraph("Surrey Police: National child protection inspection", TITLE),
        Paragraph("Published: 4 March 2025", BODY),
        Paragraph("Causes of concern and recommendations", H1),
        Paragraph("<b>Cause of concern 1:</b> Surrey Police doesn't identify children at risk at domestic abuse "
                  "incidents. <b>Recommendation:</b> Within six months, Surrey Police should make sure officers "
                  "record the views of every child present.", BODY),
    ])
    records = files.records(path)
    causes = records["causes_of_concern"]
    assert [c["text"] for c in causes] == [
        "Surrey Police doesn't identify children at risk at domestic abuse incidents."]
    assert [(r["text"], r["timescale"], r["cause_of_concern_id"]) for r in records["recommendations"]] == [
        ("Within six months, Surrey Police should make sure officers record the views of every child present.",
         "Within six months", causes[0]["record_id"])]


def test_a_table_pairing_each_cause_with_its_recommendation_gives_both_linked(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "paired.pdf", [
        *files.report_start("Suffolk Constabulary"),
        Paragraph("Cause of concern and recommendation", H1),
        files.grid([["Cause of concern", "Recommendation", "Timescale"],
               ["The force doesn't answer calls quickly enough.", "The force should answer 999 calls promptly.",
                "Within three months"]], [150, 200, 100]),
    ])
    records = files.records(path)
    assert [c["text"] for c in records["causes_of_concern"]] == ["The force doesn't answer calls quickly enough."]
    assert [(r["text"], r["timescale"], r["cause_of_concern_id"]) for r in records["recommendations"]] == [
        ("The force should answer 999 calls promptly.", "Within three months",
         records["causes_of_concern"][0]["record_id"])]


def test_a_recommendations_table_under_a_cause_serves_that_cause(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "under-cause.pdf", [
        *files.report_start("Dorset Police"),
        Paragraph("Cause of concern", H1),
        Paragraph("The force doesn't manage the risk of registered sex offenders well enough.", BOLD),
        files.grid([["Recommendation", "Timescale"],
               ["The force should clear its backlog of visits to registered sex offenders.", "Within six months"]],
              [300, 150]),
    ])
    records = files.records(path)
    causes = records["causes_of_concern"]
    assert len(causes) == 1
    assert [(r["timescale"], r["cause_of_concern_id"]) for r in records["recommendations"]] == [
        ("Within six months", causes[0]["record_id"])]


def _board_paper(path: Path, letterhead: str, board: str) -> Path:
    document = Document()
    document.add_heading(letterhead, 3)
    document.add_heading(board, 1)
    document.add_paragraph("Minutes of the meeting held on Thursday 5 June 2025")
    document.add_heading("Item 1: Neighbourhood policing", 2)
    document.add_paragraph("Members asked about neighbourhood officers' abstraction rates.")
    document.save(str(path))
    return path


def test_a_policing_boards_letterhead_is_no_part_of_its_committees_title(tmp_path: Path) -> None:
    path = _board_paper(tmp_path / "board.docx", "Northern Ireland Policing Board", "Resources Committee")
    assert files.records(path)["documents"][0]["title"] == "Resources Committee"


def test_a_commissioner_named_area_first_gives_the_areas_force(tmp_path: Path) -> None:
    path = _board_paper(tmp_path / "area-first.docx", "Cumbria Commissioner for Police, Fire and Crime",
                        "Strategic Governance Board")
    document = files.records(path)["documents"][0]
    assert (document["title"], document["force"]) == ("Strategic Governance Board", "Cumbria Constabulary")
