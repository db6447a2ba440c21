"""The PDF backend on words a narrow table column broke: Word and reportlab
print a word too wide for its cell over two or more lines, split between
two letters with no hyphen ("Assuran" over "ce", "22/01/20" over "26").
A cell reads the word whole, as it was written; two whole words that
happen to fill a line stay two words."""

from __future__ import annotations

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from pipeline.layout import Table

from .pdf_builders import REGULAR, grid, para, read, register_fonts, story_pdf, style

SIZE = 7.0
PADDING = 6.0  # points each side of a cell's text (reportlab's default)


def _cell(text: str, bold: bool = False):
    return para(text, SIZE, bold=bold, space_after=0)


def _narrow_table(ruled: bool) -> Table:
    """A four-column table of actions whose Assurance, Date and Status columns
    are narrower than their longest words, after a paragraph of prose."""
    rows = [[_cell(h, bold=True) for h in ("Action", "Assurance", "Date", "Status")],
            [_cell("Publish the stop and search dashboard"), _cell("Reasonable"), _cell("22/01/2026"),
             _cell("Discharged")],
            [_cell("Report to the Head of Performance and Governance"), _cell("Substantial"), _cell("03/11/2025"),
             _cell("Superseded")]]
    widths = [150, 40, 38, 42]
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([para("Actions arising", 13, bold=True),
                          para("The panel reviewed each action and the assurance the force gave."),
                          grid(rows, widths, padding, ruled=ruled)]))
    tables = list(doc.tables())
    assert len(tables) == 1, f"expected one table, found {len(tables)}"
    return tables[0]


def _printed_lines(text: str, width: float) -> int:
    """How many lines reportlab needs for ``text`` in a column ``width`` wide."""
    return len(para(text, SIZE, space_after=0).breakLines([width - 2 * PADDING]).lines)


def test_the_columns_are_too_narrow_for_their_words() -> None:
    # The premise of the tests below: each of these words is printed broken.
    register_fonts()
    for word, width in (("Assurance", 40), ("22/01/2026", 38), ("Discharged", 42), ("Superseded", 42)):
        assert stringWidth(word, REGULAR, SIZE) > width - 2 * PADDING
        assert _printed_lines(word, width) == 2


def test_ruled_cells_hold_words_broken_over_lines_whole() -> None:
    table = _narrow_table(ruled=True)
    assert table.ruled and (table.n_rows, table.n_cols) == (3, 4)
    assert table.grid() == [["Action", "Assurance", "Date", "Status"],
                            ["Publish the stop and search dashboard", "Reasonable", "22/01/2026", "Discharged"],
                            ["Report to the Head of Performance and Governance", "Substantial", "03/11/2025",
                             "Superseded"]]
    assert table.cell(1, 2).prov.page == 1


def test_unruled_cells_hold_words_broken_over_lines_whole() -> None:
    table = _narrow_table(ruled=False)
    assert not table.ruled and (table.n_rows, table.n_cols) == (3, 4)
    assert table.grid() == [["Action", "Assurance", "Date", "Status"],
                            ["Publish the stop and search dashboard", "Reasonable", "22/01/2026", "Discharged"],
                            ["Report to the Head of Performance and Governance", "Substantial", "03/11/2025",
                             "Superseded"]]


def test_a_word_broken_over_three_lines_is_read_whole() -> None:
    rows = [[_cell("Lead", bold=True), _cell("Item", bold=True)],
            [_cell("Superintendent"), _cell("Neighbourhood policing review")]]
    width = 36
    assert _printed_lines("Superintendent", width) == 3
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([grid(rows, [width, 200], padding)]))
    (table,) = doc.tables()
    assert table.grid() == [["Lead", "Item"], ["Superintendent", "Neighbourhood policing review"]]


def test_two_words_that_fill_a_line_stay_two_words() -> None:
    """"Assurance" fills its line to within a letter, and "level" wraps: the
    document prints "level" as a word of its own elsewhere."""
    register_fonts()
    width = stringWidth("Assurance", REGULAR, SIZE) + 2 * PADDING + 0.5
    assert _printed_lines("Assurance level", width) == 2
    rows = [[_cell("Item", bold=True), _cell("Assurance level", bold=False)],
            [_cell("Custody"), _cell("Limited")]]
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([para("Each item is given an assurance level by the panel."),
                          grid(rows, [120, width], padding)]))
    (table,) = doc.tables()
    assert table.grid() == [["Item", "Assurance level"], ["Custody", "Limited"]]


def test_a_month_that_fills_a_line_stays_apart_from_its_year() -> None:
    register_fonts()
    width = stringWidth("November", REGULAR, SIZE) + 2 * PADDING + 0.5
    assert _printed_lines("November 2025", width) == 2
    rows = [[_cell("Action", bold=True), _cell("Due", bold=True)],
            [_cell("Publish the annual report"), _cell("November 2025")]]
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([grid(rows, [120, width], padding)]))
    (table,) = doc.tables()
    assert table.grid() == [["Action", "Due"], ["Publish the annual report", "November 2025"]]


def test_a_heading_in_capitals_broken_over_lines_is_read_whole() -> None:
    rows = [[_cell("REF", bold=True), _cell("ASSURANCE", bold=True), _cell("COMMENTS", bold=True)],
            ["1", _cell("Limited"), _cell("The panel asked for a further report.")]]
    width = 44
    assert _printed_lines("<b>ASSURANCE</b>", width) == 2
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([grid(rows, [30, width, 200], padding)]))
    (table,) = doc.tables()
    assert table.grid() == [["REF", "ASSURANCE", "COMMENTS"],
                            ["1", "Limited", "The panel asked for a further report."]]


def test_a_comma_carried_onto_the_next_line_stays_with_its_word() -> None:
    register_fonts()
    width = stringWidth("Superintendent", REGULAR, SIZE) + 2 * PADDING + 0.5
    assert _printed_lines("Superintendent, Investigations", width) == 2  # the comma opens the second line
    rows = [[_cell("Lead", bold=True), _cell("Item", bold=True)],
            [_cell("Superintendent, Investigations"), _cell("Outcomes of rape investigations")]]
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([grid(rows, [width, 200], padding)]))
    (table,) = doc.tables()
    assert table.grid() == [["Lead", "Item"], ["Superintendent, Investigations", "Outcomes of rape investigations"]]


@pytest.mark.parametrize("width", [50, 58, 68])
def test_justified_lines_that_fill_a_narrow_cell_keep_their_words_apart(width: float) -> None:
    """Justified text fills every line of its cell, and a one-word line may
    end within a letter of the edge: neither joins the next line's word."""
    text = ("The force has appointed a dedicated superintendent to oversee the review of outstanding casework "
            "and its timeliness.")
    justified = style(SIZE, space_after=0)
    justified.alignment = TA_JUSTIFY
    rows = [[_cell("Lead", bold=True), _cell("Update", bold=True)],
            [_cell("Chief Constable"), Paragraph(text, justified)]]
    doc = read(story_pdf([para("The panel asked how the force manages outstanding investigations, and whether a "
                               "dedicated team reviews the timeliness of each case. The force has appointed a lead "
                               "to oversee the work."),
                          grid(rows, [80, width])]))
    (table,) = doc.tables()
    assert table.grid() == [["Lead", "Update"], ["Chief Constable", text]]
