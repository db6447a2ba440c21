"""The PDF backend on a paper's own rating layouts: a rating printed as a run
of dots is the cell's text, not a list item; two columns under headings set
side by side read column by column."""

from __future__ import annotations

from pipeline.layout import BlockKind, Table

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, TableStyle
from reportlab.platypus import Table as SlideTable

from .pdf_builders import LANDSCAPE, grid, item, para, read, story_pdf


def test_a_run_of_rating_dots_is_content_not_a_bullet() -> None:
    """'●●●○○' (or spaced '● ● ○ ○ ○') in a rating cell keeps every dot as
    text, so the filled dots count; a '●' before words is still a bullet."""
    doc = read(story_pdf([
        para("Rating key: ●●●●○ Good ●●●○○ Adequate"),
        grid([["Area of policing", "Rating"], ["Preventing crime", "●●●●○"], ["Investigating crime", "●●●○○"],
              ["Managing offenders", "● ● ○ ○ ○"]], [250, 120]),
        item("The force should review its crime recording.", marker="●")]))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    ratings = [cell.blocks[0] for cell in table.cells if cell.col == 1 and cell.row > 0]
    assert [(b.kind, b.marker, b.text) for b in ratings] == [
        (BlockKind.PARAGRAPH, None, "●●●●○"), (BlockKind.PARAGRAPH, None, "●●●○○"),
        (BlockKind.PARAGRAPH, None, "● ● ○ ○ ○")]
    bullet = next(b for b in doc.text_blocks() if "crime recording" in b.text)
    assert (bullet.kind, bullet.marker, bullet.text) == (
        BlockKind.LIST_ITEM, "●", "The force should review its crime recording.")


def _bullets(texts: list[str]) -> ListFlowable:
    """Bullets as a slide tool sets them: reportlab's own list, Helvetica."""
    body = ParagraphStyle("slide-body", fontName="Helvetica", fontSize=13, leading=17)
    return ListFlowable([ListItem(Paragraph(text, body), leftIndent=12) for text in texts], bulletType="bullet",
                        start="•", leftIndent=12, bulletFontSize=8)


def test_two_columns_under_side_by_side_headings_read_column_by_column() -> None:
    """A slide's borderless two-column layout, each area's heading over its
    own bullets, the left column's lines running up to the gutter. The
    headings stay apart and each column's wrapped bullets read whole under
    their own heading, not interleaved line by line."""
    heading = ParagraphStyle("slide-heading", fontName="Helvetica-Bold", fontSize=15, leading=18)
    columns = SlideTable([[Paragraph("Investigating crime", heading), Paragraph("Protecting vulnerable people", heading)],
                     [_bullets(["The force should make sure investigations are allocated to officers with the skills "
                                "and capacity to complete them.",
                                "The force should improve how it records the reasons a victim withdraws support for "
                                "a prosecution."]),
                      _bullets(["The force should make sure officers complete a risk assessment at every domestic "
                                "abuse incident."])]], colWidths=[363, 363])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.navy)]))
    doc = read(story_pdf([para("Areas for improvement", 22, bold=True), columns], pagesize=LANDSCAPE))
    assert [(b.kind, b.text) for b in doc.text_blocks()] == [
        (BlockKind.HEADING, "Areas for improvement"),
        (BlockKind.HEADING, "Investigating crime"),
        (BlockKind.LIST_ITEM, "The force should make sure investigations are allocated to officers with the skills "
                              "and capacity to complete them."),
        (BlockKind.LIST_ITEM, "The force should improve how it records the reasons a victim withdraws support for a "
                              "prosecution."),
        (BlockKind.HEADING, "Protecting vulnerable people"),
        (BlockKind.LIST_ITEM, "The force should make sure officers complete a risk assessment at every domestic "
                              "abuse incident.")]


def test_a_bold_label_and_value_over_a_paragraph_stay_one_flow() -> None:
    """A bold line with a label and a value set apart ("Lead officer   Chief
    Superintendent") over a paragraph running across the page is no pair of
    column headings: the paragraph reads whole."""
    doc = read(story_pdf([
        grid([[para("Lead officer", bold=True), para("Chief Superintendent, Crime", bold=True)]], [200, 280],
             ruled=False),
        para("The force has set up a working group to review how investigations are allocated and supervised "
             "across every district, and it reports to the chief officer group each month.")]))
    assert "The force has set up a working group to review how investigations are allocated and supervised " \
           "across every district, and it reports to the chief officer group each month." in \
           [b.text for b in doc.text_blocks()]
