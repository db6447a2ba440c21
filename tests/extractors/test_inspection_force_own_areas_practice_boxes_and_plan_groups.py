"""Mechanisms, each on a real PDF or Word file made here: a force's own graded
areas (a grade chart's cell or a heading over a judgment naming no known area
keeps its printed name); practice boxes drawn as one-column tables; bullets
under a dated lead-in outside a "Recommendations" part; a table giving two
inspections' grades side by side; AFIs quoted under area sub-headings of a
paper; action plans grouping their rows under merged rows that name the area."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
import files
from files import BODY, BOLD, H1, TITLE


H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6)
GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


def _chart(by_grade: dict[str, list[str]]) -> Table:
    depth = max(len(v) for v in by_grade.values())
    rows = [list(GRADES)] + [[by_grade.get(g, [])[i] if i < len(by_grade.get(g, [])) else "" for g in GRADES]
                             for i in range(depth)]
    table = Table(rows, colWidths=[95] * 5)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    return table


def test_a_charted_area_no_framework_knows_keeps_its_printed_name(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "own.pdf", [
        *files.report_start("the Civil Nuclear Constabulary"),
        Paragraph("Our judgments", H1),
        _chart({"Good": ["Guarding port facilities", "Investigating crime"], "Adequate": ["Escorting materials"]}),
        Paragraph("Guarding port facilities", H1),
        Paragraph("The constabulary is good at guarding port facilities.", BODY),
        Paragraph("Area for improvement", H3),
        Paragraph("The constabulary should review how often it tests its port security plans.", BOLD),
    ])
    records = files.records(path)
    grades = {(g["area"], g["area_raw"], g["grade"], g["framework"]) for g in records["grades"]}
    assert grades == {
        ("Guarding port facilities", "Guarding port facilities", "Good", "PEEL 2023-25"),
        ("Investigating crime", "Investigating crime", "Good", "PEEL 2023-25"),
        ("Escorting materials", "Escorting materials", "Adequate", "PEEL 2023-25"),
    }
    assert [a["area"] for a in records["areas_for_improvement"]] == ["Guarding port facilities"]


def test_a_heading_over_a_judgment_naming_no_known_area_is_an_area(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "own.pdf", [
        *files.report_start("the Ministry of Defence Police"),
        Paragraph("Our judgments", H1),
        Paragraph("\u2022 Patrolling military bases: Requires improvement", BODY),
        Paragraph("Patrolling military bases", H1),
        Paragraph("Our overall judgment: Requires improvement", H3),
        Paragraph("Area for improvement 1", H3),
        Paragraph("The force should make sure that its patrol plans cover every gate.", BODY),
        Paragraph("Policing the ports", H1),
        Paragraph("The force is adequate at policing the ports.", BODY),
        Paragraph("How we inspected", H1),
        Paragraph("We visited the force in October 2024.", BODY),
    ])
    records = files.records(path)
    grades = {(g["area"], g["grade"]) for g in records["grades"]}
    assert grades == {("Patrolling military bases", "Requires improvement"), ("Policing the ports", "Adequate")}
    assert next(g for g in records["grades"] if g["area"] == "Patrolling military bases")["page"] == 1
    assert [a["area"] for a in records["areas_for_improvement"]] == ["Patrolling military bases"]


def test_a_heading_with_no_judgment_and_in_no_chart_is_no_area(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "plain.pdf", [
        *files.report_start("the Ministry of Defence Police"),
        Paragraph("Working with site operators", H1),
        Paragraph("The force works with the operators of every site it polices.", BODY),
        Paragraph("Area for improvement", H3),
        Paragraph("The force should agree a single security plan with each site operator.", BOLD),
    ])
    records = files.records(path)
    assert records["grades"] == []
    assert [a["area"] for a in records["areas_for_improvement"]] == [None]


def test_a_practice_box_drawn_as_a_one_column_table_is_a_finding(tmp_path: Path) -> None:
    box = Table([[Paragraph("Innovative practice", BOLD)],
                 [Paragraph("Shared patrol plans with partners", BOLD)],
                 [Paragraph("The force agrees a weekly patrol plan with its partners.", BODY)]], colWidths=[450])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8e8e8"))]))
    path = files.pdf(tmp_path / "box.pdf", [
        *files.report_start("the Ministry of Defence Police"),
        Paragraph("Investigating crime", H1),
        Paragraph("The force is good at investigating crime.", BODY),
        box,
    ])
    records = files.records(path)
    assert [(f["kind"], f["text"], f["area"]) for f in records["findings"]] == [
        ("innovative_practice", "Shared patrol plans with partners", "Investigating crime")]


def test_a_dated_lead_in_opens_recommendations_under_any_heading_and_a_named_force_is_the_addressee(
        tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "thematic.pdf", [
        Paragraph("Out of sight", TITLE),
        Paragraph("An inspection of how police forces manage registered offenders", H1),
        Paragraph("Publication date: 2 July 2025", BODY),
        Paragraph("We inspected Kent Police, Essex Police, Norfolk Constabulary and Suffolk Constabulary.", BODY),
        Paragraph("Recommendations", H1),
        Paragraph("By 30 April 2026, the Metropolitan Police Service should review its backlog of home visits.", BODY),
        Paragraph("By 31 May 2026, chief constables should publish their home visit rates.", BODY),
        Paragraph("Managing risk", H1),
        Paragraph("Forces did not always visit offenders when they should have.", BODY),
        Paragraph("By 30 June 2026, chief constables should:", BODY),
        Paragraph("\u2022 review how they record home visits;", BODY),
        Paragraph("\u2022 train their offender managers in risk assessment.", BODY),
    ])
    records = files.records(path)
    assert records["documents"][0]["force"] is None  # a national inspection lists the forces it visited
    recs = [(r["text"], r["timescale"], r["lead_in"], r["force"]) for r in records["recommendations"]]
    assert recs == [
        ("By 30 April 2026, the Metropolitan Police Service should review its backlog of home visits.",
         "By 30 April 2026", None, "Metropolitan Police Service"),
        ("By 31 May 2026, chief constables should publish their home visit rates.", "By 31 May 2026", None, None),
        ("review how they record home visits", "By 30 June 2026", "By 30 June 2026, chief constables should:", None),
        ("train their offender managers in risk assessment.", "By 30 June 2026",
         "By 30 June 2026, chief constables should:", None),
    ]


def _paper(path: Path, afis: dict[str, list[str]] | None = None) -> Path:
    """A PCC's board paper: letterhead lines, a title, a table of two
    inspections' grades side by side, AFIs under area sub-headings."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Police and Crime Commissioner for Norfolk")
    document.add_paragraph("Accountability Board – 9 September 2025")
    document.add_heading("HMICFRS PEEL inspection 2023–25: Norfolk Constabulary", level=0)
    document.add_heading("1. Grades", level=1)
    document.add_paragraph("HMICFRS published its PEEL inspection report on 12 June 2025. The grades were:")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Area", "2023–25 grade", "2021/22 grade")):
        cell.text = text
    for row in (("Investigating crime", "Good", "Requires improvement"), ("Preventing crime", "Adequate", "Good")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    if afis:
        document.add_heading("2. Areas for improvement", level=1)
        for area, texts in afis.items():
            document.add_heading(area, level=2)
            for text in texts:
                document.add_paragraph(text, style="List Bullet")
    document.save(str(path))
    return path


def test_a_paper_to_a_board_with_two_inspections_grades_side_by_side(tmp_path: Path) -> None:
    records = files.records(_paper(tmp_path / "paper.docx"))
    document = records["documents"][0]
    assert (document["doc_kind"], document["meeting_date"]) == ("scrutiny_pack", "2025-09-09")
    grades = {(g["framework"], g["area"], g["grade"], g["as_of"]) for g in records["grades"]}
    assert grades == {
        ("PEEL 2023-25", "Investigating crime", "Good", "2025-06"),
        ("PEEL 2023-25", "Preventing crime", "Adequate", "2025-06"),
        ("PEEL 2021/22", "Investigating crime", "Requires improvement", None),
        ("PEEL 2021/22", "Preventing crime", "Good", None),
    }


def test_afis_under_area_sub_headings_of_a_numbered_label_take_each_area(tmp_path: Path) -> None:
    records = files.records(_paper(tmp_path / "paper.docx", {
        "Investigating crime": ["The force should make sure that victims are updated every 28 days."],
        "Protecting vulnerable people": ["The force should review how it grades missing person reports.",
                                         "The force should audit its use of protection orders."],
    }))
    assert [(a["area"], a["text"]) for a in records["areas_for_improvement"]] == [
        ("Investigating crime", "The force should make sure that victims are updated every 28 days."),
        ("Protecting vulnerable people", "The force should review how it grades missing person reports."),
        ("Protecting vulnerable people", "The force should audit its use of protection orders."),
    ]


def test_a_sentence_saying_there_are_none_is_no_item(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "none.pdf", [
        *files.report_start("the Ministry of Defence Police"),
        Paragraph("Investigating crime", H1),
        Paragraph("Areas for improvement", H3),
        Paragraph("The force should make sure that its investigation plans are reviewed.", BODY),
        Paragraph("Causes of concern", H3),
        Paragraph("The report does not identify any causes of concern.", BODY),
    ])
    records = files.records(path)
    assert records["causes_of_concern"] == []
    assert [a["text"] for a in records["areas_for_improvement"]] == [
        "The force should make sure that its investigation plans are reviewed."]


def test_an_action_plans_merged_group_rows_name_the_area_of_the_rows_below(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph().add_run("Essex Police HMICFRS PEEL 2023–25 action plan").bold = True
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation / AFI", "Owner", "Deadline", "Progress")):
        cell.text = text

    def group(text: str) -> None:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = text

    def item(*values: str) -> None:
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value

    group("Cause of concern 1 – Managing offenders")
    item("CoC 1", "The force isn't managing the risk of registered sex offenders well enough.", "DCS", "", "")
    item("1.1", "Within three months, the force should review every risk assessment.", "DCS", "30/11/2025", "Done.")
    group("Areas for improvement – Investigating crime")
    item("AFI 1", "The force should review its investigation plans.", "DCI", "31/03/2026", "Started.")
    group("Areas for improvement")
    item("AFI 2", "The force should improve its data quality.", "Head of IT", "31/03/2026", "Started.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    records = files.records(path)
    assert records["documents"][0]["publication_date"] is None  # a deadline in the table dates no document
    assert [c["area"] for c in records["causes_of_concern"]] == ["Managing offenders"]
    assert [(a["text"], a["area"]) for a in records["areas_for_improvement"]] == [
        ("The force should review its investigation plans.", "Investigating crime"),
        ("The force should improve its data quality.", None),
    ]


def test_a_series_line_set_above_the_title_is_part_of_it_and_the_issuing_office_is_not(tmp_path: Path) -> None:
    report = files.pdf(tmp_path / "report.pdf", [
        Paragraph("National child protection inspection", H1),
        Paragraph("Kent Police", TITLE),
        Paragraph("Publication date: 3 June 2025", BODY),
        Paragraph("We found that Kent Police is good at working with safeguarding partners.", BODY),
    ])
    assert files.records(report)["documents"][0]["title"] == "National child protection inspection Kent Police"
    pack = files.pdf(tmp_path / "pack.pdf", [
        Paragraph("Kent Police and Crime Commissioner", H1),
        Paragraph("PERFORMANCE AND DELIVERY BOARD", TITLE),
        Paragraph("Date: 3 June 2025", BODY),
    ])
    assert files.records(pack)["documents"][0]["title"] == "PERFORMANCE AND DELIVERY BOARD"
