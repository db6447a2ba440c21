"""The PDF backend on the habits of Word documents saved as PDF, on PDFs
made with reportlab that draw the same operators: status squares drawn as
shapes, which LibreOffice exports as filled paths (not rectangles, not
glyphs)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from pipeline.layout import BlockKind

from .pdf_builders import BOLD, GREEN, RED, REGULAR, Square, canvas_pdf, colors, grid, para, read, story_pdf

AMBER = colors.HexColor("#ffc000")


def test_status_marks_drawn_as_paths_read_as_coloured_glyphs_in_their_cells() -> None:
    rows = [["Ref", "Action", "RAG"],
            ["A/1", "Report the contract review.", Square(GREEN, shape="path")],
            ["A/2", "Share the hotspot map.", Square(AMBER, shape="path")],
            ["A/3", "Confirm the training figures.", Square(RED, shape="circle")]]
    doc = read(story_pdf([para("Action log"), grid(rows, [50, 250, 40])]))
    table = next(doc.tables())
    marks = [[(s.text, s.style.colour) for s in table.cell(row, 2).spans if s.text.strip()] for row in (1, 2, 3)]
    assert marks == [[("■", "#00b050")], [("■", "#ffc000")], [("●", "#ff0000")]]
    assert (table.n_rows, table.n_cols) == (4, 3)  # the marks made no tables of their own


def test_a_legend_line_keeps_its_drawn_squares_beside_their_words() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        canvas.drawString(60, 700, "Key:")
        x = 90.0
        for colour, label in ((GREEN, "Complete"), (AMBER, "In progress"), (RED, "Overdue")):
            canvas.setFillColor(colour)
            path = canvas.beginPath()
            path.moveTo(x + 4, 699)  # from the middle of a side, as LibreOffice draws a shape
            for corner in ((x, 699), (x, 707), (x + 8, 707), (x + 8, 699)):
                path.lineTo(*corner)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.drawString(x + 12, 700, label)
            x += 90

    doc = read(canvas_pdf(draw))
    legend = next(doc.text_blocks())
    assert legend.text == "Key: ■ Complete ■ In progress ■ Overdue"
    assert [s.style.colour for s in legend.spans if s.text.strip() == "■"] == ["#00b050", "#ffc000", "#ff0000"]


def _tabbed_front_sheet(canvas: Canvas) -> None:
    """A front sheet as Word sets it: a tab-aligned "Present:" list, an
    "Agenda" heading a size larger, and an agenda of numbered items with
    each presenter after a tab, one presenter too long for its line
    wrapping back to the paragraph's indent, under the titles, and one
    item with a sub-point on a line of its own at that indent."""
    canvas.setFont(REGULAR, 10)
    present = [("Present:", "Ann Walsh", "Police and Crime Commissioner"), ("", "Joe Pike", "Chief Executive"),
               ("", "Sam Diaz", "Head of Performance")]
    y = 700.0
    for label, name, role in present:
        canvas.drawString(90, y, label)
        canvas.drawString(170, y, name)
        canvas.drawString(320, y, role)
        y -= 13.3
    canvas.setFont(BOLD, 13)
    canvas.drawString(90, y - 10, "Agenda")
    canvas.setFont(REGULAR, 10)
    y -= 30
    agenda = [("1.", "Welcome and apologies", ""), ("2.", "Minutes and action log", "Scrutiny Officer"),
              ("3.", "Serious violence", "Chief Superintendent, Investigations"), ("4.", "Estates update", "Director of Resources"),
              ("5.", "Performance report", "Chief Constable")]
    for number, title, presenter in agenda:
        canvas.drawString(90, y, number)
        canvas.drawString(118.5, y, title)
        words = presenter.split(", ")
        if len(words) == 2:
            canvas.drawString(390, y, words[0] + ",")
            y -= 13.3
            canvas.drawString(118.5, y, words[1])  # the rest of the line, wrapped to the indent
        elif presenter:
            canvas.drawString(390, y, presenter)
        y -= 23.3
    canvas.drawString(118.5, y + 10, "\u2013 Crime figures")  # a sub-point of item 5, a line of its own


def test_a_heading_after_a_tab_aligned_list_is_not_a_row_of_it() -> None:
    doc = read(canvas_pdf(_tabbed_front_sheet))
    present = next(doc.tables())
    assert "Agenda" not in " ".join(cell.text for cell in present.cells)
    heading = next(b for b in doc.blocks if getattr(b, "text", "") == "Agenda")
    assert heading.kind is BlockKind.HEADING


def test_a_presenter_wrapped_to_the_indent_stays_the_presenter_and_a_sub_point_stays_under_its_title() -> None:
    doc = read(canvas_pdf(_tabbed_front_sheet))
    agenda = list(doc.tables())[-1]
    rows = [[cell.text for cell in agenda.row_cells(row)] for row in range(agenda.n_rows)]
    assert ["Serious violence", "Chief Superintendent, Investigations"] in rows
    assert ["Minutes and action log", "Scrutiny Officer"] in rows
    # the presenter's line had room for the sub-point's first word: the sub-point is no part of it
    assert ["Performance report \u2013 Crime figures", "Chief Constable"] in rows
