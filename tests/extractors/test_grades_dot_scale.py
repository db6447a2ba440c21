"""Grades read off a chart on the five-point scale, as a force's annual review
prints it: an Area of policing column and a column per grade (a bold header
set smaller than the rows, "Requires improvement" over two lines), a
coloured dot in the column of each area's grade, rules under the rows only,
and the dot centred on a row whose area wraps over two lines. Real reportlab
PDFs read by the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, lower_key, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table

MARK_FONT = "DejaVuSans"  # Helvetica has no dot
SCALE = ["Inadequate", "Requires improvement", "Adequate", "Good", "Outstanding"]
COLOURS = {"Inadequate": "#c00000", "Requires improvement": "#f08a24", "Adequate": "#f2c12e", "Good": "#6cb33f",
           "Outstanding": "#1f6f3f"}
GRADES = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
          ("Investigating crime", "Adequate"), ("Developing a positive workplace", "Requires improvement"),
          ("Leadership and force management", "Good")]


def _chart(path: Path) -> Path:
    if MARK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MARK_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, alignment=1)
    dot = ParagraphStyle("dot", fontName=MARK_FONT, fontSize=14, leading=16, alignment=1)
    rows = [[Paragraph("<b>Area of policing</b>", cell)] + [Paragraph(step, head) for step in SCALE]]
    for area, grade in GRADES:
        rows.append([Paragraph(area, cell)] + [
            Paragraph(f'<font color="{COLOURS[grade]}">●</font>' if step == grade else "", dot) for step in SCALE])
    width = 480
    chart = Table(rows, colWidths=[width * 0.3] + [width * 0.14] * 5, style=[
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return pdf(path, [
        Paragraph("Annual Review 2025", H1),
        Paragraph("The inspectorate published its PEEL 2023–25 report on Exampleshire Police in November 2025. "
                  "The chart shows where each area of policing sits on the inspectorate's five-point scale.", BODY),
        chart,
        Paragraph(f"<font name='{MARK_FONT}'>●</font> marks the grade the inspectorate gave each area.", BODY),
    ])


def test_each_area_takes_the_grade_of_the_column_its_dot_stands_in(tmp_path: Path) -> None:
    found = records(_chart(tmp_path / "review.pdf"))
    assert lower_key(found["grades"], ("area", "grade", "as_of")) == sorted(
        (area.lower(), grade.lower(), "2025-11") for area, grade in GRADES)
    assert {r["page"] for r in found["grades"]} == {1}
    assert {r["area_raw"] for r in found["grades"]} == {area for area, _ in GRADES}
