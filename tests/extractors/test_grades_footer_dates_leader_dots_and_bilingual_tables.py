"""Grade and document mechanisms, each on a real file made here: a report whose
publication date is printed only in its running footer ("<series>: <force> |
Published: <date> | <page>") is dated by it, and so are its grades; grades set
on contents-style lines, the area and its grade joined by leader dots ("Area .
. . . . Good"), are read as any "Area: Good" line; a bilingual grade table,
each cell a Welsh line over an English one, grades each area its English lines
name, dated by "His Majesty's Inspectorate ... published its report on <date>"."""

from __future__ import annotations

from pathlib import Path

import files
from files import BODY, H1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle


def _report_dated_in_footer(path: Path) -> Path:
    def footer(canvas, template) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 25, f"PEEL 2023–25: Dyfed-Powys Police | Published: 3 March 2026 | {template.page}")

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of "
                  "Dyfed-Powys Police", H1),
        Paragraph("Our judgments", BODY),
        files.grid([["Area", "Grade"], ["Preventing crime", "Good"], ["Investigating crime", "Adequate"]],
                   [220, 140]),
        PageBreak(),
        Paragraph("Investigating crime", H1),
        Paragraph("The force is adequate at investigating crime.", BODY),
    ], onFirstPage=footer, onLaterPages=footer)
    return path


def test_a_publication_date_printed_only_in_the_running_footer_dates_the_report_and_its_grades(
        tmp_path: Path) -> None:
    found = files.records(_report_dated_in_footer(tmp_path / "report.pdf"))
    assert found["documents"][0]["publication_date"] == "2026-03-03"
    assert sorted((g["area"], g["grade"], g["as_of"]) for g in found["grades"]) == [
        ("Investigating crime", "Adequate", "2026-03"), ("Preventing crime", "Good", "2026-03")]


def test_grades_on_contents_style_lines_joined_by_leader_dots_are_read(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "paper.pdf", [
        Paragraph("HMICFRS national child protection inspection of Norfolk Constabulary", H1),
        Paragraph("The inspectorate’s judgments", H1),
        Paragraph("Working with safeguarding partners " + ". " * 30 + "Good", BODY),
        Paragraph("Investigating reports of abuse, neglect and exploitation of children" + "." * 20 + " Inadequate",
                  BODY),
        Paragraph("Contents", H1),
        Paragraph("Causes of concern " + ". " * 30 + "2", BODY),
    ])
    assert sorted((g["area"], g["grade"]) for g in files.records(path)["grades"]) == [
        ("Investigating reports of abuse, neglect and exploitation of children", "Inadequate"),
        ("Working with safeguarding partners", "Good")]


def _bilingual_paper(path: Path) -> Path:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    rows = [("Maes", "Area", "Gradd", "Grade"), ("Atal troseddu", "Preventing crime", "Da", "Good"),
            ("Ymchwilio i droseddau", "Investigating crime", "Angen gwella", "Requires improvement")]
    table = Table([[[Paragraph(welsh_area, cell), Paragraph(area, cell)],
                    [Paragraph(welsh, cell), Paragraph(grade, cell)]]
                   for welsh_area, area, welsh, grade in rows], colWidths=[220, 140])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return files.pdf(path, [
        Paragraph("Swyddfa Comisiynydd yr Heddlu a Throseddu Dyfed-Powys", BODY),
        Paragraph("Office of the Police and Crime Commissioner for Dyfed-Powys", BODY),
        Paragraph("Arolygiad PEEL 2023–25 o Heddlu Dyfed-Powys / PEEL 2023–25 inspection of Dyfed-Powys Police",
                  H1),
        Paragraph("Cyhoeddodd yr Arolygiaeth ei hadroddiad ar 9 Ionawr 2026.", BODY),
        Paragraph("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services published its report "
                  "on 9 January 2026.", BODY),
        Paragraph("Graddau / Grades", H1),
        table,
    ])


def test_a_bilingual_grade_table_grades_each_area_its_english_lines_name(tmp_path: Path) -> None:
    found = files.records(_bilingual_paper(tmp_path / "paper.pdf"))["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in found) == [
        ("Investigating crime", "Investigating crime", "Requires improvement", "2026-01"),
        ("Preventing crime", "Preventing crime", "Good", "2026-01")]
