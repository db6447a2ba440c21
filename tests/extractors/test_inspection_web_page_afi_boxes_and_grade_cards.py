"""Inspection reports as analysts get them from the web: an HMICFRS page
printed from a browser, its AFI boxes shaded with a coloured bar down their
left side and a section's closing paragraph after them; its judgments shown as
grade cards (the grade over the area's name)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from files import BODY, BOLD, H1, TITLE, pdf, records

_LABEL = ParagraphStyle("label", parent=BOLD, fontSize=11, leading=14)
_LINK = ParagraphStyle("link", parent=BODY, textColor=colors.HexColor("#1d70b8"))


def _box(lines: list[Paragraph]) -> Table:
    """A web page's call-out: one shaded cell, a coloured bar down its left side."""
    box = Table([[lines]], colWidths=[440])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f2f1")),
                             ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor("#1d70b8")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def _header(force: str) -> list:
    return [Paragraph("Skip to main content", _LINK),
            Paragraph(f"PEEL 2023–25: An inspection of {force}", TITLE),
            Paragraph("Published on: 4 March 2026", BODY)]


def test_an_afi_box_ends_its_detail_before_the_sections_closing_paragraph(tmp_path: Path) -> None:
    flow = [*_header("Westshire Police"),
            Paragraph("Protecting vulnerable people", H1),
            Paragraph("Westshire Police is adequate at protecting vulnerable people.", BOLD),
            _box([Paragraph("Area for improvement", _LABEL),
                  Paragraph("The force should improve how it records the risk to children at domestic abuse "
                            "incidents.", BOLD),
                  Paragraph("In 9 of the 40 cases we reviewed, the children present were not recorded.", BODY)]),
            Spacer(1, 4),
            _box([Paragraph("Area for improvement", _LABEL),
                  Paragraph("The force should make sure that referrals to partners are made within a day.", BOLD)]),
            Paragraph("The force works well with its partners, and we saw good joint working in its hub.", BODY),
            Paragraph("› Back to top", _LINK)]
    afis = records(pdf(tmp_path / "web-print.pdf", flow))["areas_for_improvement"]
    assert [(a["text"][:40], a["area"], a["detail"]) for a in afis] == [
        ("The force should improve how it records ", "Protecting vulnerable people",
         "In 9 of the 40 cases we reviewed, the children present were not recorded."),
        ("The force should make sure that referral", "Protecting vulnerable people", None)]


_CARDS = [("Good", "Police powers and public treatment"), ("Adequate", "Preventing crime"),
          ("Requires improvement", "Responding to the public"), ("Good", "Investigating crime")]


def test_grade_cards_give_the_grade_over_each_areas_name(tmp_path: Path) -> None:
    cards = [[Paragraph(grade, BOLD), Paragraph(area, BODY)] for grade, area in _CARDS]
    grid = Table([cards[0:2], cards[2:4]], colWidths=[220, 220])
    grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#b1b4b6")),
                              ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b1b4b6"))]))
    flow = [*_header("Eastshire Police"), Paragraph("Our judgments", H1),
            Paragraph("This is how we graded Eastshire Police in each area of policing:", BODY), grid,
            Paragraph("We also inspected how effective the force is at providing a service to victims of crime, "
                      "but we don't grade this area.", BODY)]
    grades = records(pdf(tmp_path / "cards.pdf", flow))["grades"]
    assert sorted((g["area"], g["grade"], g["as_of"], g["page"]) for g in grades) == sorted(
        (area, grade, "2026-03", 1) for grade, area in _CARDS)


def test_a_lead_in_bullet_over_deeper_bullets_is_their_lead_in(tmp_path: Path) -> None:
    """A web page saved as Word keeps its nested list: the lead-in a level-1
    bullet ("Within six months, ... should:"), the recommendations level-2
    bullets under it."""
    document = Document()
    document.add_heading("PEEL 2023–25: An inspection of Westshire Police", level=1)
    document.add_paragraph("Published on: 4 February 2026")
    document.add_heading("Investigating crime", level=3)
    document.add_paragraph("Westshire Police requires improvement at investigating crime.")
    document.add_heading("Cause of concern", level=4)
    document.add_paragraph().add_run("Westshire Police does not supervise its investigations well enough.").bold = True
    document.add_paragraph("In 20 of the 60 investigations we reviewed, supervisors gave no direction.")
    document.add_paragraph().add_run("Recommendations").bold = True
    document.add_paragraph("Within six months, Westshire Police should:", style="List Bullet")
    recommendations = ["make sure that supervisors review investigations at set intervals;",
                       "make sure that supervisors record their direction; and",
                       "make sure that victims are told when an investigation ends."]
    for text in recommendations:
        document.add_paragraph(text, style="List Bullet 2")
    path = tmp_path / "saved-as-word.docx"
    document.save(str(path))
    found = records(path)["recommendations"]
    assert [(r["text"], r["lead_in"], r["timescale"]) for r in found] == [
        (text, "Within six months, Westshire Police should:", "Within six months") for text in (
            "make sure that supervisors review investigations at set intervals",
            "make sure that supervisors record their direction",
            "make sure that victims are told when an investigation ends.")]


def test_a_pages_navigation_ends_an_afis_detail(tmp_path: Path) -> None:
    """An AFI printed without a box: its explanation ends at the page's
    "Back to top" link, never runs on into the share links after it."""
    flow = [*_header("Northshire Police"),
            Paragraph("Developing a positive workplace", H1),
            Paragraph("Northshire Police is adequate at building, supporting and protecting the workforce.", BOLD),
            Paragraph("Area for improvement", _LABEL),
            Paragraph("The force should make sure it understands the wellbeing needs of its workforce.", BOLD),
            Paragraph("The force had not analysed the results of its staff survey.", BODY),
            Paragraph("› Back to top", _LINK),
            Paragraph("Share this page", _LABEL),
            Paragraph("Email Facebook LinkedIn", _LINK)]
    afis = records(pdf(tmp_path / "web-print.pdf", flow))["areas_for_improvement"]
    assert [(a["area"], a["detail"]) for a in afis] == [
        ("Developing a positive workplace", "The force had not analysed the results of its staff survey.")]


def _card(grade: str, area: str) -> Table:
    """A tile: a shaded card, no rules, its grade over the area's name."""
    card = Table([[Paragraph(grade, BOLD)], [Paragraph(area, BODY)]], colWidths=[210])
    card.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f2f1"))]))
    return card


def test_shaded_cards_set_apart_by_white_gaps_are_a_grid_of_grades(tmp_path: Path) -> None:
    cards = [*_CARDS, ("Inadequate", "Managing offenders")]
    tiles = [_card(grade, area) for grade, area in cards]
    grid = Table([tiles[0:2], tiles[2:4], [tiles[4], ""]], colWidths=[225, 225])
    grid.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    flow = [*_header("Southshire Police"), Paragraph("Our judgments", H1),
            Paragraph("This is how we graded Southshire Police in each area of policing:", BODY), grid,
            Paragraph("We also inspected how effective the force is at providing a service to victims of crime, "
                      "but we don't grade this area.", BODY)]
    grades = records(pdf(tmp_path / "tiles.pdf", flow))["grades"]
    assert sorted((g["area"], g["grade"], g["as_of"]) for g in grades) == sorted(
        (area, grade, "2026-03") for grade, area in cards)
