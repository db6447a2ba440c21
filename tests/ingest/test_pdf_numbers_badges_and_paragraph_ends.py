"""The PDF backend on numbered lines, badges and paragraph ends: numbers set a tab stop from their
titles open list items (with or without a full stop), though not one a
justified line's stretched word space from them, a number printed in a
badge beside a box's text stays out of that text's lines, and a paragraph
that stops where its next word would have fitted ends there."""

from __future__ import annotations

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from pipeline.layout import BlockKind, Table

from .pdf_builders import BOLD, ITALIC, REGULAR, canvas_pdf, grid, para, read, story_pdf, style


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


def test_bare_numbers_a_tab_from_their_text_are_list_markers() -> None:
    """Numbered items whose numbers have no full stop ("1<tab>The force
    should ...", the number a size larger, the wrapped line hanging under
    the text) are list items numbered 1, 2, 3; a line of prose opening
    with a number a word space from the next word stays a paragraph."""
    afis = ["The force should make sure it answers non-emergency calls promptly,", "including those made online.",
            "The force should make sure investigations are supervised.",
            "The force should make sure it records the voice of the child."]

    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        canvas.drawString(56, 760, "The report gave the force eleven areas for improvement. Three are:")
        y = 740.0
        for number, lines in (("1", afis[:2]), ("2", afis[2:3]), ("3", afis[3:])):
            canvas.setFont(REGULAR, 12)
            canvas.drawString(56, y, number)
            canvas.setFont(REGULAR, 10)
            for line in lines:
                canvas.drawString(72, y, line)
                y -= 12
            y -= 8
        canvas.drawString(56, y - 10, "3 officers attended the review of the plan.")

    doc = read(canvas_pdf(draw))
    listed = [(b.marker, b.text) for b in doc.text_blocks() if b.kind is BlockKind.LIST_ITEM]
    assert listed == [("1", " ".join(afis[:2])), ("2", afis[2]), ("3", afis[3])]
    last = list(doc.text_blocks())[-1]
    assert (last.kind, last.text) == (BlockKind.PARAGRAPH, "3 officers attended the review of the plan.")


