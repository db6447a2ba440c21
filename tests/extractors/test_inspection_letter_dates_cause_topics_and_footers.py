"""Grade, item and page mechanisms, each on a real PDF file made here: an HM
Inspector's covering letter dates its grades by the day it says the report will
be published, not by the letter's own date; a cause quoted "about <topic>"
takes the topic's area; a copyright footer printed once is page furniture,
never an item's detail; and, in Word, a force's improvement plan whose finding
column quotes a "Cause of concern:" row, its recommendations and AFIs under
refs "CoC1", "R1.1", "AFI1"."""

from __future__ import annotations

from pathlib import Path

import files
from files import BODY, BOLD, H1
from docx import Document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph

ITALIC = ParagraphStyle("italic", parent=BODY, fontName="Helvetica-Oblique", leftIndent=18)
H3 = ParagraphStyle("h3", parent=BOLD, fontSize=11.5, leading=14)


def test_a_covering_letter_dates_its_grades_by_the_reports_publication_not_the_letter(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "letter.pdf", [
        Paragraph("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services", BODY),
        Paragraph("Chief Constable, Gwent Police", BODY),
        Paragraph("14 October 2025", BODY),
        Paragraph("PEEL 2023–25: letter to the Chief Constable of Gwent Police", H1),
        Paragraph("Dear Chief Constable,", BODY),
        Paragraph("I enclose our report on the effectiveness, efficiency and legitimacy of Gwent Police, which we "
                  "will publish on 4 November 2025.", BODY),
        Paragraph("My colleagues and I have made the following graded judgments:", BODY),
        ListFlowable([ListItem(Paragraph(text, BODY)) for text in (
            "investigating crime – requires improvement",
            "responding to the public – good",
        )], bulletType="bullet"),
        Paragraph("Yours sincerely,", BODY),
    ])
    grades = {(g["area"], g["grade"], g["as_of"]) for g in files.records(path)["grades"]}
    assert grades == {("Investigating crime", "Requires improvement", "2025-11"),
                      ("Responding to the public", "Good", "2025-11")}


def test_a_cause_quoted_about_a_topic_takes_the_topics_area(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "pack.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Durham", BODY),
        Paragraph("Performance Scrutiny Meeting – 12 March 2026", BODY),
        Paragraph("HMICFRS national child protection inspection of Durham Constabulary: update", H1),
        Paragraph("Cause of concern", BOLD),
        Paragraph("The inspectorate raised one cause of concern, about working with partners:", BODY),
        Paragraph("Durham Constabulary doesn’t share what it knows about children at risk with its safeguarding "
                  "partners quickly enough.", ITALIC),
    ])
    causes = files.records(path)["causes_of_concern"]
    assert [(c["area"], c["text"][:32]) for c in causes] == [
        ("Working with safeguarding partners", "Durham Constabulary doesn't shar")]


def test_a_copyright_footer_printed_once_is_no_part_of_an_items_detail(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Norfolk Constabulary"),
        Paragraph("Developing a positive workplace", H1),
        Paragraph("Area for improvement", H3),
        Paragraph("The force should make sure it understands the wellbeing needs of its workforce.", BOLD),
        Paragraph("Few officers answered the force’s wellbeing survey.", BODY),
        Paragraph("© HMICFRS 2025. www.hmicfrs.justiceinspectorates.gov.uk", BODY),
    ])
    afis = files.records(path)["areas_for_improvement"]
    assert [(a["text"], a["detail"]) for a in afis] == [
        ("The force should make sure it understands the wellbeing needs of its workforce.",
         "Few officers answered the force's wellbeing survey.")]


def test_a_plans_finding_column_quotes_a_labelled_cause_its_recommendations_and_afis(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Gwent Police: PEEL 2023–25 improvement plan", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Gwent Police on 9 December 2025.")
    rows = [
        ("Ref", "Area", "HMICFRS finding", "Lead", "Our action", "Due", "Status"),
        ("CoC1", "Investigating crime", "Cause of concern: The force isn’t investigating crime effectively enough.",
         "ACC Crime", "Investigation standards board set up", "Jan 2026", "Complete"),
        ("R1.1", "Investigating crime", "Within three months, Gwent Police should make sure every investigation "
         "has a plan.", "D/Supt CID", "Plans audited weekly", "Mar 2026", "On track"),
        ("AFI1", "Responding to the public", "The force should answer non-emergency calls more quickly.",
         "Supt Contact", "More call handlers", "Jun 2026", "On track"),
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    [recommendation] = found["recommendations"]
    assert (cause["area"], cause["text"], cause["detail"]) == (
        "Investigating crime", "The force isn't investigating crime effectively enough.", None)
    assert recommendation["text"].startswith("Within three months, Gwent Police should make sure")
    assert recommendation["cause_of_concern_id"] == cause["record_id"]
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        ("Responding to the public", "The force should answer non-emergency calls more quickly.")]
