"""Grades a paper quotes in layouts of its own: a paragraph listing the areas
by grade between semicolons, a table of a row per grade and a column per
inspection year, a sentence whose subject is the area, a grid of abbreviation
tiles read through a key, a force's own short theme names in a grade table, dot
ratings read through a key line, and a bar chart's labels."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from files import BODY, BOLD, H1, docx, pdf, records, word_table


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



def test_a_finding_whose_subject_is_the_area_grades_it(tmp_path: Path) -> None:
    """"It found that <area> requires improvement" grades the area; the
    same words recalling the previous inspection grade nothing."""
    flow = [Paragraph("Response to the HMICFRS national child protection inspection of Westshire Police", H1),
            Paragraph("This is my response to the inspectorate's national child protection inspection of "
                      "Westshire Police, published on 2 September 2025.", BODY),
            Paragraph("What the inspectorate found", H1),
            Paragraph("The inspectorate judged the force to be good in one area: police detention of children.", BODY),
            Paragraph("It found that responding to children at risk of harm requires improvement.", BODY),
            Paragraph("The previous inspection found that working with safeguarding partners requires improvement.",
                      BODY)]
    grades = records(pdf(tmp_path / "s55-response.pdf", flow))["grades"]
    assert sorted((g["area"], g["grade"], g["framework"], g["as_of"], g["page"]) for g in grades) == [
        ("Police detention of children", "Good", "Child protection", "2025-09", 1),
        ("Responding to children at risk of harm", "Requires improvement", "Child protection", "2025-09", 1)]


def _cell_lines(lines: list[str]) -> list[Paragraph]:
    return [Paragraph(line, BODY) for line in lines]


def test_a_row_per_grade_and_a_column_per_inspection_year(tmp_path: Path) -> None:
    """Each area in a cell takes its row's grade and its column's
    inspection: the latest year the paper's report, the earlier year the
    framework of that year dated by the month the paper gives its report."""
    rows = [["Grade", "2025", "2022"],
            ["Good", _cell_lines(["Managing offenders", "Preventing crime"]),
             _cell_lines(["Preventing crime", "Good use of resources"])],
            ["Adequate", _cell_lines(["Investigating crime"]), _cell_lines(["Treatment of the public"])],
            ["Requires improvement", _cell_lines(["None"]), _cell_lines(["Investigating crime"])]]
    table = Table(rows, colWidths=[120, 170, 170])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("PEEL 2023–25: outcome of the inspection of Westshire Police", H1),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Westshire Police on 6 November 2025. The "
                      "previous PEEL report on the force was published in May 2022, under the 2021/22 framework.",
                      BODY),
            Paragraph("Table 1 shows the grades of both inspections, grouped by grade.", BODY), table]
    grades = records(pdf(tmp_path / "board-report.pdf", flow))["grades"]
    assert sorted((g["framework"], g["as_of"], g["area"], g["area_raw"], g["grade"]) for g in grades) == sorted([
        ("PEEL 2023-25", "2025-11", "Managing offenders", "Managing offenders", "Good"),
        ("PEEL 2023-25", "2025-11", "Preventing crime", "Preventing crime", "Good"),
        ("PEEL 2023-25", "2025-11", "Investigating crime", "Investigating crime", "Adequate"),
        ("PEEL 2021/22", "2022-05", "Preventing crime", "Preventing crime", "Good"),
        ("PEEL 2021/22", "2022-05", "Good use of resources", "Good use of resources", "Good"),
        ("PEEL 2021/22", "2022-05", "Police powers and public treatment", "Treatment of the public", "Adequate"),
        ("PEEL 2021/22", "2022-05", "Investigating crime", "Investigating crime", "Requires improvement")])


def _theme_table(document: Document, caption: str, heading: str, rows: list[tuple[str, str]]) -> None:
    document.add_paragraph().add_run(caption).bold = True
    word_table(document, [["FMS theme", heading], *[list(row) for row in rows]])


def test_a_forces_own_theme_names_in_a_table_titled_as_peel_grades(tmp_path: Path) -> None:
    """A table the document titles as PEEL's grades reads a force's short
    theme names ("Response", "Workforce") as the areas they stand for; the
    same names in a table of anything else are no areas."""
    document = Document()
    document.add_heading("Force Management Statement 2026", level=1)
    document.add_paragraph("The force's most recent PEEL inspection report was published by HMICFRS on "
                           "2 October 2025.")
    _theme_table(document, "Table 9.1: HMICFRS PEEL 2023–25 grades by FMS theme", "PEEL grade",
                 [("Investigations", "Good"), ("Response", "Adequate"), ("Vulnerability", "Requires improvement"),
                  ("Offender management", "Good"), ("Workforce", "Adequate"), ("Leadership", "Good")])
    _theme_table(document, "Table 9.3: Outcome of the force's own service reviews", "Review outcome",
                 [("Response", "Good"), ("Workforce", "Outstanding")])
    document.save(str(path := tmp_path / "fms.docx"))
    grades = records(path)["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["framework"], g["as_of"]) for g in grades) == sorted([
        ("Investigating crime", "Investigations", "Good", "PEEL 2023-25", "2025-10"),
        ("Responding to the public", "Response", "Adequate", "PEEL 2023-25", "2025-10"),
        ("Protecting vulnerable people", "Vulnerability", "Requires improvement", "PEEL 2023-25", "2025-10"),
        ("Managing offenders", "Offender management", "Good", "PEEL 2023-25", "2025-10"),
        ("Developing a positive workplace", "Workforce", "Adequate", "PEEL 2023-25", "2025-10"),
        ("Leadership and force management", "Leadership", "Good", "PEEL 2023-25", "2025-10")])


_BIG = ParagraphStyle("big", parent=BODY, fontName="Helvetica-Bold", fontSize=20, leading=24)


def test_tiles_of_an_area_over_an_abbreviation_read_through_the_key(tmp_path: Path) -> None:
    """A slide's tile grid: each tile an area's name over a large
    abbreviation, which the key line under the grid spells out."""
    tiles = [("Preventing crime", "O"), ("Investigating crime", "RI"),
             ("Managing offenders", "G"), ("Responding to the public", "A")]
    cells = [[Paragraph(area, BOLD), Paragraph(letters, _BIG)] for area, letters in tiles]
    grid = Table([cells[:2], cells[2:]], colWidths=[220, 220])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 2, colors.white),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#6cb33f"))]))
    flow = [Paragraph("PEEL 2023–25: what the inspectorate found", H1), Paragraph("Our grades at a glance", H1),
            grid, Paragraph("Key: O = Outstanding G = Good A = Adequate RI = Requires improvement I = Inadequate", BODY),
            Paragraph("Source: HMICFRS PEEL 2023–25 report on Westshire Police, published 9 December 2025.", BODY)]
    grades = records(pdf(tmp_path / "slides.pdf", flow))["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"], g["page"]) for g in grades) == sorted([
        ("Preventing crime", "Preventing crime", "Outstanding", "2025-12", 1),
        ("Investigating crime", "Investigating crime", "Requires improvement", "2025-12", 1),
        ("Managing offenders", "Managing offenders", "Good", "2025-12", 1),
        ("Responding to the public", "Responding to the public", "Adequate", "2025-12", 1)])


_BAR_GRADES = [("Preventing crime", "Outstanding"), ("Investigating crime", "Adequate"),
               ("Managing offenders", "Good"), ("Responding to the public", "Requires improvement")]
_LEVEL = {"Inadequate": 1, "Requires improvement": 2, "Adequate": 3, "Good": 4, "Outstanding": 5}


def _bar_chart() -> Drawing:
    """A horizontal bar chart of grades on a 0–5 scale, each bar's grade
    word printed at its end as an office chart's data label."""
    drawing = Drawing(440, 200)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 30, 220, 160
    ordered = list(reversed(_BAR_GRADES))  # the chart draws its first category at the bottom
    chart.data = [[_LEVEL[grade] for _, grade in ordered]]
    chart.categoryAxis.categoryNames = [area for area, _ in ordered]
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.barWidth = 6
    drawing.add(chart)
    for index, (_, grade) in enumerate(ordered):
        y = chart.y + chart.height * (index + 0.5) / len(ordered) - 3
        drawing.add(String(chart.x + chart.width * _LEVEL[grade] / 5 + 3, y, grade, fontName="Helvetica-Bold",
                           fontSize=8))
    return drawing