def test_numbers_opening_justified_lines_of_a_narrow_column_stay_in_their_text() -> None:
    """A sidebar 165 points wide, justified: paragraphs opening with a
    number ("12 officers ...") have their first line's word spaces all
    stretched as wide as a tab stop. The number's gap is no wider than the
    line's others, so each stays a paragraph with its number in its text."""
    prose = ["12 officers transferred to neighbourhood policing during the quarter, which the panel welcomed.",
             "3 investigations overran their agreed timescales; the panel asked for monthly updates until they close."]

    def draw(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 12)
        canvas.drawString(56, 780, "Workforce")
        justified = style(10)
        justified.alignment = TA_JUSTIFY
        sidebar = Frame(56, 400, 165, 360, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        sidebar.addFromList([Paragraph(text, justified) for text in prose], canvas)

    blocks = list(read(canvas_pdf(draw)).text_blocks())
    assert [(b.kind, b.marker, b.text) for b in blocks[1:]] == [(BlockKind.PARAGRAPH, None, text) for text in prose]


def test_a_badge_number_beside_a_box_stays_out_of_the_judgment_line() -> None:
    """Infographic boxes: a white number in a coloured circle, the area's
    name and under it the judgment in capitals. The number, larger than
    the judgment and centred beside both lines, is a line of its own and
    no heading; each box reads area heading, then judgment "ADEQUATE"."""
    boxes = [("Leadership and management", "ADEQUATE", "#f2c12e"), ("Working with partners", "GOOD", "#6cb33f")]

    def draw(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 15)
        canvas.drawString(50, 770, "The inspection at a glance")
        canvas.setFont(REGULAR, 10)
        canvas.drawString(50, 750, "The inspectorate made two judgments, set out below in the order of its report.")
        top = 720.0
        for number, (area, judgment, colour) in enumerate(boxes, start=1):
            canvas.setFillColor(HexColor("#eef4f6"))
            canvas.rect(50, top - 80, 495, 80, stroke=0, fill=1)
            canvas.setFillColor(HexColor(colour))
            canvas.circle(92, top - 40, 26, stroke=0, fill=1)
            canvas.setFillColor(white)
            canvas.setFont(BOLD, 20)
            canvas.drawCentredString(92, top - 47, str(number))
            canvas.setFillColor(black)
            canvas.setFont(BOLD, 11)
            canvas.drawString(135, top - 25, area)
            canvas.setFillColor(HexColor(colour))
            canvas.setFont(BOLD, 10)
            canvas.drawString(135, top - 44, judgment)
            top -= 92
        canvas.setFillColor(black)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(50, top - 10, "The next inspection is expected within three years.")

    blocks = [b for b in read(canvas_pdf(draw)).text_blocks()]
    texts = [b.text for b in blocks]
    assert texts[2:8] == ["Leadership and management", "1", "ADEQUATE", "Working with partners", "2", "GOOD"]
    kinds = {b.text: b.kind for b in blocks}
    assert (kinds["1"], kinds["2"]) == (BlockKind.PARAGRAPH, BlockKind.PARAGRAPH)
    areas = [b for b in blocks if b.text in ("Leadership and management", "Working with partners")]
    assert {(b.kind, b.level) for b in areas} == {(BlockKind.HEADING, areas[0].level)}


def _drawn_to(canvas: Canvas, text: str, y: float, right: float, font: str = REGULAR, size: float = 10) -> None:
    """``text`` from the left margin at 56, its word spaces widened so it ends at ``right`` (a justified line)."""
    spare = right - 56 - stringWidth(text, font, size)
    line = canvas.beginText(56, y)
    line.setFont(font, size)
    line.setWordSpace(spare / text.count(" "))
    line.textLine(text)
    canvas.drawText(line)


def test_a_one_line_paragraph_ends_where_the_next_word_would_have_fitted_in_the_page_frame() -> None:
    """Two one-line paragraphs under a subheading, the first ending where
    the next paragraph's first word would still have fitted before the
    right margin that the document's other pages reach: two paragraphs,
    though no line on their own page runs further than the second."""
    prose = "The partnership's report sets out how each statutory partner kept children safe this year and"

    def draw(canvas: Canvas) -> None:
        for y in (760, 746, 732):
            _drawn_to(canvas, prose, y, 540)
        canvas.showPage()
        canvas.setFont(BOLD, 12)
        canvas.drawString(56, 760, "Responding to children at risk of harm")
        _drawn_to(canvas, "The force should make sure officers speak to children and record their views.", 742, 508)
        _drawn_to(canvas, "The force should make sure it completes a welfare check when a child is found.", 727, 528)
        canvas.showPage()

    page_two = [b for b in read(canvas_pdf(draw)).text_blocks() if b.prov.page == 2]
    assert [(b.kind, b.text) for b in page_two] == [
        (BlockKind.HEADING, "Responding to children at risk of harm"),
        (BlockKind.PARAGRAPH, "The force should make sure officers speak to children and record their views."),
        (BlockKind.PARAGRAPH, "The force should make sure it completes a welfare check when a child is found.")]


def test_an_unruled_agenda_keeps_its_item_numbers_a_column_and_a_scale_no_list() -> None:
    """Bare numbers a column apart from the titles of an unruled agenda
    table are its first column, not list markers merged into the titles;
    a chart axis of bare numbers is a line of text, not a list item."""
    rows = [["1", "Welcome and apologies", "Chair"], ["2", "Minutes of the last meeting", "Chair"],
            ["3", "Road safety performance", "Head of Roads Policing"], ["4", "Any other business", "All"]]
    doc = read(story_pdf([para("Agenda", 13, bold=True), grid(rows, [30, 250, 150], ruled=False),
                          para("0 &nbsp; &nbsp; &nbsp; 1 &nbsp; &nbsp; &nbsp; 2 &nbsp; &nbsp; &nbsp; 3"),
                          para("Date of next meeting: to be confirmed")]))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [[b.text for b in cell.blocks] for cell in table.cells if cell.col == 0] == [["1"], ["2"], ["3"], ["4"]]
    assert {b.kind for cell in table.cells for b in cell.blocks} == {BlockKind.PARAGRAPH}
    axis = [b for b in doc.blocks if not isinstance(b, Table) and b.text[:1].isdigit()]
    assert [(b.kind, b.marker) for b in axis] == [(BlockKind.PARAGRAPH, None)]
