"""A question grid printed with its borders off, each decision cell a bold
level over an italic comment: the comment is the foot of the decision cell,
not a sidebar or aside beside the page's text. From Word, its header row
shaded (read as a table of its own), the first row's question wrapped over
lines stays one row under the header; from reportlab under a bold header
line, the level words start the column the comments stand in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pipeline.ingest import read_document
from pipeline.layout import Table
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf, shade_cell, styled_run
from tests.ingest.pdf_builders import BOLD, ITALIC, PORTRAIT, REGULAR, canvas_pdf, grid, para, read, story_pdf

ROWS = [["Question", "Summary of evidence", "PCC decision"],
        ["How many burglary investigations were closed with a charge in the last two quarters, and how does "
         "that compare with the year before?",
         "The charge rate rose from 5.2% to 7.9% across the two quarters. A charging desk was set up with the "
         "prosecutors in October.", "Assured"],
        ["What is the average time from report to the first visit by a crime scene officer?",
         "The average is now 2.6 days against a target of two days. Nine officers joined the team in December; "
         "two posts remain vacant.", "Partially Assured"],
        ["How does the force make sure that stolen property is returned to victims within a month?",
         "Property is logged under a new policy; 44% was returned within a month in December. A new store opens "
         "in April.", "Not Assured"]]
COMMENTS = ["The PCC noted the improvement and asked for the rate to be reported each quarter.",
            "Progress was welcomed but the two-day target is not yet met.",
            "The PCC was concerned that most victims wait longer than a month and asked for a recovery plan."]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_a_comment_under_the_level_stays_in_its_cell(tmp_path: Path) -> None:
    document = new_document()
    document.add_heading("3. Burglary", level=2)
    table = add_table_of_widths(document, ROWS, [Cm(5.9), Cm(6.8), Cm(4.2)])
    for cell in table.rows[0].cells:
        shade_cell(cell, "D9D9D9")
    for row, comment in zip(table.rows[1:], COMMENTS):
        level = row.cells[2].paragraphs[0]
        level.runs[0].bold = True
        styled_run(row.cells[2].add_paragraph(), comment, italic=True, size=10)
    document.add_heading("Actions agreed", level=2)
    pdf = office_pdf(document, tmp_path / "grid.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    rows = [row for block in layout.blocks if isinstance(block, Table) for row in block.grid()]
    assert rows == [ROWS[0], *([*row[:2], f"{row[2]}\n{comment}"] for row, comment in zip(ROWS[1:], COMMENTS))]
    assert layout.asides == ()


def test_a_comment_under_the_level_stays_in_its_cell_under_a_bold_header_line() -> None:
    cells = [[para(text, bold=True, space_after=0) for text in ["No.", "Question", "Response", "Assessment"]]]
    for n, (row, comment) in enumerate(zip(ROWS[1:], COMMENTS), start=1):
        cells.append([str(n), row[0], row[1], [para(row[2], bold=True, space_after=2),
                                               para(comment, italic=True, space_after=0)]])
    doc = read(story_pdf([para("3. Burglary", size=13, bold=True), grid(cells, [40, 160, 150, 130], ruled=False)]))
    [table] = [block for block in doc.blocks if isinstance(block, Table)]
    levels = [f"{row[2]}\n{comment}" for row, comment in zip(ROWS[1:], COMMENTS)]
    assert [table.cell(r, 3).text for r in (1, 2, 3)] == levels
    assert doc.asides == ()



def test_a_comment_whose_line_runs_close_to_the_response_beside_it_stays_whole_in_its_cell() -> None:
    """One line of the response ends as close to the comment beside it as the cells' padding: the comment's
    lines under that one, italic lines on one edge well under the level, are the rest of the cell, no aside."""
    response = ["Return talks are held by the youth", "service within three days in 61 per",
                "cent of cases; the force does not see", "the notes of every talk. Officers said",
                "the figures were checked against the", "partnership's own records and that the",
                "hub looked again at each case in the", "quarter before the meeting."]
    comment = ["The Chair", "asked for the", "sharing of the", "return talk notes", "to be agreed."]

    def draw(canvas: Canvas) -> None:
        def text(font: str, x: float, top: float, words: str, measure: float | None = None) -> None:
            canvas.setFont(font, 10)
            # a justified line stretches its spaces to end at the measure
            space = 0 if measure is None else (measure - stringWidth(words, font, 10)) / words.count(" ")
            canvas.drawString(x, PORTRAIT[1] - top - 8, words, wordSpace=space)

        text(BOLD, 60, 100, "4. Exploitation")
        for x, heading in ((90, "Question"), (235, "Response"), (442, "Assurance")):
            text(BOLD, x, 130, heading)
        text(REGULAR, 57, 155, "4.2")
        for k, line in enumerate(["How are young people who", "go missing from home", "found afterwards?"]):
            text(REGULAR, 90, 155 + 13.2 * k, line)
        for k, line in enumerate(response):
            # the fifth line runs to within the cells' padding of the comment column
            text(REGULAR, 235, 155 + 13.2 * k, line, 434 - 235 if k == 4 else None)
        for k, line in enumerate(["Partly", "assured"]):
            text(BOLD, 442, 155 + 13.2 * k, line)
        for k, line in enumerate(comment):
            text(ITALIC, 442, 155 + 13.2 * (k + 3), line)
        text(REGULAR, 57, 270, "4.3")
        text(REGULAR, 90, 270, "Are stops recorded?")
        text(REGULAR, 235, 270, "All stops are recorded.")
        text(BOLD, 442, 270, "Assured")

    doc = read(canvas_pdf(draw))
    [table] = [block for block in doc.blocks if isinstance(block, Table)]
    assert table.cell(1, 3).text == "Partly assured\n" + " ".join(comment)
    assert doc.asides == ()