def test_a_bar_charts_data_labels_grade_its_areas(tmp_path: Path) -> None:
    """Each bar's data label is its area's grade; the scale's words and a
    sentence after the chart add nothing of their own."""
    flow = [Paragraph("Annual Report 2025–26", H1), Paragraph("Inspection", H1),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Westshire Police on 15 January 2026.", BODY),
            Paragraph("Figure 3: HMICFRS PEEL 2023–25 grades, Westshire Police", BOLD), _bar_chart(),
            Paragraph("Grade scale: 1 Inadequate – 5 Outstanding", BODY)]
    grades = records(pdf(tmp_path / "annual-report.pdf", flow))["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"], g["page"]) for g in grades) == sorted(
        (area, area, grade, "2026-01", 1) for area, grade in _BAR_GRADES)


def test_dot_ratings_read_through_the_key_line(tmp_path: Path) -> None:
    """A rating of filled and empty dots is the grade the key line above
    the table gives that rating; dots spaced apart read the same."""
    document = Document()
    document.add_heading("PEEL 2023–25 improvement tracker", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on the force on 2 October 2025.")
    document.add_paragraph("Rating key: ●●●●● Outstanding ●●●●○ Good ●●●○○ Adequate ●●○○○ Requires improvement "
                           "●○○○○ Inadequate")
    word_table(document, [["Area of policing", "Rating"], ["Preventing crime", "●●●●○"],
                          ["Investigating crime", "●●○○○"], ["Managing offenders", "● ● ● ○ ○"]])
    document.save(str(path := tmp_path / "tracker.docx"))
    grades = records(path)["grades"]
    assert sorted((g["area"], g["grade"], g["as_of"]) for g in grades) == [
        ("Investigating crime", "Requires improvement", "2025-10"), ("Managing offenders", "Adequate", "2025-10"),
        ("Preventing crime", "Good", "2025-10")]


def test_one_forces_two_inspections_side_by_side_are_no_peer_grid(tmp_path: Path) -> None:
    """Two columns naming the same force, each over its inspection's year,
    are that force's inspections side by side: the later one the report
    the paper dates, the earlier one the framework of its year."""
    document = Document()
    document.add_heading("PEEL inspection: the force's grades compared", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dyfed-Powys Police on 4 November 2025.")
    word_table(document, [["Area of policing", "Dyfed-Powys Police", "Dyfed-Powys Police"], ["", "2022", "2025"],
                          ["Preventing crime", "Adequate", "Good"],
                          ["Investigating crime", "Requires improvement", "Adequate"],
                          ["Managing offenders", "Good", "Good"]])
    document.save(str(path := tmp_path / "compared.docx"))
    grades = records(path)["grades"]
    assert sorted((g["framework"], g["as_of"], g["area"], g["grade"], g["force"]) for g in grades) == sorted([
        ("PEEL 2023-25", "2025-11", "Preventing crime", "Good", "Dyfed-Powys Police"),
        ("PEEL 2023-25", "2025-11", "Investigating crime", "Adequate", "Dyfed-Powys Police"),
        ("PEEL 2023-25", "2025-11", "Managing offenders", "Good", "Dyfed-Powys Police"),
        ("PEEL 2021/22", None, "Preventing crime", "Adequate", "Dyfed-Powys Police"),
        ("PEEL 2021/22", None, "Investigating crime", "Requires improvement", "Dyfed-Powys Police"),
        ("PEEL 2021/22", None, "Managing offenders", "Good", "Dyfed-Powys Police")])


def test_area_and_grade_lines_in_a_paper_on_another_subject_grade_nothing(tmp_path: Path) -> None:
    """The same label lines under a heading of another subject (the force's
    own view of its services) are no inspection's grades."""
    flow = [Paragraph("Annual Report 2025–26", H1), Paragraph("How the force sees its own services", H1),
            Paragraph("Preventing crime Good", BODY), Paragraph("Investigating crime Adequate", BODY),
            Paragraph("Managing offenders Good", BODY)]
    assert records(pdf(tmp_path / "annual-report.pdf", flow))["grades"] == []
