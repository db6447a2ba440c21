"""A borderless question table whose last row a page break splits, its
question and response running on at the next page's top with no row after
them (the number and outcome cells left on the page before), or the
response's last words alone: those lines are the end of that row, joined to
it over the break, not a paragraph; the page's
own paragraph under them stays a paragraph. Under a row that ends its
sentences, lines on the columns' edges (a signature block) are no part of it."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from pipeline.layout import Table
from tests.ingest.pdf_builders import BOLD, REGULAR, canvas_pdf, read

COLUMNS = [56, 90, 250, 430]
ROW = ["How many vans were stolen", "from building sites?"], ["Forty-one vans were reported", "stolen, against fifty-five."]


def _draw(canvas: Canvas, finished: bool = False, one_cell: bool = False) -> None:
    canvas.setFont(BOLD, 13)
    canvas.drawString(56, 780, "Notes of the Panel")
    canvas.setFont(BOLD, 10)
    for x, text in zip(COLUMNS, ["No.", "Question", "Response", "Outcome"]):
        canvas.drawString(x, 750, text)
    canvas.setFont(REGULAR, 10)
    y = 735
    for number in range(1, 17):  # rows of two lines down to the page's foot
        canvas.drawString(COLUMNS[0], y, str(number))
        for i, (question, response) in enumerate(zip(*ROW)):
            canvas.drawString(COLUMNS[1], y - 12 * i, question)
            canvas.drawString(COLUMNS[2], y - 12 * i, response)
        canvas.drawString(COLUMNS[3], y, "Assured")
        y -= 34
    canvas.drawString(COLUMNS[0], y, "17")
    canvas.drawString(COLUMNS[3], y, "Not assured")
    last = ([("How quickly are stolen tools", "No figures were given for the"),
             ("logged on the database?", "time taken to log them.")] if finished else
            [("How quickly are stolen tools", "No figures were given for the"),
             ("logged on the database?", "time taken to log them by")] if one_cell else
            [("How quickly are stolen tools", "No figures were given for the"),
             ("logged on the national", "time taken to log them, and")])
    for i, (question, response) in enumerate(last):
        canvas.drawString(COLUMNS[1], y - 12 * i, question)
        canvas.drawString(COLUMNS[2], y - 12 * i, response)
    canvas.showPage()
    canvas.setFont(REGULAR, 10)
    if finished:  # a signature block on the table's column edges
        canvas.drawString(COLUMNS[1], 780, "Signed by the Chair")
        canvas.drawString(COLUMNS[2], 780, "Date of approval")
        canvas.drawString(COLUMNS[1], 768, "....................")
        canvas.drawString(COLUMNS[2], 768, "....................")
    elif one_cell:  # the response's last words alone
        canvas.drawString(COLUMNS[2], 780, "district.")
    else:
        canvas.drawString(COLUMNS[1], 780, "database, and by whom?")
        canvas.drawString(COLUMNS[2], 780, "the panel asked for them by")
        canvas.drawString(COLUMNS[2], 768, "the next meeting.")
    canvas.setFont(BOLD, 12)
    canvas.drawString(56, 740, "Actions")
    canvas.setFont(REGULAR, 10)
    canvas.drawString(56, 722, "The force will report the time taken to log stolen tools at the next meeting.")
    canvas.showPage()


def test_the_end_of_a_split_last_row_joins_its_row_over_the_page_break() -> None:
    doc = read(canvas_pdf(_draw))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].pages == (1, 2)
    table = tables[0]
    assert table.continued_rows == (table.n_rows - 1,)
    assert table.grid()[-2:] == [
        ["17", "How quickly are stolen tools logged on the national",
         "No figures were given for the time taken to log them, and", "Not assured"],
        ["", "database, and by whom?", "the panel asked for them by the next meeting.", ""]]
    assert [b.text for b in doc.blocks if not isinstance(b, Table)][-2:] == [
        "Actions", "The force will report the time taken to log stolen tools at the next meeting."]


def test_the_last_words_of_one_cell_of_a_split_last_row_join_their_row_over_the_page_break() -> None:
    """Only the response runs on, its sentence unfinished on the page before, in lower case on the next."""
    doc = read(canvas_pdf(lambda canvas: _draw(canvas, one_cell=True)))
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.pages == (1, 2) and table.continued_rows == (table.n_rows - 1,)
    assert table.grid()[-2:] == [
        ["17", "How quickly are stolen tools logged on the database?",
         "No figures were given for the time taken to log them by", "Not assured"],
        ["", "", "district.", ""]]
    assert [b.text for b in doc.blocks if not isinstance(b, Table)][-2:] == [
        "Actions", "The force will report the time taken to log stolen tools at the next meeting."]


def test_a_signature_block_under_a_finished_last_row_is_no_part_of_it() -> None:
    """The row on the page before ends its sentences ("?", "."): lines opening the next page on the table's
    column edges are no end of it."""
    doc = read(canvas_pdf(lambda canvas: _draw(canvas, finished=True)))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.pages == (1,) and not table.continued_rows
    assert table.grid()[-1] == ["17", "How quickly are stolen tools logged on the database?",
                                "No figures were given for the time taken to log them.", "Not assured"]
    assert any(b.text.startswith("Signed by the Chair") for b in doc.blocks if not isinstance(b, Table))
