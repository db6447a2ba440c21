"""Grades in the layouts publishers choose for themselves: inspections as the
rows of a table whose columns are areas, grades given as numbers on the
document's own printed scale, ..."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from files import BODY, H1, docx, grid, pdf, records, word_table

AREAS = ["Preventing crime", "Responding to the public", "Investigating crime", "Managing offenders"]


def _grades(path: Path) -> list[tuple]:
    return sorted((g["framework"], g["area"], g["grade"], g["as_of"]) for g in records(path)["grades"])


def test_inspections_as_rows_and_areas_as_columns(tmp_path: Path) -> None:
    """Each inspection row grades every area column with its own framework,
    dated by the month the text gives that inspection's report (the verb of
    the second clause left understood); an ambition row grades nothing, and
    "Not graded" or "–" gives no record."""
    path = tmp_path / "performance-report.pdf"
    rows = [["Inspection", *AREAS],
            ["PEEL 2021/22", "Good", "Requires improvement", "Not graded", "Adequate"],
            ["PEEL 2023–25", "Adequate", "Good", "Requires improvement", "–"],
            ["Force ambition for 2027", "Good", "Good", "Good", "Good"]]
    flow = [Paragraph("Performance report: PEEL grades 2022 to 2025", H1),
            Paragraph("The table sets the grades of the force's two most recent PEEL inspections of Westshire "
                      "Police side by side. The PEEL 2021/22 report was published in May 2022 and the PEEL 2023–25 "
                      "report on 3 October 2025. The last row is the force's own ambition.", BODY),
            grid(rows, [130, 110, 110, 110, 110])]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(flow)
    assert _grades(path) == sorted([
        ("PEEL 2021/22", "Preventing crime", "Good", "2022-05"),
        ("PEEL 2021/22", "Responding to the public", "Requires improvement", "2022-05"),
        ("PEEL 2021/22", "Managing offenders", "Adequate", "2022-05"),
        ("PEEL 2023-25", "Preventing crime", "Adequate", "2025-10"),
        ("PEEL 2023-25", "Responding to the public", "Good", "2025-10"),
        ("PEEL 2023-25", "Investigating crime", "Requires improvement", "2025-10"),
    ])


def _scored_paper(path: Path, scale: str) -> Path:
    document = Document()
    document.add_heading("Quarterly performance report", level=1)
    document.add_heading("1. Plan measures", level=2)
    word_table(document, [["Area of policing", "Open actions"], ["Preventing crime", "2"],
                          ["Investigating crime", "4"]])
    document.add_heading("2. Inspection", level=2)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Westshire Police on 4 December 2025. "
                           f"The 2021/22 report was published in April 2022. {scale}")
    word_table(document, [["Area of policing", "2025 score", "2022 score", "Change"],
                          ["Preventing crime", "1", "2", "Improved by 1"],
                          ["Investigating crime", "3", "4", "Improved by 1"],
                          ["Managing offenders", "2", "n/a", "Not graded in 2022"]])
    document.add_paragraph("Our target is a score of 2 or better in every area; Eastshire Police scored 3 for "
                           "investigating crime.")
    document.save(str(path))
    return path


def test_scores_read_through_the_documents_own_scale(tmp_path: Path) -> None:
    """Each score column's numbers are grades by the scale the paper prints,
    the earlier column its year's framework dated by the month the paper
    gives that report ("The 2021/22 report was published in April 2022");
    "n/a" gives none, and a table of counts by area gives no grade."""
    path = _scored_paper(tmp_path / "scores.docx", "The Commissioner reports grades as scores on the following "
                         "scale: 1 = Outstanding, 2 = Good, 3 = Adequate, 4 = Requires improvement, 5 = Inadequate.")
    assert _grades(path) == sorted([
        ("PEEL 2023-25", "Preventing crime", "Outstanding", "2025-12"),
        ("PEEL 2023-25", "Investigating crime", "Adequate", "2025-12"),
        ("PEEL 2023-25", "Managing offenders", "Good", "2025-12"),
        ("PEEL 2021/22", "Preventing crime", "Good", "2022-04"),
        ("PEEL 2021/22", "Investigating crime", "Requires improvement", "2022-04"),
    ])


def test_scores_are_no_grades_without_a_printed_scale(tmp_path: Path) -> None:
    """The same table with no scale printed: a number is no grade."""
    assert _grades(_scored_paper(tmp_path / "unscaled.docx", "Lower scores are better.")) == []


def test_a_lead_in_graded_in_n_areas_over_bulleted_areas(tmp_path: Path) -> None:
    """"The force was graded good in three areas:" (a numbered paragraph)
    grades each bullet under it, the last item's full stop no part of its
    name; another force's lead-in over its own list grades nothing, nor
    does a count of areas with no list."""
    path = docx(tmp_path / "committee-paper.docx", [
        ("h1", "HMICFRS PEEL 2023–25 inspection outcome"),
        ("p", "2.1 HMICFRS published its PEEL 2023–25 report on Dorset Police on 13 November 2025. The force "
              "was not graded outstanding or inadequate in any area."),
        ("p", "2.2 The force was graded good in two areas:"),
        ("li", "preventing crime"),
        ("li", "managing offenders."),
        ("p", "2.3 It was graded as requiring improvement in one area:"),
        ("li", "investigating crime."),
        ("p", "2.4 Devon and Cornwall Police was graded outstanding in one area:"),
        ("li", "responding to the public."),
        ("p", "2.5 For comparison, Avon and Somerset Constabulary was graded good in four areas."),
    ])
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in records(path)["grades"]) == [
        ("Investigating crime", "investigating crime", "Requires improvement", "2025-11"),
        ("Managing offenders", "managing offenders", "Good", "2025-11"),
        ("Preventing crime", "preventing crime", "Good", "2025-11"),
    ]


def test_a_letters_grade_sentences_in_other_word_orders(tmp_path: Path) -> None:
    """A letter's paragraph per area, the grade word in bold: the areas
    named before the force ("On A, the inspectorate graded the force
    good."; "For both A and B the force was graded adequate."), the area as
    the subject, and "..., as was the force's work on B" giving B the same
    grade; the recalled grade, a neighbour's grade and the aim give none."""
    flow = [Paragraph("Response to the HMICFRS PEEL 2023–25 inspection of Dorset Police", H1),
            Paragraph("I write with my response to your PEEL 2023–25 report on Dorset Police, published on "
                      "11 December 2025.", BODY),
            Paragraph("On police powers and public treatment, the inspectorate graded the force <b>good</b> . "
                      "Officers use stop and search fairly.", BODY),
            Paragraph("Responding to the public was graded <b>requires improvement</b> . Too many callers wait.",
                      BODY),
            Paragraph("For both investigating crime and protecting vulnerable people the force was graded "
                      "<b>adequate</b>.", BODY),
            Paragraph("Managing offenders and suspects was graded <b>good</b> , as was the force's work on developing "
                      "a positive workplace.", BODY),
            Paragraph("When the force was last inspected, in 2022, it was graded requires improvement at preventing "
                      "crime. Devon and Cornwall Police was graded outstanding at leadership and force management in "
                      "the same year. My aim is that the force is graded good in every area.", BODY)]
    grades = records(pdf(tmp_path / "s55-letter.pdf", flow))["grades"]
    assert sorted((g["area"], g["area_raw"].lower(), g["grade"], g["as_of"]) for g in grades) == [
        ("Developing a positive workplace", "developing a positive workplace", "Good", "2025-12"),
        ("Investigating crime", "investigating crime", "Adequate", "2025-12"),
        ("Managing offenders", "managing offenders and suspects", "Good", "2025-12"),
        ("Police powers and public treatment", "police powers and public treatment", "Good", "2025-12"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Adequate", "2025-12"),
        ("Responding to the public", "responding to the public", "Requires improvement", "2025-12"),
    ]


def test_an_area_heading_saying_we_were_graded(tmp_path: Path) -> None:
    """A force's own summary heads each area "<Area> – we were graded
    <grade>" over a table of what it does well and must improve: the area
    is the words before the dash; the grade recalled from 2022 and another
    force's heading-like line give none."""
    document = Document()
    document.add_heading("Our PEEL inspection 2025: what the inspectors found", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dorset Police on 18 September 2025. When we "
                           "were last inspected in 2022 we were graded requires improvement at investigating crime.")
    for heading, strength in (("Preventing crime – we were graded good", "Neighbourhood teams solve problems."),
                              ("Investigating crime – we were graded adequate", "Victims are kept informed."),
                              ("Managing offenders – Devon and Cornwall Police was graded outstanding",
                               "We learnt from our neighbour.")):
        document.add_heading(heading, level=2)
        word_table(document, [["What we do well", "Where we must improve"],
                              [strength, "The inspectors gave us no area for improvement here."]])
    path = tmp_path / "what-the-inspectors-found.docx"
    document.save(str(path))
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in records(path)["grades"]) == [
        ("Investigating crime", "Investigating crime", "Adequate", "2025-09"),
        ("Preventing crime", "Preventing crime", "Good", "2025-09"),
    ]


def test_a_grade_in_brackets_after_a_long_area_name(tmp_path: Path) -> None:
    """"Police powers and public treatment (Good)" in a table's area cell
    is that area's grade, however closely the long name alone reads the
    cell; the area as printed without the bracket."""
    rows = [["Area of policing (grade)", "Areas for improvement still open"],
            ["Police powers and public treatment (Good)", "None open"],
            ["Preventing crime (Adequate)", "The force should give neighbourhood officers time for problem-solving."]]
    flow = [Paragraph("HMICFRS PEEL 2023–25 inspection of Dorset Police: position statement", H1),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Dorset Police on 27 November 2025.", BODY),
            grid(rows, [200, 260])]
    grades = records(pdf(tmp_path / "position.pdf", flow))["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"], g["page"]) for g in grades) == [
        ("Police powers and public treatment", "Police powers and public treatment", "Good", "2025-11", 1),
        ("Preventing crime", "Preventing crime", "Adequate", "2025-11", 1),
    ]


