"""A coloured dot before a reference in a tracker's cell ("● SAB 38/33",
the dot green, amber or red, the text black) is the row's status: it stays
in the text with its colour, as a coloured square does. A dot before words
is a list's bullet whatever its colour: report templates colour their
bullets, and such a list read as text became a table and lost its items."""

from __future__ import annotations

from pipeline.layout import Table
from tests.ingest.pdf_builders import borderless, para, read, story_pdf

STATUS = {"#00b050": "Complete", "#ffc000": "In progress", "#ff0000": "Overdue"}


def test_a_coloured_dot_before_a_reference_keeps_its_colour_and_a_black_one_is_a_bullet() -> None:
    rows = [["Ref", "Action"], *([para(f'<font color="{colour}">●</font> SAB 38/{n}', space_after=0),
                                  f"Report the figures for quarter {n}."] for n, colour in enumerate(STATUS, 1))]
    key = [para(f'<font color="{colour}">●</font> {word}') for colour, word in STATUS.items()]
    doc = read(story_pdf([*key, borderless(rows, [120, 300]), para("● Papers are on the website.")]))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    cells = [table.cell(row, 0).blocks[0] for row in range(1, table.n_rows)]
    assert [(b.marker, b.text, b.spans[0].style.colour) for b in cells] == [
        (None, f"● SAB 38/{n}", colour) for n, colour in enumerate(STATUS, 1)]
    text = [b for b in doc.blocks if not isinstance(b, Table)]
    assert (text[-1].marker, text[-1].text) == ("●", "Papers are on the website.")


def test_a_list_under_coloured_bullets_stays_a_list() -> None:
    items = [para(f'<font color="{colour}">●</font> {text}') for colour, text in
             (("#1f3864", "Officer numbers in rural wards rose by twelve."),
              ("#0070c0", "The Chief Constable to share the rural abstraction figures by June."),
              ("#00b050", "The OPCC to publish the survey results on its website."))]
    doc = read(story_pdf([para("Actions agreed:"), *items]))
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert [(b.marker, b.text) for b in doc.blocks[1:]] == [
        ("●", "Officer numbers in rural wards rose by twelve."),
        ("●", "The Chief Constable to share the rural abstraction figures by June."),
        ("●", "The OPCC to publish the survey results on its website.")]
