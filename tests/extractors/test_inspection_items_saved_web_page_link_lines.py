"""Item mechanisms of reports saved from the web or pasted into Word, on real
files made here: a saved web page's navigation and link lines ("Back to top",
"Print this page Share this page", a breadcrumb, a menu of links, a cookie
banner, a line holding the page's address) are page furniture, never an AFI's
detail or the document's title."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from docx import Document
from docx.shared import Pt

TITLE = "PEEL 2023–25: An inspection of Dyfed-Powys Police"
FIRST = "The force should answer non-emergency calls more quickly."
FIRST_DETAIL = "Callers waited more than six minutes on average, and many abandoned their calls."
SECOND = "The force should record the victim's wishes when a victim withdraws support for an investigation."


def _web_page_pasted() -> Document:
    """A publication page pasted into Word: cookie banner, menu, breadcrumb,
    the title, link lines, and two AFIs, the last with no detail and
    followed by "Back to top" and the site's footer links."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Printed 12/04/2026 from https://www.example.gov.uk/publication-html/peel-dyfed-powys/")
    document.add_paragraph("We use essential cookies to make this site work. Accept analytics cookies Reject "
                           "analytics cookies")
    document.add_paragraph("Inspectorate | Our work | Publications | News | Contact us")
    document.add_paragraph(f"Home > Publications > PEEL 2023–25 > {TITLE}")
    title = document.add_paragraph().add_run(TITLE)
    title.bold, title.font.size = True, Pt(20)
    document.add_paragraph("Published on: 4 March 2026")
    document.add_paragraph("Download the full report (PDF document) Print this page")
    document.add_heading("Responding to the public", level=1)
    document.add_paragraph("Dyfed-Powys Police requires improvement at responding to the public.")
    document.add_paragraph().add_run("Area for improvement").bold = True
    document.add_paragraph().add_run(FIRST).bold = True
    document.add_paragraph(FIRST_DETAIL)
    document.add_paragraph("Back to top")
    document.add_heading("Investigating crime", level=1)
    document.add_paragraph("Dyfed-Powys Police is adequate at investigating crime.")
    document.add_paragraph().add_run("Area for improvement").bold = True
    document.add_paragraph().add_run(SECOND).bold = True
    document.add_paragraph("Back to top")
    document.add_paragraph("Share this page: Email LinkedIn Facebook")
    document.add_paragraph("Accessibility | Cookies | Privacy notice | Complaints | Contact us")
    return document


@pytest.mark.parametrize("form", files.AS_PUBLISHED)
def test_web_page_link_lines_are_no_detail_and_no_title(tmp_path: Path, form: str) -> None:
    path = files.published(_web_page_pasted(), tmp_path / "peel-web.docx", form)
    found = files.records(path)
    details = {files.normalise_for_match(r["text"]): r["detail"] for r in found["areas_for_improvement"]}
    assert details == {files.normalise_for_match(FIRST): FIRST_DETAIL, files.normalise_for_match(SECOND): None}
    assert files.normalise_for_match(found["documents"][0]["title"]) == files.normalise_for_match(TITLE)
    assert found["documents"][0]["doc_kind"] == "peel_report"


def _report_with_cause_box() -> Document:
    """A PEEL page pasted into Word whose cause of concern stands in a
    shaded one-column box, its recommendations asking the force to act."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    title = document.add_paragraph().add_run(TITLE)
    title.bold, title.font.size = True, Pt(20)
    document.add_paragraph("Published on: 4 March 2026")
    document.add_heading("Our judgments", level=2)
    files.word_table(document, [["Area of policing", "Grade"], ["Investigating crime", "Inadequate"],
                                ["Preventing crime", "Good"]])
    document.add_heading("Investigating crime", level=1)
    document.add_paragraph("Dyfed-Powys Police is inadequate at investigating crime.")
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    cell.paragraphs[0].add_run("Cause of concern").bold = True
    cell.add_paragraph().add_run("The force doesn't investigate crime effectively.").bold = True
    cell.add_paragraph().add_run("Recommendations").bold = True
    cell.add_paragraph("Within six months, the force should take action to:")
    cell.add_paragraph("make sure investigations are supervised; and", style="List Bullet")
    cell.add_paragraph("give victims updates on the progress of their case.", style="List Bullet")
    return document


@pytest.mark.parametrize("form", files.AS_PUBLISHED)
def test_a_cause_box_asking_for_action_is_no_response_table(tmp_path: Path, form: str) -> None:
    """A one-column box is a frame around its lines, not wording beside a
    force's response: the page stays the inspection's report, its grades
    dated by the publication it prints."""
    found = files.records(files.published(_report_with_cause_box(), tmp_path / "peel-cause.docx", form))
    assert found["documents"][0]["doc_kind"] == "peel_report"
    assert {(g["area"], g["grade"], g["as_of"]) for g in found["grades"]} == {
        ("Investigating crime", "Inadequate", "2026-03"), ("Preventing crime", "Good", "2026-03")}


@pytest.mark.parametrize("form", files.AS_PUBLISHED)
@pytest.mark.parametrize("link_line", ["Home > Publications > PEEL 2023–25 > Dyfed-Powys Police",
                                       "Skip to main content"])
def test_a_bold_link_line_over_the_page_is_no_title(tmp_path: Path, form: str, link_line: str) -> None:
    """Text pasted from a site keeps its bold navigation over the title, set
    the same size: the title is the report's line, not the link's."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    for text in (link_line, TITLE):
        document.add_paragraph().add_run(text).bold = True
    document.add_paragraph("Published on: 4 March 2026")
    document.add_paragraph().add_run("Investigating crime").bold = True
    document.add_paragraph("Dyfed-Powys Police is adequate at investigating crime.")
    found = files.records(files.published(document, tmp_path / "peel-pasted.docx", form))
    assert files.normalise_for_match(found["documents"][0]["title"]) == files.normalise_for_match(TITLE)


@pytest.mark.parametrize("form", files.AS_PUBLISHED)
def test_a_link_line_repeated_between_sections_is_no_detail(tmp_path: Path, form: str) -> None:
    """A site's own words for its link back up the page ("↑ Top of page"),
    printed after every section, are furniture by their repetition."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    title = document.add_paragraph().add_run(TITLE)
    title.bold, title.font.size = True, Pt(20)
    document.add_paragraph("Published on: 4 March 2026")
    document.add_heading("About this inspection", level=1)
    document.add_paragraph("We inspected the force in the summer of 2025.")
    document.add_paragraph("↑ Top of page")
    document.add_heading("Responding to the public", level=1)
    document.add_paragraph("Dyfed-Powys Police requires improvement at responding to the public.")
    document.add_paragraph().add_run("Area for improvement").bold = True
    document.add_paragraph().add_run(FIRST).bold = True
    document.add_paragraph("↑ Top of page")
    document.add_heading("Investigating crime", level=1)
    document.add_paragraph("Dyfed-Powys Police is adequate at investigating crime.")
    document.add_paragraph().add_run("Area for improvement").bold = True
    document.add_paragraph().add_run(SECOND).bold = True
    document.add_paragraph("↑ Top of page")
    found = files.records(files.published(document, tmp_path / "peel-top.docx", form))
    assert [r["detail"] for r in found["areas_for_improvement"]] == [None, None]
