"""Grade mechanisms, each on a real file made here: a committee paper's table
whose grade cell opens with the grade, then a dash and a summary of findings
("Adequate – Officers use ..."); an improvement plan's banner rows naming area
and grade together ("Investigating crime – Grade: Requires improvement") over
the area's items; a panel paper's register of reports ("Report | Published |
Type") dating the child protection report whose grades its bullets give."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph

_GRADED = [("Preventing crime", "Good"), ("Investigating crime", "Requires improvement"),
           ("Leadership and force management", "Adequate")]


def test_a_grade_cell_opening_with_the_grade_and_a_summary_grades_the_rows_area(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    rows = [["PEEL area", "Grade and summary of findings"]] + [
        [area, f"<b>{grade}</b> – The force does some things well and should improve others."]
        for area, grade in _GRADED]
    flow = [Paragraph("Performance Committee", styles["Title"]),
            Paragraph("Date: 12 March 2026 Agenda item: 7 Classification: Official", styles["Normal"]),
            Paragraph("Subject: HMICFRS PEEL 2023–25 inspection of Kent Police", styles["Heading2"]),
            Paragraph("HMICFRS published its PEEL report on Kent Police on 14 January 2026.", styles["Normal"]),
            files.grid(rows, [150, 300])]
    found = files.records(files.pdf(tmp_path / "paper.pdf", flow))["grades"]
    assert sorted((g["area"], g["grade"], g["framework"], g["as_of"], g["page"]) for g in found) == sorted(
        (area, grade, "PEEL 2023-25", "2026-01", 1) for area, grade in _GRADED)


def test_banner_rows_naming_area_and_grade_grade_each_area(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Kent Police – HMICFRS PEEL 2023–25 improvement plan", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Kent Police on 9 December 2025.")
    rows = [["Ref", "Type", "HMICFRS finding", "Owner"]]
    for area, grade in _GRADED:
        rows += [[f"{area} – Grade: {grade}"] * 4,
                 ["AFI", "AFI", "The force should make sure supervisors review its work.", "Supt"]]
    files.word_table(document, rows)
    table = document.tables[0]
    for row in range(1, len(rows), 2):
        table.cell(row, 0).merge(table.cell(row, 3)).text = rows[row][0]
    document.save(str(tmp_path / "plan.docx"))
    found = files.records(tmp_path / "plan.docx")["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["framework"], g["as_of"]) for g in found) == sorted(
        (area, area, grade, "PEEL 2023-25", "2025-12") for area, grade in _GRADED)


def test_a_register_of_reports_dates_the_child_protection_grades_it_lists(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Date of meeting: 24 March 2026")
    document.add_heading("HMICFRS inspection reports requiring the Commissioner’s comment", level=1)
    files.word_table(document, [
        ["Report", "Published", "Type"],
        ["National child protection inspection: Essex Police", "3 February 2026", "Force-specific (graded)"],
        ["An inspection of how well the police tackle fraud", "15 January 2026", "National thematic"],
    ])
    document.add_heading("National child protection inspection", level=2)
    document.add_paragraph("HMICFRS graded the force’s work as follows:")
    for bullet in ("Working with safeguarding partners: good",
                   "Investigating reports of abuse, neglect and exploitation of children: requires improvement"):
        document.add_paragraph(bullet, style="List Bullet")
    document.save(str(tmp_path / "round-up.docx"))
    found = files.records(tmp_path / "round-up.docx")["grades"]
    assert sorted((g["grade"], g["framework"], g["as_of"]) for g in found) == [
        ("Good", "Child protection", "2026-02"), ("Requires improvement", "Child protection", "2026-02")]
