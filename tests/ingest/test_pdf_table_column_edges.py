"""The PDF backend on borderless tables whose cells are padded so narrowly
that a wrapped line ends closer to the next column than columns usually
stand apart: the header row's columns bound the pieces of the rows below."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from pipeline.layout import Table

from .pdf_builders import REGULAR, colors, grid, para, read, story_pdf

PADDING = 2.0  # points each side of a cell's text
SLACK = 4.0  # points the wrapped line stops short of its cell's right padding
SIZE = 10.0


def _title_column_width(first_line: str, next_word: str) -> float:
    """A column just wide enough for ``first_line`` plus ``SLACK``, too narrow
    for ``next_word`` to join it, so the title wraps after ``first_line``."""
    width = stringWidth(first_line, REGULAR, SIZE) + SLACK
    assert stringWidth(" " + next_word, REGULAR, SIZE) > SLACK
    return width + 2 * PADDING


def test_wrapped_title_ending_just_short_of_the_next_column_stays_in_its_cell() -> None:
    first_line = "Report on the use of stop and search powers in"
    title = f"{first_line} the last quarter"
    rows = [[para("Item", bold=True), para("Business", bold=True), para("Lead", bold=True)],
            ["1", "Apologies and declarations of interest", "Chair"],
            ["2", title, "Assistant Chief Constable"],
            ["3", "Any other business", "Chair"]]
    widths = [40, _title_column_width(first_line, "the"), 160]
    padding = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    shaded_header = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]
    doc = read(story_pdf([para("Agenda", 13, bold=True), grid(rows, widths, padding + shaded_header, ruled=False),
                          para("Papers for each item are published with this agenda.")]))

    # The wrapped line's last word and the next column's first word stand
    # closer than column-wide gaps (12 points and more) but wider than a word space.
    gap = 2 * PADDING + SLACK
    assert gap < 12.0

    tables = list(doc.tables())
    assert len(tables) == 1, f"expected one table, found {len(tables)}"
    table = tables[0]
    assert not table.ruled and (table.n_rows, table.n_cols, table.header_rows) == (4, 3, 1)
    assert table.grid() == [["Item", "Business", "Lead"],
                            ["1", "Apologies and declarations of interest", "Chair"],
                            ["2", title, "Assistant Chief Constable"],
                            ["3", "Any other business", "Chair"]]
    lead = table.cell(2, 2)
    assert lead.prov.page == 1 and lead.prov.bbox.x0 >= table.cell(2, 1).prov.bbox.x1 + gap - 1
    outside = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert outside == ["Agenda", "Papers for each item are published with this agenda."]


def test_ordinary_word_spaces_on_a_column_edge_do_not_cut_a_spanning_line() -> None:
    """A line set across two columns (a merged cell) keeps its words together
    where one of its word spaces happens to fall on the next column's edge."""
    note = "Items marked with a star are taken in private session"
    words = note.split()
    space = stringWidth(" ", REGULAR, SIZE)
    # The second column starts inside the space after the fourth word.
    first_width = stringWidth(" ".join(words[:4]), REGULAR, SIZE) + space / 2 + PADDING
    rows = [[para("Business", bold=True), para("Lead", bold=True), para("Paper", bold=True)],
            ["Apologies", "Chair", "None"],
            [note, "", ""],
            ["Any other business", "Chair", "None"]]
    commands = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]
    doc = read(story_pdf([grid(rows, [first_width, 180, 120], commands + [("SPAN", (0, 2), (1, 2))], ruled=False)]))

    texts = [cell for table in doc.tables() for row in table.grid() for cell in row]
    texts += [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert note in texts
