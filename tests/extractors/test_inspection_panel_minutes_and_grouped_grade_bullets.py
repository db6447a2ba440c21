"""Grade and document mechanisms, each on a real file made here: a panel's
minutes ("Minutes of the meeting of the ... Police and Crime Panel", "Held at
... on <date>" under the title) are a scrutiny pack dated by that meeting;
bullets grouping several areas under the one grade after them ("A, B and C –
adequate") grade each area as printed, dated by "the report ... (published
<month>)" under an item heading naming the PEEL report."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document


def _minutes(path: Path) -> Path:
    document = Document()
    document.add_heading("Minutes of the meeting of the Gwent Police and Crime Panel", level=0)
    document.add_paragraph("Held at the Civic Centre, Newport on Tuesday, 9 June 2026 at 2.00 pm")
    document.add_paragraph("Present: Councillor A. Hughes (Chair) and six members of the panel.")
    document.add_heading("1. Apologies for absence", level=1)
    document.add_paragraph("There were no apologies.")
    document.add_heading("2. HMICFRS PEEL 2023–25 inspection report: Gwent Police", level=1)
    document.add_paragraph("The Commissioner presented the report on the force (published May 2026). HMICFRS "
                           "graded the force as follows:")
    for bullet in ("Preventing crime and responding to the public – adequate",
                   "Investigating crime, managing offenders and protecting vulnerable people – good",
                   "Leadership and force management – requires improvement"):
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph("The Commissioner recalled that the force had been graded good at preventing crime in "
                           "2022.")
    document.add_paragraph("RESOLVED that the report be noted.")
    document.save(str(path))
    return path


def test_a_panels_minutes_are_a_pack_dated_by_the_meeting_held_line(tmp_path: Path) -> None:
    found = files.records(_minutes(tmp_path / "minutes.docx"))["documents"][0]
    assert (found["doc_kind"], found["meeting_date"], found["title"]) == (
        "scrutiny_pack", "2026-06-09", "Minutes of the meeting of the Gwent Police and Crime Panel")


def test_grouped_grade_bullets_grade_each_area_dated_by_the_items_report(tmp_path: Path) -> None:
    found = files.records(_minutes(tmp_path / "minutes.docx"))["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["framework"], g["as_of"]) for g in found) == [
        ("Investigating crime", "Investigating crime", "Good", "PEEL 2023-25", "2026-05"),
        ("Leadership and force management", "Leadership and force management", "Requires improvement",
         "PEEL 2023-25", "2026-05"),
        ("Managing offenders", "managing offenders", "Good", "PEEL 2023-25", "2026-05"),
        ("Preventing crime", "Preventing crime", "Adequate", "PEEL 2023-25", "2026-05"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Good", "PEEL 2023-25", "2026-05"),
        ("Responding to the public", "responding to the public", "Adequate", "PEEL 2023-25", "2026-05"),
    ]

