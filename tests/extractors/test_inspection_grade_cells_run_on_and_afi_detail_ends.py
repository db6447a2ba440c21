"""A grade's cell listing its areas run on one after another; a panel paper's
meeting date; where an AFI's detail ends; the area of an AFI under an area's
section; a document's title under its office's line."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, TITLE, grid, pdf, records

_GRADED = [("Good", "Police powers and public treatment"), ("Good", "Managing offenders"),
           ("Good", "Leadership and force management"), ("Adequate", "Responding to the public"),
           ("Adequate", "Developing a positive workplace"), ("Requires improvement", "Investigating crime")]


def _graded(grades: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((g["grade"], g["area"], g["as_of"]) for g in grades)


def test_a_grades_cell_running_two_area_names_together_grades_each(tmp_path: Path) -> None:
    """A Word table of a row per grade, its areas as paragraphs of one cell,
    two of them typed on one line with only a space between."""
    document = Document()
    document.add_heading("Response to the PEEL 2023–25 inspection of Southshire Police", level=1)
    document.add_paragraph("The inspectorate published its report on 12 November 2025.")
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [("Grade", ["Areas of policing"]),
            ("Good", ["Police powers and public treatment Managing offenders", "Leadership and force management"]),
            ("Adequate", ["Responding to the public", "Developing a positive workplace"]),
            ("Requires improvement", ["Investigating crime"])]
    for row, (grade, areas) in enumerate(rows):
        table.cell(row, 0).text = grade
        table.cell(row, 1).text = areas[0]
        for area in areas[1:]:
            table.cell(row, 1).add_paragraph(area)
    path = tmp_path / "response.docx"
    document.save(str(path))
    assert _graded(records(path)["grades"]) == sorted((grade, area, "2025-11") for grade, area in _GRADED)


def test_a_grades_cell_whose_area_names_wrap_into_each_other_grades_each(tmp_path: Path) -> None:
    """A PDF table whose narrow areas cell is one paragraph: the names wrap
    across lines, one name running on from the end of another."""
    rows = [["Grade", "Areas of policing"],
            ["Good", "Police powers and public treatment Managing offenders Leadership and force management"],
            ["Adequate", "Responding to the public Developing a positive workplace"],
            ["Requires improvement", "Investigating crime"]]
    flow = [Paragraph("Response to the PEEL 2023–25 inspection of Southshire Police", TITLE),
            Paragraph("The inspectorate published its report on 12 November 2025.", BODY),
            Paragraph("The inspectorate's judgments", H1), grid(rows, [120, 130])]
    assert _graded(records(pdf(tmp_path / "response.pdf", flow))["grades"]) == sorted(
        (grade, area, "2025-11") for grade, area in _GRADED)


def test_a_panel_paper_is_dated_by_the_day_printed_under_the_panels_name(tmp_path: Path) -> None:
    """A paper's front lines: the panel it goes to, the meeting's date alone
    on the line under it, then who reports and the paper's title."""
    flow = [Paragraph("Southshire Police and Crime Panel", BODY), Paragraph("3 March 2026", BODY),
            Paragraph("Report of the Police and Crime Commissioner", BODY),
            Paragraph("HMICFRS PEEL 2023–25 inspection of Southshire Police", TITLE),
            Paragraph("1. Purpose of the report", H1),
            Paragraph("1.1 To inform the Panel of the inspectorate's findings, published on 9 December 2025.", BODY)]
    document = records(pdf(tmp_path / "panel-paper.pdf", flow))["documents"][0]
    assert (document["meeting_date"], document["title"]) == (
        "2026-03-03", "HMICFRS PEEL 2023-25 inspection of Southshire Police")


def _report(sections: list) -> list:
    return [Paragraph("PEEL 2023–25", BODY),
            Paragraph("An inspection of Southshire Constabulary", TITLE),
            Paragraph("Published 4 December 2025", BODY), *sections]


_LABEL = ParagraphStyle("label", parent=BOLD, fontSize=12, leading=15)


