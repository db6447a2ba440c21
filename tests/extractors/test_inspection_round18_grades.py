"""Grade and document mechanisms of the released inspection rounds 18 and 18b,
each on a real file made here: a report whose publication date is printed
only in its running footer ("<series>: <force> | Published: <date> | <page>")
is dated by it, and so are its grades; grades set on contents-style lines,
the area and its grade joined by leader dots ("Area . . . . . Good"), are
read as any "Area: Good" line."""

from __future__ import annotations

from pathlib import Path

import files
from files import BODY, H1
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate


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
