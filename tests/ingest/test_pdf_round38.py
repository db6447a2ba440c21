"""The PDF backend on round 38's layouts: numbers set a tab stop from their
titles open list items (with or without a full stop), a number printed in a
badge beside a box's text stays out of that text's lines, and a paragraph
that stops where its next word would have fitted ends there."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from pipeline.layout import BlockKind

from .pdf_builders import BOLD, ITALIC, REGULAR, canvas_pdf, read


def test_numbered_bold_lines_a_tab_from_their_titles_are_list_items_not_columns() -> None:
    """An agenda typed as bold paragraphs "1.<tab>Title", some with a
    presenter in italics under them: every item is one list item, its
    number the marker, not a column of numbers read before a column of titles."""
    items = [("1.", "Welcome and apologies", None), ("2.", "Minutes of the previous meeting", None),
             ("3.", "Road safety and speeding", "Head of Roads Policing"),
             ("4.", "Rural crime", "Chief Inspector, Rural Crime Team"), ("5.", "Any other business", None)]

    def draw(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 13)
        canvas.drawString(57, 700, "Agenda")
        y = 680.0
        for number, title, presenter in items:
            canvas.setFont(BOLD, 11)
            canvas.drawString(57, y, number)
            canvas.drawString(93, y, title)
            if presenter:
                canvas.setFont(ITALIC, 11)
                canvas.drawString(57, y - 14.7, presenter)
                y -= 14.7
            y -= 24.7
        canvas.setFont(REGULAR, 11)
        canvas.drawString(57, y, "Date of next meeting: to be confirmed")

    doc = read(canvas_pdf(draw))
    listed = [(b.marker, b.text) for b in doc.text_blocks() if b.kind is BlockKind.LIST_ITEM]
    assert listed == [(number, title) for number, title, _ in items]
    presenters = [b.text for b in doc.text_blocks() if b.kind is BlockKind.PARAGRAPH and b.spans[0].style.italic]
    assert presenters == ["Head of Roads Policing", "Chief Inspector, Rural Crime Team"]
