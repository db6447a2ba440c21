"""On small real Word files: a commissioner's annual report listing the grades
as bullets "Area (grade)"; a bilingual (Welsh / English) section 55 response
setting the grades as tab-led lines ("Area<tab>Grade", Word's dotted leader),
its headings and labels printed in both languages (read by their English side),
and each area for improvement quoted in Welsh and in English above the
commissioner's bilingual response label; and a report's title that names its
force, with the subtitle set under it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm
from files import BODY, lower_key, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

GRADES = [("Preventing crime", "Good"), ("Responding to the public", "Adequate"),
          ("Investigating crime", "Requires improvement"), ("Leadership and force management", "Good")]


def _annual_report(path: Path) -> Path:
    document = Document()
    document.add_paragraph("Police and Crime Commissioner for Derbyshire")
    document.add_heading("Annual Report 2025–26", level=0)
    document.add_paragraph("Published: 2 July 2026")
    document.add_heading("Inspections of the force", level=1)
    document.add_heading("PEEL inspection", level=2)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Derbyshire Constabulary in November 2025. "
                           "The inspectorate graded the force in these areas of policing:")
    for area, grade in GRADES:
        document.add_paragraph(f"{area} ({grade.lower()})", style="List Bullet")
    document.add_paragraph("In the previous inspection, in 2022, the force had been judged inadequate at responding "
                           "to the public.")
    document.add_heading("Finance", level=1)
    document.add_paragraph("The budget for the year was balanced.")
    document.save(str(path))
    return path


def test_grades_listed_as_area_and_bracketed_grade_bullets(tmp_path: Path) -> None:
    found = records(_annual_report(tmp_path / "annual-report.docx"))["grades"]
    assert lower_key(found, ("area", "area_raw", "grade", "framework", "as_of", "page")) == sorted(
        (area.lower(), area.lower(), grade.lower(), "peel 2023-25", "2025-11", "none") for area, grade in GRADES
    )  # the grade recalled from 2022 in a sentence gives none


def _bilingual_response(path: Path) -> Path:
    document = Document()
    document.add_paragraph("Comisiynydd Heddlu a Throseddu Gwent / Gwent Police and Crime Commissioner")
    document.add_heading("Ymateb Adran 55 i adroddiad PEEL / Section 55 response to the PEEL report", level=1)
    document.add_paragraph("Dyddiad / Date: 3 February 2026")
    document.add_heading("Cyflwyniad / Introduction", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Gwent Police on 9 December 2025. Section 55 "
                           "of the Police Act 1996 requires me to publish my comments on it.")
    document.add_heading("Graddau / Grades", level=1)
    document.add_paragraph("HMICFRS graded the force as follows:")
    for area, grade in GRADES:
        line = document.add_paragraph(f"{area}\t{grade}")
        line.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    document.add_heading("Meysydd i’w gwella / Areas for improvement", level=1)
    document.add_paragraph("HMICFRS identified two areas for improvement. I set out each below with my response.")
    for welsh, area, welsh_afi, afi, response in [
        ("Ymateb i’r cyhoedd", "Responding to the public",
         "Dylai’r heddlu sicrhau bod galwadau brys yn cael eu hateb o fewn deg eiliad.",
         "The force should make sure that emergency calls are answered within ten seconds.",
         "The force has recruited more call handlers and I see the answer times each week."),
        ("Ymchwilio i droseddau", "Investigating crime",
         "Dylai’r heddlu sicrhau bod ymchwiliadau’n cael eu goruchwylio’n effeithiol.",
         "The force should make sure that investigations are supervised effectively.",
         "My office will audit a sample of investigations each quarter."),
    ]:
        document.add_heading(f"{welsh} / {area}", level=2)
        document.add_paragraph().add_run(welsh_afi).italic = True  # the Welsh copy, above the English
        document.add_paragraph().add_run(afi).italic = True
        document.add_paragraph(f"Ymateb y Comisiynydd / Commissioner’s response: {response}")
    document.add_heading("Achosion pryder / Causes of concern", level=1)
    document.add_paragraph("HMICFRS did not identify any causes of concern.")
    document.save(str(path))
    return path


def test_grades_set_as_tab_led_lines(tmp_path: Path) -> None:
    found = records(_bilingual_response(tmp_path / "s55.docx"))["grades"]
    assert lower_key(found, ("area", "area_raw", "grade", "framework", "as_of")) == sorted(
        (area.lower(), area.lower(), grade.lower(), "peel 2023-25", "2025-12") for area, grade in GRADES)


def test_bilingual_headings_place_the_quoted_areas_for_improvement(tmp_path: Path) -> None:
    found = records(_bilingual_response(tmp_path / "s55.docx"))
    assert lower_key(found["areas_for_improvement"], ("area", "text", "detail")) == [
        ("investigating crime", "the force should make sure that investigations are supervised effectively.",
         "none"),
        ("responding to the public",
         "the force should make sure that emergency calls are answered within ten seconds.", "none"),
    ]  # the Welsh copy gives no record; the commissioner's response, labelled in both languages, is no detail
    assert found["causes_of_concern"] == []


def test_a_subtitle_under_a_title_naming_its_force_is_no_part_of_it(tmp_path: Path) -> None:
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=8)
    subtitle = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceAfter=8)
    path = pdf(tmp_path / "peel.pdf", [
        Paragraph("PEEL 2023–25: An inspection of Derbyshire Constabulary", title),
        Paragraph("Police effectiveness, efficiency and legitimacy", subtitle),
        Paragraph("Published: 27 January 2026", BODY),
        Paragraph("Contents", subtitle),
        Paragraph("About this inspection", BODY),
    ])
    document = records(path)["documents"][0]
    assert (document["title"], document["force"]) == (
        "PEEL 2023-25: An inspection of Derbyshire Constabulary", "Derbyshire Constabulary")



def test_a_kicker_at_half_the_title_size_is_no_part_of_it(tmp_path: Path) -> None:
    kicker = ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=6)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=8)
    path = pdf(tmp_path / "ncpi.pdf", [
        Paragraph("National child protection inspection", kicker),
        Paragraph("An inspection of the Derbyshire Constabulary response to child protection", title),
        Paragraph("Published 5 March 2026", kicker),
        Paragraph("Foreword", ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18)),
        Paragraph("This report sets out what we found.", BODY),
    ])
    assert records(path)["documents"][0]["title"] == (
        "An inspection of the Derbyshire Constabulary response to child protection")


def test_a_dated_particulars_line_under_the_title_ends_it(tmp_path: Path) -> None:
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=8)
    particulars = ParagraphStyle("p", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=6)
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("PEEL 2023–25 improvement update", title),
        Paragraph("Meeting date: 24 February 2026 · Paper 4 · Author: Head of Scrutiny", particulars),
        Paragraph("Summary", ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18)),
        Paragraph("This paper updates the board on the force's plan.", BODY),
    ])
    assert records(path)["documents"][0]["title"] == "PEEL 2023-25 improvement update"
