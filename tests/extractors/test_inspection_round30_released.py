"""Fixes from the released held-out rounds 30 and 30b: a grade's cell
listing its areas run on one after another; a panel paper's meeting date;
where an AFI's detail ends; the area of an AFI under an area's section; a
document's title under its office's line."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, H1, TITLE, grid, pdf, records

_GRADED = [("Good", "Police powers and public treatment"), ("Good", "Managing offenders"),
           ("Good", "Leadership and force management"), ("Adequate", "Responding to the public"),
           ("Adequate", "Developing a positive workplace"), ("Requires improvement", "Investigating crime")]


def _graded(grades: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((g["grade"], g["area"], g["as_of"]) for g in grades)


def test_a_grades_cell_running_two_area_names_together_grades_each(tmp_path: Path) -> None:
    """A Word table of a row per grade, its areas as paragraphs of one cell,
    two of them typed on one line with only a space between."""
    document = Document()
    document.add_heading("Response to the PEEL 2023–25 inspection of Southshire Police", level=1)
    document.add_paragraph("The inspectorate published its report on 12 November 2025.")
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [("Grade", ["Areas of policing"]),
            ("Good", ["Police powers and public treatment Managing offenders", "Leadership and force management"]),
            ("Adequate", ["Responding to the public", "Developing a positive workplace"]),
            ("Requires improvement", ["Investigating crime"])]
    for row, (grade, areas) in enumerate(rows):
        table.cell(row, 0).text = grade
        table.cell(row, 1).text = areas[0]
        for area in areas[1:]:
            table.cell(row, 1).add_paragraph(area)
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert _graded(records(path)["grades"]) == sorted((grade, area, "2025-11") for grade, area in _GRADED)


def test_a_grades_cell_whose_area_names_wrap_into_each_other_grades_each(tmp_path: Path) -> None:
    """A PDF table whose narrow areas cell is one paragraph: the names wrap
    across lines, one name running on from the end of another."""
    rows = [["Grade", "Areas of policing"],
            ["Good", "Police powers and public treatment Managing offenders Leadership and force management"],
            ["Adequate", "Responding to the public Developing a positive workplace"],
            ["Requires improvement", "Investigating crime"]]
    flow = [Paragraph("Response to the PEEL 2023–25 inspection of Southshire Police", TITLE),
            Paragraph("The inspectorate published its report on 12 November 2025.", BODY),
            Paragraph("The inspectorate's judgments", H1), grid(rows, [120, 130])]
    assert _graded(records(pdf(tmp_path / "response.pdf", flow))["grades"]) == sorted(
        (grade, area, "2025-11") for grade, area in _GRADED)


def test_a_panel_paper_is_dated_by_the_day_printed_under_the_panels_name(tmp_path: Path) -> None:
    """A paper's front lines: the panel it goes to, the meeting's date alone
    on the line under it, then who reports and the paper's title."""
    flow = [Paragraph("Southshire Police and Crime Panel", BODY), Paragraph("3 March 2026", BODY),
            Paragraph("Report of the Police and Crime Commissioner", BODY),
            Paragraph("HMICFRS PEEL 2023–25 inspection of Southshire Police", TITLE),
            Paragraph("1. Purpose of the report", H1),
            Paragraph("1.1 To inform the Panel of the inspectorate's findings, published on 9 December 2025.", BODY)]
    document = records(pdf(tmp_path / "panel-paper.pdf", flow))["documents"][0]
    assert (document["meeting_date"], document["title"]) == (
        "2026-03-03", "HMICFRS PEEL 2023-25 inspection of Southshire Police")
