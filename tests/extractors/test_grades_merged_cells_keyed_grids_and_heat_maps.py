"""Grades in a table sorted by grade whose grade cells are merged down over
their areas, on real Word files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, grid, lower_key, pdf, records
from reportlab.lib import colors
from reportlab.platypus import Paragraph, TableStyle

_BY_GRADE = [
    ("Good", ["Preventing crime", "Managing offenders"]),
    ("Adequate", ["Responding to the public", "Protecting vulnerable people", "Investigating crime"]),
]


def _board_paper(path: Path, merged: bool) -> Path:
    """A board paper setting a force's PEEL grades in a Grade | Area table
    sorted by grade, each grade cell merged down over its areas (or, unmerged,
    printed in its group's first row only)."""
    document = Document()
    document.add_paragraph("Police Accountability Board – 3 March 2026")
    document.add_paragraph("PEEL 2023–25 inspection: grades", style="Title")
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Exampleshire Police on 12 January 2026.")
    rows = sum(len(areas) for _, areas in _BY_GRADE)
    table = document.add_table(rows=rows + 1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Grade", "Area of policing"
    row = 1
    for grade, areas in _BY_GRADE:
        table.cell(row, 0).text = grade
        if merged:
            table.cell(row, 0).merge(table.cell(row + len(areas) - 1, 0))
        for offset, area in enumerate(areas):
            table.cell(row + offset, 1).text = area
        row += len(areas)
    document.save(str(path))
    return path


def test_a_grade_cell_merged_down_over_several_areas_grades_each_of_them(tmp_path: Path) -> None:
    found = records(_board_paper(tmp_path / "merged.docx", merged=True))
    assert lower_key(found["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "adequate", "2026-01"),
        ("managing offenders", "good", "2026-01"),
        ("preventing crime", "good", "2026-01"),
        ("protecting vulnerable people", "adequate", "2026-01"),
        ("responding to the public", "adequate", "2026-01"),
    ]
    assert {r["page"] for r in found["grades"]} == {None}


def test_an_empty_unmerged_grade_cell_grades_nothing(tmp_path: Path) -> None:
    found = records(_board_paper(tmp_path / "unmerged.docx", merged=False))
    assert lower_key(found["grades"], ("area", "grade")) == [
        ("preventing crime", "good"),
        ("responding to the public", "adequate"),
    ]


_KEY = ("Key: PC – Preventing crime; RttP – Responding to the public; IC – Investigating crime; "
        "PVP – Protecting vulnerable people. Riverside Police's report is expected in June 2026.")


def _peer_grid(path: Path, key: str) -> Path:
    """A commissioner's briefing comparing a region's forces: a row per force
    with its report's month, area columns headed by abbreviations, and the
    key spelling them out under the table, ending with a sentence of its own."""
    document = Document()
    document.add_paragraph("Southern forces: PEEL 2023–25 grades compared", style="Title")
    document.add_paragraph("Prepared for: Commissioner's Scrutiny Board, 2 April 2026")
    table = document.add_table(rows=3, cols=6)
    table.style = "Table Grid"
    for row, values in enumerate([
        ["Force", "Report published", "PC", "RttP", "IC", "PVP"],
        ["Surrey", "March 2025", "Good", "Adequate", "Requires improvement", "Good"],
        ["Sussex", "November 2024", "Outstanding", "Good", "Adequate", "Adequate"],
    ]):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    document.add_paragraph(key)
    document.save(str(path))
    return path


def test_a_grid_of_forces_headed_by_keyed_abbreviations_grades_each_force_by_the_areas_the_key_names(
        tmp_path: Path) -> None:
    found = records(_peer_grid(tmp_path / "keyed.docx", _KEY))
    grades = lower_key(found["grades"], ("force", "area", "grade", "as_of"))
    assert len(grades) == 8
    assert [g for g in grades if g[0] == "sussex police"] == [
        ("sussex police", "investigating crime", "adequate", "2024-11"),
        ("sussex police", "preventing crime", "outstanding", "2024-11"),
        ("sussex police", "protecting vulnerable people", "adequate", "2024-11"),
        ("sussex police", "responding to the public", "good", "2024-11"),
    ]


def test_abbreviated_headings_no_key_spells_out_grade_nothing(tmp_path: Path) -> None:
    found = records(_peer_grid(tmp_path / "unkeyed.docx", "Source: HMICFRS PEEL 2023–25 force reports."))
    assert found["grades"] == []


_SWATCHES = {"Outstanding": "#1f6f3f", "Good": "#6cb33f", "Adequate": "#f2c12e",
             "Requires improvement": "#f08a24", "Inadequate": "#c8102e"}
_HEAT = [("Surrey", "March 2025", ["Good", "Adequate", "Good", "Requires improvement"]),
         ("Sussex", "November 2024", ["Outstanding", "Good", "Adequate", "Adequate"])]


def _heat_map(path: Path, keyed: bool) -> Path:
    """A board paper's heat map of similar forces: a row per force with its
    report's month, a column per area, each grade told only by its empty
    cell's colour, and (``keyed``) a colour key of swatches beside grade words."""
    areas = ["Preventing crime", "Responding to the public", "Investigating crime", "Protecting vulnerable people"]
    rows = [["Force", "Report published", *areas]] + [[force, month, "", "", "", ""] for force, month, _ in _HEAT]
    heat = grid(rows, [70, 70, 90, 90, 90, 90])
    heat.setStyle(TableStyle([("BACKGROUND", (2 + col, 1 + row), (2 + col, 1 + row), colors.HexColor(_SWATCHES[g]))
                              for row, (_, _, grades) in enumerate(_HEAT) for col, g in enumerate(grades)]))
    flow = [Paragraph("Performance Board · 10 March 2026", BODY),
            Paragraph("How Surrey compares: PEEL 2023–25 grades of similar forces", H1),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Surrey Police on 14 March 2025.", BODY), heat]
    if keyed:
        key = grid([sum(([" ", grade] for grade in _SWATCHES), [])], [14, 90] * len(_SWATCHES))
        key.setStyle(TableStyle([("BACKGROUND", (2 * i, 0), (2 * i, 0), colors.HexColor(colour))
                                 for i, colour in enumerate(_SWATCHES.values())]))
        flow += [Paragraph("Colour key", BOLD), key]
    return pdf(path, flow)


def test_a_heat_map_of_forces_grades_each_cell_by_the_colour_the_key_names(tmp_path: Path) -> None:
    found = records(_heat_map(tmp_path / "heat.pdf", keyed=True))
    grades = lower_key(found["grades"], ("force", "area", "grade", "as_of"))
    assert len(grades) == 8
    assert [g for g in grades if g[0] == "surrey police"] == [
        ("surrey police", "investigating crime", "good", "2025-03"),
        ("surrey police", "preventing crime", "good", "2025-03"),
        ("surrey police", "protecting vulnerable people", "requires improvement", "2025-03"),
        ("surrey police", "responding to the public", "adequate", "2025-03"),
    ]
    assert {r["page"] for r in found["grades"]} == {1}


def test_cell_colours_no_key_names_grade_nothing(tmp_path: Path) -> None:
    assert records(_heat_map(tmp_path / "unkeyed.pdf", keyed=False))["grades"] == []
