"""Grade words that are no grades, on small real Word and PDF files. A column
the header says holds no inspection's grade (the force's own self-assessment, a
tracker's status, where "Outstanding" means not done, a risk register's control
effectiveness, a confidence) gives no grade whatever its cells say; the
inspection's column beside it keeps its grades, of the framework its heading
names, dated by the month the paper gives that report; and a date in a table
further on never dates a report's grades."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, lower_key, pdf, records, word_table
from reportlab.platypus import Paragraph

AREAS = ["Preventing crime", "Responding to the public", "Investigating crime", "Managing offenders"]


def _self_assessment_paper(path: Path, own_heading: str) -> Path:
    """A force's readiness paper: HMICFRS's grades of its last inspection beside its own view of each area, and
    an inspection programme table dated months ahead."""
    document = Document()
    document.add_heading("Inspection readiness review 2026", level=1)
    document.add_paragraph("This paper sets our own view of each area beside the grades HMICFRS gave us in our "
                           "last PEEL inspection, whose report was published in March 2022.")
    document.add_paragraph("Overall we would grade ourselves good.")
    document.add_heading("Grades", level=2)
    word_table(document, [
        ["Area", "HMICFRS grade (PEEL 2021/22)", own_heading, "Notes"],
        ["Preventing crime", "Adequate", "Good", "New problem-solving hubs"],
        ["Responding to the public", "Requires improvement", "Adequate", "Call handling recovered"],
        ["Investigating crime", "Good", "Outstanding", "File quality audited"],
        ["Disrupting serious organised crime", "Inspected regionally", "Good", "Regional unit"],
    ])
    document.add_heading("Responding to the public", level=2)
    document.add_paragraph("We would grade ourselves adequate in this area until the new telephony is in place.")
    document.add_heading("Inspection programme", level=2)
    word_table(document, [["Inspection", "Document request", "Fieldwork"],
                          ["PEEL 2025–27", "May 2026", "14–25 September 2026"]])
    document.save(str(path))
    return path


@pytest.mark.parametrize("own_heading", ["Self-assessment 2026", "Self-assessed grade", "Force's own grade"])
def test_a_self_assessment_column_beside_the_inspections_gives_no_grade(tmp_path: Path, own_heading: str) -> None:
    path = _self_assessment_paper(tmp_path / "readiness.docx", own_heading)
    assert lower_key(records(path)["grades"], ("area", "grade", "framework", "as_of", "page")) == [
        ("investigating crime", "good", "peel 2021/22", "2022-03", "none"),
        ("preventing crime", "adequate", "peel 2021/22", "2022-03", "none"),
        ("responding to the public", "requires improvement", "peel 2021/22", "2022-03", "none"),
    ]  # the regionally inspected area has no HMICFRS grade; "we would grade ourselves" gives none


def _tracker_paper(path: Path, heading: str, words: list[str]) -> Path:
    """A PCC paper: the force's grades in a table, then a tracker of its areas for improvement whose last column,
    headed ``heading``, holds ``words`` (grade words among them)."""
    rows = [["Ref", "PEEL area", "Area for improvement", "Lead", heading]]
    rows += [[f"AFI-{n}", area, f"The force should improve how it handles demand in area {n}.", "ACC", word]
             for n, (area, word) in enumerate(zip(AREAS, words), start=1)]
    return pdf(path, [
        Paragraph("Police and Crime Commissioner for Lancashire – Accountability Meeting, 9 March 2026 – Item 5",
                  BODY),
        Paragraph("Progress against the HMICFRS PEEL areas for improvement", H1),
        Paragraph("Report of the Chief Constable.", BODY),
        Paragraph("HMICFRS published its PEEL 2023–25 report on the force in June 2025. It graded the force as "
                  "follows.", BODY),
        grid([["Area of policing", "Grade"], ["Preventing crime", "Good"], ["Investigating crime", "Adequate"]],
             [200, 150]),
        Paragraph("The table below gives the progress on each area for improvement the Commissioner follows.", BODY),
        grid(rows, [50, 110, 190, 40, 90]),
    ])


@pytest.mark.parametrize(("heading", "words"), [
    ("Status", ["Outstanding", "Complete", "On track", "Outstanding"]),
    ("Control effectiveness", ["Requires improvement", "Good", "Outstanding", "Adequate"]),
    ("Confidence", ["Good", "Good", "Adequate", "Outstanding"]),
])
def test_a_status_or_rating_column_of_a_tracker_gives_no_grade(tmp_path: Path, heading: str,
                                                                words: list[str]) -> None:
    path = _tracker_paper(tmp_path / "tracker.pdf", heading, words)
    assert lower_key(records(path)["grades"], ("area", "grade", "framework", "as_of", "page")) == [
        ("investigating crime", "adequate", "peel 2023-25", "2025-06", "1"),
        ("preventing crime", "good", "peel 2023-25", "2025-06", "1"),
    ]  # only the grade table's; no tracker row's status or rating


def test_a_word_reports_grades_are_not_dated_by_a_date_in_a_later_table(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("PEEL 2023–25: An inspection of Cumbria Constabulary", level=1)
    document.add_paragraph("Our judgments", style="Heading 2")
    word_table(document, [["Area of policing", "Grade"], ["Preventing crime", "Good"],
                          ["Investigating crime", "Requires improvement"]])
    document.add_heading("Next steps", level=2)
    word_table(document, [["Step", "When"], ["Force action plan", "June 2026"]])
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "requires improvement", "none"),
        ("preventing crime", "good", "none"),
    ]  # the report states no month of its own; the action plan's "June 2026" dates no grade


@pytest.mark.parametrize("own_view", [
    "The force considers that it is now good at managing offenders.",
    "The force would now grade itself good at managing offenders.",
    "We believe the force is now good at managing offenders.",
    "Self-assessment: Managing offenders – Good",
    "Our self-assessment grades are: Managing offenders – Good; Responding to the public – Outstanding",
])
def test_the_forces_view_of_its_own_grade_in_a_sentence_is_no_grade(tmp_path: Path, own_view: str) -> None:
    path = pdf(tmp_path / "paper.pdf", [
        Paragraph("Police and Crime Commissioner for Lancashire – Accountability Meeting, 9 March 2026 – Item 5",
                  BODY),
        Paragraph("HMICFRS PEEL inspection: progress since the report", H1),
        Paragraph("Report of the Chief Constable.", BODY),
        Paragraph("HMICFRS published its PEEL 2023–25 report on the force in June 2025. It graded the force as "
                  "follows.", BODY),
        grid([["Area of policing", "Grade"], ["Preventing crime", "Good"], ["Investigating crime", "Adequate"]],
             [200, 150]),
        Paragraph(own_view, BODY),
    ])
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "adequate", "2025-06"),
        ("preventing crime", "good", "2025-06"),
    ]  # HMICFRS's grades only: none of an area the force grades itself in


def test_an_inspectorate_grade_the_force_comments_on_stays_a_grade(tmp_path: Path) -> None:
    path = pdf(tmp_path / "paper.pdf", [
        Paragraph("Police and Crime Commissioner for Lancashire – Accountability Meeting, 9 March 2026 – Item 5",
                  BODY),
        Paragraph("HMICFRS PEEL inspection: the force's grades", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on the force in June 2025.", BODY),
        Paragraph("HMICFRS judged the force to be good at investigating crime, which the force believes reflects its "
                  "investment in detective training.", BODY),
    ])
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "good", "2025-06"),
    ]
