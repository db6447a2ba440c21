"""A check box drawn as an outline (how LibreOffice prints a Word legacy
check box form field: a small stroked square, crossed corner to corner when
checked) reads as the glyph a typed box would, ☒ / ☐, in its cell, and the
table keeps its columns (the outline is no ruled cell). A grid drawn cell by
cell whose small cells are empty, a framed figure and a larger outline are
no boxes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm
from reportlab.pdfgen.canvas import Canvas

from pipeline.layout import Table
from tests.extractors.files import records
from tests.ingest.docx_builders import add_form_check_box, add_table_of_widths, new_document, office_pdf
from tests.ingest.pdf_builders import REGULAR, canvas_pdf, read

_ROWS = [["Ref", "Action", "Update", "Complete?"],
         ["AB 47/30", "Publish the strategy on the website.", "Published on 15 January.", ""],
         ["AB 47/31", "Report knife crime arrests by district.", "Draft report under review.", ""],
         ["AB 48/03", "Set out the reasons for late contact.", "Reasons reported.", ""]]
_TICKED = [True, False, True]


def _log(tmp_path: Path) -> Path:
    """A Word action log whose Complete? column is legacy check boxes, under its key sentence, printed to PDF."""
    document = new_document()
    document.add_heading("Action log", level=1)
    document.add_paragraph("A ticked box in the Complete? column means the action is complete; "
                           "an empty box means it remains open.")
    table = add_table_of_widths(document, _ROWS, [Cm(2.5), Cm(6), Cm(5), Cm(2.5)])
    table.style = "Table Grid"
    for row, ticked in enumerate(_TICKED, start=1):
        add_form_check_box(table.cell(row, 3).paragraphs[0], "<w:checked/>" if ticked else '<w:default w:val="0"/>')
    document.save(str(tmp_path / "log.docx"))
    return office_pdf(document, tmp_path / "log.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_legacy_check_boxes_printed_to_pdf_read_as_the_word_file_does(tmp_path: Path) -> None:
    pdf = _log(tmp_path)
    grid = next(b for b in read(pdf.read_bytes()).blocks if isinstance(b, Table))

    assert grid.n_cols == 4
    assert [grid.cell(row, 3).text for row in (1, 2, 3)] == ["\u2612", "\u2610", "\u2612"]
    assert [[grid.cell(row, col).text for col in range(3)] for row in (1, 2, 3)] == [row[:3] for row in _ROWS[1:]]
    from_pdf = [(a["number"], a["status"]) for a in records(pdf)["actions"]]
    from_word = [(a["number"], a["status"]) for a in records(tmp_path / "log.docx")["actions"]]
    assert from_pdf == from_word == [("AB 47/30", "complete"), ("AB 47/31", "outstanding"), ("AB 48/03", "complete")]


def _box(canvas: Canvas, x: float, y: float, side: float, ticked: bool) -> None:
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, side, side, stroke=1, fill=0)
    if ticked:
        canvas.line(x, y, x + side, y + side)
        canvas.line(x, y + side, x + side, y)


def test_drawn_boxes_beside_words_read_as_ticked_and_empty_boxes() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        x = 72.0
        for label, ticked in (("Assured", False), ("Partly assured", True), ("Not assured", False)):
            _box(canvas, x, 698, 9, ticked)
            canvas.drawString(x + 13, 700, label)
            x += 110

    doc = read(canvas_pdf(draw))

    assert [b.text for b in doc.blocks] == ["\u2610 Assured \u2612 Partly assured \u2610 Not assured"]


def test_a_grid_drawn_cell_by_cell_a_framed_figure_and_a_large_outline_are_no_boxes() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        canvas.setLineWidth(0.5)
        for row, (ref, status) in enumerate((("Ref", "Done"), ("AB 1", ""), ("AB 2", ""))):
            top = 700 - 14 * row
            for x, width, text in ((72, 60, ref), (132, 14, ""), (146, 100, status)):
                canvas.rect(x, top, width, 14, stroke=1, fill=0)  # each cell its own outline, the tick column 14 wide
                if text:
                    canvas.drawString(x + 2, top + 4, text)
        canvas.rect(72, 600, 12, 12, stroke=1, fill=0)
        canvas.drawString(75, 603, "3")
        canvas.drawString(90, 603, "recommendations were made.")
        canvas.rect(72, 540, 30, 30, stroke=1, fill=0)
        canvas.drawString(110, 550, "Signature")

    doc = read(canvas_pdf(draw))

    assert not any(mark in b.text for b in doc.text_blocks() for mark in "\u2610\u2612")
    assert ("3", "recommendations were made.") in [(b.marker, b.text) for b in doc.text_blocks()]  # a number set a tab off


_ITEMS = ("Head of Contact to report the call answering times by hour.", "OPCC to publish the survey of victims.")


def _bullet_list(canvas: Canvas) -> None:
    """Minutes whose actions each open with a hollow square drawn as an outline: a bullet, no option."""
    canvas.setFont(REGULAR, 16)
    canvas.drawString(72, 760, "Police and Crime Panel")
    canvas.setFont(REGULAR, 10)
    canvas.drawString(72, 740, "Minutes of the meeting held on 4 March 2031")
    canvas.drawString(72, 716, "The Panel discussed the 101 service.")
    canvas.drawString(72, 700, "Actions")
    for row, text in enumerate(_ITEMS):
        y = 680 - 22 * row  # a paragraph each
        _box(canvas, 72, y + 7 - 8, 8, ticked=False)  # its top level with the text's, as a list sets it
        canvas.drawString(86, y, text)


def test_hollow_squares_drawn_as_bullets_open_list_items_and_read_as_no_boxes(tmp_path: Path) -> None:
    data = canvas_pdf(_bullet_list)
    doc = read(data)

    assert [b.text for b in doc.text_blocks()][-2:] == list(_ITEMS)
    (tmp_path / "minutes.pdf").write_bytes(data)
    assert [a["text"] for a in records(tmp_path / "minutes.pdf")["actions"]] == list(_ITEMS)


def test_a_hollow_square_drawn_before_each_cells_phrase_is_a_marker_not_a_box() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        canvas.setLineWidth(0.5)
        canvas.grid([72, 102, 262, 392], [720, 700, 680, 660])
        for row, (number, level) in enumerate((("No.", "Assurance level"), ("1", "Partly assured"),
                                               ("2", "Not assured"))):
            y = 706 - 20 * row
            canvas.drawString(76, y, number)
            canvas.drawString(106, y, "Question" if row == 0 else f"Question {number} asked.")
            if row:
                _box(canvas, 266, y, 8, ticked=False)
            canvas.drawString(280 if row else 266, y, level)

    grid = next(b for b in read(canvas_pdf(draw)).blocks if isinstance(b, Table))

    assert [grid.cell(row, 2).text for row in (1, 2)] == ["Partly assured", "Not assured"]
