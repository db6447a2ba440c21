"""Grades a paper quotes in layouts of its own (inspection round 35): a
paragraph listing the areas by grade between semicolons, a table of a row
per grade and a column per inspection year, a sentence whose subject is the
area, a grid of abbreviation tiles read through a key, a force's own short
theme names in a grade table, dot ratings read through a key line, and a bar
chart's labels."""

from __future__ import annotations

from pathlib import Path

from files import docx, records


def test_a_paragraph_listing_areas_by_grade_between_semicolons(tmp_path: Path) -> None:
    """Each area after "Grade:" takes that grade, "none" gives nothing, and
    the sentence recalling the earlier inspection gives none."""
    path = docx(tmp_path / "committee-paper.docx", [
        ("h1", "HMICFRS PEEL 2023–25 inspection: summary for the committee"),
        ("h2", "2. The inspection"),
        ("p", "HMICFRS inspected the force in the spring of 2025 and published its report on 3 November 2025."),
        ("p", "The grades awarded were: Outstanding: none; Good: managing offenders and preventing crime; "
              "Adequate: responding to the public, investigating crime and leadership and force management; "
              "Requires improvement: protecting vulnerable people; Inadequate: none."),
        ("p", "By comparison, the 2022 inspection had judged the force good in three areas."),
    ])
    grades = records(path)["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"], g["page"]) for g in grades) == sorted([
        ("Managing offenders", "managing offenders", "Good", "2025-11", None),
        ("Preventing crime", "preventing crime", "Good", "2025-11", None),
        ("Responding to the public", "responding to the public", "Adequate", "2025-11", None),
        ("Investigating crime", "investigating crime", "Adequate", "2025-11", None),
        ("Leadership and force management", "leadership and force management", "Adequate", "2025-11", None),
        ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement", "2025-11", None),
    ])
    assert {g["framework"] for g in grades} == {"PEEL 2023-25"}

