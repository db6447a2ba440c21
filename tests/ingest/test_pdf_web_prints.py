"""The PDF backend on web pages printed from a browser: a contents sidebar
of short link lines set beside the page's wide main column is page
furniture, kept out of the reading flow (as an aside), so the main column
reads as it was printed: its wrapped title one heading, its grade table
a table of its own rows, never rows merged with the sidebar's links."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from tests.ingest.pdf_builders import BOLD, REGULAR, canvas_pdf, read
from pipeline.layout import BlockKind, Table, TextBlock

_LINK = colors.HexColor("#1d70b8")
_SIDEBAR = ["Overall summary", "About this inspection", "Our judgments", "Inspector's", "observations",
            "Police powers and public", "treatment", "Preventing crime", "Responding to the public",
            "Investigating crime", "Protecting vulnerable", "people", "About the data", "Print this document"]
_GRADES = [("Police powers and public treatment", "Good"), ("Preventing crime", "Adequate"),
           ("Responding to the public", "Requires improvement"), ("Investigating crime", "Good"),
           ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good")]


def _sidebar(canvas: Canvas, x: float, top: float) -> None:
    """"Contents" over short link lines, on a line spacing of its own."""
    canvas.setFont(BOLD, 11)
    canvas.setFillColor(colors.black)
    canvas.drawString(x, top, "Contents")
    canvas.setFont(REGULAR, 9.5)
    canvas.setFillColor(_LINK)
    for i, line in enumerate(_SIDEBAR):
        canvas.drawString(x, top - 18 - 15.5 * i, line)


def _main_column(canvas: Canvas, x: float, top: float) -> None:
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, 19)
    canvas.drawString(x, top, "PEEL 2023–25: An inspection of")
    canvas.drawString(x, top - 23, "Westshire Police")
    canvas.setFont(REGULAR, 8)
    canvas.drawString(x, top - 50, "Published on: 22 January 2026")
    canvas.setFont(BOLD, 14)
    canvas.drawString(x, top - 78, "Our judgments")
    canvas.setFont(BOLD, 10)
    canvas.drawString(x, top - 104, "Area of policing")
    canvas.drawString(x + 230, top - 104, "Grade")
    for i, (area, grade) in enumerate(_GRADES):
        y = top - 123 - 19 * i
        canvas.setFont(REGULAR, 10)
        canvas.drawString(x, y, area)
        canvas.drawString(x + 230, y, grade)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawString(x, top - 250, "We also inspected how effective the force is at providing a service to victims")
    canvas.drawString(x, top - 263, "of crime. We don't make a graded judgment in this area.")


@pytest.mark.parametrize("sidebar_x, main_x", [(45, 190), (440, 45)], ids=["left", "right"])
def test_a_contents_sidebar_beside_the_main_column_is_an_aside(sidebar_x: float, main_x: float) -> None:
    def draw(canvas: Canvas) -> None:
        _sidebar(canvas, sidebar_x, 780)
        _main_column(canvas, main_x, 771)
    doc = read(canvas_pdf(draw))
    assert [aside.text.split()[:3] for aside in doc.asides] == [["Contents", "Overall", "summary"]]
    texts = [b.text for b in doc.blocks if isinstance(b, TextBlock)]
    assert not any("About the data" in text or "Print this document" in text for text in texts)
    title = doc.blocks[0]
    assert isinstance(title, TextBlock) and title.kind is BlockKind.HEADING
    assert title.text == "PEEL 2023–25: An inspection of Westshire Police"
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].n_cols == 2
    rows = [[cell.text for cell in tables[0].row_cells(row)] for row in range(tables[0].n_rows)]
    assert rows == [["Area of policing", "Grade"], *[[area, grade] for area, grade in _GRADES]]


def test_a_label_column_lined_up_with_its_rows_stays_a_table() -> None:
    """Short labels at the left margin, each on the baseline of the first
    line of the wide text beside it: a table's label column, no sidebar."""
    rows = [("Purpose", ["The board scrutinises the force's response to calls from the public and",
                         "agrees the actions it expects the force to take before the next meeting."]),
            ("Background", ["Call answering times fell over the winter and the force set up a recovery",
                            "plan with a new shift pattern for call handlers."]),
            ("Discussion", ["Members asked how the plan would be measured and when the board would",
                            "see the first results of the new shift pattern."]),
            ("Outcome", ["The board noted the plan and asked for a report at its next meeting."]),
            ("Actions", ["The force to report call answering times by month."])]

    def draw(canvas: Canvas) -> None:
        y = 760
        for label, lines in rows:
            canvas.setFont(BOLD, 10)
            canvas.drawString(45, y, label)
            canvas.setFont(REGULAR, 10)
            for line in lines:
                canvas.drawString(190, y, line)
                y -= 13
            y -= 8
    doc = read(canvas_pdf(draw))
    assert not doc.asides
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [tables[0].row_cells(row)[0].text for row in range(tables[0].n_rows)] == [label for label, _ in rows]


def _meeting_page(canvas: Canvas, x: float, top: float) -> None:
    """A panel's meeting page: its date, time and venue set apart on one line, then its title and prose."""
    canvas.setFillColor(colors.black)
    canvas.setFont(REGULAR, 10)
    for offset, text in ((0, "Date: Tuesday 3 June 2025"), (150, "Time: 10:00"), (240, "Venue: Online")):
        canvas.drawString(x + offset, top, text)
    canvas.setFont(BOLD, 19)
    canvas.drawString(x, top - 30, "Police and Crime Panel")
    canvas.setFont(REGULAR, 10)
    for i, line in enumerate(_MEETING_PROSE):
        canvas.drawString(x, top - 60 - 13 * i, line)


_MEETING_PROSE = ["The panel met to review the commissioner's annual report and the force's",
                  "performance over the year. Members asked about response times, the use",
                  "of stop and search, and the backlog of cases awaiting a charging decision.",
                  "The commissioner agreed to send members figures on the backlog."]


@pytest.mark.parametrize("sidebar_x, main_x", [(45, 190), (460, 45)], ids=["left", "right"])
def test_a_sidebar_level_with_a_line_set_in_pieces_is_still_an_aside(sidebar_x: float, main_x: float) -> None:
    """The sidebar's first line stands level with the page's date, time and
    venue, set apart like column headings; the title and prose under them
    run across the gaps between them, so they head no columns."""
    def draw(canvas: Canvas) -> None:
        _sidebar(canvas, sidebar_x, 780)
        _meeting_page(canvas, main_x, 780)
    doc = read(canvas_pdf(draw))
    assert [aside.text.split()[:3] for aside in doc.asides] == [["Contents", "Overall", "summary"]]
    assert not list(doc.tables())
    texts = [b.text for b in doc.blocks if isinstance(b, TextBlock)]
    assert texts[:2] == ["Date: Tuesday 3 June 2025 Time: 10:00 Venue: Online", "Police and Crime Panel"]
    assert " ".join(texts[2:]) == " ".join(_MEETING_PROSE)  # the prose whole, no link read into it
