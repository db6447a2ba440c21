"""Grade tables setting this inspection's grades beside an earlier
inspection's (an improvement journey), each on a real PDF or Word file made
here: every grade column gives records, each with its own framework (named
by its heading, or the PEEL framework of the year it names, or child
protection's where the table's areas are) and dated only where the document
states a month for that inspection; a column that is no inspection's grade
(a target, a direction of travel) gives none, and a grade recalled in a
sentence stays no record."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import Paragraph
import files
from files import BODY, H1, TITLE


def _grades(path: Path) -> set[tuple[str | None, str, str, str | None]]:
    return {(g["framework"], g["area"], g["grade"], g["as_of"]) for g in files.records(path)["grades"]}


def test_a_paper_s_year_columns_give_both_inspections_grades(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "panel.pdf", [
        Paragraph("Police, Fire and Crime Panel – 14 April 2026", BODY),
        Paragraph("HMICFRS PEEL inspection of Essex Police", TITLE),
        Paragraph("1. Grades", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Essex Police on 5 March 2026. The grades are set "
                  "out below beside those of the force's previous inspection.", BODY),
        files.grid([["PEEL area", "2025 grade", "2022 grade"],
                    ["Preventing crime", "Good", "Good"],
                    ["Investigating crime", "Requires improvement", "Adequate"],
                    ["Leadership and force management", "Good", "n/a"]], [200, 110, 110]),
    ])
    assert _grades(path) == {
        ("PEEL 2023-25", "Preventing crime", "Good", "2026-03"),
        ("PEEL 2023-25", "Investigating crime", "Requires improvement", "2026-03"),
        ("PEEL 2023-25", "Leadership and force management", "Good", "2026-03"),
        # the same grade in both columns is two inspections' records, never one
        ("PEEL 2021/22", "Preventing crime", "Good", None),
        ("PEEL 2021/22", "Investigating crime", "Adequate", None),
    }


def test_framework_columns_date_the_earlier_inspection_by_its_own_report(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Police Accountability Board – 9 September 2025")
    document.add_heading("HMICFRS PEEL inspection of Norfolk Constabulary", level=0)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on 12 June 2025. Its PEEL 2021/22 report "
                           "on the force was published in May 2022.")
    files.word_table(document, [["Area", "PEEL 2023–25 grade", "PEEL 2021/22 grade"],
                                ["Responding to the public", "Adequate", "Requires improvement"],
                                ["Managing offenders", "Good", "Good"]])
    path = tmp_path / "paper.docx"
    document.save(str(path))
    assert _grades(path) == {
        ("PEEL 2023-25", "Responding to the public", "Adequate", "2025-06"),
        ("PEEL 2023-25", "Managing offenders", "Good", "2025-06"),
        ("PEEL 2021/22", "Responding to the public", "Requires improvement", "2022-05"),
        ("PEEL 2021/22", "Managing offenders", "Good", "2022-05"),
    }


def test_a_re_inspection_report_s_judgments_by_year_give_both_inspections(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("National child protection re-inspection: Dyfed-Powys Police", 1)
    document.add_paragraph("Published: 3 March 2026")
    document.add_paragraph("We first inspected the force's child protection work in 2024. In 2024 we judged it "
                           "inadequate at responding to children at risk of harm.")
    files.word_table(document, [["Inspection area", "2024 judgment", "2026 judgment"],
                                ["Working with safeguarding partners", "Adequate", "Adequate"],
                                ["Responding to children at risk of harm", "Inadequate", "Requires improvement"]])
    path = tmp_path / "reinspection.docx"
    document.save(str(path))
    # the report's month dates its own column only; the year of the first inspection is no month
    assert _grades(path) == {
        ("Child protection", "Working with safeguarding partners", "Adequate", "2026-03"),
        ("Child protection", "Responding to children at risk of harm", "Requires improvement", "2026-03"),
        ("Child protection", "Working with safeguarding partners", "Adequate", None),
        ("Child protection", "Responding to children at risk of harm", "Inadequate", None),
    }


def test_a_heading_s_month_dates_its_column(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "journey.pdf", [
        Paragraph("Strategic Policing Board – 2 February 2026", BODY),
        Paragraph("Kent Police: inspection grades", TITLE),
        files.grid([["Area", "Grade (March 2023)", "Grade (January 2026)"],
                    ["Protecting vulnerable people", "Requires improvement", "Adequate"]], [200, 120, 120]),
    ])
    assert _grades(path) == {
        ("PEEL 2023-25", "Protecting vulnerable people", "Requires improvement", "2023-03"),
        ("PEEL 2023-25", "Protecting vulnerable people", "Adequate", "2026-01"),
    }


def test_a_target_or_direction_column_gives_no_grade(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "targets.pdf", [
        Paragraph("Police and Crime Panel – 20 May 2026", BODY),
        Paragraph("HMICFRS PEEL inspection of Kent Police", TITLE),
        Paragraph("HMICFRS published its PEEL 2023–25 report on 10 April 2026.", BODY),
        files.grid([["PEEL area", "2026 grade", "Target 2028", "Direction of travel"],
                    ["Investigating crime", "Adequate", "Good", "Improved"],
                    ["Preventing crime", "Good", "Outstanding", "No change"]], [160, 90, 90, 110]),
    ])
    assert _grades(path) == {
        ("PEEL 2023-25", "Investigating crime", "Adequate", "2026-04"),
        ("PEEL 2023-25", "Preventing crime", "Good", "2026-04"),
    }


def test_years_over_figures_leave_the_grade_column_to_its_table(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "figures.pdf", [
        Paragraph("Police and Crime Panel – 20 May 2026", BODY),
        Paragraph("HMICFRS PEEL inspection of Kent Police", TITLE),
        Paragraph("HMICFRS published its PEEL 2023–25 report on 10 April 2026.", BODY),
        files.grid([["PEEL area", "Grade", "2025/26", "2024/25"],
                    ["Investigating crime", "Adequate", "31%", "27%"],
                    ["Responding to the public", "Good", "88%", "85%"]], [160, 90, 90, 90]),
    ])
    assert _grades(path) == {
        ("PEEL 2023-25", "Investigating crime", "Adequate", "2026-04"),
        ("PEEL 2023-25", "Responding to the public", "Good", "2026-04"),
    }


def test_inspections_headed_under_a_spanning_grade_cell_dated_by_their_headings(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Avon and Somerset Police")
    document.add_heading("HMICFRS PEEL improvement tracker – position at 31 March 2026", level=1)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "PEEL area"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Grade"
    for col, heading in ((1, "PEEL 2021/22 (published October 2022)"), (2, "PEEL 2023–25 (published November 2025)")):
        table.cell(1, col).text = heading
    for row, values in ((2, ("Responding to the public", "Inadequate", "Requires improvement")),
                        (3, ("Leadership and force management", "Not graded", "Good"))):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    path = tmp_path / "tracker.docx"
    document.save(str(path))
    assert _grades(path) == {
        ("PEEL 2021/22", "Responding to the public", "Inadequate", "2022-10"),
        ("PEEL 2023-25", "Responding to the public", "Requires improvement", "2025-11"),
        ("PEEL 2023-25", "Leadership and force management", "Good", "2025-11"),
    }


def test_the_month_after_published_dates_the_report_not_the_inspection_s_fieldwork(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "annual.pdf", [
        Paragraph("Police and Crime Commissioner for Suffolk", BODY),
        Paragraph("Annual Report 2025/26", TITLE),
        Paragraph("Inspection of the constabulary", H1),
        Paragraph("HMICFRS inspected the constabulary in March 2025 under its PEEL programme and published its "
                  "report in September 2025. The table sets the grades beside those of 2022.", BODY),
        files.grid([["PEEL area", "2025 grade", "2022 grade"],
                    ["Investigating crime", "Requires improvement", "Adequate"]], [200, 110, 110]),
    ])
    assert _grades(path) == {
        ("PEEL 2023-25", "Investigating crime", "Requires improvement", "2025-09"),
        ("PEEL 2021/22", "Investigating crime", "Adequate", None),
    }