def test_a_portfolio_named_by_the_notes_under_the_table(tmp_path: Path) -> None:
    """A force's own portfolio names, each with a note number, take the
    area the numbered note under the table names; the name as printed less
    its number; the plan's RAG column and a portfolio with no note give
    no grade."""
    rows = [["Force portfolio", "HMICFRS grade", "Plan status"],
            ["Public contact and response<super>1</super>", "Requires improvement", "Amber"],
            ["People and culture<super>2</super>", "Adequate", "Green"],
            ["Estates and fleet", "Good", "Green"]]
    flow = [Paragraph("PEEL improvement plan: progress report", H1),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Dorset Police on 16 October 2025.", BODY),
            grid(rows, [200, 140, 100]),
            Paragraph("1 HMICFRS area: Responding to the public.", BODY),
            Paragraph("2 HMICFRS area: Developing a positive workplace.", BODY)]
    grades = records(pdf(tmp_path / "plan.pdf", flow))["grades"]
    assert sorted((g["area"], g["area_raw"], g["grade"], g["as_of"]) for g in grades) == [
        ("Developing a positive workplace", "People and culture", "Adequate", "2025-10"),
        ("Responding to the public", "Public contact and response", "Requires improvement", "2025-10"),
    ]


def test_infographic_boxes_a_numbered_circle_between_area_and_judgment(tmp_path: Path) -> None:
    """Boxes drawn on the page, each a numbered circle, the area's name in
    bold and the judgment in capitals under it: each box's judgment is its
    area's grade, the circle's number no part of it."""
    path = tmp_path / "annual-report.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(50, height - 60, "Police child protection inspection at a glance")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(50, height - 85, "HMICFRS published its national child protection inspection of Dorset Police "
                                       "on 21 January 2026.")
    boxes = [("Working with safeguarding partners", "GOOD", "#6cb33f"),
             ("Responding to children at risk of harm", "REQUIRES IMPROVEMENT", "#f08a24")]
    for n, (area, judgment, colour) in enumerate(boxes, start=1):
        top = height - 110 - (n - 1) * 92
        canvas.setFillColor(colors.HexColor("#eef4f6"))
        canvas.roundRect(50, top - 80, width - 100, 80, 10, stroke=1, fill=1)
        canvas.setFillColor(colors.HexColor(colour))
        canvas.circle(92, top - 40, 26, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 20)
        canvas.drawCentredString(92, top - 47, str(n))
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(135, top - 26, area)
        canvas.setFillColor(colors.HexColor(colour))
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(135, top - 44, judgment)
    canvas.showPage()
    canvas.save()
    grades = records(path)["grades"]
    assert sorted((g["area"], g["grade"], g["framework"], g["as_of"], g["page"]) for g in grades) == [
        ("Responding to children at risk of harm", "Requires improvement", "Child protection", "2026-01", 1),
        ("Working with safeguarding partners", "Good", "Child protection", "2026-01", 1),
    ]
