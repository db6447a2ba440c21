"""Grade mechanisms, each on a small real Word file and, where the trait is in
such a PDF, the PDF LibreOffice makes of it: a paragraph opening with a bold
run-in heading "Area: grade." (or "Area – grade") grades that area, its reasons
after it; a register whose merged Inspection and Published cells span their
rows gives each row its inspection's framework and date, its area read in that
framework's vocabulary; a response dates an earlier inspection's column by the
month it gives that inspection's report; a pack's paper on another subject
recalling the inspection's judgment in a sentence gives no grade; a question
set as a heading still dates the report it quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from files import AS_PUBLISHED, published, records


def _grades(path: Path) -> list[tuple]:
    return sorted((g["area"], g["area_raw"], g["grade"], g["framework"], g["as_of"])
                  for g in records(path)["grades"])


def _run_in(document: Document, number: str, heading: str, reasons: str) -> None:
    """A numbered paragraph opening with a bold run-in heading."""
    paragraph = document.add_paragraph(f"{number} ")
    paragraph.add_run(heading + " ").bold = True
    paragraph.add_run(reasons)


def _panel_report() -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph().add_run("Humberside Police and Crime Panel").bold = True
    document.add_paragraph("Date of meeting: 8 October 2026")
    document.add_heading("Subject: HMICFRS PEEL inspection of Humberside Police 2023–25", level=1)
    document.add_heading("Purpose of the report", level=2)
    document.add_paragraph("1.1 To inform the panel of the PEEL inspection of Humberside Police, published by "
                           "HMICFRS on 2 July 2026, and of the Commissioner's oversight of the force's response.")
    document.add_heading("The inspectorate's findings", level=2)
    _run_in(document, "4.1", "Preventing crime: outstanding.",
            "Neighbourhood teams solve problems with partners. In 2022 the force was graded good in this area.")
    _run_in(document, "4.2", "Investigating crime – requires improvement.",
            "Too many investigations are not supervised, and victims are not kept updated.")
    _run_in(document, "4.3", "Managing offenders: adequate.",
            "The force manages registered sex offenders well.")
    document.add_paragraph("4.4 The service to victims of crime is not graded. The inspectorate found that the "
                           "force records crime accurately.")
    document.add_heading("Oversight by the Commissioner", level=2)
    _run_in(document, "5.1", "Improvement board:", "the Chief Constable chairs a board that meets monthly.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_bold_run_in_heading_grades_its_area_and_the_reasons_after_it_add_none(tmp_path: Path, form: str) -> None:
    path = published(_panel_report(), tmp_path / "panel.docx", form)
    assert _grades(path) == [
        ("Investigating crime", "Investigating crime", "Requires improvement", "PEEL 2023-25", "2026-07"),
        ("Managing offenders", "Managing offenders", "Adequate", "PEEL 2023-25", "2026-07"),
        ("Preventing crime", "Preventing crime", "Outstanding", "PEEL 2023-25", "2026-07"),
    ]



def _register(document: Document, groups: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    """A register of graded inspections, its Inspection and Published cells merged down over their rows."""
    rows = sum(len(areas) for _, _, areas in groups) + 1
    table = document.add_table(rows=rows, cols=4)
    table.style = "Table Grid"
    for col, heading in enumerate(("Inspection", "Published", "Area", "Grade")):
        table.cell(0, col).text = heading
    row = 1
    for inspection, published_on, areas in groups:
        last = row + len(areas) - 1
        table.cell(row, 0).merge(table.cell(last, 0)).text = inspection
        table.cell(row, 1).merge(table.cell(last, 1)).text = published_on
        for area, grade in areas:
            table.cell(row, 2).text, table.cell(row, 3).text = area, grade
            row += 1


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_register_of_several_inspections_gives_each_row_its_merged_inspection_and_date(tmp_path: Path,
                                                                                         form: str) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Police and Crime Commissioner for Staffordshire")
    document.add_paragraph("Strategic Scrutiny Meeting – 4 June 2026")
    document.add_heading("Agenda item 5: HMICFRS inspection activity – quarterly update", level=1)
    document.add_paragraph("1.1 The register below lists the force's graded inspections.")
    _register(document, [
        ("PEEL 2023–25", "14 May 2025", [("Preventing crime", "Good"), ("Investigating crime", "Adequate"),
                                         ("Leadership and force management", "Requires improvement")]),
        ("National child protection inspection of Staffordshire Police", "3 February 2026",
         [("Working with safeguarding partners", "Adequate"), ("Leadership and management", "Good"),
          ("Assessing risk and making referrals", "Inadequate")]),
    ])
    document.add_paragraph("1.2 Progress against the inspectorate's recommendations is reported to the board.")
    path = published(document, tmp_path / "update.docx", form)
    assert _grades(path) == [
        ("Assessing risk to children and making appropriate referrals", "Assessing risk and making referrals",
         "Inadequate", "Child protection", "2026-02"),
        ("Child protection leadership", "Leadership and management", "Good", "Child protection", "2026-02"),
        ("Investigating crime", "Investigating crime", "Adequate", "PEEL 2023-25", "2025-05"),
        ("Leadership and force management", "Leadership and force management", "Requires improvement",
         "PEEL 2023-25", "2025-05"),
        ("Preventing crime", "Preventing crime", "Good", "PEEL 2023-25", "2025-05"),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Adequate", "Child protection",
         "2026-02"),
    ]


@pytest.mark.parametrize("earlier_report", [
    "The report recognises the progress the force has made since the previous PEEL inspection, whose report was "
    "published in May 2022, and is clear about what must improve.",
    "The report recognises the progress the force has made since the 2022 inspection report, published in May 2022, "
    "and is clear about what must improve.",
])
def test_a_responses_columns_are_dated_by_the_months_it_gives_each_inspections_report(tmp_path: Path,
                                                                                        earlier_report: str) -> None:
    document = Document()
    document.add_paragraph().add_run("Office of the Police and Crime Commissioner for Surrey").bold = True
    document.add_heading("Response to the HMICFRS PEEL 2023–25 inspection of Surrey Police", level=1)
    particulars = document.add_table(rows=3, cols=2)
    particulars.style = "Table Grid"
    for row, (label, value) in enumerate((("Report", "PEEL 2023–25: An inspection of Surrey Police"),
                                          ("Published", "4 February 2026"), ("Date of response", "31 March 2026"))):
        particulars.cell(row, 0).text, particulars.cell(row, 1).text = label, value
    document.add_heading("1. Introduction", level=2)
    document.add_paragraph("This is my response to the PEEL 2023–25 report on Surrey Police, which HMICFRS "
                           "published on 4 February 2026 after fieldwork in June 2025.")
    document.add_paragraph(earlier_report)
    document.add_heading("2. Summary of grades", level=2)
    document.add_paragraph("The table below sets out the grades HMICFRS gave the force, beside the previous grades.")
    grades = document.add_table(rows=4, cols=3)
    grades.style = "Table Grid"
    for row, values in enumerate((("PEEL area", "2025 grade", "2022 grade"),
                                  ("Preventing crime", "Good", "Adequate"),
                                  ("Investigating crime", "Adequate", "Requires improvement"),
                                  ("Leadership and force management", "Good", "Not graded in 2022"))):
        for col, text in enumerate(values):
            grades.cell(row, col).text = text
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert _grades(path) == [
        ("Investigating crime", "Investigating crime", "Adequate", "PEEL 2023-25", "2026-02"),
        ("Investigating crime", "Investigating crime", "Requires improvement", "PEEL 2021/22", "2022-05"),
        ("Leadership and force management", "Leadership and force management", "Good", "PEEL 2023-25", "2026-02"),
        ("Preventing crime", "Preventing crime", "Adequate", "PEEL 2021/22", "2022-05"),
        ("Preventing crime", "Preventing crime", "Good", "PEEL 2023-25", "2026-02"),
    ]


def _pack_paper(path: Path, heading: str) -> Path:
    """A scrutiny pack whose force paper under ``heading`` recalls the PEEL judgment of one area in a sentence."""
    document = Document()
    document.add_heading("Accountability Meeting", level=1)
    document.add_paragraph("Meeting of the Police and Crime Commissioner for Avon and Somerset and the Chief "
                           "Constable, 9 September 2026.")
    document.add_heading("Agenda", level=2)
    for item in ("1. Apologies", "2. Serious violence", "3. Any other business"):
        document.add_paragraph(item)
    document.add_heading(heading, level=1)
    document.add_paragraph("Paper for the Accountability Meeting. Author: Superintendent, Public Protection.")
    document.add_heading("Summary", level=2)
    document.add_paragraph("2.1 Knife crime fell by 12% in the year to June 2026.")
    document.add_paragraph("2.2 In its 2023–25 PEEL inspection, HMICFRS judged the force good at managing offenders; "
                           "the integrated offender management team was one of the strengths noted.")
    document.add_paragraph("2.3 Violence reduction partnerships meet monthly in each local authority area.")
    document.save(str(path))
    return path


@pytest.mark.parametrize(("heading", "graded"), [
    ("Serious violence", False),  # a paper on another subject recalls the judgment in passing
    ("HMICFRS PEEL inspection: the force's progress", True),  # a paper about the inspection quotes it
    ("Managing offenders", True),  # a paper on the area graded quotes its grade
])
def test_a_packs_paper_quotes_a_judgment_sentence_only_where_it_writes_about_the_inspection_or_the_area(
        tmp_path: Path, heading: str, graded: bool) -> None:
    found = [(g["area"], g["grade"]) for g in records(_pack_paper(tmp_path / "pack.docx", heading))["grades"]]
    assert found == ([("Managing offenders", "Good")] if graded else [])


def test_a_paragraph_opening_with_the_area_and_its_grade_as_a_sentence_of_its_own_grades_it(tmp_path: Path) -> None:
    """The run-in need not be bold: "Area: grade." is a sentence of its own before the reasons; a label whose
    value runs on into the sentence ("Preventing crime: outstanding work by ...") is no grade."""
    document = Document()
    document.add_paragraph().add_run("Humberside Police and Crime Panel").bold = True
    document.add_paragraph("Date of meeting: 8 October 2026")
    document.add_heading("Subject: HMICFRS PEEL inspection of Humberside Police 2023–25", level=1)
    document.add_paragraph("1.1 The report was published by HMICFRS on 2 July 2026.")
    document.add_paragraph("4.1 Responding to the public – adequate. The force answers most emergency calls quickly.")
    document.add_paragraph("4.2 Preventing crime: outstanding work by neighbourhood teams was seen in two districts.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    assert _grades(path) == [
        ("Responding to the public", "Responding to the public", "Adequate", "PEEL 2023-25", "2026-07")]


def test_a_question_set_as_a_heading_still_dates_the_report_it_quotes(tmp_path: Path) -> None:
    # A pack's numbered question, bold and short-lined, reads as a heading in
    # Word; the month it gives the report it quotes dates that report's grades.
    document = Document()
    document.add_heading("Scrutiny meeting: child protection", level=1)
    document.add_heading("1. In light of the inspectorate's child protection inspection findings, published in "
                         "March 2026, please can the following be provided:", level=3)
    document.add_paragraph("An update on the force's plan.")
    document.add_heading("Excerpts of the national child protection inspection", level=1)
    document.add_heading("Working with safeguarding partners", level=2)
    document.add_paragraph("Gwent Police is adequate at working with safeguarding partners.")
    path = tmp_path / "pack.docx"
    document.save(path)
    assert [(g["area"], g["grade"], g["as_of"]) for g in records(path)["grades"]] == [
        ("Working with safeguarding partners", "Adequate", "2026-03")]
