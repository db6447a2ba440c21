"""The item an assurance table's decisions are part of, on a real
reportlab PDF: an item opened by its title run into a paragraph in bold
("**Item 3: Youth violence.** The Chief Superintendent presented ..."), an
unnumbered heading ("Scorecard") over the table below it naming a part of
that item, not another item."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_SUBHEADING = ParagraphStyle("subheading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6,
                             spaceBefore=6)
_ROWS = (("YV1", "Where are young people most at risk of violence?", "Hotspots are mapped monthly.", "Assured"),
         ("YV2", "How are young people referred to diversion?", "The pathway is being designed.", "Not assured"))


def _notes(path: Path, opening: str, heading: str = "Scorecard") -> Path:
    return pdf(path, [
        Paragraph("Strategic Assurance Meeting \u2013 Notes \u2013 23 November 2027", H1),
        Paragraph(opening, BODY),
        Paragraph(heading, _SUBHEADING),
        grid([["Ref", "Question", "Evidence", "Assurance"], *[list(row) for row in _ROWS]], [40, 170, 150, 80])])


def test_a_heading_under_an_item_run_into_its_paragraph_is_part_of_that_item(tmp_path: Path) -> None:
    path = _notes(tmp_path / "notes.pdf", "<b>Item 3: Youth violence.</b> The Chief Superintendent presented the "
                                          "paper and answered the Commissioner's questions.")
    assert sorted((d["question_number"], d["topic"], d["assurance"]) for d in records(path)["assurance_decisions"]) \
        == [(ref, "Youth violence", level) for ref, _, _, level in _ROWS]


def test_an_unnumbered_heading_over_plain_paragraphs_titles_the_tables_item(tmp_path: Path) -> None:
    """With no item run in above it, the heading is the item's title."""
    path = _notes(tmp_path / "notes.pdf", "The Chief Superintendent presented the paper.", heading="Youth violence")
    assert {d["topic"] for d in records(path)["assurance_decisions"]} == {"Youth violence"}
