"""Mechanisms, each on a real PDF or Word file made here: a summary's clause
whose subject is the force again or left out ("..., but requires improvement at
...", "; and that it requires improvement in ..."); an area-and-grade table
setting two pairs side by side; a paper dating its grades by "the inspection
report published in <month>"; a "Cause of concern: <area>" label heading, which
names the area of the cause below it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
import files
from files import BODY, H1, TITLE

from pipeline.runner import process_document


H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=6, spaceBefore=4)


def test_a_clause_with_the_subject_left_out_grades_its_own_areas(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "clauses.pdf", [
        *files.report_start("Essex Police", published="12 May 2025"),
        Paragraph("Overall summary", H1),
        Paragraph("Essex Police is outstanding at managing offenders, but requires improvement at investigating "
                  "crime.", BODY),
    ])
    grades = {(g["area"], g["grade"], g["as_of"]) for g in files.records(path)["grades"]}
    assert grades == {("Managing offenders", "Outstanding", "2025-05"),
                      ("Investigating crime", "Requires improvement", "2025-05")}


def test_a_paper_s_clauses_of_grades_each_grade_their_areas_dated_by_the_report(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Police and Crime Panel – 9 July 2025")
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Kent Police", 1)
    document.add_paragraph("This paper summarises the inspection report published in April 2025.")
    document.add_paragraph(
        "HMICFRS found that Kent Police was good at preventing crime; adequate in responding to the public and "
        "managing offenders; and that it requires improvement in protecting vulnerable people and investigating "
        "crime.")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    grades = {(g["area"], g["grade"], g["as_of"]) for g in files.records(path)["grades"]}
    assert grades == {
        ("Preventing crime", "Good", "2025-04"),
        ("Responding to the public", "Adequate", "2025-04"),
        ("Managing offenders", "Adequate", "2025-04"),
        ("Protecting vulnerable people", "Requires improvement", "2025-04"),
        ("Investigating crime", "Requires improvement", "2025-04"),
    }


def test_a_table_of_two_area_and_grade_pairs_per_row_grades_both(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    rows = [["Area", "Grade", "Area", "Grade"],
            ["Preventing crime", "Good", "Managing offenders", "Inadequate"],
            ["Investigating crime", "Adequate", "Protecting vulnerable people", "Outstanding"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[130, 70, 130, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = files.pdf(tmp_path / "pairs.pdf", [*files.report_start("Durham Constabulary", published="12 May 2025"),
                                              Paragraph("Our judgments", H1), table])
    grades = {(g["area"], g["grade"]) for g in files.records(path)["grades"]}
    assert grades == {("Preventing crime", "Good"), ("Managing offenders", "Inadequate"),
                      ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Outstanding")}


def test_a_cause_of_concern_label_naming_an_area_gives_the_cause_below_it_that_area(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "ncpi.pdf", [
        Paragraph("Surrey Police: National child protection inspection", TITLE),
        Paragraph("Published: 2 June 2025", BODY),
        Paragraph("Cause of concern: Police detention of children", H2),
        Paragraph("Children don't get the support of an appropriate adult quickly enough in custody.", BODY),
        Paragraph("Within three months, Surrey Police should:", BODY),
        Paragraph("\u2022 make sure an appropriate adult is called as soon as a child arrives in custody.", BODY),
    ])
    records = files.records(path)
    causes = [(c["area"], c["text"]) for c in records["causes_of_concern"]]
    assert causes == [("Police detention of children",
                       "Children don't get the support of an appropriate adult quickly enough in custody.")]
    [recommendation] = records["recommendations"]
    assert recommendation["cause_of_concern_id"] == records["causes_of_concern"][0]["record_id"]
    assert recommendation["timescale"] == "Within three months"


def test_a_summary_grading_several_areas_opens_no_area_for_the_cause_below_it(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "summary.pdf", [
        *files.report_start("Norfolk Constabulary", published="12 May 2025"),
        Paragraph("Overall summary", H1),
        Paragraph("Norfolk Constabulary is good at preventing crime, but requires improvement at responding to the "
                  "public.", BODY),
        Paragraph("Cause of concern", H2),
        Paragraph("The constabulary doesn't supervise its investigations well enough.", BODY),
    ])
    [cause] = files.records(path)["causes_of_concern"]
    assert (cause["area"], cause["text"]) == (None, "The constabulary doesn't supervise its investigations well enough.")


LETTERHEAD = ParagraphStyle("letterhead", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4)
MEETING = ParagraphStyle("meeting", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def _meeting_pdf(path: Path, letterhead: str, meeting: str, text: str) -> dict:
    files.pdf(path, [Paragraph(letterhead, LETTERHEAD), Paragraph(meeting, MEETING),
                     Paragraph("Wednesday 3 September 2025, 2.00pm, Town Hall", BODY), Paragraph(text, BODY)])
    return process_document(path).document


def test_a_government_department_s_letterhead_is_no_part_of_the_title_and_its_place_gives_the_force(
        tmp_path: Path) -> None:
    described = _meeting_pdf(tmp_path / "department.pdf", "Government of Jersey – Justice and Home Affairs Department",
                             "Policing Performance Review", "Members reviewed the year's burglary figures.")
    assert (described["title"], described["force"]) == ("Policing Performance Review", "States of Jersey Police")


def test_a_council_s_letterhead_is_no_part_of_its_committee_s_title(tmp_path: Path) -> None:
    described = _meeting_pdf(tmp_path / "council.pdf", "Aberdeen City Council", "Public Protection Committee",
                             "Police Scotland presented the local policing plan's quarterly figures.")
    assert (described["title"], described["force"]) == ("Public Protection Committee", "Police Scotland")


def test_a_line_binds_label_and_value_either_way_round(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "lines.pdf", [
        *files.report_start("Gwent Police", published="12 May 2025"),
        Paragraph("Our judgments", H1),
        Paragraph("Investigating crime – Requires improvement", BODY),
        Paragraph("Managing offenders: Good", BODY),
        Paragraph("Adequate: preventing crime and responding to the public", BODY),
        Paragraph("Outstanding: none", BODY),
    ])
    grades = {(g["area"], g["grade"]) for g in files.records(path)["grades"]}
    assert grades == {("Investigating crime", "Requires improvement"), ("Managing offenders", "Good"),
                      ("Preventing crime", "Adequate"), ("Responding to the public", "Adequate")}
