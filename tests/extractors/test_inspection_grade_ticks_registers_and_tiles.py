"""Grade, item and document mechanisms, each on a real PDF or Word file made
here: a tick under a grade column of a panel paper, dated by the sentence
saying when the inspectorate published its report; a force's improvement
register (a target grade beside the grade, recommendations tied to their cause
by a parent column); an area's heading with its grade after it and the earlier
grade in brackets; a grid of tiles, each an area over its grade; a response
letter's summary grouping the areas in brackets after each grade; an AFI naming
its area in brackets at its end."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document
from files import BODY, BOLD, H1
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, Table

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, spaceBefore=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4, spaceBefore=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName="Helvetica-Bold")


def _grades(found: dict[str, list[dict]]) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(g["area"], g["area_raw"], g["grade"], g["framework"], g["as_of"]) for g in found["grades"]}


def _ruled(rows: list[list], widths: list[float], shading: list[tuple] = ()) -> Table:
    return Table([[cell if not isinstance(cell, str) else Paragraph(cell, CELL) for cell in row] for row in rows],
                 colWidths=widths, style=[("GRID", (0, 0), (-1, -1), 0.5, colors.grey), *shading])


def test_a_tick_under_a_grade_column_grades_the_rows_area_dated_by_the_report_the_paper_quotes(
        tmp_path: Path) -> None:
    grades = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    ticked = [("Leadership and management", "Good"), ("Responding to children at risk of harm", "Inadequate"),
              ("Working with safeguarding partners", "Requires improvement")]
    path = files.pdf(tmp_path / "panel.pdf", [
        Paragraph("Dorset Police and Crime Panel – 12 March 2026", BODY),
        Paragraph("HMICFRS national child protection inspection of Dorset Police", H1),
        Paragraph("2.1 HMICFRS inspected the force in October 2025 and published its report on 3 February 2026.",
                  BODY),
        _ruled([["Inspection area", *grades],
                *[[area, *("\u2713" if g == grade else "" for g in grades)] for area, grade in ticked]],
               [150, 60, 50, 55, 80, 60]),
        Paragraph("2.2 Nationally, two forces were judged inadequate at working with safeguarding partners.", BODY),
    ])
    found = files.records(path)
    assert _grades(found) == {
        ("Child protection leadership", "Leadership and management", "Good", "Child protection", "2026-02"),
        ("Responding to children at risk of harm", "Responding to children at risk of harm", "Inadequate",
         "Child protection", "2026-02"),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Requires improvement",
         "Child protection", "2026-02"),
    }


def test_the_items_of_a_panel_paper_topic_table_and_a_cause_quoted_before_its_recommendations(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "panel.pdf", [
        Paragraph("Dorset Police and Crime Panel – 12 March 2026", BODY),
        Paragraph("HMICFRS national child protection inspection of Dorset Police", H1),
        Paragraph("3.1 HMICFRS identified one cause of concern, in responding to children at risk of harm:", BODY),
        Paragraph("<i>The force doesn't consistently record the voice of the child at incidents.</i>", BODY),
        Paragraph("3.2 It made two recommendations to address it. Progress is set out below.", BODY),
        _ruled([["Recommendation", "HMICFRS timescale", "Progress"],
                ["The force should make sure that officers record what children say at every incident.",
                 "Within three months", "A new form is in use."]], [220, 90, 150]),
        Paragraph("4.1 HMICFRS also identified two areas for improvement.", BODY),
        _ruled([["Topic", "Area for improvement"],
                ["Working with safeguarding partners",
                 "The force should make sure that it shares information with partners the same day."],
                ["Responding to children at risk of harm",
                 "The force should improve how supervisors review incidents involving children."]], [170, 290]),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    # the paragraph counting the recommendations that follow explains nothing of the cause
    assert (cause["area"], cause["detail"]) == ("Responding to children at risk of harm", None)
    [recommendation] = found["recommendations"]
    assert (recommendation["timescale"], recommendation["cause_of_concern_id"]) == ("Within three months",
                                                                                   cause["record_id"])
    assert {(a["area"], a["text"]) for a in found["areas_for_improvement"]} == {
        ("Working with safeguarding partners",
         "The force should make sure that it shares information with partners the same day."),
        ("Responding to children at risk of harm",
         "The force should improve how supervisors review incidents involving children."),
    }


def _word_table(document: Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def test_a_forces_improvement_register_its_grades_target_grades_and_parent_column(tmp_path: Path) -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].add_run("OFFICIAL")
    document.add_heading("Norfolk Constabulary – PEEL 2023–25 improvement register", level=1)
    document.add_paragraph("This register tracks the force's response to the HMICFRS PEEL 2023–25 report, "
                           "published on 14 November 2025. It is shared with the Office of the Police and Crime "
                           "Commissioner.")
    document.add_heading("Grades awarded", level=2)
    _word_table(document, [["PEEL area", "Grade awarded", "Target grade (2027)"],
                           ["Investigating crime", "Requires improvement", "Good"],
                           ["Managing offenders", "Good", "Outstanding"]])
    document.add_heading("Register", level=2)
    cause_1 = "The force isn't answering calls quickly enough, and callers give up as a result."
    cause_2 = "The force doesn't supervise investigations well enough, and victims are let down."
    _word_table(document, [
        ["Ref", "Type", "Parent", "PEEL area", "HMICFRS wording", "Lead", "Progress", "Status"],
        ["CoC1", "Cause of concern", "–", "Responding to the public", cause_1, "ACC", "See R1.1", "Open"],
        ["CoC2", "Cause of concern", "–", "Investigating crime", cause_2, "ACC", "See R2.1", "Open"],
        # a recommendation listed after the second cause, tied to the first by its parent only
        ["R1.1", "Recommendation", "CoC1", "Responding to the public",
         "Within three months, the force should make sure that it answers emergency calls in ten seconds.",
         "Supt Contact", "New rota in place.", "On track"],
        ["R2.1", "Recommendation", "CoC2", "Investigating crime",
         "By 31 July 2026, the force should make sure that every investigation has a supervised plan.",
         "D/Supt", "Template live.", "On track"],
        ["AFI1", "Area for improvement", "–", "Managing offenders",
         "The force should make sure that it manages registered sex offenders' risk promptly.", "Supt", "Agreed.",
         "On track"],
    ])
    path = tmp_path / "register.docx"
    document.save(str(path))
    found = files.records(path)
    assert (found["documents"][0]["doc_kind"], found["documents"][0]["organisation"]) == ("force_response", None)
    # the target grade beside each grade is none of the inspection's
    assert _grades(found) == {
        ("Investigating crime", "Investigating crime", "Requires improvement", "PEEL 2023-25", "2025-11"),
        ("Managing offenders", "Managing offenders", "Good", "PEEL 2023-25", "2025-11"),
    }
    causes = {c["text"]: c for c in found["causes_of_concern"]}
    assert {(c["area"], text) for text, c in causes.items()} == {("Responding to the public", cause_1),
                                                                  ("Investigating crime", cause_2)}
    assert {(r["cause_of_concern_id"], r["timescale"], r["lead_in"]) for r in found["recommendations"]} == {
        (causes[cause_1]["record_id"], "Within three months", None),
        (causes[cause_2]["record_id"], "By 31 July 2026", None),
    }
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        ("Managing offenders", "The force should make sure that it manages registered sex offenders' risk promptly.")]


def test_an_areas_heading_with_its_grade_after_it_and_the_earlier_grade_in_brackets(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "panel.pdf", [
        Paragraph("Kent Police and Crime Panel – 20 March 2026", BODY),
        Paragraph("HMICFRS PEEL 2023–25 inspection of Kent Police", H1),
        Paragraph("1.1 This report summarises the HMICFRS PEEL 2023–25 inspection of Kent Police, published on "
                  "12 February 2026.", BODY),
        Paragraph("3.1 Preventing crime – Good", H3),
        Paragraph("Neighbourhood teams work well with schools.", BODY),
        Paragraph("3.2 Investigating crime – Adequate (2022: requires improvement)", H3),
        Paragraph("Investigations are better supervised than before.", BODY),
        Paragraph("Area for improvement identified:", BODY),
        ListFlowable([ListItem(Paragraph("The force should make sure that it records why victims withdraw their "
                                         "support.", BODY))], bulletType="bullet"),
        Paragraph("3.3 Managing offenders – Requires improvement (2022: good)", H3),
        Paragraph("Areas for improvement identified:", BODY),
        ListFlowable([ListItem(Paragraph("The force should make sure that it visits registered offenders on "
                                         "time.", BODY))], bulletType="bullet"),
    ])
    found = files.records(path)
    assert _grades(found) == {
        ("Preventing crime", "Preventing crime", "Good", "PEEL 2023-25", "2026-02"),
        ("Investigating crime", "Investigating crime", "Adequate", "PEEL 2023-25", "2026-02"),
        ("Managing offenders", "Managing offenders", "Requires improvement", "PEEL 2023-25", "2026-02"),
    }
    # each AFI is its section's, and no heading is read as an AFI
    assert {(a["area"], a["text"]) for a in found["areas_for_improvement"]} == {
        ("Investigating crime", "The force should make sure that it records why victims withdraw their support."),
        ("Managing offenders", "The force should make sure that it visits registered offenders on time."),
    }


def test_a_grid_of_tiles_each_an_area_over_its_grade_and_afis_naming_their_area_in_brackets(
        tmp_path: Path) -> None:
    def tile(area: str, grade: str) -> list:
        return [Paragraph(area, CELL_BOLD), Paragraph(grade, CELL)]

    path = files.pdf(tmp_path / "glance.pdf", [
        Paragraph("PEEL 2023–25 at a glance: Durham Constabulary", H1),
        Paragraph("Published 9 February 2026", BODY),
        Table([[tile("Preventing crime", "Outstanding"), tile("Responding to the public", "Adequate")],
               [tile("Managing offenders", "Good"), tile("Providing a service to victims of crime", "Not graded")]],
              colWidths=[200, 200], style=[("GRID", (0, 0), (-1, -1), 0.5, colors.white),
                                           ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#1f6f3f")),
                                           ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#f2c12e")),
                                           ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#6cb33f")),
                                           ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#d9d9d9"))]),
        Paragraph("What the constabulary needs to improve", H2),
        Paragraph("We identified two areas for improvement:", BODY),
        ListFlowable([ListItem(Paragraph("The constabulary should make sure that it answers non-emergency calls "
                                         "promptly. (Responding to the public)", BODY)),
                      ListItem(Paragraph("The constabulary should make sure that it reviews offenders' risk "
                                         "regularly. (Managing offenders)", BODY))], bulletType="bullet"),
    ])
    found = files.records(path)
    # the tile saying "Not graded" is no grade
    assert _grades(found) == {
        ("Preventing crime", "Preventing crime", "Outstanding", "PEEL 2023-25", "2026-02"),
        ("Responding to the public", "Responding to the public", "Adequate", "PEEL 2023-25", "2026-02"),
        ("Managing offenders", "Managing offenders", "Good", "PEEL 2023-25", "2026-02"),
    }
    assert {(a["area"], a["text"]) for a in found["areas_for_improvement"]} == {
        ("Responding to the public", "The constabulary should make sure that it answers non-emergency calls promptly."),
        ("Managing offenders", "The constabulary should make sure that it reviews offenders' risk regularly."),
    }


def test_a_response_letters_summary_grouping_the_areas_in_brackets_after_each_grade(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "letter.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Gwent", BOLD),
        Paragraph("Date: 6 March 2026", BODY),
        Paragraph("Response of the Police and Crime Commissioner for Gwent to the HMICFRS PEEL 2023–25 inspection "
                  "of Gwent Police", H2),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Gwent Police on 22 January 2026. The force was "
                  "graded good in two areas (preventing crime, and managing offenders), adequate in one area "
                  "(investigating crime) and requires improvement in two areas (responding to the public, and "
                  "protecting vulnerable people).", BODY),
        Paragraph("This is progress since 2022, when the force was judged inadequate at responding to the public.",
                  BODY),
    ])
    found = files.records(path)
    document = found["documents"][0]
    assert (document["doc_kind"], document["publication_date"], document["title"]) == (
        "force_response", "2026-03-06",
        "Response of the Police and Crime Commissioner for Gwent to the HMICFRS PEEL 2023-25 inspection of "
        "Gwent Police")
    assert _grades(found) == {
        ("Preventing crime", "preventing crime", "Good", "PEEL 2023-25", "2026-01"),
        ("Managing offenders", "managing offenders", "Good", "PEEL 2023-25", "2026-01"),
        ("Investigating crime", "investigating crime", "Adequate", "PEEL 2023-25", "2026-01"),
        ("Responding to the public", "responding to the public", "Requires improvement", "PEEL 2023-25", "2026-01"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement", "PEEL 2023-25",
         "2026-01"),
    }