# what the force is doing about the AFI, in one sentence or with what it should make sure of in a second
_DOING = ["The force is replacing its call handling system in 2026, with risk prompts for call handlers.",
          "The force is replacing its call handling system in 2026. It should make sure the new system prompts "
          "call handlers to assess risk."]


@pytest.mark.parametrize("doing", _DOING)
def test_an_afis_explanation_ends_where_the_sections_own_finding_on_the_force_begins(tmp_path: Path,
                                                                                      doing: str) -> None:
    """Under an AFI's bold sentence, the paragraphs explaining it (what was
    found wanting, what the force is doing about it, what it should do); a
    paragraph after them stating what the force does well is the section's
    own."""
    flow = _report([
        Paragraph("Responding to the public", H1),
        Paragraph("Southshire Constabulary is adequate at responding to the public.", BOLD),
        Paragraph("Area for improvement", _LABEL),
        Paragraph("The force should make sure that it assesses the risk to callers accurately when it first "
                  "receives a call for service.", BOLD),
        Paragraph("In 19 of the 96 calls we listened to, call handlers did not use a structured method.", BODY),
        Paragraph(doing, BODY),
        Paragraph("The force answers most emergency calls within ten seconds. It answered 91 per cent of them "
                  "within this time in the year to March 2025.", BODY),
        Paragraph("Investigating crime", H1),
        Paragraph("Area for improvement", _LABEL),
        Paragraph("The force should make sure that supervisors review investigations.", BOLD),
        Paragraph("Supervisors reviewed only half of the investigations we examined.", BODY),
        Paragraph("The force has recognised this and is reviewing its supervision policy.", BODY)])
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [a["detail"] for a in afis] == [
        f"In 19 of the 96 calls we listened to, call handlers did not use a structured method.\n\n{doing}",
        "Supervisors reviewed only half of the investigations we examined.\n\n"
        "The force has recognised this and is reviewing its supervision policy."]


def test_a_line_grading_the_sections_area_and_another_leaves_the_afi_in_the_section(tmp_path: Path) -> None:
    """A section's bold grade line naming two areas, one by words of its
    own, opens neither: the AFI under it takes the section heading's area."""
    flow = _report([
        Paragraph("Leadership and force management", H1),
        Paragraph("The force is good at building, supporting and protecting the workforce and at "
                  "leading and managing the force.", BOLD),
        Paragraph("Area for improvement", _LABEL),
        Paragraph("The force should make sure that its new performance framework gives leaders information "
                  "about the quality of service.", BOLD),
        Paragraph("Most measures leaders receive count demand and activity.", BODY)])
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert [a["area"] for a in afis] == ["Leadership and force management"]


def _front_sheet(office: str, board: str, footer: str | None) -> Document:
    """A pack's front sheet in Word: the office's name in the Title style,
    the board's name as a smaller Heading 1 under it, then the particulars."""
    document = Document()
    document.add_heading(office, level=0)
    document.add_heading(board, level=1)
    document.add_paragraph("Chaired by the Deputy Mayor for Policing and Crime")
    document.add_paragraph("Tuesday 27 April 2027, 11:00am")
    document.add_heading("Agenda", level=2)
    for line in ("1. Welcome and apologies", "2. Notes of the previous meeting", "3. Neighbourhood policing"):
        document.add_paragraph(line)
    if footer:
        document.sections[0].footer.paragraphs[0].add_run(footer)
    return document


def test_a_packs_title_is_the_boards_name_under_the_offices_larger_title_line(tmp_path: Path) -> None:
    path = tmp_path / "pack.docx"
    _front_sheet("Southshire Combined Authority", "Public Accountability Meeting", None).save(str(path))
    assert records(path)["documents"][0]["title"] == "Public Accountability Meeting"


def test_a_running_footer_naming_the_board_with_its_place_gives_way_to_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "pack.docx"
    _front_sheet("Police and Crime Commissioner for Southshire", "Accountability Board",
                 "Southshire Accountability Board").save(str(path))
    assert records(path)["documents"][0]["title"] == "Accountability Board"
