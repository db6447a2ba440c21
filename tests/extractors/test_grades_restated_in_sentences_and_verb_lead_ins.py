"""Grades: a panel paper's sentence restating a grade its improvement-journey
table gives, a lead-in whose grade is its verb over bulleted areas, and an HMI
letter restating in a sentence the grade its annex sets out. Real Word and
reportlab files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.platypus import PageBreak, Paragraph

from files import BODY, BOLD, H1, TITLE, pdf, records, word_table


def _grades(path: Path) -> list[tuple]:
    return sorted((g["framework"] or "", g["area"], g["grade"], g["as_of"] or "") for g in records(path)["grades"])


def test_a_sentence_restating_a_journey_tables_grade_is_that_tables_record(tmp_path: Path) -> None:
    """A panel paper quoting two PEEL inspections: the commissioner's sentence
    "the force is now good at managing offenders" names no framework, and
    restates the 2025 column's grade; it is that record, not one of no
    framework. The direction column grades nothing."""
    path = tmp_path / "panel-report.docx"
    document = Document()
    document.add_heading("HMICFRS PEEL inspection of Kent Police", level=1)
    document.add_heading("2. Background", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Kent Police on 4 November 2025. The force’s "
                           "previous PEEL inspection, under the 2021/22 programme, was published in May 2022.")
    word_table(document, [["Area of policing", "2025 grade", "2022 grade", "Direction of travel"],
                          ["Preventing crime", "Adequate", "Adequate", "No change"],
                          ["Managing offenders", "Good", "Adequate", "Improved"],
                          ["Leadership and force management", "Good", "Not graded", "–"]])
    document.add_heading("4. Commissioner’s comments", level=1)
    document.add_paragraph("I welcome the improvement in one area, and in particular that the force is now good at "
                           "managing offenders.")
    document.save(str(path))
    assert _grades(path) == sorted([
        ("PEEL 2023-25", "Preventing crime", "Adequate", "2025-11"),
        ("PEEL 2023-25", "Managing offenders", "Good", "2025-11"),
        ("PEEL 2023-25", "Leadership and force management", "Good", "2025-11"),
        ("PEEL 2021/22", "Preventing crime", "Adequate", "2022-05"),
        ("PEEL 2021/22", "Managing offenders", "Adequate", "2022-05"),
    ])


def test_a_lead_in_whose_verb_is_the_grade_grades_the_bullets_under_it(tmp_path: Path) -> None:
    """An annual report gives its grades as lead-ins over bulleted areas; the
    last lead-in's grade is its verb ("And it requires improvement in one
    area:", set in bold), and its bullet takes that grade like the others."""
    path = tmp_path / "annual-report.pdf"
    bullet = BODY.clone("bullet", leftIndent=14, bulletIndent=4)
    flow = [Paragraph("Annual Report 2025/26", TITLE),
            Paragraph("What the inspectors found", H1),
            Paragraph("HMICFRS published its PEEL 2023–25 inspection of Norfolk Constabulary on 2 September 2025.",
                      BODY),
            Paragraph("The force was graded good in two areas:", BODY),
            Paragraph("Preventing crime", bullet, bulletText="•"),
            Paragraph("Responding to the public", bullet, bulletText="•"),
            Paragraph("It was graded adequate in one area:", BODY),
            Paragraph("Investigating crime", bullet, bulletText="•"),
            Paragraph("And it requires improvement in one area:", BOLD),
            Paragraph("Protecting vulnerable people", bullet, bulletText="•"),
            Paragraph("I will follow the force's progress closely at my scrutiny meetings.", BODY)]
    pdf(path, flow)
    assert _grades(path) == sorted([
        ("PEEL 2023-25", "Preventing crime", "Good", "2025-09"),
        ("PEEL 2023-25", "Responding to the public", "Good", "2025-09"),
        ("PEEL 2023-25", "Investigating crime", "Adequate", "2025-09"),
        ("PEEL 2023-25", "Protecting vulnerable people", "Requires improvement", "2025-09"),
    ])


def test_an_annex_line_pages_the_grade_a_letters_sentence_restates(tmp_path: Path) -> None:
    """An HMI's letter says on its first page that the force "is outstanding
    at preventing crime"; its annex on page 2 sets out every grade on a
    dot-leader line. The grade is one record, paged and worded by the annex
    line, which binds area and grade by its layout."""
    path = tmp_path / "hmi-letter.pdf"
    leaders = " . " * 20

    def line(area: str, grade: str) -> Paragraph:
        return Paragraph(f"{area}{leaders}{grade}", BODY)

    flow = [Paragraph("12 November 2025", BODY),
            Paragraph("Dear Chief Constable,", BODY),
            Paragraph("PEEL 2023–25: inspection of Dorset Police", H1),
            Paragraph("We published our PEEL 2023–25 report on Dorset Police on 10 November 2025.", BODY),
            Paragraph("The force’s performance is strong. It is outstanding at preventing crime, and I was impressed "
                      "by its work with partners. The grades we have given the force are in annex A.", BODY),
            Paragraph("Yours sincerely,", BODY),
            PageBreak(),
            Paragraph("Annex A: grades", H1),
            line("Preventing crime", "Outstanding"),
            line("Responding to the public", "Good"),
            line("Investigating crime", "Adequate")]
    pdf(path, flow)
    found = {g["area"]: g for g in records(path)["grades"]}
    assert sorted((area, g["grade"], g["page"]) for area, g in found.items()) == [
        ("Investigating crime", "Adequate", 2), ("Preventing crime", "Outstanding", 2),
        ("Responding to the public", "Good", 2)]
    assert "." in found["Preventing crime"]["evidence"] and "impressed" not in found["Preventing crime"]["evidence"]
