"""AFIs, causes of concern and recommendations of the tenth and eleventh
rounds, each mechanism on a real PDF or Word file made here: an item whose
words open with the area it belongs to ("Investigating crime: The force
should ..."); an item's explanation ending at another voice's labelled
paragraph ("Update: ...", "Status: Amber"), at the next area's heading, or
at a paragraph recalling an earlier inspection's item."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
import files
from files import BODY, H1, TITLE

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=6, spaceBefore=4)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4, spaceBefore=4)
ITALIC = ParagraphStyle("italic", parent=BODY, fontName="Helvetica-Oblique")


def test_an_item_opening_with_its_area_takes_that_area_and_keeps_the_sentence(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_paragraph("The inspection report was published on 4 November 2025.")
    document.add_heading("3. Areas for improvement", 2)
    document.add_paragraph("HMICFRS identified three areas for improvement:")
    for text in ("Preventing crime: The force should make sure its neighbourhood teams work with partners.",
                 "Managing offenders: The force should make sure it manages registered sex offenders well.",
                 "The force should make sure it records crime accurately."):
        document.add_paragraph(text, style="List Number")
    path = tmp_path / "panel.docx"
    document.save(str(path))
    afis = [(a["area"], a["text"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Preventing crime", "The force should make sure its neighbourhood teams work with partners."),
        ("Managing offenders", "The force should make sure it manages registered sex offenders well."),
        (None, "The force should make sure it records crime accurately."),
    ]


def test_a_force_update_and_the_next_area_heading_are_no_afi_s_detail(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "board.pdf", [
        Paragraph("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary: areas for improvement", TITLE),
        Paragraph("Areas for improvement", H2),
        Paragraph("Each area for improvement is quoted below under its PEEL area with the force's update.", BODY),
        Paragraph("Responding to the public", H3),
        Paragraph("The force should make sure that it answers non-emergency calls promptly.", ITALIC),
        Paragraph("Update: A new call-handling model went live in December.", BODY),
        Paragraph("Status: Green", BODY),
        Paragraph("Protecting vulnerable people", H3),
        Paragraph("The force should make sure that risk assessments are reviewed by a supervisor.", ITALIC),
        Paragraph("Update: An audit found most assessments reviewed in time.", BODY),
        Paragraph("Status: Amber", BODY),
        Paragraph("The board is asked to note that the force needs to finish its audit.", BODY),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Responding to the public", "The force should make sure that it answers non-emergency calls promptly.", None),
        ("Protecting vulnerable people", "The force should make sure that risk assessments are reviewed by a "
                                         "supervisor.", None),
    ]


def test_a_paragraph_recalling_an_earlier_inspection_s_afi_is_no_detail_nor_an_afi(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Police powers and public treatment", H1),
        Paragraph("Area for improvement 1", H3),
        Paragraph("The force should make sure supervisors review body-worn video footage of stop and search.", BODY),
        Paragraph("Supervisors reviewed footage in only a few of the cases we looked at.", BODY),
        Paragraph("In our last inspection, we said the force should improve how it records the ethnicity of people "
                  "it stops. It has done so, and we have closed that area for improvement.", BODY),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [("Police powers and public treatment",
                     "The force should make sure supervisors review body-worn video footage of stop and search.",
                     "Supervisors reviewed footage in only a few of the cases we looked at.")]
