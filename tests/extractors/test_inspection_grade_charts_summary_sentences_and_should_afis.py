"""Mechanisms, each on a real PDF or Word file made here: a grade chart headed
by the grades' abbreviations with a mark in the graded column; a summary
sentence listing every grade; bold "The force should ..." sentences in an
area's section as AFIs; sibling bullets set deeper than the body; a
recommendations table with a timescale column; a dated board of any name on a
paper's front line; a police authority's letterhead over its board's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Paragraph
import files
from files import BODY, BOLD, H1, TITLE

from extractors.sections import judgments


def test_a_chart_headed_by_grade_abbreviations_gives_the_marked_column(tmp_path: Path) -> None:
    marks = {"Preventing crime": "O", "Investigating crime": "RI", "Managing offenders": "A"}
    columns = ["O", "G", "A", "RI", "I"]
    rows = [["Area", *columns]] + [[area, *("X" if c == grade else "" for c in columns)]
                                   for area, grade in marks.items()]
    rows.append(["Responding to the public", "X", "X", "", "", ""])  # two marks: no grade can be read
    path = files.pdf(tmp_path / "abbrev.pdf", [
        *files.report_start("Kent Police"),
        Paragraph("Our judgments", H1),
        files.grid(rows, [200, 40, 40, 40, 40, 40]),
        Paragraph("Key: O = Outstanding, G = Good, A = Adequate, RI = Requires improvement, I = Inadequate", BODY),
    ])
    grades = {(g["area"], g["grade"], g["page"]) for g in files.records(path)["grades"]}
    assert grades == {("Preventing crime", "Outstanding", 1), ("Investigating crime", "Requires improvement", 1),
                      ("Managing offenders", "Adequate", 1)}


def test_a_summary_sentence_listing_every_grade_gives_each_area_its_own(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "summary.pdf", [
        *files.report_start("Surrey Police"),
        Paragraph("Overall summary", H1),
        Paragraph("Our inspection found that Surrey Police was good at preventing crime and at treating the public "
                  "fairly and respectfully, adequate at investigating crime, responding to the public and protecting "
                  "vulnerable people, and required improvement at managing offenders and suspects and at building, "
                  "supporting and protecting the workforce.", BODY),
    ])
    grades = {(g["area"], g["area_raw"], g["grade"]) for g in files.records(path)["grades"]}
    assert grades == {
        ("Preventing crime", "preventing crime", "Good"),
        ("Police powers and public treatment", "treating the public fairly and respectfully", "Good"),
        ("Investigating crime", "investigating crime", "Adequate"),
        ("Responding to the public", "responding to the public", "Adequate"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Adequate"),
        ("Managing offenders", "managing offenders and suspects", "Requires improvement"),
        ("Developing a positive workplace", "building, supporting and protecting the workforce",
         "Requires improvement"),
    }


def test_summary_sentences_moving_from_grade_to_grade_in_other_words() -> None:
    found = [(j.area.name, j.grade) for j in judgments(
        "We judged Cumbria Constabulary to be good at preventing crime; adequate at investigating crime and at "
        "responding to the public; and inadequate at protecting vulnerable people.", "PEEL 2023-25")]
    assert found == [("Preventing crime", "Good"), ("Investigating crime", "Adequate"),
                     ("Responding to the public", "Adequate"), ("Protecting vulnerable people", "Inadequate")]
    found = [(j.area.name, j.grade) for j in judgments(
        "HMICFRS found that Kent Police is outstanding at preventing crime and requires improvement in responding "
        "to the public. Kent Police required improvement in managing offenders, and was adequate at investigating "
        "crime.", "PEEL 2023-25")]
    assert found == [("Preventing crime", "Outstanding"), ("Responding to the public", "Requires improvement"),
                     ("Managing offenders", "Requires improvement"), ("Investigating crime", "Adequate")]
    # an earlier inspection's grade recalled is never this report's
    assert judgments("In 2019 Kent Police required improvement in managing offenders.", "PEEL 2023-25") == ()


def test_bullets_completing_a_we_graded_lead_in_are_judgments(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "listed.pdf", [
        *files.report_start("Essex Police"),
        Paragraph("Our judgments", H1),
        Paragraph("We graded Essex Police as:", BODY),
        Paragraph("\u2022 good at preventing crime;", BODY),
        Paragraph("\u2022 adequate at investigating crime; and", BODY),
        Paragraph("\u2022 requiring improvement in managing offenders.", BODY),
    ])
    grades = {(g["area"], g["grade"]) for g in files.records(path)["grades"]}
    assert grades == {("Preventing crime", "Good"), ("Investigating crime", "Adequate"),
                      ("Managing offenders", "Requires improvement")}


@pytest.mark.parametrize("sentence, area, grade", [
    ("We graded the force's performance in responding to the public as adequate.", "Responding to the public",
     "Adequate"),
    ("Kent Police's performance in managing offenders was graded as requires improvement.", "Managing offenders",
     "Requires improvement"),
    ("In investigating crime, Kent Police is good.", "Investigating crime", "Good"),
    ("We consider Kent Police to be adequate at responding to the public.", "Responding to the public", "Adequate"),
    ("The force's approach to investigating crime requires improvement.", "Investigating crime",
     "Requires improvement"),
])
def test_judgments_in_varied_words(sentence: str, area: str, grade: str) -> None:
    assert [(j.area.name, j.grade) for j in judgments(sentence, "PEEL 2023-25")] == [(area, grade)]


def test_bold_should_sentences_in_an_area_section_are_afis_with_their_paragraphs(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "bold.pdf", [
        *files.report_start("Dorset Police"),
        Paragraph("Investigating crime", H1),
        Paragraph("The force requires improvement at investigating crime. Plans are often missing.", BODY),
        Paragraph("The force should make sure that every investigation has a plan.", BOLD),
        Paragraph("Half of the files we reviewed had no plan.", BODY),
        Paragraph("The force should improve how it updates victims.", BOLD),
        Paragraph("Managing offenders", H1),
        Paragraph("The force is good at managing offenders.", BODY),
        Paragraph("Offender managers know their cases well.", BODY),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Investigating crime", "The force should make sure that every investigation has a plan.",
         "Half of the files we reviewed had no plan."),
        ("Investigating crime", "The force should improve how it updates victims.", None),
    ]


def test_bullets_at_one_depth_are_siblings_however_deep_the_list_starts(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("An inspection of Kent Police", style="Title")
    document.add_paragraph("PEEL 2023–25", style="Heading 1")
    document.add_paragraph("Investigating crime", style="Heading 1")
    document.add_paragraph("Areas for improvement", style="Heading 2")
    document.add_paragraph("The force should supervise investigations.", style="List Bullet 2")
    document.add_paragraph("The force should record outcomes correctly.", style="List Bullet 2")
    document.add_paragraph("Managing offenders", style="Heading 1")
    document.add_paragraph("Area for improvement", style="Heading 2")
    document.add_paragraph("The force should arrest wanted suspects promptly.", style="List Bullet")
    document.add_paragraph("Its backlog has grown since 2023.", style="List Bullet 2")
    path = tmp_path / "bullets.docx"
    document.save(path)
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Investigating crime", "The force should supervise investigations.", None),
        ("Investigating crime", "The force should record outcomes correctly.", None),
        ("Managing offenders", "The force should arrest wanted suspects promptly.", "Its backlog has grown since 2023."),
    ]


def test_a_recommendations_table_gives_each_its_timescale_column(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "recs.pdf", [
        Paragraph("Lancashire Constabulary: National child protection inspection", TITLE),
        Paragraph("Published: 2 June 2025", BODY),
        Paragraph("Recommendations", H1),
        files.grid([["No.", "Recommendation", "Timescale"],
               ["1", "Lancashire Constabulary should make sure every child arrested has an appropriate adult.",
                "Immediately"],
               ["2", "Lancashire Constabulary should review its referrals to children's social care.",
                "Within three months"]], [30, 330, 100]),
    ])
    records = files.records(path)
    recs = [(r["text"], r["timescale"]) for r in records["recommendations"]]
    assert recs == [
        ("Lancashire Constabulary should make sure every child arrested has an appropriate adult.", "Immediately"),
        ("Lancashire Constabulary should review its referrals to children's social care.", "Within three months"),
    ]
    assert records["documents"][0]["doc_kind"] == "child_protection_report"


def test_a_dated_board_of_any_name_on_a_papers_front_line_makes_it_a_packs(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Strategic Priorities Assurance Board – 9 December 2025")
    document.add_paragraph("Durham Constabulary PEEL 2023–25 inspection: the force's response to the areas for "
                           "improvement", style="Title")
    document.add_paragraph("To update the Commissioner on the force's progress since the PEEL report.")
    path = tmp_path / "paper.docx"
    document.save(path)
    described = files.records(path)["documents"][0]
    assert (described["doc_kind"], described["meeting_date"]) == ("scrutiny_pack", "2025-12-09")


def test_a_police_authoritys_letterhead_names_its_force_and_is_no_part_of_the_title(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "authority.pdf", [
        Paragraph("Civil Nuclear Police Authority", H1),
        Paragraph("Finance and Resources Committee", TITLE),
        Paragraph("Tuesday 3 June 2025, Culham", BODY),
        Paragraph("The Constabulary presented its quarterly finance report.", BODY),
    ])
    described = files.records(path)["documents"][0]
    assert (described["title"], described["force"]) == ("Finance and Resources Committee", "Civil Nuclear Constabulary")
