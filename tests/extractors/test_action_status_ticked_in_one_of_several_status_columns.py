"""A tracker whose status is a mark in one of several columns, each headed by
a status ("Complete | Ongoing | Not started"): the marked column's heading is
the row's status, read as a status cell's word is (through the pack's key
first: a BRAG key's "Green – on track" is outstanding), whatever the update
says and where it says nothing; the headings under a "Status" heading spread
over them, and marks of a tick, "Yes", a dot, or a checked box beside empty
ones; on a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

TICK = "\u2713"
HEADER = ["Ref", "Meeting", "Action", "Update", "Complete", "Ongoing", "Not started"]
ROWS = [["RB 27/02", "14/01/2027", "Share the knife crime surrender figures by district.",
         "Shared with the Board on 30 January.", TICK, "", ""],
        # the update reads as done, but the tick says the Board has not closed it
        ["RB 27/03", "14/01/2027", "Review the response times to rural burglary calls.",
         "The review was completed and sent to the force.", "", TICK, ""],
        # no update to read a status from: the tick alone tells
        ["RB 27/06", "18/02/2027", "Change crime recording so that assaults on shop workers can be counted.", "",
         "", "", TICK]]
EXPECTED = [("RB 27/02", "complete", "status_column"), ("RB 27/03", "outstanding", "status_column"),
            ("RB 27/06", "outstanding", "status_column")]


def _log(path: Path, form: str, rows: list[list[str]], key: str = "A tick shows where each action stands.",
         spread: str | None = None) -> list[tuple[str, str, str]]:
    """The tracker's (number, status, status_source); ``spread`` a heading over the mark columns, above them."""
    document = Document()
    document.add_heading("Resources Board – 4 March 2027", level=1)
    document.add_heading("Action log", level=2)
    document.add_paragraph(key)
    if spread:
        rows = [[*rows[0][:4], spread, "", ""], ["", "", "", "", *rows[0][4:]], *rows[1:]]
    word_table(document, rows)
    if spread:
        table = document.tables[-1]
        table.cell(0, 4).merge(table.cell(0, 6)).text = spread
        for col in range(4):
            table.cell(0, col).merge(table.cell(1, col)).text = rows[0][col]
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["status"], a["status_source"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_ticked_columns_heading_is_the_rows_status(tmp_path: Path, form: str) -> None:
    assert _log(tmp_path / "log.docx", form, [HEADER, *ROWS]) == EXPECTED


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_headings_under_a_status_heading_spread_over_them(tmp_path: Path, form: str) -> None:
    assert _log(tmp_path / "log.docx", form, [HEADER, *ROWS], spread="Status") == EXPECTED


@pytest.mark.parametrize("mark", ["Yes", "\u25cf", "\u2612"])
def test_a_yes_a_dot_or_a_checked_box_marks_the_column(tmp_path: Path, mark: str) -> None:
    # unmarked boxes beside a checked one are blanks
    blank = "\u2610" if mark == "\u2612" else ""
    rows = [[cell if cell != TICK and (cell or col < 4) else (mark if cell else blank) for col, cell in enumerate(row)]
            for row in ROWS]
    assert _log(tmp_path / "log.docx", "word", [HEADER, *rows]) == EXPECTED


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_colour_heading_is_read_through_the_packs_key(tmp_path: Path, form: str) -> None:
    header = ["Ref", "Meeting", "Action", "Update", "Blue", "Green", "Amber"]
    rows = [[*row[:4], *row[4:]] for row in ROWS]
    key = "Blue \u2013 complete; Green \u2013 on track; Amber \u2013 at risk."
    assert _log(tmp_path / "log.docx", form, [header, *rows], key=key) == EXPECTED
