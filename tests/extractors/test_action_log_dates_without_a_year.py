"""A log whose Meeting column prints a day and a month without a year ("17
March", "4 Nov"), or the month first ("March 17", "Nov 4"): each row was raised
on that day in the year of the pack's meeting, or in the year before where that
day is still to come (a log records meetings gone by); on a Word file and a
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

ROWS = [["RB 41/02", "Publish the rural crime survey.", "Published on 2 January.", "Complete"],
        ["RB 41/05", "Map farm machinery thefts by parish.", "Mapping under way.", "Open"],
        ["RB 40/11", "Report thefts of quad bikes.", "Figures awaited.", "Open"]]
# each row's Meeting cell, day first or month first; the last a day later in the year than the pack's meeting
MEETINGS = {"day first": ["4 Nov", "14 January", "17 March"], "month first": ["Nov 4", "January 14", "March 17"]}


def _pack(path: Path, meetings: list[str]) -> Path:
    log = [["Ref", "Meeting", "Action", "Update", "Status"],
           *([ref, meeting, *rest] for (ref, *rest), meeting in zip(ROWS, meetings))]
    lines = ["Rural Crime Board", "Tuesday 12 February 2041"]
    if path.suffix == ".docx":
        document = Document()
        document.add_heading(lines[0], level=1)
        document.add_paragraph(lines[1])
        document.add_heading("Action log", level=2)
        word_table(document, log)
        document.save(str(path))
        return path
    return pdf(path, [Paragraph(lines[0], H1), Paragraph(lines[1], BODY), Paragraph("Action log", H1),
                      grid(log, [55, 70, 170, 130, 60])])


@pytest.mark.parametrize("order", MEETINGS)
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_day_and_month_is_of_the_meetings_year_or_the_year_before(tmp_path: Path, suffix: str, order: str) -> None:
    found = {a["number"]: a["meeting_date"]
             for a in records(_pack(tmp_path / f"pack{suffix}", MEETINGS[order]))["actions"]}

    assert found == {"RB 41/02": "2040-11-04", "RB 41/05": "2041-01-14", "RB 40/11": "2040-03-17"}
