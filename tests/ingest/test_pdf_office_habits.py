"""The PDF backend on the habits of Word documents saved as PDF, on PDFs
made with reportlab that draw the same operators: status squares drawn as
shapes, which LibreOffice exports as filled paths (not rectangles, not
glyphs)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from .pdf_builders import GREEN, RED, REGULAR, Square, canvas_pdf, colors, grid, para, read, story_pdf

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
